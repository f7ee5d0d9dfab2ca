"""The retention scheduler: APScheduler's AsyncIOScheduler with its job store in the bot's own
database, so the schedule survives restarts. A database lock around each purge keeps two bot
processes from purging at once (PostgreSQL advisory lock; SQLite has a single writer)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import text

from hubbot.storage.database import Database

log = logging.getLogger(__name__)
JOB_ID = "hubbot-retention-purge"
PURGE_LOCK = 0x68756262  # "hubb": the advisory lock id for purges


def sync_url(async_url: str) -> str:
    """APScheduler 3's SQLAlchemy job store is synchronous: the same database, a sync driver."""
    return (async_url.replace("sqlite+aiosqlite://", "sqlite://")
            .replace("postgresql+asyncpg://", "postgresql+psycopg://"))


async def run_locked(db: Database, work: Callable[[], Awaitable[Any]]) -> tuple[bool, Any]:
    """Run `work()` unless another process holds the purge lock. Returns (ran, result)."""
    if db.is_sqlite:
        return True, await work()
    async with db.engine.connect() as conn:
        got = (await conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": PURGE_LOCK})).scalar()
        await conn.commit()
        if not got:
            log.info("another process is purging; skipping this run")
            return False, None
        try:
            return True, await work()
        finally:
            await conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": PURGE_LOCK})
            await conn.commit()


# APScheduler pickles the job's callable reference into the job store: it must be importable
# by name, so the running purge is found through this registry rather than a closure.
_PURGES: dict[str, Callable[[], Awaitable[Any]]] = {}


async def scheduled_purge(name: str) -> None:
    purge = _PURGES.get(name)
    if purge is not None:
        await purge()


class RetentionScheduler:
    """An app service (start/stop). `purge` is the coroutine function to run on schedule."""

    def __init__(self, db: Database, purge: Callable[[], Awaitable[Any]], every_minutes: float,
                 name: str = "default") -> None:
        self.db, self.purge, self.every_minutes, self.name = db, purge, every_minutes, name
        self.scheduler: Any = None

    async def start(self) -> None:
        from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
        from apscheduler.schedulers.asyncio import AsyncIOScheduler

        _PURGES[self.name] = self.run_once
        self.scheduler = AsyncIOScheduler(
            jobstores={"default": SQLAlchemyJobStore(url=sync_url(self.db.url))},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600},
        )
        self.scheduler.add_job(scheduled_purge, "interval", args=[self.name], id=JOB_ID,
                               minutes=self.every_minutes, replace_existing=True)
        self.scheduler.start()
        await self.run_once()  # and once at start-up

    async def run_once(self) -> Any:
        try:
            return await run_locked(self.db, self.purge)
        except Exception:
            log.exception("retention purge failed")
            return False, None

    async def stop(self) -> None:
        if self.scheduler is not None:
            self.scheduler.shutdown(wait=False)
            self.scheduler = None
        _PURGES.pop(self.name, None)
