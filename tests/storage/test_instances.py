"""Issue 18 item 7: jobs of a process that died (killed, crashed) are marked interrupted by a
live process and their users told; jobs of live processes are never touched."""

from __future__ import annotations

import asyncio
import os
import queue
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlmodel import select

from hubbot.storage import Database
from hubbot.storage.instances import Lease
from hubbot.storage.models import Instance, JobRow

WORKER = Path(__file__).parents[1] / "lease_worker.py"
NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


async def statuses(db: Database) -> dict[str, str]:
    async with db.session() as session:
        return {job.id: job.status for job in (await session.exec(select(JobRow))).all()}


async def statuses_at(url: str) -> dict[str, str]:
    db = Database(url)
    try:
        return await statuses(db)
    finally:
        await db.close()


async def test_a_check_marks_jobs_of_dead_and_unknown_instances_only(db_url: str) -> None:
    clock = Clock()
    db = Database(db_url, clock=clock)
    await db.migrate()
    told: list[int] = []

    async def on_reaped() -> None:
        told.append(1)

    dead = Lease(db, "instance-dead", heartbeat_s=3600, lease_s=60)
    live = Lease(db, "instance-live", heartbeat_s=3600, lease_s=60, on_reaped=on_reaped)
    try:
        await dead.start()
        await live.start()
        async with db.session() as session:
            for job_id, instance, status in (("d-run", "instance-dead", "running"),
                                             ("d-queued", "instance-dead", "queued"),
                                             ("d-done", "instance-dead", "done"),
                                             ("l-run", "instance-live", "running"),
                                             ("legacy", None, "queued")):
                session.add(JobRow(id=job_id, user_id="test:u", command="chat", kind="text", model_id="m",
                                status=status, instance_id=instance, created_at=clock.now))
        assert await live.check() == 1  # both alive: only the job from before leases existed
        assert (await statuses(db))["legacy"] == "interrupted"

        clock.now += timedelta(seconds=61)  # the dead one stopped beating; the live one renews
        await live.renew()
        assert await live.check() == 2
        assert await statuses(db) == {"d-run": "interrupted", "d-queued": "interrupted", "d-done": "done",
                                      "l-run": "running", "legacy": "interrupted"}
        async with db.session() as session:
            assert [i.id for i in (await session.exec(select(Instance))).all()] == ["instance-live"]
        assert told  # the front ends were asked to tell the users

        await dead.renew()  # a stalled process that comes back registers again
        async with db.session() as session:
            assert len((await session.exec(select(Instance))).all()) == 2
    finally:
        await dead.stop()
        await live.stop()
        await db.close()


class LeaseWorker:
    def __init__(self, config: Path, url: str, data_dir: Path, name: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER), str(config), url, str(data_dir), name],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def expect(self, word: str, timeout: float = 60) -> str:
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            self.process.kill()
            stderr = self.process.stderr.read() if self.process.stderr else ""
            raise AssertionError(f"no {word!r} within {timeout} s; stderr:\n{stderr}") from None
        assert line.startswith(word), f"expected {word!r}, got {line!r}"
        return line.removeprefix(word).strip()


def test_two_processes_on_postgresql_a_killed_ones_jobs_are_reported_by_the_live_one(
        pg_url: str, hub_dir: Path, tmp_path: Path) -> None:
    config = hub_dir / "hubbot.toml"
    killed = LeaseWorker(config, pg_url, tmp_path / "a", "a")
    live = LeaseWorker(config, pg_url, tmp_path / "b", "b")
    try:
        killed.expect("ready")
        live.expect("ready")
        doomed = []
        for tag in ("a1", "a2"):
            killed.send(f"submit {tag}")
            doomed.append(killed.expect("submitted"))
        live.send("submit b1")
        survivor = live.expect("submitted")

        killed.process.kill()  # SIGKILL: no shutdown, no chance to mark anything
        killed.process.wait(10)
        started = time.monotonic()
        told = sorted(live.expect("told", timeout=30) for _ in doomed)
        assert told == ["a1 a", "a2 a"]  # each user told once, where the job came from
        assert time.monotonic() - started < 20  # within about one lease, not at the next restart

        time.sleep(6)  # past another whole lease: the live process's own job stays untouched
        found = asyncio.run(statuses_at(pg_url))
        assert [found[job_id] for job_id in doomed] == ["reported", "reported"]
        assert found[survivor] in ("queued", "running")  # untouched: its process is alive
        assert live.lines.empty()  # nothing told twice

        live.send("stop")
        assert live.process.wait(60) == 0
    finally:
        for worker in (killed, live):
            if worker.process.poll() is None:
                worker.process.kill()
            worker.process.wait(10)
