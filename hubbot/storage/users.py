"""Users: one row per platform user, created on first contact."""

from __future__ import annotations

from hubbot.storage.database import Database
from hubbot.storage.models import User


async def touch(db: Database, user_id: str, platform: str, display_name: str = "") -> User:
    """Get the user, creating it on first contact, and record that they were seen now."""
    async with db.session() as session:
        user = await session.get(User, user_id)
        if user is None:
            user = User(id=user_id, platform=platform, display_name=display_name[:200],
                        created_at=db.now(), last_seen_at=db.now())
        else:
            user.last_seen_at = db.now()
            if display_name:
                user.display_name = display_name[:200]
        session.add(user)
        return user


async def get(db: Database, user_id: str) -> User | None:
    async with db.session() as session:
        return await session.get(User, user_id)
