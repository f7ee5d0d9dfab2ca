"""`hubbot eval [--models a,b] [--set NAME]`: answer quality and speed per model and set.

Asks the shipped question sets (hubbot/data/evals) through the same command path as users,
prints accuracy and speed, and stores the scores for `/models` and `/compare`. Exits 0 when
the run completes, whatever the scores; 2 with one line for an unknown model or set.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from hubbot.cli.common import settings_from, with_app

if TYPE_CHECKING:
    from hubbot.config import Settings
    from hubbot.evals.runner import SetScore

EVAL_TASKS = {"chat", "code"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="measure answer quality and speed on the shipped question sets")
    p.add_argument("--models", help="comma-separated model ids (default: the default chat, code and "
                                    "compare models)")
    p.add_argument("--set", dest="sets", action="append", metavar="NAME",
                   help="question set (en, ko, code; repeat or comma-separate; default: all), or policy "
                        "(the content policy's refusal rates, alone)")
    p.add_argument("--details", action="store_true", help="also print every question's result")
    p.add_argument("--torch-threads", type=int, help="torch intra-op threads (default: torch's choice)")
    p.add_argument("--json", type=Path, metavar="PATH", help="also write every result here as JSON")
    p.set_defaults(func=cmd_eval)


def chosen_models(settings: Settings, raw: str | None) -> list[str]:
    """The models named, each checked to be a chat or code card; else the configured defaults."""
    from hubbot.errors import UserError
    from hubbot.inference.registry import UnknownModel

    valid = [card.id for card in settings.models if card.task in EVAL_TASKS]
    if raw is not None:
        names = [name.strip() for name in raw.split(",") if name.strip()]
        if not names:
            raise UserError("error.empty_option", option="models")
        for name in names:
            if name not in valid:
                raise UnknownModel(name, valid)
        return list(dict.fromkeys(names))
    defaults = settings.defaults
    wanted = [defaults.chat_model, defaults.code_model, *defaults.compare_models]
    models = [model for model in dict.fromkeys(wanted) if model in valid]
    if not models:
        raise UserError("eval.no_models")
    return models


def cmd_eval(args: argparse.Namespace) -> int:
    from rich.console import Console

    from hubbot.errors import ConfigError
    from hubbot.evals.runner import evaluate
    from hubbot.evals.sets import load_sets

    settings = settings_from(args)
    if args.torch_threads is not None:
        if args.torch_threads < 1:
            raise ConfigError("--torch-threads must be at least 1")
        import torch

        torch.set_num_threads(args.torch_threads)
    names = [name.strip() for raw in args.sets or [] for name in raw.split(",") if name.strip()]
    if "policy" in names:  # the content policy's rates, not a model's answers (hubbot/evals/policy.py)
        return cmd_policy(args, names)
    sets = load_sets(names or None)
    models = chosen_models(settings, args.models)
    err = Console(stderr=True)
    scores = with_app(args, lambda app: evaluate(app, models, sets,
                                                 progress=lambda m: err.print(f"[dim]… {m}[/dim]")))
    print_scores(scores, details=args.details)
    if args.json:
        data = [{"model": s.model_id, "set": s.set_name, "correct": s.correct, "questions": s.questions,
                 "seconds_per_answer": round(s.seconds_per_answer, 3),
                 "tokens_per_s": round(s.tokens_per_s, 2),
                 "first_token_s": s.first_token_s, "answers": [o.as_dict() for o in s.outcomes]}
                for s in scores]
        args.json.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        err.print(f"wrote {args.json}")
    return 0


def cmd_policy(args: argparse.Namespace, names: list[str]) -> int:
    from hubbot.errors import ConfigError
    from hubbot.evals.policy import evaluate_policy, print_policy

    if names != ["policy"]:
        raise ConfigError("--set policy runs alone (it measures the content policy, not a model's answers)")
    print_policy(with_app(args, evaluate_policy), details=args.details)
    return 0


def print_scores(scores: list[SetScore], *, details: bool = False) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="hubbot eval — answer quality and speed (through the command path)")
    for column in ("model", "set", "right", "accuracy", "s/answer", "tokens/s", "first token"):
        table.add_column(column, justify="left" if column in ("model", "set") else "right")
    for s in scores:
        first = "–" if s.first_token_s is None else f"{s.first_token_s:.2f} s"
        table.add_row(s.model_id, s.set_name, f"{s.correct}/{s.questions}", f"{s.accuracy:.0%}",
                      f"{s.seconds_per_answer:.2f}", f"{s.tokens_per_s:.1f}", first)
    out = Console(file=sys.stdout, width=120)
    out.print(table)
    if details:
        for s in scores:
            for o in s.outcomes:
                answer = " ".join(o.answer.split())[:70]
                out.print(f"{'✓' if o.correct else '✗'} {s.model_id} {s.set_name}/{o.question_id}: "
                          f"{o.reason} — {answer!r}", markup=False, highlight=False)
