"""Text commands: prompt formats as exact strings, memory trimming at the context limit,
language detection on the seed's prompts, /code modes and bad input, and the catalogue."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from hubbot.commands import execute
from hubbot.commands.base import Answer, Attachment, Error, Request, UserRef
from hubbot.commands.chat import build_messages
from hubbot.i18n import catalogue, detect_language
from hubbot.inference import prompts
from hubbot.inference.jobs import ChatMessage
from hubbot.storage import conversations

M = ChatMessage


# ---- prompt formats ----------------------------------------------------------------------


def test_kullm_format_matches_the_model_card() -> None:
    assert prompts.render("kullm", [M("user", "닭이 먼저야?")]) == "### 질문: 닭이 먼저야?\n\n### 답변:"
    with_context = prompts.render("kullm", [M("system", "너는 AI야."), M("user", "안녕"),
                                            M("assistant", "반가워요"), M("user", "뭐 해?")])
    assert with_context == ("### 질문: 뭐 해?\n\n### 맥락: 너는 AI야.\n사용자: 안녕\n답변: 반가워요"
                            "\n\n### 답변:")


def test_chatml_completion_and_the_tokenizers_template(settings) -> None:
    from hubbot.inference.registry import Registry

    chat = [M("system", "S"), M("user", "hi")]
    expected = "<|im_start|>system\nS<|im_end|>\n<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n"
    assert prompts.render("chatml", chat) == expected
    assert prompts.render("completion", [M("user", "def f(x):")]) == "def f(x):"
    renderer = Registry(settings).renderer("chat-small")  # the tokenizer's own chat template
    assert renderer.render(chat) == expected
    with pytest.raises(ValueError, match="unknown prompt format"):
        prompts.render("alpaca", chat)


# ---- memory ------------------------------------------------------------------------------


def test_memory_keeps_the_system_prompt_and_newest_turns(settings) -> None:
    from hubbot.inference.registry import Registry

    renderer = Registry(settings).renderer("chat-small")
    card = settings.model("chat-small")
    history = []
    for i in range(12):
        history += [M("user", f"question number {i} about rivers"), M("assistant", f"answer {i} ok")]
    system = [M("system", card.system_prompt)]
    alone = renderer.count_tokens(renderer.render([*system, M("user", "and the last one?")]))
    exchange = renderer.count_tokens(renderer.render(history[:2]))
    limit = alone + 32 + 3 * exchange + exchange // 2  # room for about three earlier exchanges
    card = card.model_copy(update={"context_length": limit})
    messages = build_messages(renderer, card, history, "and the last one?", max_new_tokens=32)
    assert messages[0] == M("system", card.system_prompt)
    assert messages[-1] == M("user", "and the last one?")
    kept = messages[1:-1]
    assert 0 < len(kept) < len(history) and len(kept) % 2 == 0
    assert kept == history[-len(kept):]  # the newest exchanges, oldest dropped first
    assert renderer.count_tokens(renderer.render(messages)) <= limit - 32
    one_more = [*system, *history[-len(kept) - 2:], M("user", "and the last one?")]
    assert renderer.count_tokens(renderer.render(one_more)) > limit - 32  # it kept all that fit


def chat_request(prompt: str, key: str = "console:mem", **options) -> Request:
    return Request("chat", {"prompt": prompt, **options}, UserRef("console:ann", "console"), key)


async def collect(replies) -> list:
    return [r async for r in replies]


async def test_context_overflow_is_refused_and_nothing_is_stored(app) -> None:
    card = app.settings.model("chat-small")
    app.registry.cards["chat-small"] = card.model_copy(update={"context_length": 80})
    replies = await collect(execute(chat_request("word " * 60, max_tokens=16), app))
    assert isinstance(replies[-1], Error) and "context" in replies[-1].text
    assert await conversations.find(app.db, "console", "console:mem") is None or not await (
        conversations.history(app.db, (await conversations.find(app.db, "console", "console:mem")).id))


async def test_conversation_memory_round_trip(app) -> None:
    for prompt in ("first", "second"):
        replies = await collect(execute(chat_request(prompt, max_tokens=4, temperature=0), app))
        assert isinstance(replies[-1], Answer)
    conversation = await conversations.find(app.db, "console", "console:mem")
    history = await conversations.history(app.db, conversation.id)
    assert [(m.role, m.content) for m in history][::2] == [("user", "first"), ("user", "second")]


# ---- language ----------------------------------------------------------------------------

# The example prompts of seeds/model-hub-service.md.
KOREAN_PROMPTS = [
    "닭이 먼저야, 달걀이 먼저야?",
    "특정 사회 문제를 다루는 비영리 단체를 위한 홍보 캠페인을 계획해줘.",
    "단편 소설의 제목을 브레인스토밍하는 데 도움을 줘.",
    "lambda를 사용하여 (a+b)^3의 값을 찾는 함수를 작성해봐.",
    "배열을 인수로 받아 가장 큰 값을 반환하는 함수(함수 이름: findMax) 를 작성해줘.",
    "파이썬 3.11.7이 설치된 Linux 머신을 생성하기 위한 도커 스크립트를 짜줘.",
]
ENGLISH_PROMPTS = ["Tell me the best places to travel on a budget of $1000 including car hire, flights and "
                   "accommodation.", "Write a summary of “The catcher in the rye”",
                   "Write me a step-by-step guide to use “AI Model Hub”",
                   "Generate a list of at least 10 keywords related to Mother nature",
                   "Generate a function to find the value for (a+b)^3 using lambda.",
                   "A creative composition of a frog wearing a crown sitting on a log"]


@pytest.mark.parametrize("prompt", KOREAN_PROMPTS)
def test_korean_seed_prompts_are_korean(prompt: str) -> None:
    assert detect_language(prompt) == "ko"
    assert detect_language(prompt, locale="en-US") == "ko"  # the text beats the locale


@pytest.mark.parametrize("prompt", ENGLISH_PROMPTS)
def test_english_seed_prompts_are_english(prompt: str) -> None:
    assert detect_language(prompt) == "en"
    assert detect_language(prompt, locale="ko") == "en"


def test_locale_decides_when_the_text_does_not() -> None:
    assert detect_language("42", locale="ko") == "ko"
    assert detect_language("42", locale="en-GB") == "en"


async def test_model_ids_do_not_decide_the_language(app) -> None:
    # "hi" alone is too short to decide; "hi nope" (prompt + model id) would read as English.
    request = Request("chat", {"prompt": "hi", "model": "nope"}, UserRef("console:k", "console"), "c:k",
                      locale="ko")
    replies = await collect(execute(request, app))
    assert "알 수 없는 모델" in replies[-1].text


# ---- /code -------------------------------------------------------------------------------


def code_request(mode: str, prompt: str = "", attachments: list | None = None, **options) -> Request:
    return Request("code", {"mode": mode, "prompt": prompt, **options}, UserRef("console:dev", "console"),
                   "console:code", attachments=attachments or [])


def attachment(name: str, data: bytes) -> Attachment:
    async def fetch(max_bytes: int) -> bytes:
        return data[: max_bytes + 1]

    return Attachment(name, "text/plain", len(data), fetch)


@pytest.mark.parametrize("mode", ["generate", "explain", "tests"])
async def test_each_code_mode_answers(app, mode: str) -> None:
    replies = await collect(execute(code_request(mode, "def is_leap_year(year):\n    ..."), app))
    answer = replies[-1]
    assert isinstance(answer, Answer) and answer.text
    if mode != "explain":
        assert answer.text.startswith("```python\n") and answer.text.endswith("```")


def test_code_templates_fill_language_and_input(settings) -> None:
    from hubbot.commands.code import build_prompt, extract_code

    card = settings.model("code")
    prompt = build_prompt(card, "tests", "C++", "int f();")
    assert "```cpp\nint f();\n```" in prompt and "C++" in prompt
    custom = card.model_copy(update={"code_templates": {"explain": "EXPLAIN[{language}]: {input}"}})
    assert build_prompt(custom, "explain", "go", "x") == "EXPLAIN[go]: x"
    assert extract_code("Continue this\n```python\ndef f():\n```") == ("Continue this\n\ndef f():", "python")


async def test_code_from_a_file_and_refusals(app) -> None:
    ok = await collect(execute(code_request("explain", "x", [attachment("a.py", b"print(1)\n")]), app))
    assert isinstance(ok[-1], Answer)
    binary = await collect(execute(code_request("explain", "x", [attachment("a.bin", b"\x00\x01\xff")]), app))
    assert isinstance(binary[-1], Error) and "UTF-8" in binary[-1].text
    huge = b"x = 1\n" * (app.settings.limits.max_code_file_bytes // 6 + 10)
    too_big = await collect(execute(code_request("tests", "x", [attachment("big.py", huge)]), app))
    assert isinstance(too_big[-1], Error) and "too large" in too_big[-1].text
    bad_mode = await collect(execute(code_request("debug", "x"), app))
    assert isinstance(bad_mode[-1], Error) and "generate, explain, tests" in bad_mode[-1].text
    empty = await collect(execute(code_request("generate", "  "), app))
    assert isinstance(empty[-1], Error)


# ---- the catalogue -----------------------------------------------------------------------

KEY_USE = re.compile(
    r"""(?:\bt|UserError|Refused|Busy|QuotaExceeded|Unavailable)\(\s*f?["']([a-z_]+\.[a-z_.{}]+)["']""")


# Korean shows the Korean line of a bilingual random prompt beside the English one it used.
EXTRA_KOREAN_FIELDS = {"image.random_prompt": {"shown"}}


def test_every_message_has_korean_and_english_with_the_same_placeholders() -> None:
    fields = re.compile(r"{(\w+)")
    for key in catalogue().entries:
        entry = catalogue().entries[key]
        assert entry.get("en") and entry.get("ko"), key
        extra = EXTRA_KOREAN_FIELDS.get(key, set())
        assert set(fields.findall(entry["en"])) == set(fields.findall(entry["ko"])) - extra, key


def test_every_key_used_in_code_exists() -> None:
    root = Path(__file__).resolve().parents[1] / "hubbot"
    known = set(catalogue().keys())
    missing = []
    for path in root.rglob("*.py"):
        for key in KEY_USE.findall(path.read_text(encoding="utf-8")):
            if "{" in key:  # an f-string key: check its known expansions exist
                prefix = key.split("{")[0]
                assert any(k.startswith(prefix) for k in known), f"{path.name}: {key}"
            elif key not in known:
                missing.append(f"{path.relative_to(root)}: {key}")
    assert missing == []


def test_catalogue_files_parse_and_do_not_repeat_keys() -> None:
    folder = Path(__file__).resolve().parents[1] / "hubbot" / "locales"
    for path in folder.glob("*.toml"):
        tomllib.loads(path.read_text(encoding="utf-8"))
    assert len(catalogue().keys()) > 50
