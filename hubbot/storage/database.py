"""The async engine, sessions, and Alembic migrations applied at start-up."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlmodel.ext.asyncio.session import AsyncSession

from hubbot.config import masked_url
from hubbot.storage.clock import Clock, utcnow
from hubbot.storage.files import private_file

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")
MIGRATION_LOCK = 0x6875_6262_6F74  # "hubbot": the advisory lock held while migrating


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # Deleted rows are overwritten, not left readable in free pages (some builds default to off).
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


class Database:
    """One per process. `url` is an async SQLAlchemy URL (sqlite+aiosqlite or postgresql+asyncpg)."""

    def __init__(self, url: str, *, clock: Clock = utcnow, **engine_args: Any) -> None:
        if url.startswith("postgresql://") or url.startswith("postgres://"):
            url = "postgresql+asyncpg://" + url.split("://", 1)[1]
        self.url = url
        self.clock = clock
        self.keys: dict[str, bytes] = {}  # app secrets in use (see storage.app_secrets)
        self.engine: AsyncEngine = create_async_engine(url, **engine_args)
        if self.is_sqlite:
            path = url.split(":///", 1)[-1]
            if path and ":memory:" not in path:
                # SQLite gives its -wal and -shm files the database file's mode: 0600 covers all.
                private_file(Path(path))
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)

    def __repr__(self) -> str:
        return f"Database({masked_url(self.url)!r})"

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    async def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision."""

        def upgrade(connection: Connection) -> None:
            command.upgrade(alembic_config(connection), "head")

        async with self.engine.begin() as conn:
            if self.engine.dialect.name == "postgresql":
                # Several bot processes may start at once: one migrates, the others wait for its
                # commit and then find the schema at head. The lock ends with the transaction.
                await conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            await conn.run_sync(upgrade)
        log.debug("database schema at head (%s)", self.engine.dialect.name)

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        """A session in a transaction: committed on success, rolled back on error."""
        async with AsyncSession(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    async def checkpoint(self) -> None:
        """After a forget or a purge: move the WAL into the database file and truncate it, so
        deleted rows do not linger in the log. (PostgreSQL recycles its WAL on its own and
        autovacuum reclaims the pages; there is nothing a client should force there.)"""
        if not self.is_sqlite:
            return
        async with self.engine.connect() as conn:
            await conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def now(self) -> Any:
        return self.clock()

    async def close(self) -> None:
        await self.engine.dispose()
