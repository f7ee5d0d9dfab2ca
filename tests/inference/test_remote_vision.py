"""A vision-qa card with `backend = "openai"` against a real OpenAI-compatible server:
`transformers serve` on the tiny LLaVA that `hubbot init` builds.

Two servers start once for the module: `primary` answers, `victim` is killed mid-stream.
"""

from __future__ import annotations

import base64
import importlib.util
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image as PILImage

from hubbot.app import App
from hubbot.commands.base import Answer, Delta, Error, Request, UserRef
from hubbot.commands.image_input import file_attachment
from hubbot.commands.runner import execute
from hubbot.config import Settings, load_settings
from hubbot.inference.jobs import ChatMessage, Failed, Finished, ImageInputs, Job, JobKind, TextDelta
from tests.standins.remote_servers import BreakingProxy, Server

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("fastapi") is None or importlib.util.find_spec("uvicorn") is None,
    reason="needs transformers[serving] (pip install -e '.[dev]')",
)


@pytest.fixture(scope="module")
def vision_servers(hub_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Server]]:
    work = tmp_path_factory.mktemp("vision-serve")
    model = hub_dir / "models" / "vision"
    started = {name: Server(model, work, name, continuous=False) for name in ("primary", "victim")}
    try:
        for server in started.values():
            server.wait_ready()
        yield started
    finally:
        for server in started.values():
            server.stop()


def remote_settings(hub_dir: Path, tmp_path: Path, endpoints: list[str]) -> Settings:
    """The init config with `vision` served remotely from `endpoints`."""
    base = load_settings(hub_dir / "hubbot.toml")
    models = [card.model_dump() for card in base.models]
    for model in models:
        if model["id"] == "vision":
            model.update(
                backend="openai", endpoints=endpoints, remote={"backoff_s": 0.01, "health_interval_s": 30.0}
            )
    return load_settings(
        hub_dir / "hubbot.toml",
        models=models,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'hub.db'}",
        data_dir=str(tmp_path / "data"),
    )


def png(width: int = 48, height: int = 40, seed: int = 0) -> bytes:
    rng = np.random.default_rng(seed)
    out = io.BytesIO()
    PILImage.fromarray(rng.integers(0, 256, (height, width, 3), dtype=np.uint8)).save(out, "PNG")
    return out.getvalue()


def ask(question: str, attachments: Any = ()) -> Request:
    return Request(
        "ask-image",
        {"question": question},
        UserRef("console:kim", "console", "kim"),
        "console:thread-1",
        attachments=list(attachments),
    )


def image_part(body: bytes) -> tuple[list[dict[str, Any]], str]:
    """The messages of a chat request and the data URL in its first user turn."""
    messages = json.loads(body)["messages"]
    first_user = next(m for m in messages if m["role"] == "user")
    (part,) = [p for p in first_user["content"] if p["type"] == "image_url"]
    return messages, part["image_url"]["url"]


async def test_remote_vision_ask_image_streams_and_follow_ups_resend_the_image(
    vision_servers: dict[str, Server], hub_dir: Path, tmp_path: Path
) -> None:
    proxy = await BreakingProxy(vision_servers["primary"].url).start()
    picture = tmp_path / "cat.png"
    picture.write_bytes(png())
    try:
        async with App.create(remote_settings(hub_dir, tmp_path, [proxy.url])) as app:
            first = [
                r async for r in execute(ask("What is in this picture?", [file_attachment(picture)]), app)
            ]
            follow_up = [r async for r in execute(ask("And what colour is it?"), app)]
    finally:
        await proxy.stop()
    for replies in (first, follow_up):
        assert not [r for r in replies if isinstance(r, Error)], replies
        assert [r for r in replies if isinstance(r, Delta)]  # streamed
        assert isinstance(replies[-1], Answer) and replies[-1].text
    assert proxy.posts == 2
    _messages, url = image_part(proxy.bodies[0])
    assert url.startswith("data:image/png;base64,")
    with PILImage.open(io.BytesIO(base64.b64decode(url.split(",", 1)[1]))) as sent:
        assert sent.size == (48, 40)
    again, again_url = image_part(proxy.bodies[1])
    assert again_url == url  # the follow-up carries the same image, in the first user turn
    assert [m["role"] for m in again][-3:] == ["user", "assistant", "user"]
    assert again[-1]["content"] == "And what colour is it?"


async def test_remote_vision_stream_broken_mid_answer_is_interrupted_and_the_next_goes_elsewhere(
    vision_servers: dict[str, Server], hub_dir: Path, tmp_path: Path
) -> None:
    victim, primary = vision_servers["victim"], vision_servers["primary"]
    settings = remote_settings(hub_dir, tmp_path, [victim.url, primary.url])

    def job(max_new_tokens: int) -> Job:
        return Job(
            JobKind.VISION_QA,
            "vision",
            ImageInputs(
                image=png(seed=1), messages=[ChatMessage("user", "Describe every detail of this picture.")]
            ),
            "tester",
            options={"max_new_tokens": max_new_tokens, "temperature": 0.0},
        )

    deltas: list[str] = []
    async with App.create(settings) as app:
        async for event in app.dispatcher.submit(job(1500)):  # least loaded: the first endpoint, victim
            if isinstance(event, TextDelta):
                deltas.append(event.text)
                if len(deltas) == 3:
                    victim.kill()
            elif isinstance(event, Finished | Failed):
                broken = event
        endpoints = app.registry.backend("vision").pool.endpoints  # type: ignore[attr-defined]
        assert not endpoints[0].healthy and endpoints[1].healthy
        nexts = [e async for e in app.dispatcher.submit(job(8)) if isinstance(e, Finished | Failed)]
    assert isinstance(broken, Finished) and broken.finish_reason == "interrupted"
    assert 3 <= len(deltas) < 1500 and broken.text == "".join(deltas).strip()
    (after,) = nexts
    assert isinstance(after, Finished) and after.finish_reason in ("stop", "length") and after.text
