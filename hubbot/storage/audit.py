"""The audit log: who ran what, when, with what outcome. Never message content."""

from __future__ import annotations

from typing import Any

from hubbot.storage.database import Database
from hubbot.storage.models import AuditEvent


async def record(
    db: Database,
    *,
    user_id: str | None,
    command: str,
    outcome: str,
    platform: str = "",
    scope: str = "",
    detail: dict[str, Any] | None = None,
) -> None:
    async with db.session() as session:
        session.add(
            AuditEvent(user_id=user_id, platform=platform, scope=scope, command=command,
                       outcome=outcome, detail=detail or {}, created_at=db.now())
        )
