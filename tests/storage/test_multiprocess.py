"""Two bot processes on one PostgreSQL (and Redis): they migrate at the same moment, serve the same
new user at the same moment, and share one per-user limit on jobs in flight."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

WORKER = Path(__file__).parents[1] / "multiprocess_worker.py"
REDIS_URL = os.environ.get("HUBBOT_TEST_REDIS", "redis://127.0.0.1:6379/0")
LIMIT = 3


@pytest.fixture
def redis_url() -> str:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return REDIS_URL
    except OSError:
        if os.environ.get("CI"):
            pytest.fail("Redis is not reachable on 127.0.0.1:6379")
        pytest.skip("Redis is not reachable on 127.0.0.1:6379")


class Worker:
    def __init__(self, config: Path, user_id: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER), str(config), user_id], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def expect(self, word: str) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        if not line.startswith(word):
            self.process.kill()
            raise AssertionError(f"expected {word!r}, got {line!r}; stderr:\n{self.process.stderr.read()}")
        return line.removeprefix(word).strip()


@pytest.fixture
def workers(pg_url: str, redis_url: str, tmp_path: Path) -> Iterator[tuple[list[Worker], str, Path]]:
    config = tmp_path / "hubbot.toml"
    config.write_text(f'database_url = "{pg_url}"\nredis_url = "{redis_url}"\ndata_dir = "{tmp_path}"\n'
                      f"[dispatcher]\nmax_jobs_per_user = {LIMIT}\n", encoding="utf-8")
    user_id = f"mp-{uuid.uuid4().hex[:10]}"
    started = [Worker(config, user_id), Worker(config, user_id)]
    try:
        for worker in started:
            worker.expect("ready")
        yield started, user_id, config
    finally:
        for worker in started:
            if worker.process.poll() is None:
                worker.process.kill()
            worker.process.wait(10)


def test_two_processes_share_one_postgresql_and_one_job_limit(workers, pg_url: str) -> None:
    processes, user_id, config = workers

    # Both start (and migrate) at the same moment: one migrates, the other waits and finds head.
    for worker in processes:
        worker.send("start")
    for worker in processes:
        worker.expect("started")
    revisions, users_before = asyncio.run(query(pg_url, "SELECT version_num FROM alembic_version",
                                                "SELECT count(*) FROM users"))
    assert len(revisions) == 1 and users_before == [(0,)]

    # The same new user reaches both processes at once (Slack replicas behind a load balancer).
    for worker in processes:
        worker.send("help 4")
    assert [worker.expect("errors") for worker in processes] == ["0", "0"]
    users, audits = asyncio.run(query(pg_url, "SELECT id FROM users",
                                      "SELECT count(*) FROM audit_events WHERE command = 'help'"))
    assert users == [(f"console:{user_id}",)]
    assert audits == [(8,)]

    # Each process tries to take the whole limit: together they get exactly the limit.
    for worker in processes:
        worker.send(f"take {LIMIT}")
    taken = [int(worker.expect("took")) for worker in processes]
    assert sum(taken) == LIMIT, taken
    assert asyncio.run(slots_free(config, user_id)) == 0

    for worker in processes:
        worker.send("release")
    for worker in processes:
        worker.expect("released")
    assert asyncio.run(slots_free(config, user_id)) == LIMIT

    for worker in processes:
        worker.send("stop")
    assert [worker.process.wait(30) for worker in processes] == [0, 0]


async def query(url: str, *statements: str) -> list[list[tuple]]:
    import asyncpg

    connection = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        return [[tuple(row) for row in await connection.fetch(sql)] for sql in statements]
    finally:
        await connection.close()


async def slots_free(config: Path, user_id: str) -> int:
    """How many slots a third process could take for the user right now (then gives them back)."""
    from hubbot.config import load_settings
    from hubbot.storage.user_slots import user_slots_for

    slots = user_slots_for(load_settings(config))
    assert slots is not None
    await slots.start()
    try:
        probes = [f"probe-{i}" for i in range(LIMIT)]
        got = [probe for probe in probes if await slots.acquire(user_id, probe)]
        for probe in got:
            await slots.release(user_id, probe)
        return len(got)
    finally:
        await slots.stop()


async def test_slots_of_a_process_that_died_expire(redis_url: str) -> None:
    from hubbot.storage.user_slots import UserSlots

    user_id = f"crashed-{uuid.uuid4().hex[:10]}"
    slots = UserSlots(redis_url, limit=1, lease_s=0.3)
    await slots.start()
    try:
        assert await slots.acquire(user_id, "job-of-a-dead-process")  # never released
        assert not await slots.acquire(user_id, "next-job")
        await asyncio.sleep(0.5)
        assert await slots.acquire(user_id, "next-job")
        assert await slots.in_flight(user_id) == 1
        await slots.release(user_id, "next-job")
    finally:
        await slots.stop()


async def test_slots_fail_open_when_redis_is_down() -> None:
    from hubbot.errors import Busy
    from hubbot.storage.user_slots import UserSlots

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens there once closed
    slots = UserSlots(f"redis://127.0.0.1:{port}/0", limit=1, lease_s=60)
    await slots.start()
    try:
        async with slots.hold("someone", "job-1"), slots.hold("someone", "job-2"):
            pass  # both admitted: each process still applies its own dispatcher limit
    except Busy:
        pytest.fail("a Redis outage must not refuse users")
    finally:
        await slots.stop()
