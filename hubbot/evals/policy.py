"""`hubbot eval --set policy`: the content policy's refusal rate on harmful sentences and
false-refusal rate on ordinary ones, for the word list alone, with the intent rules, with the
learned layer, and with the configured moderation model, per set and language, with the time
each layer adds.

The labelled sentences are the test suite's, so this runs from a source checkout:
tests/policy/moderation_sets.py (the word list's own examples), and sets written by someone who
had not seen the rules (tests/policy/policy_dev_set.py and policy_dev2..37_set.py, tuned on;
tests/policy/policy_heldout_set.py and policy_heldout2..13_set.py, never tuned
on and never printed: only their rates are), and
everyday prompts users send (ordinary only: tests/policy/everyday_prompts.py and
everyday_prompts2.py, trained on, and everyday_heldout_prompts.py by another author, held out
like the held-out set).
"""

from __future__ import annotations

import dataclasses
import importlib.util
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from hubbot.errors import ConfigError
from hubbot.policy.learned import ORDINARY, Labelled
from hubbot.policy.normalise import script_language

if TYPE_CHECKING:
    from hubbot.app import App

TESTS = Path(__file__).resolve().parents[2] / "tests" / "policy"
SETS_FILE = TESTS / "moderation_sets.py"
WORDS, RULES = "word list", "word list + intent rules"
LEARNED = f"{RULES} + learned"
READING = f"{LEARNED} + model reading"  # the learned layer with `[moderation] learned_reader`


@dataclass(frozen=True)
class LabelledSet:
    name: str
    harmful: list[tuple[str, str, str]]  # (text, language, class)
    ordinary: list[tuple[str, str]]  # (text, language)
    secret: bool = False  # a held-out set: only its rates are printed, never its sentences
    trains: bool = True  # the learned layer is trained on it (never on a held-out set)

    def labelled(self) -> list[Labelled]:
        return [Labelled(t, label, lang, self.name) for t, lang, label in self.harmful] + \
               [Labelled(t, ORDINARY, lang, self.name) for t, lang in self.ordinary]


@dataclass
class PolicyRate:
    set_name: str
    language: str  # en | ko
    layers: str  # WORDS | RULES | "word list + intent rules + <model>"
    harmful: int = 0
    harmful_refused: int = 0
    ordinary: int = 0
    ordinary_refused: int = 0
    missed: list[str] = field(default_factory=list)
    false_refusals: list[str] = field(default_factory=list)
    secret: bool = False
    trained_on: bool = False  # the learned layer's training sentences include this set


@dataclass
class PolicyReport:
    rates: list[PolicyRate]
    model_id: str | None
    word_list_ms: list[float]  # per sentence, both rule layers
    model_ms: list[float]  # per sentence the rules passed (what the model reads)
    unchecked: int  # sentences the model could not read in time (the fail mode decided)
    learned_ms: list[float] = field(default_factory=list)  # per sentence, all the local layers
    local_layers: str = LEARNED  # what learned_ms timed


def _module(path: Path) -> ModuleType:
    if not path.is_file():
        raise ConfigError(f"--set policy reads the labelled sentences in {path}, which is only "
                          "in a source checkout")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


DEV_SETS = ("dev", *(f"dev{n}" for n in range(2, 38)))  # policy_dev_set.py, policy_dev2_set.py …
HELD_OUT_SETS = (("held-out", "policy_heldout_set", True), ("held-out 2", "policy_heldout2_set", True),
                 ("held-out 3", "policy_heldout3_set", True), ("held-out 4", "policy_heldout4_set", True),
                 ("held-out 5", "policy_heldout5_set", True),
                 ("held-out 6", "policy_heldout6_set", True),
                 ("held-out 7", "policy_heldout7_set", True),
                 ("held-out 8", "policy_heldout8_set", True),
                 ("held-out 9", "policy_heldout9_set", True),
                 ("held-out 10", "policy_heldout10_set", True),
                 ("held-out 11", "policy_heldout11_set", True),
                 ("held-out 12", "policy_heldout12_set", True),
                 ("held-out 13", "policy_heldout13_set", True))
