"""Intent rules: the content policy's second rule layer, after the word list.

The word list knows phrases; these rules know acts. A threat is a harm verb done to a person
("I'm going to stab you", "gonna shoot up my school", "죽여버릴 거야"), whatever its inflection;
a how-to is a request for the means of harm ("how do I make a pipe bomb", "독약 만드는 법");
hate is a group of people joined to a dehumanising predicate ("immigrants are vermin",
"흑인들은 다 쫓아내야 해"). Words are reduced to their dictionary form first — English with
simplemma's lemmas, Korean with kiwipiepy's morphemes — so one rule covers every form, and the
slots of a rule (who does it, what is done, to whom) are small vocabularies, not sentences.
A look-alike that shares a word but not the act ("kill the zombie process", "이 집 떡볶이 죽인다",
"photo bomb") fails a slot and passes.

The vocabularies live in `hubbot/data/moderation/intent_*.toml`; each rule is a sequence of
slots that must appear in order within a few words of each other (one gap for the rule, or one
per pair of slots), and may be cancelled by a phrase in or just around the match (the object of a
Korean verb stands before it) or anywhere in the text (a game, a news report, a medical question).
A quotation the message only reports or asks the meaning of is a mention and is blanked out.
"""

from __future__ import annotations

import asyncio
import re
import threading
import tomllib
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from hubbot.policy.english_read import (
    RECEIVED,
    USED,
    english_words_named,
    full_name_addressed,
    people_tagged,
    prohibitions_masked,
    response_to_reported_marked,
)
from hubbot.policy.korean_read import WANTED_KO, code_switched, romanised_readings, words_named
from hubbot.policy.normalise import (
    HANGUL_SYLLABLES,
    IN_WORD_BREAKS,
    LEET,
    QUOTED,
    SPLIT_SYLLABLES,
    compose_jamo,
    hangul_lookalikes,
    join_spaced_letters,
    quotations_masked,
)
from hubbot.policy.rule_files import ENGLISH, KOREAN, rule_data

Phrase = tuple[str, ...]
AFTER = 3  # words after a match that an `unless` phrase may start in
ANY = "*/"  # a slot word "*/TAG": any morpheme of that tag
GLUE_MAX = 4  # morphemes glued back into one vocabulary word at most


@dataclass(frozen=True)
class Slot:
    """Words or multi-word phrases, any of which fills the slot."""

    by_first: dict[str, tuple[Phrase, ...]]
    # Phrases whose first word is any morpheme of a tag ("*/NNP 사람/NNG 들/XSN": people of any
    # named place), by that tag.
    by_tag: dict[str, tuple[Phrase, ...]]
    # Korean words a morpheme analyser may split ("수구꼴통" -> 수구 + 꼴통, "사기꾼" -> 사기 + 꾼):
    # matched on the glued forms of consecutive morphemes too.
    glued: frozenset[str] = frozenset()

    @classmethod
    def of(cls, phrases: set[Phrase]) -> Slot:
        by_first: dict[str, list[Phrase]] = {}
        by_tag: dict[str, list[Phrase]] = {}
        for phrase in sorted(phrases, key=len, reverse=True):  # longest first
            if phrase[0].startswith(ANY):
                by_tag.setdefault(phrase[0][len(ANY):], []).append(phrase)
            else:
                by_first.setdefault(_form(phrase[0]), []).append(phrase)
        glued = frozenset(p[0] for p in phrases if len(p) == 1 and "/" not in p[0] and len(p[0]) > 1
                          and HANGUL_SYLLABLES.search(p[0]))
        return cls({first: tuple(found) for first, found in by_first.items()},
                   {tag: tuple(found) for tag, found in by_tag.items()}, glued)

    def ends_at(self, tokens: list[str], at: int) -> list[int]:
        """Where each phrase of the slot that starts at `at` ends (exclusive)."""
        candidates = self.by_first.get(_form(tokens[at]), ())
        if self.by_tag:
            candidates += self.by_tag.get(tokens[at].partition("/")[2], ())
        ends = [at + len(p) for p in candidates
                if len(p) <= len(tokens) - at and all(map(_same, p, tokens[at:at + len(p)]))]
        if self.glued:
            text = _form(tokens[at])
            for end in range(at + 1, min(at + GLUE_MAX, len(tokens))):
                text += _form(tokens[end])
                if text in self.glued:
                    ends.append(end + 1)
        return ends

    def anywhere(self, tokens: list[str], start: int = 0, stop: int | None = None) -> bool:
        stop = len(tokens) if stop is None else min(stop, len(tokens))
        return any(self.ends_at(tokens, i) for i in range(start, stop))


def _form(token: str) -> str:
    return token.split("/", 1)[0]


def _aligned(tokens: list[str], readings: Sequence[list[str]]) -> list[list[str]]:
    """`tokens` and the other readings that align with them word for word."""
    return [tokens, *(r for r in readings if len(r) == len(tokens))]


def _same(word: str, token: str) -> bool:
    """A vocabulary word with a tag ("죽이/VV") matches that morpheme; one without, any tag;
    "*/NNP" any morpheme of that tag."""
    if word.startswith(ANY):
        return token.partition("/")[2] == word[len(ANY):]
    return word == token if "/" in word else word == _form(token)


