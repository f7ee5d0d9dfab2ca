"""Shared fixtures: the embedded default built once per test session, apps on SQLite or on
the PostgreSQL at 127.0.0.1:5432 (a fresh database per use, created from `test`)."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TQDM_DISABLE", "1")

PG_BASE = os.environ.get("HUBBOT_TEST_PG", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def hub_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`hubbot init` output (config + every tiny model), built once for the whole run."""
    from hubbot.init import init

    directory = tmp_path_factory.mktemp("hub")
    init(directory)
    return directory


@pytest.fixture
def settings(hub_dir: Path, tmp_path: Path):
    """Settings from the init config, with a private SQLite database and data dir per test."""
    from hubbot.config import load_settings

    return load_settings(
        hub_dir / "hubbot.toml",
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'hubbot.db'}",
        data_dir=str(tmp_path / "data"),
    )


@pytest_asyncio.fixture(loop_scope="function")  # on the test's own event loop
async def app(settings) -> AsyncIterator:
    from hubbot.app import App

    async with App.create(settings) as started:
        yield started


def _pg_available() -> bool:
    import socket

    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database on the local server (created from `test`), dropped after."""
    if not _pg_available():
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not reachable on 127.0.0.1:5432")
        pytest.skip("PostgreSQL is not reachable on 127.0.0.1:5432")
    name = f"hubbot_t_{uuid.uuid4().hex[:12]}"
    _admin_execute(f'CREATE DATABASE "{name}"')
    try:
        yield PG_BASE.rsplit("/", 1)[0] + f"/{name}"
    finally:
        _admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _admin_execute(sql: str) -> None:
    import asyncio

    import asyncpg

    async def run() -> None:
        conn = await asyncpg.connect("postgresql://postgres@127.0.0.1:5432/test")
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    asyncio.run(run())


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Parametrises a test over both databases."""
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'hubbot.db'}"
    return request.getfixturevalue("pg_url")
