"""How the content policy reads text: as a person sees it, whatever disguise it was typed in.

Both rule layers read text through these: the word list (policy/moderation.py) and the
intent rules (policy/intent.py). Invisible format characters and Hangul fillers are dropped,
look-alike letters from other scripts mapped to the Latin ones they imitate (Unicode's
confusables data, from the `confusable-homoglyphs` library), accents and combining marks
removed, separately typed or spaced-out jamo composed, and leetspeak, breaks inside a word and
spaced-out letters undone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

from confusable_homoglyphs import categories, confusables

LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s",
                      "!": "i", "|": "l", "+": "t"})
HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e\u1100-\u11ff]")
HANGUL_SYLLABLES = re.compile(r"[\uac00-\ud7a3]")  # composed syllables only
# What a blanked-out span (an allowed phrase, a mention) becomes: not a word character, so nothing
# joins across it.
MASK = "\u2502"
# A quotation: double or curly quotes, 「」『』 (DOUBLE_QUOTED: how a story's dialogue is quoted),
# or single quotes around words ("'you're worthless'", "'병신'을", "'You'll regret this'": an
# apostrophe inside a word does not close it).
DOUBLE_QUOTED = re.compile(r'"[^"]{1,300}"|“[^”]{1,300}”|「[^」]{1,300}」|『[^』]{1,300}』')
QUOTED = re.compile(DOUBLE_QUOTED.pattern + r"|‘[^’]{1,300}’|(?<!\w)'(?:[^']|'(?=[a-z]))*'(?![a-z0-9])")
# Invisible letters that are not format characters (category Cf): the Hangul fillers.
INVISIBLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")
# Scripts whose letters are themselves, not disguises of Latin ones.
OWN_SCRIPTS = frozenset({"LATIN", "COMMON", "INHERITED", "HANGUL", "HAN", "HIRAGANA", "KATAKANA"})
# Punctuation typed inside a word to break it up ("worth.less", "sub-human", "f*ck").
IN_WORD_BREAKS = re.compile(r"(?<=\w)[.\-_*'’·•]+(?=\w)")
# A Latin letter or digit or two typed between Korean syllables ("씨1발", "병x신").
SPLIT_SYLLABLES = re.compile(r"(?<=[\uac00-\ud7a3])[a-z0-9]{1,2}(?=[\uac00-\ud7a3])")
# Spaces, dots or dashes between typed jamo ("ㅈ.ㅜ.ㄱ.ㅇ.ㅕ").
SPACED_JAMO = re.compile(r"(?<=[\u3131-\u318e])[ .·•\-_*]+(?=[\u3131-\u318e])")
# A symbol typed between Korean syllables to break a word up ("쑤$셔버릴", "죽#여").
SYMBOL_IN_SYLLABLES = re.compile(r"(?<=[\uac00-\ud7a3])[$@#%^&*+=|\\/~]{1,2}(?=[\uac00-\ud7a3])")
# Keys that look like jamo: 1 l | for ㅣ inside a word after a consonant ("ㅈ1랄"), $ ^ for ㅅ before a vowel
# ("븅$ㅣㄴ아").
JAMO_I = re.compile(r"(?<=[\u3131-\u314e])[1l|](?=[\u3131-\u318e\uac00-\ud7a3])")
JAMO_S = re.compile(r"[$^](?=[\u314f-\u3163])")
# 7 for ㄱ after Korean and before a vowel, 77 for ㄲ ("새77ㅣ야").
JAMO_G = re.compile(r"(?<=[\uac00-\ud7a3\u3131-\u318e])(77|7)(?=[\u314f-\u3163])")


def script_language(text: str) -> str:
    """"ko" when the text has any Hangul (syllables or jamo), else "en": the policy's two languages
    (romanised Korean reads as English, as the sets label it)."""
    return "ko" if HANGUL.search(text) else "en"


def canonical(text: str, *, lower: bool = True) -> str:
    """The text as it reads to a person: invisible characters dropped, jamo composed,
    compatibility forms folded (NFKC), accents and combining marks removed, look-alike letters
    from other scripts replaced by the Latin letters they imitate, lower-case (unless not `lower`:
    a language model reads case)."""
    visible = "".join(ch for ch in text
                      if unicodedata.category(ch) != "Cf" and ch not in INVISIBLE_LETTERS)
    visible = SPACED_JAMO.sub("", visible)  # "ㅎ ㅡ ㄱ ㅇ ㅣ ㄴ" -> "ㅎㅡㄱㅇㅣㄴ", composed below
    folded = unicodedata.normalize("NFKC", compose_jamo(visible))
    bare = "".join(ch for ch in unicodedata.normalize("NFD", folded) if not unicodedata.combining(ch))
    plain = "".join(latin_lookalike(ch) for ch in unicodedata.normalize("NFC", bare))
    return plain.lower() if lower else plain


@cache
def latin_lookalike(ch: str) -> str:
    """The ASCII letter `ch` imitates (Cyrillic і -> i, Greek ο -> o, small capital ᴏ -> o), or `ch`."""
    if ch.isascii() or not ch.isalpha():
        return ch
    name = unicodedata.name(ch, "").split()
    if name[:4] == ["LATIN", "LETTER", "SMALL", "CAPITAL"] and len(name) == 5 and len(name[4]) == 1:
        return name[4].lower()  # ᴀ ʙ ᴄ ᴅ ᴇ ... (phonetic small capitals that NFKC keeps)
    if categories.alias(ch) in OWN_SCRIPTS:
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


# Vowels and finals typed as two keys: ㅗ+ㅏ -> ㅘ, ㄹ+ㄱ -> ㄺ (conjoining medial/final jamo).
_DOUBLE_VOWEL = {(chr(0x1161 + _JUNGSEONG.index(a)), b): chr(0x1161 + _JUNGSEONG.index(c))
                 for a, b, c in ("ㅗㅏㅘ", "ㅗㅐㅙ", "ㅗㅣㅚ", "ㅜㅓㅝ", "ㅜㅔㅞ", "ㅜㅣㅟ", "ㅡㅣㅢ")}
_DOUBLE_FINAL = {(chr(0x11A8 + _JONGSEONG.index(a)), b): chr(0x11A8 + _JONGSEONG.index(c))
                 for a, b, c in ("ㄱㅅㄳ", "ㄴㅈㄵ", "ㄴㅎㄶ", "ㄹㄱㄺ", "ㄹㅁㄻ", "ㄹㅂㄼ",
                                 "ㄹㅅㄽ", "ㄹㅌㄾ", "ㄹㅍㄿ", "ㄹㅎㅀ", "ㅂㅅㅄ")}


def compose_jamo(text: str) -> str:
    """"ㅈㅜㄱㅇㅓ" -> "죽어": separately typed jamo are composed into syllables, the vowels and
    final consonants a keyboard types as two keys included ("ㅇㅗㅣㄱㅜㄱㅇㅣㄴ" -> "외국인",
    "ㅇㅓㅂㅅㄷㅏ" -> "없다")."""
    out: list[str] = []
    for i, ch in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else ""
        last = out[-1] if out else ""
        prev_vowel = "\u1161" <= last <= "\u1175"
        if ch in _JUNGSEONG and prev_vowel and (last, ch) in _DOUBLE_VOWEL:
            out[-1] = _DOUBLE_VOWEL[last, ch]
        elif ch in _JUNGSEONG and "\u1100" <= last <= "\u1112":
            out.append(chr(0x1161 + _JUNGSEONG.index(ch)))
        elif ch in _CHOSEONG and nxt and nxt in _JUNGSEONG:
            out.append(chr(0x1100 + _CHOSEONG.index(ch)))
        elif ch in _JONGSEONG and prev_vowel:
            out.append(chr(0x11A8 + _JONGSEONG.index(ch)))
        elif (last, ch) in _DOUBLE_FINAL:  # the second key of a two-key final, no vowel after
            out[-1] = _DOUBLE_FINAL[last, ch]
        else:
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def hangul_lookalikes(text: str) -> str:
    """Korean as it reads when symbols stand in for jamo or break up a word: "ㅈ1랄" -> "지랄",
    "븅$ㅣㄴ아" -> "븅신아", "쑤$셔" -> "쑤셔"."""
    # Jamo left alone (NFKC made them conjoining ones) back to the keyboard's, to compose anew.
    text = "".join(_CHOSEONG[ord(ch) - 0x1100] if "\u1100" <= ch <= "\u1112"
                   else _JUNGSEONG[ord(ch) - 0x1161] if "\u1161" <= ch <= "\u1175" else ch
                   for ch in unicodedata.normalize("NFC", text))
    text = JAMO_G.sub(lambda m: "ㄲ" if m.group(1) == "77" else "ㄱ", text)
    text = compose_jamo(JAMO_S.sub("ㅅ", JAMO_I.sub("ㅣ", text)))
    return unicodedata.normalize("NFKC", SYMBOL_IN_SYLLABLES.sub("", text))  # jamo as canonical() leaves them


def squash(text: str) -> str:
    """Korean matching form: canonical, no spaces or punctuation."""
    return squash_canonical(canonical(text))


def squash_canonical(plain: str) -> str:
    return re.sub(r"[\W_]+", "", plain.translate(LEET))


def blanked(quotation: re.Match[str]) -> str:
    """A quotation blanked out to the same length, its marks turned to spaces."""
    return " " + MASK * (len(quotation.group(0)) - 2) + " "


def quotations_masked(plain: str, reported: re.Pattern[str], is_mention: Callable[[str, str], bool]) -> str:
    """A line someone else said, quoted (QUOTED) or reported without quotation marks (`reported`),
    blanked out when what the message says around it makes it a mention, not a use:
    `is_mention(outside, plain)`, with `outside` the message less the lines."""
    if not QUOTED.search(plain) and not reported.search(plain):
        return plain
    outside = reported.sub(" ", QUOTED.sub(" ", plain))
    if not is_mention(outside, plain):
        return plain
    return reported.sub(lambda m: MASK * len(m.group(0)), QUOTED.sub(blanked, plain))
