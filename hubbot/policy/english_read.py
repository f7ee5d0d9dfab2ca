"""English mentions without quotation marks: a word named as a word ("why is the word retarded
offensive", "what does faggot originally mean", "my brother says retarded all the time", "is it ok
to say nigger when reading Huckleberry Finn aloud") is talked about, not aimed at anyone, and is
blanked out like a quoted word the message reports (intent.mentions_masked), for the word list and
the intent rules alike. Not when the message asks for the word to be written or sent, or to be said
or called at someone ("say the word faggot to him until he cries", "call him a retard").
"""

from __future__ import annotations

import re
from functools import cache

from hubbot.policy.normalise import LEET, MASK
from hubbot.policy.rule_files import DATA, ENGLISH, vocabulary

# The word named, in quotation marks or not (a star where a letter is masked: "f*ggot"; digits or
# symbols for letters: "n1gger", "f@g").
_W = "[\"'\u201c\u2018]?([a-z*][a-z0-9*@$]{1,19})[\"'\u201d\u2019]?"
# A filter a moderator builds ("an automod regex to catch slurs spelled with numbers, like n1gger"):
# the words it is to catch are named, by example first.
_FILTER = (r"(?:automod|auto mod|regex|regexes|word filter|chat filter|profanity filter|blocklist|block list"
           r"|blacklist|banned words?|ban list|word list)")
_MORE = rf"(?:(?:,| and| or) {_W})?"  # a second and third word named
_FILTERING = [rf"\b{_FILTER}\b[^.?!]{{0,80}}?\b(?:{named_by}) {_W}{_MORE}{_MORE}"
              for named_by in (r"like|such as|including|e\.?g\.?,?",
                               "catch|catches|block|blocks|flag|flags|detect|filter out")]
# Frames that only talk about a word, whatever else the message asks to have written ("write a
# paragraph explaining why "faggot" is hurtful", "list better words to use instead of "retarded"").
_ABOUT = [
    # "is X a slur", "why is X considered offensive", "X is offensive now", "why X is hurtful"
    rf"\b(?:is|was|isnt|wasnt) {_W} (?:a slur|an? (?:offensive|bad|racist|ableist|homophobic|derogatory) "
    rf"(?:word|term)|considered|offensive|derogatory|racist|ableist|homophobic|rude|a bad word"
    rf"|still (?:offensive|a slur))\b",
    rf"\b{_W} (?:is|was) (?:a slur|offensive|considered|derogatory|an? (?:nazi|racist|medical|old) term)\b",
    rf"\bwhy {_W} (?:is|was|can be|would be) (?:so )?(?:hurtful|offensive|wrong|bad|a slur|racist|ableist"
    rf"|homophobic|not ok|not okay|harmful|derogatory)\b",
    # "what does X mean", "X originally meant", "when did X stop being", "the origin of X"
    rf"\bwhat (?:does|did|do) {_W} (?:\w+ )?mean\b",
    rf"\b{_W} (?:originally|actually|literally|once|used to) mean",
    rf"\b(?:when|why|how) did {_W} (?:stop|start|become|come)\b",
    rf"\b(?:origin|etymology|history|meaning) of (?:the (?:word|term|slur) )?{_W}",
    # a better word asked for: "instead of X", "alternatives to the word X", "a replacement for X"
    rf"\b(?:instead of|alternatives? to|replacements? for|replace|substitutes? for|other than) "
    rf"(?:the (?:word|term|slur) |saying )?{_W}",
    *_FILTERING,
]
# Frames that name a word but can carry an order too ("spam the word X", "keep calling him X"):
# a mention only when no such order stands just before them.
_NAMING = [
    rf"\b(?:the|that|this|a) (?:word|term|slur|insult|label|expression) {_W}",
    rf"\bwords like {_W}",
    # someone else's use reported: "my brother says X all the time", "someone called me X"
    rf"\b(?:says|said|saying|yelled|yells|shouted|uses|used|using|typed|types|wrote|writes"
    rf"|keeps saying|kept saying) {_W}",
    rf"\b(?:called|calling|calls) (?:me|him|her|them|us|my \w+|someone|somebody) (?:an? )?{_W}",
    # asking whether it may be said: "is it ok for white people to say X when reading aloud"
    rf"\b(?:ok|okay|acceptable|allowed|wrong|racist|offensive|fine) (?:for [a-z ]{{1,20}} )?"
    rf"to (?:say|use|write|sing|read) {_W}",
]
# Getting a word past a filter makes no filter frame a mention ("which spellings like n1gger slip past
# the automod").
EVADING = re.compile(r"\b(?:bypass|get (?:it |them )?(?:around|past|through)|gets? past"
                     r"|slips? (?:past|through)|sneak (?:it |them )?(?:past|through)|evade|dodge|trick|fool"
                     r"|undetected|without (?:getting|being|triggering)"
                     r"|not (?:get )?(?:caught|flagged|detected)"
                     r"|(?:won'?t|doesn'?t|can'?t|don'?t) (?:catch|flag|detect|notice))\b")
