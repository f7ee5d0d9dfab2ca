"""Per-user data: export everything we hold about a user, or delete it all (`/export`,
`/forget`). Every table holding user data must be listed in USER_TABLES; a test enumerates
the schema to keep it so."""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, update
from sqlmodel import SQLModel, col

from hubbot.storage import finetune
from hubbot.storage.artifacts import file_path
from hubbot.storage.database import Database
from hubbot.storage.models import (
    Artifact,
    AuditEvent,
    Comparison,
    Conversation,
    FinetuneDataset,
    FinetuneVariant,
    JobRow,
    Message,
    Result,
    UsageCounter,
    User,
    Vote,
)

# table -> how a row belongs to a user. Messages also go with their conversations.
USER_TABLES: dict[str, Any] = {
    "users": User.id,
    "conversations": Conversation.user_id,
    "messages": Message.user_id,
    "jobs": JobRow.user_id,
    "artifacts": Artifact.user_id,
    "comparisons": Comparison.user_id,
    "votes": Vote.user_id,
    "audit_events": AuditEvent.user_id,
    "usage_counters": UsageCounter.subject,
    "finetune_datasets": FinetuneDataset.user_id,
    "finetune_variants": FinetuneVariant.user_id,
    "results": Result.user_id,
}
# Deleted (with their files) by storage.finetune.forget_user: shared variants outlive /forget.
SPECIAL_FORGET = {"messages", "votes", "finetune_datasets", "finetune_variants"}
# Tables with no user data (the scheduler's own job store, Alembic's version table, process
# leases, generated keys).
NOT_USER_DATA = {"apscheduler_jobs", "alembic_version", "instances", "app_secrets", "place_settings"}


def _subject(table: str, user_id: str) -> str:
    return f"user:{user_id}" if table == "usage_counters" else user_id


def _row_as_dict(row: SQLModel) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in row.model_dump().items()}


async def export_user(db: Database, user_id: str) -> dict[str, list[dict[str, Any]]]:
    """Every stored row that belongs to the user, table by table, JSON-ready. Only the user's
    own: in a conversation several people talked in, the others' messages are theirs (the
    bot's answers to this user are stored under this user's id)."""
    out: dict[str, list[dict[str, Any]]] = {}
    async with db.session() as session:
        for table, column in USER_TABLES.items():
            model = column.class_
            rows = (await session.execute(select(model).where(column == _subject(table, user_id)))).scalars()
            out[table] = [_row_as_dict(row) for row in rows]
    return out


async def forget_user(db: Database, user_id: str, data_dir: Path) -> dict[str, int]:
    """Delete everything the user left with us, files included. Votes lose their user (the
    arena tally keeps the anonymous vote). Returns counts per table."""
    counts: dict[str, int] = {}
    artifacts: list[Artifact] = []
    async with db.session() as session:
        mine = select(Artifact).where(Artifact.user_id == user_id)
        artifacts = list((await session.execute(mine)).scalars())
        own = select(Conversation.id).where(Conversation.user_id == user_id).scalar_subquery()
        result = await session.execute(delete(Message).where(
            (Message.user_id == user_id) | col(Message.conversation_id).in_(own)))
        counts["messages"] = result.rowcount or 0
        for table, column in USER_TABLES.items():
            if table in SPECIAL_FORGET:
                continue
            result = await session.execute(delete(column.class_).where(column == _subject(table, user_id)))
            counts[table] = result.rowcount or 0
        result = await session.execute(update(Vote).where(Vote.user_id == user_id).values(user_id=None))
        counts["votes_detached"] = result.rowcount or 0
    for artifact in artifacts:
        await asyncio.to_thread(file_path(data_dir, artifact).unlink, True)
    counts["files"] = len(artifacts)
    counts.update(await finetune.forget_user(db, user_id, data_dir))
    await db.checkpoint()  # the deleted rows must not linger in SQLite's write-ahead log
    return counts


async def set_keep_logs(db: Database, user_id: str, keep: bool) -> None:
    async with db.session() as session:
        user = await session.get(User, user_id)
        if user is not None:
            user.keep_logs = keep
            session.add(user)
