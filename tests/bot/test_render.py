"""Message splitting shared by the chat adapters: limits, fences, boundaries, code files."""

from __future__ import annotations

import random

import pytest

from hubbot.bot.code_files import extract_long_code
from hubbot.bot.render import blocks, has_open_fence, split_text


def _fences_balanced(chunk: str) -> bool:
    return not has_open_fence(chunk)


def _words(text: str) -> list[str]:
    return [w for w in text.replace("`", " ").replace("~", " ").split() if w not in {"python"}]


def _sample_answer(rng: random.Random, paragraphs: int) -> str:
    parts = []
    for i in range(paragraphs):
        if rng.random() < 0.35:
            count = rng.randint(3, 120)
            lines = [f"    value_{i}_{j} = compute({j}) + {rng.randint(0, 99)}" for j in range(count)]
            parts.append("```python\n" + "\n".join(lines) + "\n```")
        else:
            count = rng.randint(1, 60)
            sentences = [f"문장 {i}.{j} talks about item {rng.randint(0, 999)}." for j in range(count)]
            parts.append(" ".join(sentences))
    return "\n\n".join(parts)


def test_blocks_lose_nothing_and_see_fences() -> None:
    text = "Intro line\nsecond line\n\n```py\nx = 1\n\ny = 2\n```\nafter\n\n~~~\nraw ``` inside\n~~~\n"
    parsed = blocks(text)
    assert "".join(b.text for b in parsed) == text
    code = [b for b in parsed if b.is_code]
    assert [b.language for b in code] == ["py", ""]
    assert code[0].code() == "x = 1\n\ny = 2"
    assert code[1].code() == "raw ``` inside"


def test_short_text_is_one_message_unchanged() -> None:
    assert split_text("hello\n\nworld", 2000) == ["hello\n\nworld"]
    assert split_text("", 2000) == []


@pytest.mark.parametrize("seed", range(25))
def test_random_answers_fit_keep_fences_and_words(seed: int) -> None:
    rng = random.Random(seed)
    text = _sample_answer(rng, rng.randint(1, 14))
    limit = rng.choice([200, 500, 2000])
    chunks = split_text(text, limit)
    assert all(0 < len(c) <= limit for c in chunks)
    assert all(_fences_balanced(c) for c in chunks), "a chunk ends inside a code fence"
    assert _words("\n".join(chunks)) == _words(text), "text was lost, duplicated or reordered"


def test_prefers_paragraph_boundaries() -> None:
    first, second = "A" * 60 + " first.", "B" * 60 + " second."
    chunks = split_text(f"{first}\n\n{second}", 100)
    assert chunks == [first, second]


def test_long_code_block_is_reopened_with_its_language() -> None:
    code = "\n".join(f"print({i})" for i in range(400))
    chunks = split_text(f"Here:\n\n```python\n{code}\n```\n\nDone.", 500)
    assert len(chunks) > 3
    for chunk in chunks[1:-1]:
        assert chunk.startswith("```python\n") and chunk.endswith("\n```")
    lines = [line for chunk in chunks for line in chunk.splitlines()]
    assert [line for line in lines if line.startswith("print")] == code.splitlines()
    assert chunks[-1].endswith("Done.")


def test_unclosed_fence_while_streaming_is_closed_per_chunk() -> None:
    text = "```js\n" + "\n".join(f"let v{i} = {i};" for i in range(200))
    assert has_open_fence(text)
    chunks = split_text(text, 300)
    assert all(c.startswith("```js\n") and c.endswith("```") for c in chunks)
    assert all(len(c) <= 300 for c in chunks)


def test_one_enormous_word_is_cut_hard() -> None:
    chunks = split_text("x" * 4500, 2000)
    assert [len(c) for c in chunks] == [2000, 2000, 500]


def test_inline_triple_backticks_are_not_a_fence() -> None:
    text = "Use ```a``` here.\n\nNext paragraph."
    assert not any(b.is_code for b in blocks(text))


def test_long_code_goes_to_a_file_with_a_note() -> None:
    short = "```sh\nls\n```"
    long_code = "\n".join(f"def f{i}(): return {i}" for i in range(300))
    text = f"Intro\n\n{short}\n\n```python\n{long_code}\n```\n\nOutro"
    new_text, files = extract_long_code(text, 1000, lambda f: f"[file {f.filename}]")
    assert [f.filename for f in files] == ["answer.py"]
    assert files[0].code == long_code + "\n"
    assert files[0].language == "python"
    assert "[file answer.py]" in new_text and short in new_text and "def f1()" not in new_text
    assert new_text.startswith("Intro") and new_text.endswith("Outro")
    unchanged, none = extract_long_code(short, 1000, lambda f: "?")
    assert unchanged == short and none == []