@dataclass(frozen=True)
class Rule:
    label: str
    slots: tuple[Slot, ...]
    gap: int  # how many other words may stand between two slots
    unless: Slot | None = None  # a phrase inside the matched span that cancels the match
    unless_text: Slot | None = None  # a phrase anywhere in the text that cancels the rule
    # Per pair of neighbouring slots, when they differ: a tight request ("how", "do i") may
    # reach far to what it asks for ("... so the guy bleeds out").
    gaps: tuple[int, ...] = ()
    # How many words before the match an `unless` phrase may stand in too (the object before a
    # Korean verb: "시간 죽이는 법", "발표 찢었다").
    unless_before: int = 0
    # A phrase anywhere in the text, after the match too, that cancels the rule: the purpose
    # a question states after it ("친구가 손목을 긋는대요. 어떻게 도와줘야 하죠?").
    unless_anywhere: Slot | None = None
    # A refusal the learned layer may not overturn (moderation._overturned): a request it has too
    # few sentences like to judge ("how do I cut deeper" scores as plainly ordinary).
    stands: bool = False

    def matches(self, tokens: list[str], readings: Sequence[list[str]] = (), covered: int = 0,
                reframes: Slot | None = None) -> bool:
        """`readings`: other readings of the same words, word for word (the lemmas of
        `tokens`); an `unless` phrase counts in any of them ("warning signs" / "warning sign").
        An `unless_text` phrase counts where it stands before the end of the sentence the match
        ends in: a frame (a game, a novel, a kitchen) is set before a request or beside it, and an
        unrelated sentence after it ("…미행하는 요령 좀 알려줘. 주말에 볼 영화도 추천해줘")
        does not reframe it. Only Korean tokens mark sentence ends (…/SF); English is one span.
        `unless_anywhere` phrases count anywhere (a purpose stated after); a match that starts
        before `covered` is excused (the rule set's benign phrases, RuleSet.covered). An `unless_text`
        phrase before a `reframes` phrase standing before the match does not count: what follows a
        dismissal ("is it illegal? whatever, make her…") is a new request, not the question."""
        aligned = _aligned(tokens, readings)
        if self.unless_anywhere is not None and any(self.unless_anywhere.anywhere(t) for t in aligned):
            return False
        for at in range(covered, len(tokens)):
            for end in self._ends(0, tokens, aligned, at, at):
                stop = sentence_end(tokens, end)
                if self.unless_text is None:
                    return True
                begin = 0 if reframes is None else max(
                    (e for t in aligned for i in range(at) for e in reframes.ends_at(t, i) if e <= at),
                    default=0)
                if not any(self.unless_text.anywhere(t, begin, stop) for t in aligned):
                    return True
        return False

    def starts_at(self, tokens: list[str], at: int) -> bool:
        """Whether the slots match from `at` on in `tokens` alone."""
        return next(self._ends(0, tokens, [tokens], at, at), None) is not None

    def _ends(self, index: int, tokens: list[str], aligned: list[list[str]], at: int,
              began: int) -> Iterator[int]:
        """Where each match of the slots from `index` on, starting at `at`, ends."""
        for end in self.slots[index].ends_at(tokens, at):
            if index + 1 == len(self.slots):
                # The words just after count too: "shoot you a message", "kill it on stage".
                start = max(0, began - self.unless_before)
                if self.unless is None or not any(self.unless.anywhere(t, start, end + AFTER)
                                                  for t in aligned):
                    yield end
                continue
            gap = self.gaps[index] if self.gaps else self.gap
            for nxt in range(end, min(end + gap + 1, len(tokens))):
                yield from self._ends(index + 1, tokens, aligned, nxt, began)


def sentence_end(tokens: list[str], end: int) -> int:
    """Just past the sentence end (a Korean …/SF token) at or after `end`; else the text's end."""
    return next((i + 1 for i in range(end, len(tokens)) if tokens[i].endswith("/SF")), len(tokens))


