"""`hubbot bench`: batching, fairness, image and overhead figures for this machine.

Prints a table and, with `--json PATH`, writes every figure as JSON. It is a benchmark, not a
test: it exits 0 whatever the figures are (the table marks those below their targets).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from hubbot.cli.common import settings_from

PARTS = ("decode", "text", "fairness", "images", "overhead")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bench", help="measure batching gains, fairness and dispatcher overhead")
    p.add_argument("--model", help="any local transformers chat/code model (default: the default chat model)")
    p.add_argument("--users", type=int, default=16, help="simulated users sending at once (default: 16)")
    p.add_argument("--prompts", type=int, default=32, help="text prompts in all, spread over the users")
    p.add_argument("--new-tokens", type=int, default=32, help="new tokens per answer (default: 32)")
    p.add_argument("--decode-tokens", type=int, default=64, help="batch-1 decode: tokens per timed run")
    p.add_argument("--device", help="run the local models here (cpu, cuda, cuda:1 ...), not the config's")
    p.add_argument("--image-model", help="text-to-image model (default: the configured image model)")
    p.add_argument("--images", type=int, default=8, help="concurrent image jobs (default: 8)")
    p.add_argument("--flood", type=int, default=32, help="prompts the flooding user sends (default: 32)")
    p.add_argument("--singles", type=int, default=4, help="users sending one prompt during the flood")
    p.add_argument("--overhead-jobs", type=int, default=1000, help="jobs through the null backend")
    p.add_argument("--repeat", type=int, default=2,
                   help="runs per measurement; the fastest counts (default: 2)")
    p.add_argument("--torch-threads", type=int, help="torch intra-op threads (default: torch's choice)")
    p.add_argument("--only", nargs="+", choices=PARTS, help="run only these parts")
    p.add_argument("--json", type=Path, metavar="PATH", help="also write the figures here as JSON")
    p.set_defaults(func=cmd_bench)


def cmd_bench(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from hubbot.errors import ConfigError
    from hubbot.inference.bench import BenchOptions, run_bench, table_rows

    for name in ("users", "prompts", "new_tokens", "decode_tokens", "images", "flood", "singles",
                 "overhead_jobs", "repeat"):
        if getattr(args, name) < 1:
            raise ConfigError(f"--{name.replace('_', '-')} must be at least 1")
    if args.torch_threads is not None and args.torch_threads < 1:
        raise ConfigError("--torch-threads must be at least 1")
    settings = settings_from(args)
    options = BenchOptions(
        model=args.model, users=args.users, prompts=args.prompts, new_tokens=args.new_tokens,
        device=args.device, image_model=args.image_model, images=args.images, flood=args.flood,
        singles=args.singles, overhead_jobs=args.overhead_jobs, repeat=args.repeat,
        torch_threads=args.torch_threads, decode_tokens=args.decode_tokens, parts=tuple(args.only or PARTS),
    )
    err = Console(stderr=True)
    try:
        result = asyncio.run(run_bench(settings, options, progress=lambda m: err.print(f"[dim]… {m}[/dim]")))
    except ValueError as exc:
        raise ConfigError(str(exc)) from None
    table = Table(title=f"hubbot bench — {result.device or 'cpu'}, {result.torch_threads} torch threads")
    for column in ("measure", "value", "target", ""):
        table.add_column(column)
    for measure, value, target, verdict in table_rows(result):
        style = "red" if verdict in ("below target", "over target") else None
        table.add_row(measure, value, target, verdict, style=style)
    Console(file=sys.stdout, width=140).print(table)
    if args.json:
        text = json.dumps(result.as_dict(), indent=2, ensure_ascii=False) + "\n"
        args.json.write_text(text, encoding="utf-8")
        err.print(f"wrote {args.json}")
    return 0
