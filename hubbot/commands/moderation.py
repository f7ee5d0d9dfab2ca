"""Content policy: a pluggable checker in front of every command and behind text outputs.

The default checker is rule-based: maintained word lists (`hubbot/data/moderation/*.txt`)
for the seed service's five classes, matched after normalisation that defeats the usual
tricks — case, leetspeak (k1ll, @ss), letters spaced out (k i l l), Korean written with
spaces between syllables (죽 어 버 려) or as separate jamo (ㅈㅜㄱㅇㅓ). A classifier model can be
plugged in beside it (`Checker` protocol). Refusals name the class, never echo the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from hubbot.errors import Refused
from hubbot.i18n import t

if TYPE_CHECKING:
    from hubbot.app import App
    from hubbot.commands.base import Request

CLASSES = ("offensive", "hate", "violence", "harassment", "identity_hate")
DATA = Path(__file__).resolve().parents[1] / "data" / "moderation"
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s",
                      "!": "i", "|": "l", "+": "t"})
HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")


class Checker(Protocol):
    def check(self, text: str) -> str | None:
        """The violated class, or None."""


@dataclass(frozen=True)
class WordListChecker:
    english: tuple[tuple[str, re.Pattern[str]], ...]
    korean: tuple[tuple[str, str], ...]

    @classmethod
    def from_files(cls, folder: Path = DATA) -> WordListChecker:
        english, korean = [], []
        for line in _lines(folder / "en.txt"):
            label, term = line
            words = [re.escape(w) for w in normalise_latin(term).split()]
            english.append((label, re.compile(r"\b" + r"\s*".join(words) + r"\b")))
        korean = [(label, squash(term)) for label, term in _lines(folder / "ko.txt")]
        return cls(tuple(english), tuple(korean))

    def check(self, text: str) -> str | None:
        latin = normalise_latin(text)
        joined = join_spaced_letters(latin)
        for label, pattern in self.english:
            if pattern.search(latin) or pattern.search(joined):
                return label
        if HANGUL.search(text):
            squashed = squash(text)
            for label, term in self.korean:
                if term in squashed:
                    return label
        return None


def _lines(path: Path) -> list[tuple[str, str]]:
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            label, term = raw.split("\t", 1)
            if label not in CLASSES:
                raise ValueError(f"{path.name}: unknown class {label!r}")
            out.append((label, term.strip()))
    return out


def normalise_latin(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower().translate(LEET)
    return re.sub(r"[^\w\s]", " ", text)


def join_spaced_letters(text: str) -> str:
    """"k i l l  y o u" -> "kill you": runs of single letters separated by spaces are rejoined."""
    return re.sub(r"\b(?:\w ){2,}\w\b", lambda m: m.group(0).replace(" ", ""), text)


# Compatibility jamo (what keyboards type alone) -> conjoining jamo that NFC composes.
_CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JUNGSEONG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JONGSEONG = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"


def compose_jamo(text: str) -> str:
    """"ㅈㅜㄱㅇㅓ" -> "죽어": separately typed jamo are composed into syllables."""
    out = []
    for i, ch in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else ""
        prev_vowel = bool(out) and "\u1161" <= out[-1] <= "\u1175"
        if ch in _JUNGSEONG and out and "\u1100" <= out[-1] <= "\u1112":
            out.append(chr(0x1161 + _JUNGSEONG.index(ch)))
        elif ch in _CHOSEONG and nxt and nxt in _JUNGSEONG:
            out.append(chr(0x1100 + _CHOSEONG.index(ch)))
        elif ch in _JONGSEONG and prev_vowel:
            out.append(chr(0x11A8 + _JONGSEONG.index(ch)))
        else:
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def squash(text: str) -> str:
    """Korean matching form: jamo composed, NFKC, lower-case, no spaces or punctuation."""
    text = unicodedata.normalize("NFKC", compose_jamo(text)).lower().translate(LEET)
    return re.sub(r"[\W_]+", "", text)


@cache
def default_checker() -> WordListChecker:
    return WordListChecker.from_files()


async def moderation_guard(request: Request, app: App) -> None:
    """App guard: refuse a request whose text breaks the content policy."""
    from hubbot.commands.common import free_text, language_for

    label = app.services.get("moderation", default_checker()).check(free_text(request))
    if label is not None:
        lang = language_for(request, app)
        raise Refused("moderation.refused", category=t(f"moderation.class_{label}", lang), label=label)


def check_output(app: App, text: str, lang: str) -> str:
    """A generated answer that breaks the policy is withheld (its text is not shown)."""
    label = app.services.get("moderation", default_checker()).check(text)
    return text if label is None else t("moderation.withheld", lang)