def _vocabularies(raw: dict[str, list[str]]) -> dict[str, set[Phrase]]:
    """Each vocabulary's phrases, NFKC like the text they are matched on (it turns typed jamo "ㅂㅅ"
    into conjoining ones), with "@name" entries replaced by that vocabulary's phrases."""
    def phrases(name: str, seen: tuple[str, ...]) -> set[Phrase]:
        if name in seen:
            raise ValueError(f"vocabulary @{name} refers to itself")
        out: set[Phrase] = set()
        for entry in raw[name]:
            out |= (phrases(entry[1:], (*seen, name)) if entry.startswith("@")
                    else {tuple(unicodedata.normalize("NFKC", entry).split())})
        return out

    return {name: phrases(name, ()) for name in raw}


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    benign: Slot | None  # phrases that cancel any match in the text (prevention, news, fiction…)
    # Where a benign phrase's reach ends: a new order joined after it ("report her account and
    # tell her to kms"): slots in a row, each word in every reading as typed.
    benign_until: Rule | None = None
    # Phrases that end that reach on their own: a new topic ("... great documentary. Anyway, real talk: ...").
    benign_ends: Slot | None = None
    # A request that no benign phrase before it excuses: harm asked for against the writer's own
    # target ("... for a school project ... how do I poison my husband"); rules, matched as typed.
    benign_breaks: tuple[Rule, ...] = ()
    # Phrases after which an `unless_text` phrase before them no longer counts (Rule.matches).
    reframes: Slot | None = None
    # A benign phrase refused is none: "I don't want a hotline number", "no hotline".
    benign_void: Slot | None = None

    @classmethod
    def from_file(cls, path: Path) -> RuleSet:
        return cls.from_data(tomllib.loads(path.read_text(encoding="utf-8")), path.name)

    @classmethod
    def from_data(cls, data: dict[str, Any], name: str) -> RuleSet:
        """The rules of a parsed rule file (`name` for errors)."""
        words = _vocabularies(data["words"])

        def slot(parts: str | list[str]) -> Slot:
            out: set[Phrase] = set()
            for part in parts if isinstance(parts, list) else [parts]:
                literal = tuple(unicodedata.normalize("NFKC", part).split())
                out |= words[part[1:]] if part.startswith("@") else {literal}
            return Slot.of(out)

        rules = tuple(
            Rule(spec["label"], tuple(slot(p) for p in spec["slots"]), spec.get("gap", 3),
                 slot(spec["unless"]) if spec.get("unless") else None,
                 slot(spec["unless_text"]) if spec.get("unless_text") else None,
                 tuple(spec.get("gaps", ())), spec.get("unless_before", 0),
                 slot(spec["unless_anywhere"]) if spec.get("unless_anywhere") else None,
                 spec.get("stands", False))
            for spec in data["rules"]
        )
        for spec, rule in zip(data["rules"], rules, strict=True):
            if rule.gaps and len(rule.gaps) != len(rule.slots) - 1:
                raise ValueError(f"{name}: rule {spec['slots']}: one gap per pair of slots")
        until = (Rule("", tuple(slot(p) for p in data["benign_until"]), 0)
                 if data.get("benign_until") else None)
        breaks = tuple(Rule("", tuple(slot(p) for p in spec["slots"]), spec.get("gap", 0),
                            gaps=tuple(spec.get("gaps", ()))) for spec in data.get("benign_breaks", ()))
        return cls(rules, slot(data["benign"]) if data.get("benign") else None, until,
                   slot(data["benign_ends"]) if data.get("benign_ends") else None, breaks,
                   slot(data["reframes"]) if data.get("reframes") else None,
                   slot(data["benign_void"]) if data.get("benign_void") else None)

    def match(self, tokens: list[str], allow: frozenset[str] = frozenset(),
              readings: Sequence[list[str]] = (), *, standing_only: bool = False) -> str | None:
        """The label of the first rule `tokens` match; `readings` are the same words read
        otherwise (lemmas), whose benign and `unless` phrases count too. `standing_only`: only
        the rules the learned layer may not overturn (Rule.stands)."""
        covered = self.covered(tokens, readings)
        for rule in self.rules:
            if standing_only and not rule.stands:
                continue
            if rule.label not in allow and rule.matches(tokens, readings, covered, self.reframes):
                return rule.label
        return None

    def _voided(self, tokens: list[str], at: int) -> bool:
        """Whether a `benign_void` phrase that starts a few words before `at` spans it."""
        return self.benign_void is not None and any(
            end > at for i in range(max(0, at - AFTER - 1), at + 1)
            for end in self.benign_void.ends_at(tokens, i))

    def covered(self, tokens: list[str], readings: Sequence[list[str]] = ()) -> int:
        """Where the excuse of the text's benign phrases ends: they cover what stands before them
        and their own clause (a purpose stated after: "...what do I say, is there a hotline"), up
        to a new order joined after the last of them (`benign_until`) or a new topic (`benign_ends`);
        0 without one."""
        aligned = _aligned(tokens, readings)
        last = -1
        if self.benign is not None:
            last = max((i for t in aligned for i in range(len(t)) if self.benign.ends_at(t, i)
                        and not any(self._voided(a, i) for a in aligned)), default=-1)
        if last < 0:
            return 0
        if self.benign_until is None and self.benign_ends is None and not self.benign_breaks:
            return len(tokens)
        until, ends = self.benign_until, self.benign_ends
        return next((i for i in range(last + 1, len(tokens))
                     if (until is not None and all(until.starts_at(t, i) for t in aligned))
                     or (ends is not None and any(ends.ends_at(t, i) for t in aligned))
                     or any(b.starts_at(t, i) for b in self.benign_breaks for t in aligned)),
                    len(tokens))


# ---- Quoted words, reported ------------------------------------------------------------------

