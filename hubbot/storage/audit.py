"""The audit log: who ran what, when, with what outcome. Never message content."""

from __future__ import annotations

from typing import Any

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
    """`known_users_only`: record the user only while they have a `users` row. A command that
    ends after its user ran /forget (a job cancelled by the forget) then leaves a record without
    them, as the forget itself does, instead of bringing their id back."""
    async with db.session() as session:
        if known_users_only and user_id is not None and await session.get(User, user_id) is None:
            user_id, scope = None, ""
        session.add(
            AuditEvent(user_id=user_id, platform=platform, scope=scope, command=command,
                       outcome=outcome, detail=detail or {}, created_at=db.now())
        )
