"""One option pipeline for every front end: free text typed after a command's name becomes
options for its spec (`parse_text`), and options from any front end are typed and checked
against the spec (`typed_options`) — types, choices, ranges, lengths — as Discord's client
checks them before a slash command is sent. The runner types every request; front ends that
only have text (the console, Slack, a mention's "/name args") parse it here first.

The free-text rule: `--name value`, `--name=value` and `name:value` set a named option (a bare
`--name` at the end is "yes"); a leading word that is one of a choice option's values sets it
(`/code explain def f(): ...`); the rest fills the spec's main option (after its value when it
was also given by name: `--prompt hi there`). Unknown `--words` stay part of the text.
"""

from __future__ import annotations

import shlex
from typing import Any

from hubbot.commands.base import CommandSpec, OptionSpec
from hubbot.errors import UserError

TRUE_WORDS = frozenset({"true", "yes", "on", "1", "y", "예", "네"})
FALSE_WORDS = frozenset({"false", "no", "off", "0", "n", "아니오", "아니요"})


def is_true(value: Any) -> bool:
    """"Yes" the same everywhere: a boolean, or one of TRUE_WORDS."""
    return value is True or str(value).strip().lower() in TRUE_WORDS


def parse_text(spec: CommandSpec, text: str) -> dict[str, Any]:
    """`--model large hello there` or `model:large hello` -> {"model": "large", "prompt": "hello there"}."""
    options, free = _named(spec, _words(text))
    for option in spec.options:
        values = {c.value.lower() for c in option.choices}
        if values and option.name not in options and free and free[0].lower() in values:
            options[option.name] = free.pop(0)
    main = spec.main_option
    if free and main:
        named = options.get(main)
        options[main] = " ".join([named, *free] if isinstance(named, str) and named else free)
    return options


def typed_options(spec: CommandSpec, options: dict[str, Any]) -> dict[str, Any]:
    """Option values typed and checked against the spec; raises UserError (a catalogue key) on
    the first bad one. Values already typed pass unchanged, so typing twice is harmless.
    Options the spec does not name pass through untouched."""
    known = {o.name: o for o in spec.options}
    return {name: _checked(known[name], value) if name in known else value
            for name, value in options.items()}


def read(spec: CommandSpec, text: str) -> dict[str, Any]:
    """Free text to typed options in one step, for a front end that must answer a mistake at
    once (Slack's 3-second acknowledgement)."""
    return typed_options(spec, parse_text(spec, text))


def _words(text: str) -> list[str]:
    try:
        return shlex.split(text)
    except ValueError:  # an unclosed quote: take the words as typed
        return text.split()


def _named(spec: CommandSpec, words: list[str]) -> tuple[dict[str, Any], list[str]]:
    names = {o.name for o in spec.options}
    options: dict[str, Any] = {}
    free: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word.startswith("--"):
            key, sep, value = word[2:].partition("=")
            key = key.replace("-", "_")
            if key in names:
                if sep:
                    options[key] = value
                elif i + 1 < len(words):
                    options[key], i = words[i + 1], i + 1
                else:
                    options[key] = True
                i += 1
                continue
        elif not word.startswith("-"):
            key, sep, value = word.partition(":")
            if sep and key in names:
                options[key] = value
                i += 1
                continue
        free.append(word)
        i += 1
    return options, free


def _checked(option: OptionSpec, value: Any) -> Any:
    value = _typed(option, value)
    if option.choices:
        canonical = {c.value.lower(): c.value for c in option.choices}.get(str(value).lower())
        if canonical is not None:
            return canonical
        if not option.open_choices:
            raise UserError("options.bad_choice", option=option.name,
                            valid=", ".join(f"`{c.value}`" for c in option.choices))
    if isinstance(value, str) and option.max_length and len(value) > option.max_length:
        raise UserError("options.too_long", option=option.name, limit=option.max_length)
    if isinstance(value, int | float) and not isinstance(value, bool) and (
            (option.min_value is not None and value < option.min_value)
            or (option.max_value is not None and value > option.max_value)):
        low = "-∞" if option.min_value is None else _number(option.min_value)
        high = "∞" if option.max_value is None else _number(option.max_value)
        raise UserError("error.out_of_range", option=option.name, low=low, high=high)
    return value


def _typed(option: OptionSpec, value: Any) -> Any:
    if option.type == "boolean":
        if value is True or value is False:
            return value
        word = str(value).strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise UserError("options.not_boolean", option=option.name)
    if option.type in ("integer", "number"):
        return _numeric(option, value)
    if option.type == "attachment":
        return value  # a file, or (console) a path: the front end turns it into an attachment
    return value if isinstance(value, str) else str(value)


def _numeric(option: OptionSpec, value: Any) -> int | float:
    try:
        number = float(str(value).strip())
    except ValueError:
        raise UserError("error.not_a_number", option=option.name) from None
    if number != number or number in (float("inf"), float("-inf")):  # nan, inf
        raise UserError("error.not_a_number", option=option.name)
    if option.type == "number":
        return number
    if not number.is_integer():
        raise UserError("options.not_integer", option=option.name)
    return int(number)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
