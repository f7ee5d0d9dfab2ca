"""The message catalogue: every user-facing string, in Korean and English.

Strings live in `hubbot/locales/*.toml` (one file per area, loaded as one catalogue). Each
key is a table with `en` and `ko` entries formatted with `str.format(**params)`.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any, Literal

Language = Literal["ko", "en"]
LANGUAGES: tuple[Language, ...] = ("ko", "en")

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LATIN = re.compile(r"[A-Za-z]")
# Code and links say nothing about the language someone writes in: a Korean request that
# quotes Python is still Korean.
_NOT_PROSE = re.compile(r"```.*?(?:```|\Z)|`[^`\n]*`|https?://\S+|<[^>\s]+>", re.DOTALL)
# One Hangul syllable carries about as much as three Latin letters (닭 = dalg), so Korean
# with English technical terms ("Python에서 logistic regression 모델을...") still reads as Korean.
_LETTERS_PER_SYLLABLE = 3


class Catalogue:
    def __init__(self, entries: dict[str, dict[str, str]]) -> None:
        self.entries = entries

    def text(self, key: str, lang: str, /, **params: Any) -> str:
        entry = self.entries.get(key)
        if entry is None:
            raise KeyError(f"message key {key!r} is not in the catalogue")
        template = entry.get(lang) or entry["en"]
        return template.format(**params) if params else template

    def keys(self) -> list[str]:
        return sorted(self.entries)


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict) and set(value) & set(LANGUAGES):
            out[key] = value
        elif isinstance(value, dict):
            out.update(_flatten(value, key + "."))
    return out


@cache
def catalogue() -> Catalogue:
    entries: dict[str, dict[str, str]] = {}
    for item in sorted((Path(__file__).parent / "locales").glob("*.toml")):
        if item.is_file():
            for key, value in _flatten(tomllib.loads(item.read_text("utf-8"))).items():
                if key in entries:
                    raise ValueError(f"message key {key!r} is defined twice ({item.name})")
                entries[key] = value
    return Catalogue(entries)


def t(key: str, lang: str, /, **params: Any) -> str:
    """Shorthand for `catalogue().text(...)`."""
    return catalogue().text(key, lang, **params)


def detect_language(text: str, locale: str | None = None, default: Language = "en") -> Language:
    """Korean when the text is mostly Hangul; else the platform locale; else the default.

    Text beats locale: someone with an English client who writes in Korean wants Korean.
    """
    prose = _NOT_PROSE.sub(" ", text or "")
    if not prose.strip():
        prose = text or ""  # nothing but code: its comments may still tell
    hangul = len(_HANGUL.findall(prose))
    latin = len(_LATIN.findall(prose))
    if hangul and hangul * _LETTERS_PER_SYLLABLE >= latin:
        return "ko"
    if latin >= 3:  # mostly Latin, perhaps quoting a Korean word
        return "en"
    if locale:
        return "ko" if locale.lower().startswith("ko") else "en"
    return "ko" if hangul else default