# Words that report what someone else said or wrote, or ask what it means...
# Reporting it to a platform or the police, or saying how it felt, frames it as received too;
# so does asking how moderators should respond to a post, whether to ban or time out, or whether to
# press charges.
REPORTED = re.compile(r"\b(?:said|says|told me|texted me|sent me|messaged me|dmed me|dming me|dms me|"
                      r"texting me|messaging me|texts me|messages me|sends me|"
                      r"called me|calling me|calls me|wrote|commented|commenting|keeps saying|kept saying|"
                      r"used to say|yelled|document|documenting|screenshots?|for hr|to hr|"
                      # a ban appealed, a message passed on, a meme's caption: what someone else wrote
                      r"appealed|appealing|forwarded|captioned|"
                      r"what does|meaning of|means|reportable|report (?:it|them|him|her|this)|reported|"
                      # sent again and again by someone else, taken to the police
                      r"(?:keeps|kept) (?:messaging|texting|dming|sending|posting|commenting|spamming|writing"
                      r"|replying|leaving)|(?:to|call|tell|contact|ring) the (?:police|cops)|police report|"
                      r"removed|on my (?:videos?|posts?|stream)|"
                      # how the word felt to the one it was said to ("'tranny' still stings even as a joke")
                      r"stings(?! (?:them|him|her|people|everyone))|stung me"
                      r"|(?:hurts|hurt|upsets|upset|bothers|bothered) me|gets to me|"
                      r"makes me (?:feel|cry|flinch|sad|uncomfortable)|"
                      r"(?:someone|somebody|a user|a member|a player|a guy|a kid|he|she|they)(?: who)?"
                      r"(?: (?:in|of|on|from) (?:#[\w-]+|(?:our|the|my|this) \w+))? (?:keeps |kept )?"
                      r"(?:posted|posting|typed|typing|dropped|called|calling|replied|replying|yelled|yelling|spammed|spamming"
                      r"|told (?:someone|somebody|another|other|a|an|the|people|everyone))|"
                      r"(?:we|mods|moderators|admins|automod) (?:auto-?|auto )?"
                      r"(?:delete|remove|ban|filter|hide)|"
                      r"snapped|shouted|screamed|muttered|hissed|barked|texted|emailed|messaged|dmed|"
                      r"told (?:another|other|a classmate|a kid|a student|someone|somebody) \w*|"
                      r"(?:students|kids|people|members|users|players|classmates) keep "
                      r"(?:typing|saying|posting|replying|yelling|spamming|calling)|"
                      r"(?:ban|mute|kick|warn|timeout|time out)"
                      r"(?: (?:them|him|her|right away|immediately))? or "
                      r"(?:a )?(?:ban|mute|kick|warn|warning|timeout|time out)|"
                      r"enough for a (?:\w+ )?(?:ban|mute|kick|timeout)|"
                      r"how (?:should|do|can|would) (?:the |our |we |i )?(?:mods?|moderators?|admins?|we|i) "
                      r"(?:respond|react|handle|deal)|press(?:ing)? charges)\b"
                      r"|들었|받았|했대|하더라|보냈어|뜻이|뜻은|뜻인지|의미가|무슨 말|라는 말"
                      r"|라고 했|이라고 했|고 했|쓰는데|쓰길래|입버릇|말버릇|협박했|협박을|신고"
                      r"|채팅을 쳐|댓글을 달|하는데|듣기|캡처|차단|쓰는 사람|의미야|의미는"
                      r"|무슨 의미|라는 부분|가사|상처|노동청|도움"
                      r"|이러는데|이러더라|이러길래|이럼|받아치|고소|모욕죄"
                      # called so, reported (not 부르자, 불러 줘: a name to be called)
                      r"|라고 불러(?!\s*(?:줘|주|라|야|버리|버려))|라고 부르(?!자|기로|려)"
                      r"|라는 표현|라는 단어|라는 용어|어원|유래|비하 표현|비하 발언|비하어|표현인지"
                      r"|단어인지|비하하는\s*(?:말|단어|표현|욕)"
                      r"|무례한가|무례할까|실례인가|실례일까|실례가 될까")
# English questions about a word, not uses of it: what it means, where it comes from, why it
# offends, seeing or hearing someone use it ("why is "retarded" considered offensive now", "I saw
# someone call a streamer a "gook" in chat, where does that word come from?"), and a line a
# character speaks in the user's fiction ("in my novel the villain sneers "..."").
ASKED_ABOUT_WORD = re.compile(
    r"\b(?:(?:the|that|this|a|which) (?:word|term|slur|insult|expression|phrase)s?|"
    r"come from|came from|comes from|origin|origins|etymology|originate[ds]?|"
    r"(?:got|get|gets|was|were|been|being) called|"
    r"(?:considered|so|is it|was it|be|seen as|still) (?:offensive|derogatory|racist|ableist|a slur)|"
    r"(?:saw|see|seen|heard|hear|noticed|caught) (?:someone|somebody|people|a guy|a girl|him|her|them|"
    r"a (?:player|streamer|user|viewer|kid|man|woman)|my \w+) "
    r"(?:call|calling|say|saying|use|using|type|typing|write|writing|yell|yelling|shout|shouting)|"
    r"(?:my|the|a) "
    r"(?:villain|antagonist|character|novel|story|screenplay|script|manuscript|fanfic|play|comic)"
    r"|the villains?|(?:sneers?|snarls?|spits?|hisses|growls?) |hate speech|bannable"
    # a line of the user's own writing put up for critique, or spoken in character in a game
    r"|(?:critique|critiquing|feedback on|thoughts on|rate|review|workshop) (?:my|this|the)"
    r" (?:opening |first |last |closing )?"
    r"(?:line|sentence|paragraph|hook|draft|chapter|poem|stanza|prose|dialogue)"
    r"|(?:my|the|this|an?) (?:opening|first|closing) (?:line|sentence)|in[- ]character|\bic:"
    r"|counts? as (?:harassment|bullying|a threat|abuse|hate speech)"
    # what the server does about it ("why "kys" is an instant mute here", "gets you banned")
    r"|instant (?:mute|ban|kick|timeout)|(?:get|gets) (?:you|them|people|someone) (?:banned|muted|kicked)"
    # a line a story's genre or a character's motive is weighed against ("a motive other than "..."")
    r"|motives? for|backstory|(?:my|the|a|this) (?:western|thriller|whodunit|murder mystery|noir"
    r"|horror (?:movie|film|story|novel)|crime (?:novel|drama|story))"
    r"|bleep(?:ed)?|censor(?:ed)?|(?:is|was|isnt|are) (?:calling|saying)"
    r"|(?:is|was) it (?:racist|ok|okay|allowed|bannable|rude|offensive) to (?:say|call|use))")
