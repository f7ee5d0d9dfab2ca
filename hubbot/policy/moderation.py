"""Content policy: a pluggable checker in front of every command and behind text outputs.

The default checker is rule-based: maintained word lists (`hubbot/data/moderation/*.txt`)
for the seed service's five classes, matched after normalisation that defeats the usual
tricks — invisible format characters (zero-width, soft hyphen, Hangul fillers), look-alike
letters from other scripts (Cyrillic і, Greek ο: mapped to Latin with Unicode's confusables
data from the `confusable-homoglyphs` library, not a table of our own), accents and combining
marks, case, leetspeak (k1ll, @ss), letters spaced out or dotted (k i l l, m.i.s.s, worth.less),
Korean written with spaces between syllables (죽 어 버 려), as separate jamo (ㅈㅜㄱㅇㅓ) or split
by a Latin letter or digit (씨1발). Benign contexts (`*_allow.txt`: "cut myself while cooking",
"프로세스를 다 죽여야", an identifier in code) are blanked out before the terms are looked for.
What the terms pass, the intent rules read (hubbot/policy/intent.py): acts and their targets
over English lemmas and Korean morphemes, so a threat is caught in any inflection.
A `moderation` model (`[moderation] model`, hubbot/policy/moderation_model.py) reads what the
word list passed: requests, attached files and answers as they stream (`screen`). Refusals name
the class, never echo the text; the audit keeps the class, the layer and the model's score.
"""

from __future__ import annotations

import asyncio
import dataclasses
import io
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PIL import Image, ImageFilter

from hubbot.commands.base import current_request, free_text
from hubbot.commands.places import language_for, value
from hubbot.errors import Refused
from hubbot.i18n import t
from hubbot.inference.backends.moderation import CLASSES
from hubbot.policy.intent import english_rules, keyboard_korean, korean_rules, mentions_masked
from hubbot.policy.korean_read import romanised_readings
from hubbot.policy.learned import VETO_BELOW, LearnedLayer, default_layer
from hubbot.policy.moderation_model import ModelLayer, Unchecked
from hubbot.policy.normalise import (
    HANGUL,
    IN_WORD_BREAKS,
    LEET,
    MASK,
    SPLIT_SYLLABLES,
    canonical,
    join_spaced_letters,
    latin_form,
    squash,
    squash_canonical,
)
from hubbot.storage import audit

if TYPE_CHECKING:
    from PIL.Image import Image as PILImage

    from hubbot.app import App
    from hubbot.commands.base import Request

log = logging.getLogger(__name__)

UNAVAILABLE = "unavailable"  # the model could not check the text and [moderation] fail = "closed"
DATA = Path(__file__).resolve().parents[1] / "data" / "moderation"
# Identifiers in code: assignment targets and called names ("kys = sorted(d.keys())").
CODE_IDENTIFIERS = re.compile(r"\b[a-z_]\w*(?=\s*(?:[-+*/%&|^]?=(?!=)|\())")


class Checker(Protocol):
    def check(self, text: str, allow: frozenset[str] = frozenset()) -> str | None:
        """The violated class, or None; classes in `allow` are not looked for."""


