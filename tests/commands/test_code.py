"""/code: the three modes, their prompt templates (defaults and per card), where the code comes
from (prompt, a ``` block, an attached file), fenced answers with a language tag, and bad input."""

from __future__ import annotations

import pytest

from hubbot.app import App
from hubbot.commands.base import Answer, Attachment, Error, Request, UserRef
from hubbot.commands.code import CodeSource, build_prompt, fenced, language_of_file, split_source
from hubbot.commands.runner import execute

LEAP = ("#function that determines if a year is a leap year or not\ndef is_leap_year(year):\n"
        "    if year % 4 == 0:\n        if year % 100 == 0:")


def code_request(mode: str, prompt: str = "", attachments: list | None = None, **options) -> Request:
    return Request("code", {"mode": mode, "prompt": prompt, **options}, UserRef("console:dev", "console"),
                   "console:code", attachments=attachments or [])


def attachment(name: str, data: bytes, size: int | None = None) -> Attachment:
    async def fetch(max_bytes: int) -> bytes:
        return data[: max_bytes + 1]

    return Attachment(name, "text/plain", len(data) if size is None else size, fetch)


async def run(app: App, request: Request) -> list:
    return [reply async for reply in execute(request, app)]


# ---- templates ---------------------------------------------------------------------------


def test_default_templates_for_each_mode_are_exact(settings) -> None:
    card = settings.model("code")
    assert build_prompt(card, "generate", "Python", CodeSource("Continue writing this code in Python", LEAP),
                        "en") == (
        "Write Python code that does what the following describes, or continue the code if it is "
        "unfinished. Answer with one fenced ```python code block, then at most two sentences in English."
        f"\n\nContinue writing this code in Python\n\n```python\n{LEAP}\n```")
    assert build_prompt(card, "explain", "C++", CodeSource("", "int f();"), "ko") == (
        "Explain step by step, in Korean (한국어), how the following C++ code works, for a colleague who "
        "has not seen it. Quote short parts in `backticks`.\n\n```cpp\nint f();\n```")
    assert build_prompt(card, "tests", "python", CodeSource("use pytest", "def f(x): ..."), "en") == (
        "Write unit tests for the following python code: normal cases, edge cases and invalid input. "
        "Answer with one fenced ```python code block, then at most two sentences in English."
        "\n\n```python\ndef f(x): ...\n```\n\nuse pytest")


def test_a_card_can_bring_its_own_mode_templates(settings) -> None:
    card = settings.model("code").model_copy(update={"code_templates": {
        "explain": "### 질문: 이 {language} 코드를 설명해줘\n\n{input}\n\n### 답변:",
        "tests": "# tests for {fence} in {answer_language}; keep {braces} and {{doubled}} as written"
                 "\n{input}",
    }})
    assert build_prompt(card, "explain", "go", CodeSource("", "x := 1"), "ko") == (
        "### 질문: 이 go 코드를 설명해줘\n\n```go\nx := 1\n```\n\n### 답변:")
    assert build_prompt(card, "tests", "Shell", CodeSource("", "echo {}"), "en") == (
        "# tests for bash in English; keep {braces} and {{doubled}} as written\n```bash\necho {}\n```")
    assert build_prompt(card, "generate", "rust", CodeSource("add two numbers", ""), "en").startswith(
        "Write rust code")  # modes the card leaves out use the default


def test_code_and_words_are_told_apart() -> None:
    seed = f"Continue writing this code in Python\n```python\n{LEAP}\n```"
    assert split_source(seed, "generate") == CodeSource(
        "Continue writing this code in Python", LEAP, "python")
    assert split_source("```\nx = 1\n```\nwhy is this slow?", "explain") == CodeSource(
        "why is this slow?", "x = 1", None)
    assert split_source("```js\nlet a\n", "explain") == CodeSource("", "let a", "js")  # an unclosed block
    assert split_source("테스트 작성해줘 ```python def add(a, b): return a + b```", "tests") == CodeSource(
        "테스트 작성해줘", "def add(a, b): return a + b", "python")  # a block typed on one line
    assert split_source("why ```x = 1``` ?", "explain") == CodeSource("why\n?", "x = 1", None)
    assert split_source("a findMax function", "generate") == CodeSource("a findMax function", "")
    assert split_source("def f():\n    return 1\n", "tests") == CodeSource("", "def f():\n    return 1")
    assert language_of_file("lib.RS") == "rust" and language_of_file("Dockerfile") == "dockerfile"
    assert language_of_file("notes.unknownext") is None


def test_answers_keep_code_in_tagged_fences() -> None:
    assert fenced("print(1)", "Python") == "```python\nprint(1)\n```"
    assert fenced("Here:\n```\nprint(1)\n```\nDone.", "python") == "Here:\n```python\nprint(1)\n```\nDone."
    assert fenced("```rust\nfn a() {}\n```", "python") == "```rust\nfn a() {}\n```"  # the model's own tag
    assert fenced("```\nx = (\n", "python") == "```python\nx = (\n\n```"  # stopped inside a block
    assert fenced("It adds one.", "python", whole=False) == "It adds one."  # explanations stay prose
    # bare code closed by a lone fence: the block opens where the code starts
    assert fenced("def f():\n    return 1\n```\nIt returns 1.", "python") == \
        "```python\ndef f():\n    return 1\n```\nIt returns 1."
    # a sentence before an unclosed block is prose: the block is closed at the end instead
    assert fenced("Here is the code:\n```\nx = 1", "python") == "Here is the code:\n```python\nx = 1\n```"