# A word weighed against another ("is 'bastard' too soft for '개새끼'", "does '꺼져' sound as harsh as
# 'get lost'"): asked about, unless it is also to be said or posted at someone ("too harsh? spam it in
# her dms"; english_read.USED).
WEIGHED = re.compile(r"\b(?:too (?:soft|harsh|strong|mild|weak|rude)"
                     r"|sounds? (?:as|too|more|less) (?:harsh|rude|strong|soft|bad|offensive)|closer to)\b")
# A line addressed to a real person: a question-about-a-word or fiction frame does not make it a
# mention ("tell her "you're dead", it's for the play").
ADDRESSED = re.compile(r"\b(?:tell|text|dm|message|email|send|post|whisper to|yell at|call"
                       r"|say (?:it |that )?to"
                       # ...or sent on to someone ("critique my opening line, then text it to my ex")
                       r"|(?:text|dm|message|email|send|post|show|read) (?:it|this|that|them) to)"
                       r" (?:her|him|them|my|his|that|this|every|some|u|you)\b")
# ...and words that ask for it to be written or sent: then the quotation is the request.
# (not a moderator's own note about it: "how should I write the mod note for a user who told someone '...'")
PRODUCE = re.compile(r"\b(?:write(?! (?:up )?(?:a |an |the |my |our |this )?"
                     r"(?:mod|moderation|moderator|incident|case|staff) "
                     r"(?:notes?|logs?|reports?|entry|entries|summary))"
                     r"|send|generate|make(?! (?:it |things |this |that )?up\b)|give me|"
                     r"draft(?! (?:a |an |the )?(?:fair |polite |firm |formal |short )*(?:first-?|final )?"
                     r"warning (?:message|note|to (?:the|this|that) user))|"
                     r"come up with|create|compose|list|"
                     r"reply with|versions?)\b|" + WANTED_KO)

# An order to put the quoted line somewhere ("my ex texted me, so reply 'I will kill you'", "we filter
# "kys" so type "k y s" under her posts"): the quotation is the request, whatever was reported before it.
LINE_TO_SEND = re.compile(r"\b(?:reply|respond|answer|text (?:him|her|them) back|write back|type|spam)"
                          r"(?: (?:to )?(?:him|her|them|it))?(?: with)?\s*[:\-]?\s*[\"“‘']"
                          # ...or to say it to someone ("he appealed, now tell him "...""): the same
                          r"|\b(?:tell|text|dm|message|email|send|whisper to|yell at|say (?:it |that )?to)"
                          r" (?:her|him|them|my \w+|his \w+|that \w+|this \w+|u|you)(?: that)?"
                          r"\s*[:,\-]?\s*[\"“‘']")


# Korean reported speech without quotation marks: the word just before the quotative (이)라고
# with a verb of saying or calling ("팀장이 나한테 병신이라고 했어요").
INDIRECT = re.compile(r"[^\s'\"]{1,12}?"
                      r"(?=(?:이)?라고\s*(?:했|하더|하대|하는|하며|하면서|하길래|불러|부르|말|욕))")


def mentions_masked(plain: str) -> str:
    """Quoted words blanked out when the message reports or asks about them ("my ex texted me
    "I know where you live", what should I do?"), and so is a Korean word reported with the
    quotative (이)라고 without quotation marks, or named as a word (words_named): a mention, not
    a use. A quotation the message asks to have written or sent stays."""
    return quotations_masked(english_words_named(words_named(prohibitions_masked(plain))), INDIRECT,
                             _reported_not_wanted)


THREAT_LABELS = frozenset({"violence", "harassment"})


def _grave_line(quoted: str, outside: str) -> bool:
    """A fiction, critique or in-character frame excuses what a line quoted in it says, but not
    what a standing rule refuses (a call to kill a people: "my story's first line: 'Kill all the
    jews'") nor a threat that names a real person in full ("critique my opening line: 'I will find
    you tonight and gut you, Sarah Miller'"). A line the message reports as received stays a
    mention."""
    if RECEIVED.search(outside):
        return False
    line, rules = quoted[1:-1], english_rules()  # the line without its own quotation marks
    return rules.check(line, standing_only=True) is not None or (
        full_name_addressed(line) and rules.check(line) in THREAT_LABELS)


def _reported_not_wanted(outside: str, plain: str) -> bool:
    if any(_grave_line(q.group(0), outside) for q in QUOTED.finditer(plain)):
        return False
    weighed = WEIGHED.search(outside) and not USED.search(outside)
    asked = (ASKED_ABOUT_WORD.search(outside) or weighed) and not ADDRESSED.search(outside)
    wanted = PRODUCE.search(outside) or LINE_TO_SEND.search(plain)
    return bool(REPORTED.search(outside) or asked) and not wanted


# ---- English ---------------------------------------------------------------------------------