@dataclass(frozen=True)
class WordListChecker:
    english: tuple[tuple[str, re.Pattern[str]], ...]
    korean: tuple[tuple[str, str], ...]
    english_allowed: tuple[re.Pattern[str], ...] = ()
    korean_allowed: tuple[re.Pattern[str], ...] = ()
    intents: bool = True  # the intent rules (hubbot/policy/intent.py) after the terms
    standing_only: bool = False  # of those, only the ones the learned layer may not overturn

    @classmethod
    def from_files(cls, folder: Path = DATA) -> WordListChecker:
        english = []
        for label, term in _lines(folder / "en.txt"):
            words = [re.escape(w) for w in latin_form(term).split()]
            english.append((label, re.compile(r"\b" + r"\s*".join(words) + r"\b")))
        korean = [(label, squash(term)) for label, term in _lines(folder / "ko.txt")]
        return cls(tuple(english), tuple(korean), _patterns(folder / "en_allow.txt"),
                   _patterns(folder / "ko_allow.txt"))

    def check(self, text: str, allow: frozenset[str] = frozenset()) -> str | None:
        # Quoted words the message reports or asks about are a mention, not a use ("he DMs me
        # 'kys', can I report it?", "'죽여버린다'고 협박했는데 신고할 수 있나요?"): blanked out.
        plain = mentions_masked(canonical(text))
        allowed_masked = code_names_masked(mask_all(self.english_allowed, plain))
        latin = allowed_masked.translate(LEET)
        spaced = re.sub(r"[^\w\s]", " ", latin)
        glued = re.sub(r"[^\w\s]", " ", IN_WORD_BREAKS.sub("", latin))
        variants = (spaced, join_spaced_letters(spaced), glued)
        for label, pattern in self.english:
            if label not in allow and any(pattern.search(variant) for variant in variants):
                return label
        if self.intents:
            label = english_rules().check(allowed_masked, allow, standing_only=self.standing_only)
            if label is not None:
                return label
        typed = keyboard_korean(unicodedata.normalize("NFKC", text)) if self.intents else None
        if HANGUL.search(plain):
            label = self._check_korean(plain, allow)
            if label is None and typed is not None:  # Latin-mode typing inside Korean ("Tlqkf 말 좀")
                label = self._check_korean(mentions_masked(canonical(typed)), allow)
            return label
        if typed is not None:
            return self._check_korean(canonical(typed), allow)  # Korean typed in Latin mode
        for read in romanised_readings(plain, whole=True) if self.intents else ():
            label = self._check_korean(read, allow)  # romanised Korean ("neo jugeul geoya")
            if label is not None:
                return label
        return None

    def _check_korean(self, plain: str, allow: frozenset[str]) -> str | None:
        squashed = squash_canonical(plain)
        variants = [mask_all(self.korean_allowed, v) for v in (squashed, SPLIT_SYLLABLES.sub("", squashed))]
        for label, term in self.korean:
            if label not in allow and any(term in variant for variant in variants):
                return label
        if not self.intents:
            return None
        return korean_rules().check(plain, allow, standing_only=self.standing_only)


def _lines(path: Path) -> list[tuple[str, str]]:
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            label, term = raw.split("\t", 1)
            if label not in CLASSES:
                raise ValueError(f"{path.name}: unknown class {label!r}")
            out.append((label, term.strip()))
    return out


def _patterns(path: Path) -> tuple[re.Pattern[str], ...]:
    """One regular expression a line; `#` starts a comment line."""
    if not path.exists():
        return ()
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(re.compile(line.strip()) for line in lines if line.strip() and not line.startswith("#"))


