"""Process leases: which bot processes are alive, so the jobs of a dead one are not left
`queued`/`running` forever.

Each process registers an instance id in `instances` at start-up and renews its heartbeat every
`heartbeat_s`; the dispatcher stamps every job row with that id. A process whose heartbeat is
older than `lease_s` is dead (killed, crashed, its host gone): at start-up and at every
heartbeat, each live process removes dead instances and marks their unfinished jobs
`interrupted`, then its front ends tell the users (`commands.interrupted`). Jobs of live
instances are never touched. A clean shutdown marks its own unfinished jobs interrupted (the
dispatcher does) and removes its instance row.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections.abc import Awaitable, Callable
from datetime import timedelta

from sqlalchemy import delete, or_, select, update
from sqlmodel import col

from hubbot.storage.database import Database
from hubbot.storage.jobs import INTERRUPTED
from hubbot.storage.models import Instance, JobRow

log = logging.getLogger(__name__)

UNFINISHED = ("queued", "running")
DEAD_PROCESS = "interrupted: the bot process stopped (no heartbeat)"


def new_instance_id() -> str:
    return str(uuid.uuid4())


async def reap(db: Database, lease_s: float) -> int:
    """Remove instances silent for more than `lease_s` and mark the unfinished jobs of every
    instance that is not alive `interrupted` (jobs with no instance are from before leases
    existed). Returns how many jobs were marked."""
    stale = db.now() - timedelta(seconds=lease_s)
    async with db.session() as session:
        dead = (await session.execute(delete(Instance).where(col(Instance.heartbeat_at) < stale)
                                      .returning(Instance.id))).scalars().all()
        alive = select(Instance.id)
        result = await session.execute(
            update(JobRow)
            .where(col(JobRow.status).in_(UNFINISHED),
                   or_(col(JobRow.instance_id).is_(None), col(JobRow.instance_id).not_in(alive)))
            .values(status=INTERRUPTED, error=DEAD_PROCESS, finished_at=db.now())
            .execution_options(synchronize_session=False))
        marked = result.rowcount or 0
    if dead or marked:
        log.warning("marked %d jobs of stopped bot processes interrupted (%d processes lost their lease)",
                    marked, len(dead))
    return marked


class Lease:
    """This process's instance row and heartbeat (started and stopped by the App around the
    dispatcher). `on_reaped` runs after every check, to tell users about interrupted jobs."""

    def __init__(self, db: Database, instance_id: str, heartbeat_s: float, lease_s: float,
                 on_reaped: Callable[[], Awaitable[object]] | None = None) -> None:
        self.db = db
        self.instance_id = instance_id
        self.heartbeat_s = heartbeat_s
        self.lease_s = lease_s
        self.on_reaped = on_reaped
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self._register()
        await self.check()
        self._task = asyncio.create_task(self._beat(), name="hubbot-lease")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        async with self.db.session() as session:
            await session.execute(delete(Instance).where(Instance.id == self.instance_id))

    async def check(self) -> int:
        """Reap dead instances; tell users when jobs were marked."""
        marked = await reap(self.db, self.lease_s)
        if self.on_reaped is not None:
            # Also when this process marked nothing: another one may have reaped jobs only
            # this process's front ends can report (they are told at most once, see claim).
            try:
                await self.on_reaped()
            except Exception:
                log.exception("telling users about interrupted jobs failed")
        return marked

    async def renew(self) -> None:
        async with self.db.session() as session:
            result = await session.execute(update(Instance).where(Instance.id == self.instance_id)
                                           .values(heartbeat_at=self.db.now()))
            renewed = (result.rowcount or 0) > 0
        if not renewed:
            # Another process took this one for dead (a stall longer than the lease); its jobs
            # are already marked interrupted. Come back as alive for the jobs still to come.
            log.warning("instance %s had lost its lease; registering again", self.instance_id)
            await self._register()

    async def _register(self) -> None:
        now = self.db.now()
        async with self.db.session() as session:
            session.add(Instance(id=self.instance_id, host=socket.gethostname()[:200], pid=os.getpid(),
                                 started_at=now, heartbeat_at=now))

    async def _beat(self) -> None:
        while True:
            await asyncio.sleep(self.heartbeat_s)
            try:
                await self.renew()
                await self.check()
            except Exception:
                # A database blip must not end the heartbeat; the next one tries again.
                log.exception("lease heartbeat failed")
