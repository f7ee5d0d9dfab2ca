"""The one option pipeline (hubbot/commands/options.py): free text to options, options typed
and checked against the spec — one rule per test — and the runner applying it to every front
end, which is where the console, Discord mentions and /compare used to drift from Slack."""

from __future__ import annotations

from typing import Any

import pytest

from hubbot.bot.console import console_request, parse_line
from hubbot.commands.base import CommandSpec, Error, OptionSpec
from hubbot.commands.discovery import get
from hubbot.commands.options import FALSE_WORDS, TRUE_WORDS, is_true, parse_text, read, typed_options
from hubbot.commands.runner import execute
from hubbot.errors import UserError
from hubbot.i18n import t


def spec(name: str) -> CommandSpec:
    found = get(name)
    assert found is not None
    return found.spec


def refusal(name: str, options: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    with pytest.raises(UserError) as raised:
        typed_options(spec(name), options)
    return raised.value.key, raised.value.params


# ---- free text -> options -----------------------------------------------------------------


def test_named_options_in_every_form() -> None:
    assert parse_text(spec("chat"), "--model large hi") == {"model": "large", "prompt": "hi"}
    assert parse_text(spec("chat"), "--model=large hi") == {"model": "large", "prompt": "hi"}
    assert parse_text(spec("chat"), "model:large hi") == {"model": "large", "prompt": "hi"}
    assert parse_text(spec("chat"), "--max-tokens 12 hi") == {"max_tokens": "12", "prompt": "hi"}
    assert parse_text(spec("compare"), "hi --blind") == {"blind": True, "prompt": "hi"}


def test_words_that_name_no_option_stay_in_the_text() -> None:
    assert parse_text(spec("chat"), "explain --verbose and note: this") == {
        "prompt": "explain --verbose and note: this"}
    assert parse_text(spec("chat"), "say \"unclosed") == {"prompt": "say \"unclosed"}


def test_a_leading_choice_word_sets_its_option() -> None:
    assert parse_text(spec("code"), "explain def f(): return 1") == {
        "mode": "explain", "prompt": "def f(): return 1"}
    assert read(spec("code"), "EXPLAIN x") == {"mode": "explain", "prompt": "x"}  # the choice's own spelling
    assert parse_text(spec("code"), "--mode tests explain this") == {
        "mode": "tests", "prompt": "explain this"}


def test_free_text_fills_the_main_option_the_spec_names() -> None:
    assert spec("chat").main_option == "prompt"
    assert spec("edit").main_option == "instruction" and spec("ask-image").main_option == "question"
    assert spec("models").main_option == "model"  # no required text option: the first plain one
    own = CommandSpec("x", {"en": "x"}, (OptionSpec("a", "string", {"en": "a"}, required=True),
                                          OptionSpec("b", "string", {"en": "b"})), main_option="b")
    assert parse_text(own, "some words") == {"b": "some words"}
    # Given by name as well: the rest continues it (Slack dropped it; the console put it in /chat's `model`).
    assert parse_text(spec("chat"), "--prompt hi there") == {"prompt": "hi there"}


def test_a_spec_says_whether_the_command_takes_an_image() -> None:
    assert {s for s in ("chat", "code", "edit", "ask-image", "imagine") if spec(s).takes_image} == {
        "edit", "ask-image"}


# ---- typing and checking --------------------------------------------------------------------


def test_yes_and_no_are_the_same_words_everywhere() -> None:
    for word in TRUE_WORDS:
        assert is_true(word) and is_true(word.upper())
        assert typed_options(spec("compare"), {"blind": word}) == {"blind": True}
    for word in FALSE_WORDS:
        assert not is_true(word)
        assert typed_options(spec("compare"), {"blind": word}) == {"blind": False}
    assert is_true("y") and is_true(True) and not is_true(False)  # compare.truthy said no to "y"
    assert refusal("compare", {"blind": "maybe"}) == ("options.not_boolean", {"option": "blind"})


def test_numbers_are_typed_and_whole_numbers_stay_whole() -> None:
    assert typed_options(spec("imagine"), {"count": "2", "guidance": "7.5"}) == {"count": 2, "guidance": 7.5}
    assert refusal("imagine", {"count": "1.5"}) == ("options.not_integer", {"option": "count"})
    assert refusal("imagine", {"guidance": "lots"}) == ("error.not_a_number", {"option": "guidance"})
    assert refusal("imagine", {"guidance": "nan"}) == ("error.not_a_number", {"option": "guidance"})


def test_ranges_lengths_and_choices_come_from_the_spec() -> None:
    key, params = refusal("imagine", {"count": "99"})
    assert key == "error.out_of_range" and params["option"] == "count" and params["low"] == "1"
    key, params = refusal("ask-image", {"question": "x" * 2001})
    assert (key, params) == ("options.too_long", {"option": "question", "limit": 2000})
    key, params = refusal("code", {"mode": "poem"})
    assert key == "options.bad_choice" and params["valid"] == "`generate`, `explain`, `tests`"


def test_open_choices_let_other_values_reach_the_command() -> None:
    # /imagine's size: an aspect (the choices Discord offers) or one of the card's WxH sizes.
    assert typed_options(spec("imagine"), {"size": "64x64"}) == {"size": "64x64"}
    assert typed_options(spec("imagine"), {"size": "SQUARE"}) == {"size": "square"}


def test_typing_twice_changes_nothing_and_unknown_names_pass_through() -> None:
    once = typed_options(spec("imagine"), {"count": "2", "guidance": 3, "prompt": "a barn", "extra": "kept"})
    assert typed_options(spec("imagine"), once) == once == {
        "count": 2, "guidance": 3.0, "prompt": "a barn", "extra": "kept"}
    assert typed_options(spec("compare"), {"blind": True}) == {"blind": True}  # Discord's own values


def test_every_message_is_in_both_languages() -> None:
    for key in ("options.bad_choice", "options.too_long", "options.not_boolean", "options.not_integer"):
        en = t(key, "en", option="o", valid="v", limit=1)
        ko = t(key, "ko", option="o", valid="v", limit=1)
        assert en != key and ko != key and en != ko


# ---- applied once, in the runner, for every front end ------------------------------------------


def test_the_console_reads_text_with_the_same_rule() -> None:
    # Before: the console knew no leading choice word ("explain" became part of the prompt).
    assert parse_line("/code explain def f(): return 1") == (
        "code", {"mode": "explain", "prompt": "def f(): return 1"})
    assert parse_line("/chat model:large hi") == ("chat", {"model": "large", "prompt": "hi"})
    assert parse_line("/press imagine-again:abc") == ("press", {"id": "imagine-again:abc"})
    assert parse_line("/nope some text") == ("nope", {})


async def test_the_runner_types_options_from_any_front_end(app) -> None:
    async def first_error(command: str, options: dict[str, Any]) -> str:
        request = console_request(command, options, "u", "s")
        replies = [r async for r in execute(request, app)]
        errors = [r.text for r in replies if isinstance(r, Error)]
        assert errors, replies
        return errors[0]

    # Before: /imagine --count 1.5 drew one image on the console and on Discord; Slack refused it.
    assert await first_error("imagine", {"prompt": "a barn", "count": "1.5"}) == t(
        "options.not_integer", "en", option="count")
    assert await first_error("imagine", {"prompt": "헛간 그림", "count": 1.5}) == t(
        "options.not_integer", "ko", option="count")
    # Before: the console said "Unknown mode", Slack "`mode` must be one of ...": now one message.
    assert await first_error("code", {"mode": "poem", "prompt": "x"}) == t(
        "options.bad_choice", "en", option="mode", valid="`generate`, `explain`, `tests`")