def mask(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(lambda m: MASK * len(m.group(0)), text)


def mask_all(patterns: tuple[re.Pattern[str], ...], text: str) -> str:
    for pattern in patterns:
        text = mask(pattern, text)
    return text


def code_names_masked(text: str) -> str:
    """A name that code assigns or calls is an identifier wherever it appears in that text
    (`kys = sorted(d.keys())` ... `return kys`), not a word addressed to anyone."""
    names = {m.group(0) for m in CODE_IDENTIFIERS.finditer(text)}
    if not names:
        return text
    return mask(re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b"), text)


@cache
def default_checker() -> WordListChecker:
    return WordListChecker.from_files()


def checker_of(app: App) -> Checker:
    return app.services.get("moderation", default_checker())


def learned_of(app: App) -> LearnedLayer | None:
    """The learned layer (policy/learned.py), unless `[moderation] learned = false`."""
    section = app.settings.moderation
    if not section.learned:
        return None
    settings = app.settings
    return default_layer(section.learned_threshold, settings.learned_reader_path(),
                         settings.learned_reader_device())


def rules_finding(app: App, text: str, allow: frozenset[str], *, role: str = "user") -> Finding | None:
    """The local layers as the app is configured (local_finding). The learned layer was trained on
    what people ask, not on answers, so a generated answer meets the rules and the model only."""
    learned = learned_of(app) if role == "user" else None
    return local_finding(checker_of(app), learned, text, allow, veto=learned_veto_of(app))


def learned_veto_of(app: App) -> float:
    """`[moderation] learned_veto`, or the layer's own VETO_BELOW when unset."""
    veto = app.settings.moderation.learned_veto
    return VETO_BELOW if veto is None else veto


def local_finding(checker: Checker, learned: LearnedLayer | None, text: str,
                  allow: frozenset[str] = frozenset(), *, veto: float = VETO_BELOW) -> Finding | None:
    """The local layers, cheapest first: the word list and intent rules (layer "words"), then the
    learned layer (layer "learned", with its score), which may also overturn an intent rule's
    refusal (_overturned). `learned` None: the rules alone (an answer)."""
    label = checker.check(text, allow)
    if label is not None:
        if learned is None or not _overturned(checker, learned, text, allow, veto):
            return Finding(label, "words")
        log.info("content policy: the learned layer overturned an intent rule's %s", label)
        return None
    if learned is not None and (verdict := learned.check(text, allow)) is not None:
        return Finding(verdict.label, "learned", verdict.score)
    return None


def _overturned(checker: Checker, learned: LearnedLayer, text: str, allow: frozenset[str],
                below: float) -> bool:
    """Whether an intent rule's refusal of a request falls to the learned layer: the text and every
    window of it plainly ordinary to the layer (`[moderation] learned_veto`; 0 never). The rules
    refuse 2-10 % of a new author's look-alikes (a threat someone else sent, quoted to ask what to
    do); the layer, trained on such sentences, clears most of them. A term of the word list stands,
    and so does a rule marked `stands` in the rule files."""
    if not below or not isinstance(checker, WordListChecker):
        return False
    # One pass over the word list and the standing rules: a term or a `stands` rule keeps the refusal
    # (the word list runs first in every check, so this covers the terms-only check too).
    if dataclasses.replace(checker, standing_only=True).check(text, allow) is not None:
        return False
    return learned.clears(text, below)


def refuse_if_harmful(app: App, text: str, lang: str) -> None:
    """Refuse input text the local layers catch (synchronous callers, which run it in a worker
    thread from async code: about 9 ms a text; `screen_input` adds the model)."""
    finding = rules_finding(app, text, ALLOWED_AT.get(safety_level(app), frozenset()))
    if finding is not None:
        raise refusal(finding, lang)


@dataclass(frozen=True)
class Finding:
    """Why a text fails the policy: its class, the layer that found it, the model's score."""

    label: str
    layer: str  # "words", "learned", "model" or "image"
    score: float | None = None

    def audited(self) -> dict[str, str]:
        """What the audit keeps (never the text)."""
        score = {} if self.score is None else {"score": f"{self.score:.3f}"}
        return {"label": self.label, "layer": self.layer, **score}


# ---- safety levels -----------------------------------------------------------------------------
# strict: as standard, and text or an image the model could not check is refused whatever
#         `[moderation] fail` says.
# standard: every class refused; a flagged image withheld (blurred behind a spoiler instead in
#         a place the platform marks adults-only, such as a Discord NSFW channel).
# relaxed: profanity ("offensive") let through; a flagged image blurred behind a spoiler.
ALLOWED_AT: dict[str, frozenset[str]] = {"relaxed": frozenset({"offensive"})}


def safety_level(app: App, request: Request | None = None) -> str:
    """The level where `request` (by default the current one) was made (`/settings
    safety_level`, thread > channel > guild/workspace > config); the config's default outside a
    request. A DM has no guild, so it follows `[defaults] safety_level`."""
    request = request or current_request.get()
    return app.settings.defaults.safety_level if request is None else value(request, app, "safety_level")


def _fails_closed(app: App, layer: ModelLayer) -> bool:
    """What a model that could not check is taken to say: `[moderation] fail`, or closed at strict."""
    return bool(layer.fail_closed) or safety_level(app) == "strict"


def _blur_allowed(app: App) -> bool:
    level = safety_level(app)
    request = current_request.get()
    return level == "relaxed" or (level == "standard" and request is not None and request.age_restricted)


async def screen(app: App, text: str, *, role: str = "user") -> Finding | None:
    """Every layer: the local ones (word list, intent rules, learned on requests), then the model
    on what they passed. An answer is read without the request's sentences it repeats (echo_masked).
    A model that cannot answer gives None (fail open) or an UNAVAILABLE finding (fail closed,
    or the strict level). Classes the place's safety level allows are not refused."""
    level = safety_level(app)
    allow = ALLOWED_AT.get(level, frozenset())
    request = current_request.get()
    if role != "user" and request is not None:
        text = echo_masked(text, free_text(request, app))
    # In a worker thread: the rules and the learned layer take milliseconds a sentence (a long
    # Korean answer, ~0.1 s), which on the event loop would stall every other stream.
    finding = await asyncio.to_thread(rules_finding, app, text, allow, role=role)
    if finding is not None:
        return finding
    layer = app.services.get("moderation_model")
    if layer is None:
        return None
    try:
        verdict = await layer.verdict(text, role=role)
    except Unchecked:
        return Finding(UNAVAILABLE, "model") if _fails_closed(app, layer) else None
    if verdict.label is None or verdict.label in allow:
        return None
    return Finding(verdict.label, "model", verdict.score)


# A sentence as the user typed it, with its end mark.
SENTENCE = re.compile(r"[^.?!。\n]+[.?!。]*")
ECHO_MIN_CHARS = 10  # shorter repeats are words any answer shares with its question


def echo_masked(answer: str, asked: str) -> str:
    """The answer with the sentences of the request it answers blanked out where it repeats them:
    the request passed the policy, so the user's own words said back (a small model often opens by
    echoing the question) are no reason to withhold the answer; what the answer adds is read as
    ever. A sentence cut off at either end of the text (a streamed check reads a window) counts."""
    for sentence in {m.group(0).strip() for m in SENTENCE.finditer(asked)}:
        if len(sentence) < ECHO_MIN_CHARS:
            continue
        answer = answer.replace(sentence, MASK * len(sentence))
        for cut in range(len(sentence) - 1, ECHO_MIN_CHARS - 1, -1):
            if answer.endswith(sentence[:cut]):
                answer = answer[:-cut] + MASK * cut
                break
        for cut in range(len(sentence) - 1, ECHO_MIN_CHARS - 1, -1):
            if answer.startswith(sentence[-cut:]):
                answer = MASK * cut + answer[cut:]
                break
    return answer


# Self-harm spoken of in a message the policy lets through (a disclosure, a friend's worry, a
# nurse's question): its answer carries the support line a refusal for violence carries.
SELF_HARM_TALK = re.compile(
    r"\b(?:suicid\w*|self[- ]?harm\w*|(?:kill|hurt|harm|cut)(?:ing|s)? (?:my|her|him|them|your)sel(?:f|ves)"
    r"|(?:end|take|ending|taking) (?:my|her|his|their|your) (?:own )?life"
    r"|(?:want|wants|wanted) to die|wanna die)\b"
    r"|자살|자해|죽고\s*싶|극단적\s*선택|살기\s*싫|스스로\s*목숨|목숨을\s*끊")


def support_line(text: str, lang: str) -> str:
    """The helpline line for an answer to a message that speaks of self-harm; "" otherwise."""
    return t("moderation.support", lang).strip() if SELF_HARM_TALK.search(canonical(text)) else ""


def refusal(finding: Finding, lang: str) -> Refused:
    if finding.label == UNAVAILABLE:
        return Refused("moderation.unavailable", **finding.audited())
    support = t("moderation.support", lang) if finding.label == "violence" else ""
    return Refused("moderation.refused", category=t(f"moderation.class_{finding.label}", lang),
                   support=support, **finding.audited())


async def screen_input(app: App, text: str, lang: str) -> None:
    """Refuse input text that breaks the content policy (a prompt, an attached file)."""
    finding = await screen(app, text)
    if finding is not None:
        raise refusal(finding, lang)


async def moderation_guard(request: Request, app: App) -> None:
    """App guard: refuse a request whose text breaks the content policy."""
    text = free_text(request, app)
    if text:
        await screen_input(app, text, language_for(request, app))


async def check_output(app: App, text: str, lang: str) -> str:
    """A generated answer that breaks the policy is withheld (its text is not shown) and audited."""
    finding = await screen(app, text, role="assistant")
    if finding is None:
        return text
    await _audit_withheld(app, finding)
    return t("moderation.unavailable_answer" if finding.label == UNAVAILABLE else "moderation.withheld", lang)


async def passes(app: App, text: str) -> bool:
    """Whether streamed text so far may be shown (both layers)."""
    return await screen(app, text, role="assistant") is None


async def screen_image(app: App, png: bytes | PILImage) -> Finding | None:
    """The image detector's finding (layer "image"); the fail mode applies as for text."""
    layer = app.services.get("image_moderation")
    if layer is None:
        return None
    try:
        verdict = await layer.image_verdict(png)
    except Unchecked:
        return Finding(UNAVAILABLE, "image") if _fails_closed(app, layer) else None
    return Finding(verdict.label, "image", verdict.score) if verdict.label else None


async def refuse_flagged_upload(app: App, png: bytes | PILImage) -> None:
    """An uploaded image (for /edit, /ask-image) the detector flags is refused, with the reason."""
    finding = await screen_image(app, png)
    if finding is not None:
        key = "moderation.image_unavailable" if finding.label == UNAVAILABLE else "moderation.image_refused"
        raise Refused(key, **finding.audited())


@dataclass(frozen=True)
class FlaggedImage:
    """A generated or edited image that failed the check: what the user is told, and the image
    blurred where the place's safety level lets it be shown that way (None: withheld)."""

    text: str
    blurred: bytes | None = None


async def flagged_image(app: App, png: bytes, lang: str) -> FlaggedImage | None:
    """None: post the image. Otherwise it is withheld, or blurred at the relaxed level (and in
    adults-only places at the standard level); an image that could not be checked is withheld."""
    finding = await screen_image(app, png)
    if finding is None:
        return None
    if finding.label == UNAVAILABLE:
        await _audit_withheld(app, finding)
        return FlaggedImage(t("moderation.image_unavailable_withheld", lang))
    if _blur_allowed(app):
        await _audit_withheld(app, finding, outcome="blurred")
        image = await asyncio.to_thread(blurred, png)
        return FlaggedImage(t("moderation.image_blurred", lang), blurred=image)
    await _audit_withheld(app, finding)
    return FlaggedImage(t("moderation.image_withheld", lang))


def blurred(png: bytes) -> bytes:
    """The image pixelated to 12 px across and blurred back to its size: nothing in it can be
    made out, its colours and layout still can."""
    with Image.open(io.BytesIO(png)) as image:
        size = image.size
        small = image.convert("RGB").resize((12, max(1, round(12 * size[1] / size[0]))), Image.Resampling.BOX)
        out = small.resize(size, Image.Resampling.BILINEAR).filter(ImageFilter.GaussianBlur(max(size) / 40))
    buffer = io.BytesIO()
    out.save(buffer, format="PNG")
    return buffer.getvalue()


async def _audit_withheld(app: App, finding: Finding, outcome: str = "withheld") -> None:
    request = current_request.get()
    if request is None:
        return
    try:
        await audit.record(app.db, user_id=request.user.id, command=request.command, outcome=outcome,
                           platform=request.user.platform, scope=request.scope,
                           detail={"reason": "moderation.withheld", **finding.audited()},
                           known_users_only=True)
    except Exception:
        log.exception("could not write the audit record of a withheld answer")