# A word as typed, leetspeak included ("k1ll", "j3ws"); its digits are read as letters only when
# it also has letters, so ages and counts stay numbers ("a 12 year old").
WORD = re.compile(r"[a-z0-9@$!|+]+(?:'[a-z]+)?")
ARTICLE_BEFORE_SPACED = re.compile(r"\b([ai]) (?=(?:\w ){2,}\w\b)")
# Single letters split by slashes, an abbreviation typed as letters ("o/d", "k/y/s").
SLASHED_LETTERS = re.compile(r"(?<=\b[a-z])/(?=[a-z]\b)")
AGE_WITH_SUFFIX = re.compile(r"(\d+)(?:yo|yrs?)")  # "15yo"
# An age written with hyphens ("15-year-old", "12-yr-old"), before hyphens inside words are dropped.
AGE_HYPHENED = re.compile(r"\b(\d+)\s*-\s*(years?|yrs?|y)\s*-\s*old\b")
# Pictures that stand for a harm verb in a sentence ("gonna 🔪 him after class").
EN_PICTURES = {"🔪": "stab", "🗡": "stab", "🔫": "shoot", "💣": "bomb"}
EN_PICTURE = re.compile("|".join(map(re.escape, EN_PICTURES)))
YEARS = frozenset({"year", "years", "yr", "yrs", "yo", "y"})
# The antisemitic "echo" around a word ("(((bankers)))") marks it as meaning Jews.
ECHO = re.compile(r"\({3}\s*([^()]{1,40}?)\s*\){3}")
# Chat shorthand read as the words it stands for; "kms" not as a distance ("5 kms", "kms left").
SHORTHAND = {"kms": ("kill", "myself"), "kmsl": ("kill", "myself"), "ppl": ("people",), "u": ("you",),
             "urself": ("yourself",), "yourselves": ("yourself",)}
QUANTITY = frozenset({"many", "few", "more", "less", "several", "extra", "some", "the", "those", "these",
                      "of", "hundred", "thousand", "couple", "per", "total", "ten", "five", "two", "three"})
# Shorthand talked about, not used ("what does kms mean", "my son keeps saying kms", "kms라는 말").
SHORTHAND_MENTIONED = re.compile(
    r"\b(?:word|term|slang|does|says|saying|said|uses|using|types|typing) (?=kms\b|kmsl\b)"
    r"|\b(?=(?:kms|kmsl)(?![a-z0-9])\s*(?:라는|이라는|란|이란|가 뭐|뜻|means?\b|stands? for\b))")
DISTANCE_AFTER = frozenset({"left", "away", "per", "from", "of", "driven", "walked", "ran", "run", "long",
                            "total", "each", "hike", "drive", "walk", "ride", "radius", "an", "a", "on"})
ADULT = 18
AGE_SAID = frozenset({"shes", "hes", "theyre", "aged", "turned", "turning", "only"})
AGE_OF = frozenset({"she", "he", "gf", "bf", "girlfriend", "boyfriend", "crush", "girl", "boy", "kid",
                    "child", "daughter", "son", "niece", "nephew", "student", "cousin", "sister", "brother"})
# Several people given an age ("they are 15", "the girls are 14"), and a story's characters made that age
# ("make the characters 15", "the characters are 13").
AGE_OF_MANY = frozenset({"they", "girls", "boys", "kids", "characters", "both", "twins"})
AGE_GIVEN = frozenset({"characters", "character"})
COUNTED = frozenset({"minutes", "mins", "hours", "hrs", "days", "weeks", "months", "miles", "km", "kms",
                     "feet", "ft", "inches", "lbs", "pounds", "kg", "percent", "points", "dollars", "bucks",
                     "to", "out", "of", "times", "cm", "m", "am", "pm", "oclock", "seconds", "secs",
                     "items", "games"})


@cache
def english_lemma(word: str) -> str:
    import simplemma

    return simplemma.lemmatize(word, lang="en").lower()


# Letters typed one by one with a wider gap between words ("h o w   h i g h   d o   i"): single characters
# (an apostrophe too) separated by spaces, from a space or the start of the text.
SPACED_RUN = re.compile(r"(?<!\S)[a-z0-9'](?:\s+[a-z0-9'](?![^\s,.!?]))+")


def spaced_words_joined(plain: str) -> str:
    """Letters spaced out one by one, with two or more spaces between words, joined word by word: two-letter
    and one-letter words too, which join_spaced_letters leaves apart ("d o   i" -> "do i")."""
    def joined(run: re.Match[str]) -> str:
        text = run.group(0)
        if not re.search(r"\S {2,}\S", text) or not re.search(r"\S \S", text):
            return text
        return " ".join(word.replace(" ", "") for word in re.split(r" {2,}", text))

    return SPACED_RUN.sub(joined, plain)


def english_words(plain: str) -> list[str]:
    """Words of canonical English text (look-alikes and accents already folded): breaks inside a
    word and spaced-out letters rejoined, leetspeak read, apostrophes dropped ("i'm" -> "im"),
    a knife or gun emoji read as the act, the "echo" ((( ))) read as "jews", chat shorthand ("kms",
    "ppl") read as words, and an age under 18 ("12 year old", "15-year-old",
    "15yo") read as the word `minor_age`."""
    plain = EN_PICTURE.sub(lambda m: f" {EN_PICTURES[m.group(0)]} ", AGE_HYPHENED.sub(r"\1 \2 old", plain))
    plain = ECHO.sub(r" jews \1 ", plain)
    plain = SHORTHAND_MENTIONED.sub(lambda m: f"{m.group(0)}mention", plain)
    glued = join_spaced_letters(IN_WORD_BREAKS.sub("", SLASHED_LETTERS.sub("", spaced_words_joined(plain))))
    words = []
    found = WORD.findall(glued)
    for i, raw in enumerate(found):
        word = raw.replace("'", "")
        if aged := AGE_WITH_SUFFIX.fullmatch(word):
            words.extend([aged.group(1), "yo"])
        elif word in SHORTHAND and not (words and (words[-1].isdigit() or words[-1] in QUANTITY)) \
                and not (i + 1 < len(found) and found[i + 1] in DISTANCE_AFTER):
            words.extend(SHORTHAND[word])
        else:
            words.append(word if word.isdigit() else word.translate(LEET))
    return _ages_read(words)


