"""The `jobs` table: every dispatched job, its outcome, and the ones a restart interrupted.

`JobWriter` batches writes: the dispatcher hands it plain dicts and it flushes them together
a few times a second, so a job costs about one insert and one update however busy the bot
is (and a job that ends between two flushes costs one insert). At shutdown the dispatcher
marks jobs it could not finish `interrupted`; front ends call `interrupted_jobs()` when they
start, tell each user, then `mark_reported()`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, update
from sqlmodel import col, select

from hubbot.storage.database import Database
from hubbot.storage.models import JobRow

log = logging.getLogger(__name__)

INTERRUPTED = "interrupted"
REPORTED = "reported"  # an interrupted job whose user has been told
FLUSH_EVERY_S = 0.25
FLUSH_AT = 500  # pending changes that trigger a flush before the timer


class JobWriter:
    """Buffers job rows and status changes; `flush()` writes them in one transaction."""

    def __init__(self, db: Database, flush_every_s: float = FLUSH_EVERY_S) -> None:
        self.db = db
        self.flush_every_s = flush_every_s
        self._new: dict[str, dict[str, Any]] = {}  # job id -> full row, not yet inserted
        self._changes: dict[str, dict[str, Any]] = {}  # job id -> columns to update
        self._owners: dict[str, str] = {}  # job id -> user id, for the pending changes
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._flushing = asyncio.Lock()
        self._stopping = False

    def insert(self, row: dict[str, Any]) -> None:
        self._new[row["id"]] = row
        self._nudge()

    def change(self, job_id: str, user_id: str, **columns: Any) -> None:
        row = self._new.get(job_id)
        if row is not None:
            row.update(columns)  # not written yet: one insert with the latest state
        else:
            self._changes.setdefault(job_id, {}).update(columns)
            self._owners[job_id] = user_id
        self._nudge()

    async def forget_user(self, user_id: str) -> int:
        """Drop the user's pending rows and changes (for /forget), after any flush that is
        writing them has finished, so nothing of theirs is written after their data is
        deleted. Returns how many pending records were dropped."""
        async with self._flushing:
            new = [job_id for job_id, row in self._new.items() if row["user_id"] == user_id]
            changed = [job_id for job_id, owner in self._owners.items() if owner == user_id]
            for job_id in new:
                del self._new[job_id]
            for job_id in changed:
                self._changes.pop(job_id, None)
                del self._owners[job_id]
        return len(new) + len(changed)

    def start(self) -> None:
        if self._task is None:
            self._stopping = False
            self._task = asyncio.create_task(self._run(), name="hubbot-job-writer")

    async def stop(self) -> None:
        # Not `task.cancel()`: a cancel landing inside a flush would drop the rows it had taken
        # (the last jobs of a one-shot CLI run went missing that way).
        if self._task is not None:
            self._stopping = True
            self._wake.set()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        await self.flush()

    async def flush(self) -> None:
        async with self._flushing:
            new, self._new = self._new, {}
            changes, self._changes = self._changes, {}
            self._owners = {}
            if not new and not changes:
                return
            try:
                await self._write(list(new.values()), changes)
            except Exception:
                # One bad row (say, a job id submitted twice) must not lose the others.
                log.warning("recording %d jobs together failed; retrying one by one", len(new) + len(changes))
                for row in new.values():
                    await self._write_safely([row], {})
                for job_id, columns in changes.items():
                    await self._write_safely([], {job_id: columns})

    async def _write(self, rows: list[dict[str, Any]], changes: dict[str, dict[str, Any]]) -> None:
        async with self.db.session() as session:
            if rows:
                session.add_all([JobRow(**row) for row in rows])
                await session.flush()
            for statement, params in _updates(changes):
                await session.execute(statement, params)

    async def _write_safely(self, rows: list[dict[str, Any]], changes: dict[str, dict[str, Any]]) -> None:
        try:
            await self._write(rows, changes)
        except Exception:
            # Bookkeeping must never take the bot down; the jobs themselves went fine.
            log.exception("could not record job %s", rows[0]["id"] if rows else next(iter(changes)))

    def _nudge(self) -> None:
        if len(self._new) + len(self._changes) >= FLUSH_AT:
            self._wake.set()

    async def _run(self) -> None:
        while not self._stopping:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.flush_every_s)
            self._wake.clear()
            await self.flush()


def _updates(changes: dict[str, dict[str, Any]]) -> list[tuple[Any, list[dict[str, Any]]]]:
    """One Core executemany per set of changed columns. Core, not an ORM bulk update by primary
    key: a row already deleted (/forget, retention) is simply not updated, where the ORM form
    raises StaleDataError."""
    table = JobRow.__table__  # type: ignore[attr-defined]
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for job_id, columns in changes.items():
        groups.setdefault(tuple(sorted(columns)), []).append(
            {"job_id": job_id, **{f"new_{k}": v for k, v in columns.items()}})
    return [(update(table).where(table.c.id == bindparam("job_id"))
             .values({k: bindparam(f"new_{k}") for k in keys}), params)
            for keys, params in groups.items()]


async def interrupted_jobs(db: Database, platform: str | None = None) -> list[JobRow]:
    """Jobs a shutdown interrupted whose users have not been told yet (oldest first).
    `platform` keeps those whose `reply_to` names it (`reply_to["platform"]`)."""
    async with db.session() as session:
        rows = (await session.exec(
            select(JobRow).where(JobRow.status == INTERRUPTED).order_by(col(JobRow.created_at))
        )).all()
    if platform is not None:
        rows = [row for row in rows if row.reply_to.get("platform") == platform]
    return list(rows)


async def mark_reported(db: Database, job_ids: list[str], when: datetime | None = None) -> None:
    if not job_ids:
        return
    async with db.session() as session:
        await session.execute(
            update(JobRow).where(col(JobRow.id).in_(job_ids))
            .values(status=REPORTED, finished_at=when or db.now())
        )


async def claim_report(db: Database, job_id: str) -> bool:
    """Take an interrupted job for telling its user: True for exactly one caller, however many
    processes try at once (so a user hears about a job once)."""
    async with db.session() as session:
        result = await session.execute(
            update(JobRow).where(col(JobRow.id) == job_id, col(JobRow.status) == INTERRUPTED)
            .values(status=REPORTED, finished_at=db.now()).execution_options(synchronize_session=False))
        return (result.rowcount or 0) == 1


async def for_user(db: Database, user_id: str) -> list[JobRow]:
    """A user's job records, oldest first (for /export)."""
    async with db.session() as session:
        rows = await session.exec(
            select(JobRow).where(JobRow.user_id == user_id).order_by(col(JobRow.created_at))
        )
        return list(rows.all())


async def get(db: Database, job_id: str) -> JobRow | None:
    async with db.session() as session:
        return await session.get(JobRow, job_id)
