"""The audit log: who ran what, when, with what outcome. Never message content."""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, insert, select

from hubbot.storage.database import Database
from hubbot.storage.models import AuditEvent, User


async def record(
    db: Database,
    *,
    user_id: str | None,
    command: str,
    outcome: str,
    platform: str = "",
    scope: str = "",
    detail: dict[str, Any] | None = None,
    known_users_only: bool = False,
) -> None:
    """`known_users_only`: record the user (and the place) only while they have a `users` row.
    A command that ends after its user ran /forget (a job cancelled by the forget) then leaves a
    record without them, as the forget itself does, instead of bringing their id back."""
    async with db.session() as session:
        if known_users_only and user_id is not None:
            await session.execute(_insert_if_known(db, user_id, command, outcome, platform, scope, detail))
            return
        session.add(
            AuditEvent(user_id=user_id, platform=platform, scope=scope, command=command,
                       outcome=outcome, detail=detail or {}, created_at=db.now())
        )


def _insert_if_known(db: Database, user_id: str, command: str, outcome: str, platform: str, scope: str,
                     detail: dict[str, Any] | None) -> Any:
    # One statement, the user looked up inside it: no gap between the look-up and the insert
    # for a concurrent /forget to fall into. FOR SHARE (PostgreSQL) waits for a forget that is
    # deleting the row and then finds nothing; SQLite runs one writer at a time anyway.
    known = select(User.id).where(User.id == user_id).with_for_update(read=True).scalar_subquery()
    return insert(AuditEvent).values(
        user_id=known, scope=case((known.is_not(None), scope), else_=""), platform=platform,
        command=command, outcome=outcome, detail=detail or {}, created_at=db.now())
