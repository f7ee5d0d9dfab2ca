"""Visual question answering: the tiny LLaVA through the vision backend, and /ask-image with
follow-up questions that reuse the conversation's image."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import numpy as np
import pytest_asyncio
from PIL import Image as PILImage

from hubbot.app import App
from hubbot.commands.base import Answer, Delta, Error, Request, UserRef
from hubbot.commands.image_input import file_attachment
from hubbot.commands.runner import execute
from hubbot.config import load_settings
from hubbot.i18n import t
from hubbot.inference.jobs import ChatMessage, Finished, ImageInputs, Job, JobKind, TextDelta
from hubbot.inference.registry import Registry
from hubbot.storage import conversations


def png(width: int = 40, height: int = 30, seed: int = 0) -> bytes:
    rng = np.random.default_rng(seed)
    out = io.BytesIO()
    PILImage.fromarray(rng.integers(0, 256, (height, width, 3), dtype=np.uint8)).save(out, "PNG")
    return out.getvalue()


def test_vqa_answers_stream_and_end_with_the_full_text(hub_dir: Path) -> None:
    backend = Registry(load_settings(hub_dir / "hubbot.toml")).backend("vision")
    events: list = []
    job = Job(JobKind.VISION_QA, "vision", ImageInputs(image=png(), messages=[
        ChatMessage("system", "Answer about the image."), ChatMessage("user", "이 그림에 무엇이 있나요?")]),
        "test:u", options={"max_new_tokens": 24, "temperature": 0.0})
    backend.run_batch([job], lambda job_id, event: events.append(event))
    deltas = [e.text for e in events if isinstance(e, TextDelta)]
    final = events[-1]
    assert isinstance(final, Finished) and len(deltas) >= 2
    assert final.text and "".join(deltas).strip().startswith(final.text[:10])
    assert final.usage.completion_tokens > 0 and final.usage.prompt_tokens > 16  # the image's 16 tokens
    assert backend.loaded and backend.memory_bytes() > 0

    # Greedy decoding: the same image and question give the same answer; another image may not.
    again: list = []
    backend.run_batch([job], lambda job_id, event: again.append(event))
    assert again[-1].text == final.text


@pytest_asyncio.fixture(loop_scope="function")
async def app(settings) -> AsyncIterator[App]:
    async with App.create(settings) as started:
        yield started


def ask(question: str, key: str = "console:thread-1", attachments=(), new: bool = False,
        **options) -> Request:
    return Request("ask-image", {"question": question, **options}, UserRef("console:kim", "console", "kim"),
                   key, attachments=list(attachments), new_conversation=new)


async def test_ask_image_streams_and_follow_ups_reuse_the_image(app: App, tmp_path: Path) -> None:
    picture = tmp_path / "cat.png"
    picture.write_bytes(png(80, 60))
    question = ask("What is in this picture?", attachments=[file_attachment(picture)])
    first = [r async for r in execute(question, app)]
    assert not [r for r in first if isinstance(r, Error)]
    assert [r for r in first if isinstance(r, Delta)]
    answer = first[-1]
    assert isinstance(answer, Answer) and answer.text
    assert "Visual Question Answering (random weights)" in answer.footer

    conversation = await conversations.find(app.db, "console", "console:thread-1")
    assert conversation is not None and conversation.image_id

    follow_up = [r async for r in execute(ask("그럼 색깔은 무엇인가요?"), app)]
    answer = follow_up[-1]
    assert isinstance(answer, Answer)
    assert answer.footer == t("footer.ai_text", "ko", model="Visual Question Answering (random weights)")
    again = await conversations.find(app.db, "console", "console:thread-1")
    assert again is not None and again.image_id == conversation.image_id
    history = await conversations.history(app.db, conversation.id)
    assert [m.role for m in history] == ["user", "assistant", "user", "assistant"]
    assert history[2].content == "그럼 색깔은 무엇인가요?"


async def test_ask_image_needs_an_image_in_a_fresh_conversation(app: App) -> None:
    (reply,) = [r async for r in execute(ask("What is this?", key="console:other"), app)]
    assert isinstance(reply, Error) and reply.text == t("ask_image.no_image", "en")
    (reply,) = [r async for r in execute(ask("이건 뭐예요?", key="console:other", new=True), app)]
    assert isinstance(reply, Error) and reply.text == t("ask_image.no_image", "ko")
    (reply,) = [r async for r in execute(ask("What is this?", model="imagine"), app)]
    assert isinstance(reply, Error) and "vision" in reply.text


def test_cli_ask_image_prints_a_streamed_answer(hub_dir: Path, tmp_path: Path) -> None:
    text = (hub_dir / "hubbot.toml").read_text(encoding="utf-8")
    text = text.replace('source = "models/', f'source = "{hub_dir}/models/')
    text = text.replace('data_dir = "data"', f'data_dir = "{tmp_path / "data"}"')
    text = text.replace("sqlite+aiosqlite:///hubbot.db", f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}")
    config = tmp_path / "hubbot.toml"
    config.write_text(text, encoding="utf-8")
    picture = tmp_path / "photo.jpg"
    PILImage.open(io.BytesIO(png(50, 50))).save(picture, "JPEG")
    env = {k: v for k, v in os.environ.items() if k not in ("HUBBOT_CONFIG", "HUBBOT_DATABASE_URL")}
    command = [sys.executable, "-m", "hubbot", "--config", str(config), "ask-image", str(picture),
               "What is in this photo?"]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "AI-generated by Visual Question Answering (random weights)" in result.stdout
    assert "Traceback" not in result.stderr
