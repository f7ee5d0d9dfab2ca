"""Language detection on the seed service's example prompts, and the message catalogue: every
key in Korean and English with the same placeholders, and every key the code uses exists."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from hubbot.commands.base import Request, UserRef
from hubbot.commands.runner import execute
from hubbot.i18n import catalogue, detect_language

# The example prompts of seeds/model-hub-service.md: chatbot and code generator, as written there.
KOREAN_PROMPTS = [
    "닭이 먼저야, 달걀이 먼저야?",
    "특정 사회 문제를 다루는 비영리 단체를 위한 홍보 캠페인을 계획해줘.",
    "단편 소설의 제목을 브레인스토밍하는 데 도움을 줘.",
    "lambda를 사용하여 (a+b)^3의 값을 찾는 함수를 작성해봐.",
    "배열을 인수로 받아 가장 큰 값을 반환하는 함수(함수 이름: findMax) 를 작성해줘.",
    "파이썬 3.11.7이 설치된 Linux 머신을 생성하기 위한 도커 스크립트를 짜줘.",
]
ENGLISH_PROMPTS = [
    "Tell me the best places to travel on a budget of $1000 including car hire, flights and accommodation.",
    "Write a summary of “The catcher in the rye”",
    "Write me a step-by-step guide to use “AI Model Hub”",
    "Generate a list of at least 10 keywords related to Mother nature",
    "Train a logistic regression model, predict the labels on the test set and compute the accuracy score\n"
    "```python\nX_train, y_train, X_test, y_test = train_test_split(X, y, test_size=0.1)\n```",
    "Continue writing this code in Python\n```python\n#function that determines if a year is a leap year "
    "or not\ndef is_leap_year(year):\n    if year % 4 == 0:\n        if year % 100 == 0:\n```",
    "Generate a function to find the value for (a+b)^3 using lambda.",
    "Generate a Docker script to create a linux machine that has python 3.11.7\ninstalled with following "
    "libraries: Pytorch, Tensorflow, Scikit- learn, pandas, numpy.",
    "Generate a unit test for a function that determines if a year is a leap year or not.",
]
# What Korean users also write: English technical terms, or a question about quoted code.
KOREAN_WITH_CODE = [
    "Python에서 logistic regression 모델을 train하는 코드를 작성해줘",
    "이 코드를 이어서 작성해줘\n```python\n#function that determines if a year is a leap year or not\n"
    "def is_leap_year(year):\n    if year % 4 == 0:\n        if year % 100 == 0:\n```",
    "`numpy.linalg.solve`가 뭘 하는지 설명해줘",
    "https://github.com/nlpai-lab/KULLM 이 모델 어때?",
]


@pytest.mark.parametrize("prompt", KOREAN_PROMPTS + KOREAN_WITH_CODE)
def test_korean_prompts_are_korean_whatever_the_client_locale(prompt: str) -> None:
    assert detect_language(prompt) == "ko"
    assert detect_language(prompt, locale="en-US") == "ko"  # the text beats the locale


@pytest.mark.parametrize("prompt", ENGLISH_PROMPTS)
def test_english_prompts_are_english_whatever_the_client_locale(prompt: str) -> None:
    assert detect_language(prompt) == "en"
    assert detect_language(prompt, locale="ko") == "en"


def test_an_english_sentence_quoting_a_korean_word_is_english() -> None:
    assert detect_language("What does 안녕하세요 mean in English?", locale="ko") == "en"


def test_locale_then_default_decide_when_the_text_does_not() -> None:
    assert detect_language("42", locale="ko") == "ko"
    assert detect_language("42", locale="en-GB") == "en"
    assert detect_language("ok", default="ko") == "ko"
    assert detect_language("```\nx = 1\n```", locale="ko") == "ko"  # code alone says nothing


async def test_model_ids_do_not_decide_the_language(app) -> None:
    # "hi" alone is too short to decide; "hi nope" (prompt + model id) would read as English.
    request = Request("chat", {"prompt": "hi", "model": "nope"}, UserRef("console:k", "console"), "c:k",
                      locale="ko")
    replies = [r async for r in execute(request, app)]
    assert "알 수 없는 모델" in replies[-1].text


# ---- the catalogue -----------------------------------------------------------------------

KEY_USE = re.compile(
    r"""(?:\bt|UserError|Refused|Busy|QuotaExceeded|Unavailable|UnknownModel)\(\s*f?["']([a-z_]+\.[a-z_.{}]+)["']""")

# Korean shows the Korean line of a bilingual random prompt beside the English one it used.
EXTRA_KOREAN_FIELDS = {"image.random_prompt": {"shown"}}


def test_every_message_has_korean_and_english_with_the_same_placeholders() -> None:
    fields = re.compile(r"{(\w+)")
    for key, entry in catalogue().entries.items():
        assert entry.get("en") and entry.get("ko"), key
        extra = EXTRA_KOREAN_FIELDS.get(key, set())
        assert set(fields.findall(entry["en"])) == set(fields.findall(entry["ko"])) - extra, key


def test_every_key_used_in_code_exists() -> None:
    root = Path(__file__).resolve().parents[1] / "hubbot"
    known = set(catalogue().keys())
    missing = []
    for path in root.rglob("*.py"):
        for key in KEY_USE.findall(path.read_text(encoding="utf-8")):
            if "{" in key:  # an f-string key: some expansion of it must exist
                prefix = key.split("{")[0]
                if not any(k.startswith(prefix) for k in known):
                    missing.append(f"{path.relative_to(root)}: {key}")
            elif key not in known:
                missing.append(f"{path.relative_to(root)}: {key}")
    assert missing == []


def test_the_code_command_titles_exist_for_every_mode() -> None:
    from hubbot.commands.code import MODES

    for mode in MODES:
        assert f"code.title_{mode}" in catalogue().entries


def test_catalogue_files_parse_and_do_not_repeat_keys() -> None:
    folder = Path(__file__).resolve().parents[1] / "hubbot" / "locales"
    seen: dict[str, str] = {}
    for path in sorted(folder.glob("*.toml")):
        table = tomllib.loads(path.read_text(encoding="utf-8"))
        for section, entries in table.items():
            for name in entries:
                key = f"{section}.{name}"
                assert key not in seen, f"{key} in {path.name} and {seen.get(key)}"
                seen[key] = path.name
    assert len(catalogue().keys()) > 50
