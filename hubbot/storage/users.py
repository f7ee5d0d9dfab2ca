"""Users: one row per platform user, created on first contact."""

from __future__ import annotations

from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from hubbot.storage.database import Database
from hubbot.storage.models import User


async def touch(db: Database, user_id: str, platform: str, display_name: str = "") -> User:
    """Get the user, creating it on first contact, and record that they were seen now."""
    async with db.session() as session:
        user = await session.get(User, user_id)
        if user is None:
            # Insert-if-absent: two requests (or two bot processes) may meet a new user at once.
            new = User(id=user_id, platform=platform, display_name=display_name[:200],
                       created_at=db.now(), last_seen_at=db.now())
            insert = postgresql_insert if db.engine.dialect.name == "postgresql" else sqlite_insert
            await session.execute(insert(User).values(**new.model_dump()).on_conflict_do_nothing())
            user = await session.get(User, user_id, populate_existing=True)
            assert user is not None
        user.last_seen_at = db.now()
        if display_name:
            user.display_name = display_name[:200]
        session.add(user)
        return user


async def get(db: Database, user_id: str) -> User | None:
    async with db.session() as session:
        return await session.get(User, user_id)
