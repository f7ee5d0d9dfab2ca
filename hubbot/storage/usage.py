"""Daily usage counters for quotas, shared by every bot process through the database."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import col, select

from hubbot.storage.database import Database
from hubbot.storage.models import UsageCounter


def today(db: Database) -> str:
    return db.now().strftime("%Y-%m-%d")


async def take(db: Database, subject: str, command: str, limit: int) -> bool:
    """Count one use if the subject is under `limit` today. Atomic: two processes racing for
    the last use cannot both get it."""
    day = today(db)
    insert = sqlite_insert if db.is_sqlite else pg_insert
    async with db.session() as session:
        await session.execute(insert(UsageCounter).values(subject=subject, command=command, day=day, count=0)
                              .on_conflict_do_nothing(index_elements=["subject", "command", "day"]))
        result = await session.execute(
            update(UsageCounter)
            .where(UsageCounter.subject == subject, UsageCounter.command == command,
                   UsageCounter.day == day, col(UsageCounter.count) < limit)
            .values(count=UsageCounter.count + 1))
        return (result.rowcount or 0) == 1


async def used_today(db: Database, subject: str) -> dict[str, int]:
    async with db.session() as session:
        rows = await session.exec(select(UsageCounter).where(
            UsageCounter.subject == subject, UsageCounter.day == today(db)))
        return {row.command: row.count for row in rows.all()}
