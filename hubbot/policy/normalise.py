"""How the content policy reads text: as a person sees it, whatever disguise it was typed in.

Both rule layers read text through these: the word list (commands/moderation.py) and the
intent rules (policy/intent.py). Invisible format characters and Hangul fillers are dropped,
look-alike letters from other scripts mapped to the Latin ones they imitate (Unicode's
confusables data, from the `confusable-homoglyphs` library), accents and combining marks
removed, separately typed or spaced-out jamo composed, and leetspeak, breaks inside a word and
spaced-out letters undone.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from confusable_homoglyphs import categories, confusables

LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s",
                      "!": "i", "|": "l", "+": "t"})
HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e\u1100-\u11ff]")
# Invisible letters that are not format characters (category Cf): the Hangul fillers.
INVISIBLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")
# Scripts whose letters are themselves, not disguises of Latin ones.
OWN_SCRIPTS = frozenset({"LATIN", "COMMON", "INHERITED", "HANGUL", "HAN", "HIRAGANA", "KATAKANA"})
# Punctuation typed inside a word to break it up ("worth.less", "sub-human", "f*ck").
IN_WORD_BREAKS = re.compile(r"(?<=\w)[.\-_*'’·•]+(?=\w)")
# A Latin letter or digit or two typed between Korean syllables ("씨1발", "병x신").
SPLIT_SYLLABLES = re.compile(r"(?<=[\uac00-\ud7a3])[a-z0-9]{1,2}(?=[\uac00-\ud7a3])")
SPACED_JAMO = re.compile(r"(?<=[\u3131-\u318e]) (?=[\u3131-\u318e])")


def canonical(text: str) -> str:
    """The text as it reads to a person: invisible characters dropped, jamo composed,
    compatibility forms folded (NFKC), accents and combining marks removed, look-alike letters
    from other scripts replaced by the Latin letters they imitate, lower-case."""
    visible = "".join(ch for ch in text
                      if unicodedata.category(ch) != "Cf" and ch not in INVISIBLE_LETTERS)
    visible = SPACED_JAMO.sub("", visible)  # "ㅎ ㅡ ㄱ ㅇ ㅣ ㄴ" -> "ㅎㅡㄱㅇㅣㄴ", composed below
    folded = unicodedata.normalize("NFKC", compose_jamo(visible))
    bare = "".join(ch for ch in unicodedata.normalize("NFD", folded) if not unicodedata.combining(ch))
    return "".join(latin_lookalike(ch) for ch in unicodedata.normalize("NFC", bare)).lower()


@cache
def latin_lookalike(ch: str) -> str:
    """The ASCII letter `ch` imitates (Cyrillic і -> i, Greek ο -> o), or `ch` itself."""
    if ch.isascii() or not ch.isalpha() or categories.alias(ch) in OWN_SCRIPTS:
        return ch
    for variant in dict.fromkeys((ch, ch.upper(), ch.lower())):  # к looks like ĸ, К like K
        for found in confusables.is_confusable(variant, preferred_aliases=["latin"]) or ():
            for glyph in found["homoglyphs"]:
                if glyph["c"].isascii() and glyph["c"].isalpha():
                    return glyph["c"].lower()
    return ch


def latin_form(text: str) -> str:
    """Matching form of English text: canonical, leetspeak undone, punctuation as spaces."""
    return re.sub(r"[^\w\s]", " ", canonical(text).translate(LEET))


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
    """Korean matching form: canonical, no spaces or punctuation."""
    return squash_canonical(canonical(text))


def squash_canonical(plain: str) -> str:
    return re.sub(r"[\W_]+", "", plain.translate(LEET))