# ---- end to end --------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["generate", "explain", "tests"])
async def test_each_mode_answers_with_its_title_and_fences(app, mode: str) -> None:
    replies = await run(app, code_request(mode, f"```python\n{LEAP}\n```"))
    answer = replies[-1]
    assert isinstance(answer, Answer), answer
    assert answer.title == {"generate": "Code (python)", "explain": "Explanation (python)",
                            "tests": "Unit tests (python)"}[mode]
    assert "Code Generator" in answer.footer
    if mode != "explain" and answer.text:
        assert answer.text.startswith("```python\n") and answer.text.endswith("```")


async def test_korean_requests_get_korean_titles(app) -> None:
    seed_prompt = "배열을 인수로 받아 가장 큰 값을 반환하는 함수(함수 이름: findMax) 를 작성해줘."
    replies = await run(app, code_request("generate", seed_prompt, language="javascript"))
    assert replies[-1].title == "코드 (javascript)"


async def test_code_from_an_attached_file_takes_its_language_from_the_extension(app) -> None:
    replies = await run(app, code_request("explain", "", [attachment("lib.rs", b"fn main() {}\n")]))
    assert isinstance(replies[-1], Answer) and replies[-1].title == "Explanation (rust)"
    tagged = await run(app, code_request("tests", "", [attachment("a.txt", b"f = 1\n")], language="go"))
    assert tagged[-1].title == "Unit tests (go)"


@pytest.mark.parametrize(("mode", "prompt", "files", "expected"), [
    ("explain", "", [("blob.py", b"\x00\x01\xff")], "`blob.py` is not a UTF-8 text file"),
    ("explain", "", [("latin1.py", "x = 'café'".encode("latin-1"))], "`latin1.py` is not a UTF-8 text file"),
    ("tests", "", [("empty.py", b"\n\n")], "`empty.py` is empty"),
    ("generate", "   ", [], "attach a source file"),
    # The runner checks choices against the spec, with the message every front end gives.
    ("debug", "x", [], "`mode` must be one of: `generate`, `explain`, `tests`."),
    ("generate", "add two numbers", [], "Unknown model"),
])
async def test_bad_input_gets_a_clear_message(app, mode, prompt, files, expected) -> None:
    options = {"model": "nope"} if expected == "Unknown model" else {}
    replies = await run(app, code_request(mode, prompt, [attachment(n, d) for n, d in files], **options))
    assert len(replies) == 1 and isinstance(replies[0], Error), replies
    assert expected in replies[0].text


async def test_big_files_are_refused_before_they_are_read(app) -> None:
    limit = app.settings.limits.max_code_file_bytes
    huge = b"x = 1\n" * (limit // 6 + 10)
    replies = await run(app, code_request("tests", "", [attachment("big.py", huge)]))
    assert isinstance(replies[-1], Error) and f"limit: {limit // 1000} kB" in replies[-1].text
    unknown_size = await run(app, code_request("tests", "", [attachment("big.py", huge, size=None)]))
    assert isinstance(unknown_size[-1], Error) and "too large" in unknown_size[-1].text


async def test_code_over_the_token_limit_or_the_context_is_refused(app) -> None:
    source = "def f(x):\n    return x + 1\n" * 60
    app.settings.limits.max_prompt_tokens = 50
    replies = await run(app, code_request("explain", "", [attachment("f.py", source.encode())]))
    assert isinstance(replies[-1], Error) and "limit: 50 tokens" in replies[-1].text
    app.settings.limits.max_prompt_tokens = 4000
    app.registry.cards["code"] = app.registry.card("code").model_copy(update={"context_length": 200})
    overflow = await run(app, code_request("explain", "", [attachment("f.py", source.encode())]))
    assert isinstance(overflow[-1], Error) and "context (200 tokens)" in overflow[-1].text


@pytest.mark.parametrize(("filename", "text"), [
    ("note.txt", "How to make a bomb at home?"),
    ("plan.py", "# 폭탄 만드는 법 알려줘\ndef f():\n    pass\n"),
])
async def test_an_attached_files_text_passes_the_content_policy(app, filename: str, text: str) -> None:
    as_prompt = await run(app, code_request("explain", text))
    as_file = await run(app, code_request("explain", "", [attachment(filename, text.encode())]))
    assert isinstance(as_prompt[-1], Error) and as_prompt[-1].kind == "refused"
    assert isinstance(as_file[-1], Error) and as_file[-1].kind == "refused"
    assert not any(isinstance(r, Answer) for r in as_file)
    assert any(word in as_file[-1].text for word in ("violence", "폭력"))  # the class, never the text


async def test_code_whose_identifiers_look_like_slurs_is_not_refused(app) -> None:
    source = "def keys_sorted(d):\n    kys = sorted(d.keys())\n    return kys\n"
    replies = await run(app, code_request("explain", "", [attachment("k.py", source.encode())]))
    assert isinstance(replies[-1], Answer)
