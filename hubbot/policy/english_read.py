"""English mentions without quotation marks: a word named as a word ("why is the word retarded
offensive", "what does faggot originally mean", "my brother says retarded all the time", "is it ok
to say nigger when reading Huckleberry Finn aloud") is talked about, not aimed at anyone, and is
blanked out like a quoted word the message reports (intent.mentions_masked), for the word list and
the intent rules alike. Not when the message asks for the word to be written or sent, or to be said
or called at someone ("say the word faggot to him until he cries", "call him a retard").
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "moderation"
BLANK = "\u2502"  # as intent.MASK: not a word character, so nothing joins across it
_W = r"([a-z*]{2,20})"  # the word named (a star where a letter is masked: "f*ggot")
_NAMED = [
    # "the word X", "that slur X", "words like X"
    rf"\b(?:the|that|this|a) (?:word|term|slur|insult|label|expression) {_W}\b",
    rf"\bwords like {_W}\b",
    # "is X a slur", "why is X considered offensive", "X is offensive now"
    rf"\b(?:is|was|isnt|wasnt) {_W} (?:a slur|an? (?:offensive|bad|racist|ableist|homophobic|derogatory) "
    rf"(?:word|term)|considered|offensive|derogatory|racist|ableist|homophobic|rude|a bad word"
    rf"|still (?:offensive|a slur))\b",
    rf"\b{_W} (?:is|was) (?:a slur|offensive|considered|derogatory|an? (?:nazi|racist|medical|old) term)\b",
    # "what does X mean", "X originally meant", "when did X stop being"
    rf"\bwhat (?:does|did|do) {_W} (?:\w+ )?mean\b",
    rf"\b{_W} (?:originally|actually|literally|once|used to) mean",
    rf"\b(?:when|why|how) did {_W} (?:stop|start|become|come)\b",
    rf"\b(?:origin|etymology|history|meaning) of {_W}\b",
    # someone else's use reported: "my brother says X all the time", "someone called me X"
    rf"\b(?:says|said|saying|yelled|yells|shouted|uses|used|using|typed|types|wrote|writes"
    rf"|keeps saying|kept saying) {_W}\b",
    rf"\bcalled (?:me|him|her|them|us|my \w+|someone|somebody) (?:an? )?{_W}\b",
    # asking whether it may be said: "is it ok for white people to say X when reading aloud"
    rf"\b(?:ok|okay|acceptable|allowed|wrong|racist|offensive|fine) (?:for [a-z ]{{1,20}} )?"
    rf"to (?:say|use|write|sing|read) {_W}\b",
]
NAMED = re.compile("|".join(_NAMED))
# Asked to be written, sent, said at or called someone: then the word is used.
USED = re.compile(
    r"\b(?:write|send|generate|give me|come up with|compose|list|reply with|spam|post|dm|text|comment"
    r"|roast|tag)\b"
    r"|\b(?:say|yell|scream|shout|whisper|type|use)\b[^.?!]{0,40}?\b(?:to|at|on|in) "
    r"(?:him|her|them|his|their|my|that|this|the|every|some|your)\b"
    r"|\b(?:call|calling) (?:him|her|them|my|that|this|the|a|an|your|every|some|he|she|you|u)\b")


@cache
def named_vocabulary() -> frozenset[str]:
    """The single words a mention can name: the English word list's terms and the intent rules'
    slurs and insults (hubbot/data/moderation)."""
    words: set[str] = set()
    for line in (DATA / "en.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            term = line.split("\t", 1)[1].strip()
            words.update([term] if " " not in term else [])
    lists = tomllib.loads((DATA / "intent_en.toml").read_text(encoding="utf-8"))["words"]
    for name in ("slur", "insult", "mild_insult", "ableist_slur"):
        words.update(w for w in lists.get(name, ()) if " " not in w)
    return frozenset(words)


def _named(word: str) -> bool:
    return "*" in word or word in named_vocabulary()


def english_words_named(plain: str) -> str:
    """`plain` with the slurs and insults it names as words blanked out, when it neither asks for
    them to be produced nor aims them at anyone."""
    spans = [m.span(g) for m in NAMED.finditer(plain) for g in range(1, len(m.groups()) + 1)
             if m.group(g) is not None and _named(m.group(g))]
    if not spans or USED.search(plain):
        return plain
    for start, end in spans:
        plain = plain[:start] + BLANK * (end - start) + plain[end:]
    return plain