def _ages_read(words: list[str]) -> list[str]:
    """An age under 18 as `minor_age`: before "year(s) old" or "yo", or said of a person ("she's 14",
    "he is 15", "aged 13"), not a count of something ("she's 14 minutes away")."""
    out: list[str] = []
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        before = words[max(0, i - 2):i]
        said_of = bool(before) and (before[-1] in AGE_SAID or before[-1] in AGE_GIVEN
                                    or (before[-1] == "is" and before[0] in AGE_OF)
                                    or (before[-1] == "are" and before[0] in AGE_OF_MANY))
        if word.isdigit() and int(word) < ADULT and (nxt in YEARS or (said_of and nxt not in COUNTED)):
            out.append("minor_age")
        else:
            out.append(word)
    return out


# Someone who reported the user is a target named, not a report made ("dox the guy who reported
# me", "if he reports me again I'll…"): "reported" there is no benign reporting frame.
REPORTED_BY_TARGET = re.compile(r"\b(who|that|which|he|she|they) (?:reported|reports|flagged|snitched on)"
                                r"(?= (?:me|us|my)\b)")


@dataclass(frozen=True)
class EnglishRules:
    rules: RuleSet

    def check(self, plain: str, allow: frozenset[str] = frozenset(), *,
              standing_only: bool = False) -> str | None:
        plain = REPORTED_BY_TARGET.sub(r"\1 flagged", mentions_masked(plain))
        plain = response_to_reported_marked(plain)
        words = english_words(plain)
        # People named by a kind ("testers/PPL"), tagged for the "*/PPL" slots (english_read.people_tagged).
        words, lemmas = people_tagged(words, [english_lemma(w) for w in words])
        # The words as typed and as lemmas, each with the other as its second reading.
        variants: list[tuple[list[str], list[list[str]]]] = [(words, [lemmas]), (lemmas, [words])]
        if ARTICLE_BEFORE_SPACED.search(plain):
            # "a p o r n scene": the article is a single letter too; read the spaced word without it.
            variants.append((english_words(ARTICLE_BEFORE_SPACED.sub(r"\1  ", plain)), []))
        for variant, readings in variants:
            label = self.rules.match(variant, allow, readings, standing_only=standing_only)
            if label is not None:
                return label
        return None


# ---- Korean ----------------------------------------------------------------------------------

_kiwi_lock = threading.Lock()
# Korean typed with the keyboard in Latin mode (두벌식: "tlqkf" is 시발); the shifted keys give
# ㅃ ㅉ ㄸ ㄲ ㅆ ㅒ ㅖ where the text still has its case.
DUBEOLSIK = dict(zip("qwertyuiopasdfghjklzxcvbnm",
                     "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡ", strict=True))
DUBEOLSIK_SHIFT = {"Q": "ㅃ", "W": "ㅉ", "E": "ㄸ", "R": "ㄲ", "T": "ㅆ", "O": "ㅒ", "P": "ㅖ"}
LATIN_WORD = re.compile(r"(?<![a-z])[a-z]{3,}(?![a-z])")
LATIN_WORDS = re.compile(r"(?<![A-Za-z])[A-Za-z]{2,}(?![A-Za-z])")
TYPED_SHARE = 0.6  # of a Latin-only message's words that must read as Korean typing


def keyboard_korean(text: str) -> str | None:
    """A message typed entirely in Latin mode on a Korean keyboard ("tlqkf dlrp aodmfh"), read
    as the Hangul it was meant to be; None when most words are not Korean typing (English)."""
    words = LATIN_WORDS.findall(text)
    typed = {w: keyboard_hangul(w) for w in words}
    if len(words) < 2 or sum(v is not None for v in typed.values()) < TYPED_SHARE * len(typed):
        return None
    return LATIN_WORDS.sub(lambda m: typed.get(m.group(0)) or m.group(0), text)


ETM = {"을": "ᆯ", "은": "ᆫ"}  # adnominal endings after a consonant -> after a vowel


@cache
def _kiwi() -> Any:
    from kiwipiepy import Kiwi

    kiwi = Kiwi()
    # Slurs and words the analyser would split ("똥남아" -> 똥 + 남 + 어), known as nouns.
    for word in rule_data(KOREAN).get("nouns", ()):
        kiwi.add_user_word(word, "NNG")
    return kiwi