ABOUT = re.compile("|".join(_ABOUT))
NAMING = re.compile("|".join(_NAMING))
NAMED = re.compile("|".join(_ABOUT + _NAMING))  # either kind
FILTERING = re.compile("|".join(_FILTERING))
# An order just before a naming frame: the word is to be produced ("spam the word X", "keep calling her X").
ORDER_BEFORE = re.compile(r"\b(?:write|send|generate|give me|compose|list|reply with|spam|post|dm|text"
                          r"|comment|roast|tag|type|say|yell|scream|shout|print|put|make|keep|start|go|just"
                          r"|tweet|flood)(?:\W+\w+){0,3}\W*$")
# Said or sent at someone: then every named word is used ("say the word faggot to him", "call him a
# retard", "what does retarded mean? write it 50 times in her comments").
USED = re.compile(
    r"\b(?:say|yell|scream|shout|whisper|type|use)\b[^.?!]{0,40}?\b(?:to|at|on|in) "
    r"(?:him|her|them|his|their|my|that|this|the|every|some|your)\b"
    # (not someone else's calling reported: "a classmate keeps calling him X")
    r"|(?<!keeps )(?<!kept )(?<!was )(?<!were )(?<!is )(?<!are )(?<!been )(?<!stop )"
    r"\b(?:call|calling) (?:him|her|them|my|that|this|the|a|an|your|every|some|he|she|you|u)\b"
    r"|\b(?:write|post|spam|send|comment|dm|text|tag|flood)\b[^.?!]{0,40}?\b(?:in|on|to|under|into) "
    r"(?:her|his|their|my|the|that|this|them|him)\b ?(?:\w+s? )?"
    r"(?:comments?|posts?|dms?|wall|page|profile|chat|server|stream|videos?|inbox|face|feed|group)\b")