EVERYDAY_SETS = (("everyday", "everyday_prompts", False), ("everyday 2", "everyday_prompts2", False),
                 ("everyday held-out", "everyday_heldout_prompts", True))


def load_policy_sets() -> list[LabelledSet]:
    """The labelled sets: the word list's own (tuned; held out at stop 26), and the independent
    ones written without sight of the rules (dev to dev8, tuned on; held-out, never read)."""
    old = _module(SETS_FILE)
    sets = [
        LabelledSet("tuned", [(t, script_language(t), label) for t, label in old.TUNED_HARMFUL],
                    [(t, script_language(t)) for t in old.TUNED_ORDINARY]),
        LabelledSet("held-out 2026-11", [(t, script_language(t), label) for t, label in old.HELD_OUT_HARMFUL],
                    [(t, script_language(t)) for t in old.HELD_OUT_ORDINARY], trains=False),
    ]
    stems = [(name, f"policy_{name}_set", False) for name in DEV_SETS]
    for name, stem, secret in [*stems, *HELD_OUT_SETS]:
        path = TESTS / f"{stem}.py"
        if path.is_file():
            module = _module(path)
            sets.append(LabelledSet(name, [(t, lang, label) for t, label, lang in module.HARMFUL],
                                    list(module.ORDINARY), secret, trains=not secret))
    # What users type all day (ordinary only): the learned layer must not learn that any request
    # is harmful. One author's set trains; another's is held out.
    for name, stem, secret in EVERYDAY_SETS:
        path = TESTS / f"{stem}.py"
        if path.is_file():
            sets.append(LabelledSet(name, [], list(_module(path).EVERYDAY), secret, trains=not secret))
    return sets


def training_sentences_from_sets() -> list[Labelled]:
    """What the learned layer trains on (hubbot/data/moderation/labelled.jsonl): every set but
    the held-out ones, less any sentence a held-out set also has (one development sentence
    happens to be word for word in the held-out set)."""
    sets = load_policy_sets()
    held_out = {s.text for labelled in sets if not labelled.trains for s in labelled.labelled()}
    return [s for labelled in sets if labelled.trains for s in labelled.labelled() if s.text not in held_out]


async def evaluate_policy(app: App) -> PolicyReport:
    from hubbot.policy.learned import default_layer
    from hubbot.policy.moderation import (
        WordListChecker,
        checker_of,
        learned_of,
        learned_veto_of,
        local_finding,
        rules_finding,
    )
    from hubbot.policy.moderation_model import Unchecked

    layer = app.services.get("moderation_model")
    if layer is not None:
        layer._cache.clear()  # every sentence read fresh: the latency is the model's, not the cache's
    rules = checker_of(app)
    words = dataclasses.replace(rules, intents=False) if isinstance(rules, WordListChecker) else None
    rates: dict[tuple[str, str, str], PolicyRate] = {}
    rule_ms: list[float] = []
    learned_ms: list[float] = []
    model_ms: list[float] = []
    learned = learned_of(app)
    # With a model reading, the n-grams alone are counted beside it (the row the reading adds to).
    ngrams = (default_layer(app.settings.moderation.learned_threshold)
              if learned is not None and learned.reading is not None else None)
    local_layers = LEARNED if ngrams is None else READING
    unchecked = 0

    def count(labelled: LabelledSet, lang: str, layers: str, text: str, is_harmful: bool,
              refused: bool) -> None:
        key = (labelled.name, lang, layers)
        rate = rates.setdefault(key, PolicyRate(*key, secret=labelled.secret, trained_on=labelled.trains))
        _count(rate, text, is_harmful, refused)

    for labelled in load_policy_sets():
        sentences = [(t, lang, True) for t, lang, _ in labelled.harmful] + \
                    [(t, lang, False) for t, lang in labelled.ordinary]
        for text, lang, is_harmful in sentences:
            if words is not None:
                count(labelled, lang, WORDS, text, is_harmful, words.check(text) is not None)
            started = time.perf_counter()
            refused = rules.check(text) is not None
            rule_ms.append((time.perf_counter() - started) * 1000)
            count(labelled, lang, RULES, text, is_harmful, refused)
            layers = RULES
            if learned is not None:  # the same call as a request's: the learned layer after the rules
                if ngrams is not None:
                    found = local_finding(rules, ngrams, text, veto=learned_veto_of(app))
                    count(labelled, lang, LEARNED, text, is_harmful, found is not None)
                layers = local_layers
                started = time.perf_counter()
                refused = rules_finding(app, text, frozenset()) is not None
                learned_ms.append((time.perf_counter() - started) * 1000)
                count(labelled, lang, layers, text, is_harmful, refused)
            if layer is None:
                continue
            if not refused:
                started = time.perf_counter()
                try:
                    refused = (await layer.verdict(text)).label is not None
                except Unchecked:
                    unchecked += 1
                    refused = layer.fail_closed
                model_ms.append((time.perf_counter() - started) * 1000)
            count(labelled, lang, f"{layers} + {layer.model_id}", text, is_harmful, refused)
    return PolicyReport(list(rates.values()), layer.model_id if layer else None, rule_ms, model_ms, unchecked,
                        learned_ms, local_layers)


