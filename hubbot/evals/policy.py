"""`hubbot eval --set policy`: the content policy's refusal rate on harmful sentences and
false-refusal rate on ordinary ones, for the word list alone and the word list + the configured
moderation model, per set (tuned / held-out) and language, with the time each layer adds.

The labelled sentences are the test suite's (tests/moderation_sets.py; the held-out part was
written before any tuning and is never tuned on), so this runs from a source checkout.
"""

from __future__ import annotations

import importlib.util
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from hubbot.errors import ConfigError

if TYPE_CHECKING:
    from hubbot.app import App

SETS_FILE = Path(__file__).resolve().parents[2] / "tests" / "moderation_sets.py"


@dataclass
class PolicyRate:
    set_name: str  # tuned | held-out
    language: str  # en | ko
    layers: str  # "word list" | "word list + <model>"
    harmful: int = 0
    harmful_refused: int = 0
    ordinary: int = 0
    ordinary_refused: int = 0
    missed: list[str] = field(default_factory=list)
    false_refusals: list[str] = field(default_factory=list)


@dataclass
class PolicyReport:
    rates: list[PolicyRate]
    model_id: str | None
    word_list_ms: list[float]  # per sentence
    model_ms: list[float]  # per sentence the word list passed (what the model reads)
    unchecked: int  # sentences the model could not read in time (the fail mode decided)


def load_policy_sets() -> ModuleType:
    if not SETS_FILE.is_file():
        raise ConfigError(f"--set policy reads the labelled sentences in {SETS_FILE}, which is only "
                          "in a source checkout")
    spec = importlib.util.spec_from_file_location("moderation_sets", SETS_FILE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def language_of(text: str) -> str:
    from hubbot.commands.moderation import HANGUL

    return "ko" if HANGUL.search(text) else "en"


async def evaluate_policy(app: App) -> PolicyReport:
    from hubbot.commands.moderation import checker_of
    from hubbot.policy.moderation_model import Unchecked

    sets = load_policy_sets()
    layer = app.services.get("moderation_model")
    if layer is not None:
        layer._cache.clear()  # every sentence read fresh: the latency is the model's, not the cache's
    words = checker_of(app)
    rates: dict[tuple[str, str, str], PolicyRate] = {}
    word_ms: list[float] = []
    model_ms: list[float] = []
    unchecked = 0

    def rate(set_name: str, text: str, layers: str) -> PolicyRate:
        key = (set_name, language_of(text), layers)
        return rates.setdefault(key, PolicyRate(*key))

    for set_name, harmful, ordinary in (("tuned", sets.TUNED_HARMFUL, sets.TUNED_ORDINARY),
                                        ("held-out", sets.HELD_OUT_HARMFUL, sets.HELD_OUT_ORDINARY)):
        labelled = [(text, True) for text, _ in harmful] + [(text, False) for text in ordinary]
        for text, is_harmful in labelled:
            started = time.perf_counter()
            refused = words.check(text) is not None
            word_ms.append((time.perf_counter() - started) * 1000)
            _count(rate(set_name, text, "word list"), text, is_harmful, refused)
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
            _count(rate(set_name, text, f"word list + {layer.model_id}"), text, is_harmful, refused)
    return PolicyReport(list(rates.values()), layer.model_id if layer else None, word_ms, model_ms, unchecked)


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
    for r in sorted(report.rates, key=lambda r: (r.set_name != "tuned", r.language, r.layers)):
        table.add_row(r.set_name, r.language, r.layers, _share(r.harmful_refused, r.harmful),
                      _share(r.ordinary_refused, r.ordinary))
    out = Console(file=sys.stdout, width=140)
    out.print(table)
    out.print(f"time per sentence — word list: {milliseconds(report.word_list_ms)}")
    if report.model_id is not None:
        added = milliseconds(report.model_ms)
        out.print(f"added by {report.model_id} (sentences the word list passed): {added}; "
                  f"not read in time: {report.unchecked}")
    else:
        out.print("no [moderation] model is configured: the word list alone")
    if details:
        for r in report.rates:
            for text in r.missed:
                out.print(f"missed  {r.set_name}/{r.layers}: {text!r}", markup=False, highlight=False)
            for text in r.false_refusals:
                out.print(f"refused {r.set_name}/{r.layers}: {text!r}", markup=False, highlight=False)


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.0%}" if whole else "–"