def korean_tokens(text: str) -> list[str]:
    """Morphemes of Korean text as `form/TAG` (죽여버릴 -> 죽이/VV 어/EC 버리/VX ᆯ/ETM), with an
    age under 18 ("16살") read as the noun 미성년."""
    with _kiwi_lock:  # Kiwi is not documented as thread-safe; a call takes well under 1 ms
        morphemes = _kiwi().tokenize(text)
    # The adnominal endings after a consonant (을, 은) read as the ones after a vowel (ᆯ, ᆫ).
    tokens = [f"{ETM.get(m.form, m.form) if m.tag == 'ETM' else m.form}/{m.tag.split('-')[0]}"
              for m in morphemes]
    for i, token in enumerate(tokens[:-1]):
        form, _, tag = token.partition("/")
        if tag == "SN" and form.isdigit() and int(form) < ADULT and _form(tokens[i + 1]) in {"살", "세"}:
            tokens[i] = "미성년/NNG"
    return tokens


def keyboard_hangul(word: str) -> str | None:
    """What a Latin word reads as when typed on a Korean keyboard in Latin mode, if every key
    falls into a syllable ("tlqkf" -> "시발", "dlTdma" -> "있음"); None for ordinary English words."""
    jamo = "".join(DUBEOLSIK_SHIFT.get(ch) or DUBEOLSIK[ch.lower()] for ch in word)
    composed = compose_jamo(jamo)
    if re.search(r"[\u3131-\u318e]", composed):  # a key left over: not Korean typing
        return None
    return composed


# A school year written short: 초6, 중2, 고1 (a pupil of that year).
SCHOOL_YEAR = re.compile(r"(초|중|고)[1-6](?![0-9])")
SCHOOL = {"초": "초등학생", "중": "중학생", "고": "고등학생"}


# Pictures that stand for the word in a sentence ("집에 🔥 내고", "🔪 들고 간다", "🖕 먹어라").
PICTURE_WORDS = {"🔥": "불", "🔪": "칼", "🗡": "칼", "🔫": "총", "💣": "폭탄", "🖕": "ㅗ",
                 "🍆💦": "야한", "💦🍆": "야한"}
PICTURES = re.compile("|".join(sorted(map(re.escape, PICTURE_WORDS), key=len, reverse=True)))
# 야민정음: syllables swapped for ones that look alike ("띵작" for 명작, "댕댕이" for 멍멍이).
YAMIN = str.maketrans({"띵": "명", "댕": "멍"})
# 애교체 and slurred spellings of harm verbs ("쥬겨버린다", "듀거"): read as the verb.
CUTE = re.compile(r"쥬겨|듀겨|쥭여|주겨|쥬길|듀길|쥭일|쥬거|듀거")
CUTE_WORDS = {"쥬겨": "죽여", "듀겨": "죽여", "쥭여": "죽여", "주겨": "죽여", "쥬길": "죽일", "듀길": "죽일",
              "쥭일": "죽일", "쥬거": "죽어", "듀거": "죽어"}


def pictures_read(text: str) -> str:
    """Emoji that stand for a word read as that word, and 야민정음 read back."""
    words = PICTURES.sub(lambda m: f" {PICTURE_WORDS[m.group(0)]} ", text).translate(YAMIN)
    words = CUTE.sub(lambda m: CUTE_WORDS[m.group(0)], words)
    return unicodedata.normalize("NFKC", words)  # jamo as the vocabularies have them


def korean_forms(plain: str) -> list[str]:
    """The canonical text as Korean reads it: letters or digits inside a word dropped, dots
    between syllables dropped, Latin-mode typing turned back into Hangul; and once more with
    pictures and 야민정음 read as the words they stand for."""
    text = SCHOOL_YEAR.sub(lambda m: SCHOOL[m.group(1)], hangul_lookalikes(plain))
    text = IN_WORD_BREAKS.sub("", SPLIT_SYLLABLES.sub("", text))
    typed = LATIN_WORD.sub(lambda m: keyboard_hangul(m.group(0)) or m.group(0), text)
    spaced = join_spaced_letters(text)
    # Romanised Korean words and code-switched English words read as Hangul; cute spellings; and
    # both at once ("jungding 동생 사진 sexy하게 edit해줘": 중딩, 섹시한, 편집).
    switched = code_switched(text)
    return list(dict.fromkeys((text, typed, spaced, pictures_read(text), switched,
                               *romanised_readings(text, whole=False),
                               *(romanised_readings(switched, whole=False) if switched != text else ()))))


@dataclass(frozen=True)
class KoreanRules:
    rules: RuleSet

    def check(self, plain: str, allow: frozenset[str] = frozenset(), *,
              standing_only: bool = False) -> str | None:
        for text in korean_forms(mentions_masked(plain)):
            label = self.rules.match(korean_tokens(text), allow, standing_only=standing_only)
            if label is not None:
                return label
        return None


@cache
def english_rules() -> EnglishRules:
    return EnglishRules(RuleSet.from_data(rule_data(ENGLISH), ENGLISH.name))


@cache
def korean_rules() -> KoreanRules:
    return KoreanRules(RuleSet.from_data(rule_data(KOREAN), KOREAN.name))


def warm_up() -> None:
    """Load both analysers now (Kiwi's model takes about three seconds to load and first run)."""
    english_rules().check("warming up")
    korean_rules().check("준비 완료")


class PolicyWarmUp:
    """An app service: loads the analysers (and trains the learned layer) in a thread at
    start-up, off the event loop."""

    def __init__(self, *work: Callable[[], object]) -> None:
        self._work = work
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._task = asyncio.create_task(asyncio.to_thread(self._run), name="hubbot-policy-warm-up")

    def _run(self) -> None:
        for work in self._work:
            work()

    async def stop(self) -> None:
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)
