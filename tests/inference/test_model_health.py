"""Issue 18 item 6: a model that fails to load (here: its weights file is missing, a real
`from_pretrained` failure) is logged once with its traceback, users are told by name in their
language, the next attempt waits for a back-off, and /healthz and /metrics mark it unhealthy
until a load works again."""

from __future__ import annotations

import asyncio
import logging
import shutil
from pathlib import Path

import aiohttp
import pytest
import pytest_asyncio

from hubbot.app import App
from hubbot.commands.base import Answer, Error, Request, UserRef
from hubbot.commands.runner import execute
from hubbot.config import MetricsSection
from hubbot.inference.metrics import MetricsServer

MODEL = "chat-small"
BACKOFF_S = 2.0


def chat(prompt: str, locale: str | None = None) -> Request:
    return Request("chat", {"prompt": prompt, "max_tokens": 2, "temperature": 0, "model": MODEL},
                   UserRef("console:ann", "console"), "console:ann", locale=locale)


async def collect(replies) -> list:
    return [r async for r in replies]


@pytest.fixture
def broken(settings, tmp_path: Path):
    """Settings whose chat-small directory has lost its weights (the tokenizer is still there),
    and the weights, to put back."""
    card = settings.model(MODEL)
    source = tmp_path / "chat-small-copy"
    shutil.copytree(settings.resolve_path(card.source), source)
    stash = tmp_path / "stash"
    stash.mkdir()
    weights = [path for path in source.iterdir() if path.suffix in (".safetensors", ".bin")]
    assert weights
    for path in weights:
        path.rename(stash / path.name)
    cards = [c.model_copy(update={"source": str(source), "pinned": False}) if c.id == MODEL else c
             for c in settings.models]
    gpu = settings.gpu.model_copy(update={"load_backoff_s": BACKOFF_S, "warmup_pinned": False})
    return settings.model_copy(update={"models": cards, "gpu": gpu}), source, stash


@pytest_asyncio.fixture(loop_scope="function")
async def broken_app(broken):
    settings, source, stash = broken
    async with App.create(settings) as app:
        yield app, source, stash


async def fetch(port: int, path: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(f"http://127.0.0.1:{port}{path}") as response:
        return response.status, await response.text()


async def test_a_failed_load_is_logged_once_told_by_name_backed_off_and_unhealthy(broken_app, caplog) -> None:
    app, source, stash = broken_app
    name = app.registry.card(MODEL).display_name
    server = MetricsServer(MetricsSection(port=0), app.dispatcher)
    await server.start()
    try:
        with caplog.at_level(logging.INFO):
            first = await collect(execute(chat("hello"), app))
            second = await collect(execute(chat("안녕하세요, 잘 지내세요?", locale="ko"), app))
        assert isinstance(first[-1], Error) and name in first[-1].text and "unavailable" in first[-1].text
        assert isinstance(second[-1], Error) and name in second[-1].text
        assert "사용할 수 없습니다" in second[-1].text  # in the asker's language
        failures = [r for r in caplog.records if r.levelno >= logging.ERROR]
        assert len(failures) == 1, [r.getMessage() for r in failures]  # the second did not reload
        assert failures[0].exc_info is not None and MODEL in failures[0].getMessage()
        assert "Traceback" in caplog.text and "went wrong" not in first[-1].text

        health = app.dispatcher.health()
        assert health["unhealthy_models"] == [MODEL]
        state = health["models"][MODEL]
        assert state["healthy"] is False and 0 < state["retry_in_s"] <= BACKOFF_S
        assert "Error" in state["load_error"]
        status, body = await fetch(server.port, "/healthz")
        assert status == 200 and f'"unhealthy_models": ["{MODEL}"]' in body  # other models still serve
        _, metrics = await fetch(server.port, "/metrics")
        assert f'hubbot_model_healthy{{model="{MODEL}"}} 0.0' in metrics

        for path in stash.iterdir():  # the operator puts the file back; after the back-off it loads
            shutil.move(str(path), source / path.name)
        await asyncio.sleep(BACKOFF_S + 0.2)
        third = await collect(execute(chat("hello again"), app))
        assert isinstance(third[-1], Answer), third
        assert app.dispatcher.health()["unhealthy_models"] == []
        _, metrics = await fetch(server.port, "/metrics")
        assert f'hubbot_model_healthy{{model="{MODEL}"}} 1.0' in metrics
    finally:
        await server.stop()