@cache
def named_vocabulary() -> frozenset[str]:
    """The single words a mention can name: the English word list's terms and the intent rules'
    slurs and insults (hubbot/data/moderation)."""
    words: set[str] = set()
    for line in (DATA / "en.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            term = line.split("\t", 1)[1].strip()
            words.update([term] if " " not in term else [])
    for name in ("slur", "insult", "mild_insult", "ableist_slur"):
        words.update(w for w in vocabulary(ENGLISH, name) if " " not in w)
    return frozenset(words)


def _named(word: str) -> bool:
    return "*" in word or word.translate(LEET) in named_vocabulary()


def english_words_named(plain: str) -> str:
    """`plain` with the slurs and insults it names as words blanked out, when it does not aim
    them at anyone; a word named by a frame that can carry an order ("the word X", "says X") only
    when no order to produce it stands just before."""
    if USED.search(plain):
        return plain
    evading = EVADING.search(plain) is not None
    spans = []
    for match in NAMED.finditer(plain):
        if evading and FILTERING.fullmatch(match.group(0)):
            continue
        if NAMING.fullmatch(match.group(0)) and not ABOUT.fullmatch(match.group(0)) \
                and ORDER_BEFORE.search(plain[:match.start()]):
            continue
        spans += [match.span(g) for g in range(1, len(match.groups()) + 1)
                  if match.group(g) is not None and _named(match.group(g))]
    for start, end in spans:
        plain = plain[:start] + MASK * (end - start) + plain[end:]
    return plain


# A document of the server's rules ("draft a server rule", "a rules section for our NSFW policy", "a pinned
# message"): what it says "no" to is named to forbid it ("no threats, no doxxing, no telling people to ...").
RULES_DOC = re.compile(r"\b(?:(?:server|community|chat|channel|discord|house|group|ground|our|new|the"
                       r"|table|gym|club) rules?"
                       r"|rules? (?:section|channel|list|post|page|reminder|update|recap)|code of conduct"
                       # a tabletop group's safety talk ("session zero: lines and veils")
                       r"|session (?:zero|0)|lines and veils|safety tools"
                       r"|(?:community |server |posting )?guidelines|pinned (?:message|post)"
                       r"|mod(?:eration|erator)? notes?"
                       r"|(?:nsfw|content|moderation|server|chat|community|posting) polic(?:y|ies)"
                       r"|terms of service)\b")
# What a rule forbids is a behaviour ("no threats", "no telling people to ...", "nothing involving
# minors", "never post ..."), never people: "no jews", "no black people", "no <slur>" exclude a group
# and stay as written.
BEHAVIOUR = (r"(?:\w+ing|threats?|doxx?|harassment|slurs?|hate|racism|sexism|homophobia|transphobia"
             r"|bigotry|spam|nsfw|gore|porn\w*|nudity|nudes|explicit|sexual|non-?\s?consensual"
             r"|personal (?:info|information|details)|real names|addresses|ads|advertising|self-promo\w*"
             r"|links|scams?|piracy|politics|drama|raids?|brigades?|impersonation|insults|slander|violence"
             r"|violent|graphic|shock|illegal|loli\w*|post|posts|share|send|tell|threaten|dox|harass|use"
             r"|ping|ask|encourage|joke|make|glorify|promote|mention|discuss)\b")
# One item forbidden, up to the next comma or stop: after a colon, a comma, a stop, "and"/"or", or
# "but" after what the rules allow ("we allow dark themes but nothing sexual involving minors").
PROHIBITED = re.compile(r"(?:^|[:;,.!?\n]|\band\b|\bor\b|\bbut\b)\s*(?:absolutely |strictly )?"
                        rf"(?:no|nothing|never|zero tolerance for|hard no (?:on|to)|(?:a )?hard line on)"
                        rf"\s+({BEHAVIOUR}[^,.;:!?\n]{{0,80}})")


# What a rule forbids asked for privately instead ("no posting nudes here, send them to my dms instead"): a
# solicitation, not a rule.
SOLICITED_INSTEAD = re.compile(r"\b(?:send|dm|post|share|give|bring|show)\b[^.!?\n]{0,30}"
                               r"\b(?:to me|me|my dms?|my inbox|my pms?|me privately|privately"
                               r"|in (?:my )?dms?|in private|to my (?:snap|phone|email|number))\b"
                               r"[^.!?\n]{0,20}\binstead\b"
                               r"|\binstead\b[^.!?\n]{0,10}\b(?:send|dm|give|show)\b[^.!?\n]{0,20}"
                               r"\b(?:me|my dms?|privately)\b")


def prohibitions_masked(plain: str) -> str:
    """In a document of rules, the items it forbids ("no threats, no telling people to kill themselves",
    "nothing involving minors") blanked out: named to be forbidden, not asked for (not when they are
    asked for privately instead)."""
    if not RULES_DOC.search(plain) or SOLICITED_INSTEAD.search(plain):
        return plain
    return PROHIBITED.sub(lambda m: m.group(0)[:m.start(1) - m.start(0)] + MASK * len(m.group(1)), plain)


# ---- People named by a kind -----------------------------------------------------------------
# A group of people is named by a plural people-noun of any kind ("QA testers", "referees", "journalists",
# "homeless people") or by one of them after "every"/"each"/"all"/"any" ("every junkie"), in words no list
# need hold: a noun that names a doer or a member by its ending (-ers, -ists, -ians, -ees, -ants, -ies...).
# Such a word is tagged PEOPLE ("testers/PPL") for the intent rules' "*/PPL" slots; things, animals and pests
# with the same endings (printers, hamsters, termites, plants) are not people (intent_en.toml `not_people`).
PEOPLE = "PPL"
PLURAL_PEOPLE_END = re.compile(r"(?:[a-z]{2}(?:ers|ors|ists|ians|ees|ites|ants|ents|ics|ards)|[a-z]{3}ans"
                               r"|[a-z]{2}(?:men|folk|folks|people))$")
ONE_OF_PEOPLE_END = re.compile(r"[a-z]{2}(?:er|or|ist|ian|ee|ite|ant|ent|ic|ard|ie|an|man|woman)$")
EVERY = frozenset({"every", "each", "all", "any"})
EVERY_BETWEEN = frozenset({"single", "last", "the", "these", "those"})


@cache
def _people_lists() -> tuple[frozenset[str], frozenset[str]]:
    people = {w for name in ("people_plain", "group", "trade_group") for w in vocabulary(ENGLISH, name)
              if " " not in w and not w.startswith("@")}
    return frozenset(people), frozenset(vocabulary(ENGLISH, "not_people"))


def people_tagged(words: list[str], lemmas: list[str]) -> tuple[list[str], list[str]]:
    """`words` and their `lemmas`, each people-noun tagged "/PPL" in both (the tag leaves the word's own
    form as it is for every other slot)."""
    people, not_people = _people_lists()
    out_words, out_lemmas = list(words), list(lemmas)
    for i, (word, lemma) in enumerate(zip(words, lemmas, strict=True)):
        if word in not_people or lemma in not_people or len(word) < 4:
            continue
        after_every = i > 0 and (words[i - 1] in EVERY or (i > 1 and words[i - 2] in EVERY
                                                            and words[i - 1] in EVERY_BETWEEN))
        if word in people or (word.endswith("s") and PLURAL_PEOPLE_END.search(word)) \
                or (after_every and ONE_OF_PEOPLE_END.search(word)):
            out_words[i], out_lemmas[i] = f"{word}/{PEOPLE}", f"{lemma}/{PEOPLE}"
    return out_words, out_lemmas


# ---- Someone else's words, and how to answer them --------------------------------------------
# A third party (a caller, a patient, a texter, a student, someone on the line, a family) said, asked,
# typed or screamed something, and the writer asks how to respond, whether to report or warn, how to
# support or triage: what was said is reported, whatever it says ("caller asked me if a Tylenol overdose
# is painless... how do I respond", "someone on the line was screaming that he'd kill his boss. do we have
# a duty to warn"). The question is marked with the benign word RESPONSE_ASKED (intent_en.toml
# `prevention`), which covers what stands before it and its own clause, not a new order or the writer's
# own threat after it.
RESPONSE_ASKED = "responseasked"
_THIRD = (r"(?:someone|somebody|a (?:guy|girl|man|woman|kid|member|user)"
          r"|(?:the|a|my|our|one|this|that|his|her|their) (?:\w+ )?(?:\w+(?:er|or|ist|ian|ee|ant|ent|ic)"
          r"|patient|pt|client|student|kid|child|son|daughter|family|mom|dad|mother|father|friend|teen|girl"
          r"|boy|guy|man|woman|member|user|resident|inmate|person|coworker|colleague|neighbou?r|husband|wife"
          r"|partner|teammate|classmate|roommate|flatmate|mate|buddy|bro|boss|coach|captain|sarge|ex|crush)"
          r"|(?:caller|texter|patient|pt|client|student|customer|teen|family|resident|inmate|member|user"
          r"|visitor|viewer)s?"
          r"|he|she|they)")
_SAID = (r"(?:said|says|asked|asks|told (?:me|us|the \w+)|tells (?:me|us)|typed|types"
         # a line sent or answered back in a chat ("a teammate replied '...'", "someone dm'd me '...'")
         r"|replied|responded|dm'?e?d(?: me| us| her| him)?|sent (?:me|us|her|him)"
         r"|got an? (?:dm|message|text|email|comment|reply) (?:saying|that said|that says)"
         r"|keeps (?:typing|saying|texting|asking|posting)|kept (?:typing|saying|asking)|texted|messaged"
         r"|wrote|writes|posted|screamed|yelled|shouted|disclosed|admitted|confessed|threatened|mentioned"
         r"|posts|posting|saying|claims|claimed|claiming|(?:keeps|kept) calling"
         r"|was (?:screaming|yelling|saying|asking|typing|threatening)"
         r"|(?:is|are|were) (?:scared|worried|afraid|panicking))")
REPORTED_SPEECH = re.compile(rf"\b{_THIRD}(?: \w+){{0,3}} {_SAID}\b"
                             r"|\b(?:they|he|she)(?:'?re|'?s| are| is| was| were) (?:so )?"
                             r"(?:scared|worried|afraid|panicking)\b")
RESPONSE_QUESTION = re.compile(
    r"\b(?:how (?:do|should|can|would) (?:i|we) (?:best )?(?:respond|answer|reply|support|help|handle"
    r"|reassure|de-?escalate|talk to|approach|check|comfort|deal with|document|chart)"
    r"|how to (?:respond|answer|reply|support|handle|reassure|de-?escalate)"
    r"|(?:duty to warn|mandated report\w*|mandatory report\w*|active ideation|passive ideation"
    r"|venting slang|for triage|asking for triage|safety plan)"
    r"|(?:do|should) (?:i|we) (?:report|escalate|call (?:911|the police|it in)|warn"
    r"|treat (?:that|this|it) as)"
    r"|what (?:do|should) (?:i|we) (?:say|tell|do)(?: back| next| now)?"
    # someone else's answer asked for ("how should her manager respond"), or a rule for the space
    r"|how (?:should|do|can|would) (?:her|his|their|the|my|our) (?:\w+ ){0,2}(?:respond|reply|answer|handle)"
    r"|(?:do|should) (?:we|i) (?:need|have|make|write|add) (?:a |an )?(?:code of conduct|house rules?"
    r"|server rules?|rule against|policy|moderation policy)"
    # what the one it was said to should do, how others can help, how to take it further
    r"|what (?:should|can|do|does) (?:she|he|they|we|i) do"
    r"|how (?:can|should|do) (?:the )?(?:mods|moderators|admins|we|i) help"
    r"|how (?:do|should|can) (?:i|we) (?:raise|report|escalate|flag|bring up) (?:this|it|that)"
    # a comeback or a reply to it asked for, the request ending there ("give me a funny comeback",
    # "write a funny reply for the group chat"; not "a reply telling him ..." nor "a reply: ...")
    r"|(?:give me|write|draft|suggest|need|help me (?:with|write|think of)) (?:a |an |some )?"
    r"(?:(?:funny|witty|good|clever|savage|light|polite|quick|short) )?"
    r"(?:comeback|reply|response|clapback|retort|answer)s?"
    r"(?: (?:for|in|to) (?:the |our |my |that |this |him |her |them )?\w+(?: chat)?)?(?=\s*(?:[.?!\n]|$)))\b")
# The question asked before the words it answers: "what do I say when someone posts that they want to die".
ASKED_FIRST = re.compile(r"\s*(?:when|if|whenever|after)\b")
CLAUSE_END = re.compile(r"[.?!\n]|$")


def response_to_reported_marked(plain: str) -> str:
    """`plain` with RESPONSE_ASKED put after each question of how to respond to someone else's words
    reported before it."""
    said = REPORTED_SPEECH.search(plain)
    if said is None:
        return plain
    out, last = [], 0
    for asked in RESPONSE_QUESTION.finditer(plain):
        if asked.start() >= said.end():
            at = asked.end()
        elif ASKED_FIRST.match(plain, asked.end()) and REPORTED_SPEECH.search(
                plain, asked.end(), end := CLAUSE_END.search(plain, asked.end()).start()):
            at = end  # the question, then the words it answers, in one clause
        else:
            continue
        if at < last:
            continue
        out += [plain[last:at], f" {RESPONSE_ASKED} "]
        last = at
    return "".join(out) + plain[last:] if out else plain


# ---- A grave line quoted in a frame of one's own --------------------------------------------
# A vocative first and last name ("..., sarah miller"): two words, neither a pet name or an insult.
_NAME_END = re.compile(r",\s*([a-z]{2,}) ([a-z]{2,})\W*$")
_NOT_NAME = frozenset({
    "you", "my", "dear", "old", "the", "sweet", "little", "poor", "mr", "mrs", "ms", "dr", "stupid", "dumb",
    "fucking", "bitch", "idiot", "baby", "babe", "honey", "sweetie", "boy", "girl", "tonight", "today",
    "forever", "again", "now", "slowly", "soon", "all", "every"})
# A line reported as received ("someone posted '...' in general, how do I report it"): a mention.
RECEIVED = re.compile(r"\b(?:someone|somebody|a user|a member|a player|a guy|a kid|he|she|they|people"
                      r"|users|my \w+)(?: \w+){0,3} (?:posted|sent|said|says|typed|dropped|wrote|commented"
                      r"|texted|dmed|messaged|spammed|yelled|keeps (?:posting|saying|sending))\b"
                      r"|\b(?:sent|texted|messaged|dmed) me\b|\breport (?:it|this|them|him|her)\b"
                      r"|\breported\b")


def full_name_addressed(line: str) -> bool:
    """Whether a line (lower case) ends by addressing someone by first and last name."""
    name = _NAME_END.search(line)
    return bool(name and not {name.group(1), name.group(2)} & _NOT_NAME)