def _count(rate: PolicyRate, text: str, is_harmful: bool, refused: bool) -> None:
    if is_harmful:
        rate.harmful += 1
        rate.harmful_refused += refused
        if not refused:
            rate.missed.append(text)
    else:
        rate.ordinary += 1
        rate.ordinary_refused += refused
        if refused:
            rate.false_refusals.append(text)


def milliseconds(values: list[float]) -> str:
    if not values:
        return "–"
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"mean {statistics.fmean(values):.2f} ms, p95 {p95:.2f} ms (n={len(values)})"


def print_policy(report: PolicyReport, *, details: bool = False) -> None:
    import sys

    from rich.console import Console
    from rich.table import Table

    table = Table(title="hubbot eval --set policy — content policy refusal rates")
    for column in ("set", "lang", "layers", "harmful refused", "ordinary refused (false)"):
        table.add_column(column, justify="right" if "refused" in column else "left")
    order = ["tuned", "held-out 2026-11", *DEV_SETS, *(name for name, _, _ in HELD_OUT_SETS),
             *(name for name, _, _ in EVERYDAY_SETS)]
    for r in sorted(report.rates, key=lambda r: (order.index(r.set_name) if r.set_name in order else 99,
                                                 r.language, len(r.layers))):
        trained_on = r.trained_on and LEARNED in r.layers
        table.add_row(r.set_name + (" *" if trained_on else ""), r.language, r.layers,
                      _share(r.harmful_refused, r.harmful), _share(r.ordinary_refused, r.ordinary))
    out = Console(file=sys.stdout, width=140)
    out.print(table)
    if report.learned_ms:
        out.print("* the learned layer was trained on this set: its rows show what it memorised; "
                  "scripts/policy_cross_sets.py leaves each set out in turn")
    out.print(f"time per sentence — word list + intent rules: {milliseconds(report.word_list_ms)}")
    if report.learned_ms:
        out.print(f"time per sentence — {report.local_layers}: {milliseconds(report.learned_ms)}")
    if report.model_id is not None:
        added = milliseconds(report.model_ms)
        out.print(f"added by {report.model_id} (sentences the rules passed): {added}; "
                  f"not read in time: {report.unchecked}")
    else:
        out.print("no [moderation] model is configured: the rules alone")
    if details:
        for r in [r for r in report.rates if not r.secret]:  # a held-out set's sentences stay unread
            for text in r.missed:
                out.print(f"missed  {r.set_name}/{r.layers}: {text!r}", markup=False, highlight=False)
            for text in r.false_refusals:
                out.print(f"refused {r.set_name}/{r.layers}: {text!r}", markup=False, highlight=False)


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.0%}" if whole else "–"
