"""Core subcommands: init, models, console, chat."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from hubbot.cli.common import add_user_option, run_one_shot, settings_from, with_app


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="write hubbot.toml, convert the real chat model, build tiny ones")
    p.add_argument("--dir", type=Path, default=Path("."), help="target directory (default: .)")
    p.add_argument("--tiny", action="store_true",
                   help="tiny random-weight models only (no SmolLM2 conversion; for tests and CI)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("models", help="model registry")
    models_sub = p.add_subparsers(dest="models_command", metavar="ACTION")
    models_sub.required = True
    ls = models_sub.add_parser("list", help="print the model cards as a table")
    ls.set_defaults(func=cmd_models_list)

    p = sub.add_parser("console", help="interactive console with the same slash commands")
    add_user_option(p)
    p.set_defaults(func=cmd_console)

    p = sub.add_parser("chat", help="ask a chatbot once and print the streamed answer")
    p.add_argument("text")
    p.add_argument("--model", help="small | medium | large or a chat model id")
    add_user_option(p)
    p.add_argument("--conversation", help="continue this conversation id")
    p.add_argument("--temperature", type=float)
    p.add_argument("--max-tokens", type=int)
    p.add_argument("--file", type=Path, action="append", default=[],
                   help="a document to talk about: text, Markdown, code or PDF (may repeat)")
    p.set_defaults(func=cmd_chat)


def cmd_init(args: argparse.Namespace) -> int:
    from hubbot.init import init

    started = time.perf_counter()
    config = init(args.dir, progress=lambda line: print(line, file=sys.stderr, flush=True),
                  real=not args.tiny)
    print(f"ready: {config} ({time.perf_counter() - started:.1f}s). Run `hubbot console` in {args.dir}.")
    return 0


def cmd_models_list(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    settings = settings_from(args)
    table = Table(title="hubbot models")
    for column in ("id", "name", "task", "backend", "device", "size", "weights", "trained on", "time",
                   "license"):
        table.add_column(column)
    for card in settings.models:
        info = card.info
        table.add_row(card.id, card.display_name, card.task, card.backend, card.device, info.parameters,
                      info.origin, info.training_hardware, info.training_time, info.license)
    Console(width=160).print(table)
    return 0


def cmd_console(args: argparse.Namespace) -> int:
    from hubbot.bot.console import run_console

    return with_app(args, lambda app: run_console(app, user=args.user))


def cmd_chat(args: argparse.Namespace) -> int:
    from hubbot.commands.image_input import file_attachment

    options = {"prompt": args.text, "model": args.model, "temperature": args.temperature,
               "max_tokens": args.max_tokens}
    attachments = [file_attachment(path.expanduser()) for path in args.file]
    return run_one_shot(args, "chat", {k: v for k, v in options.items() if v is not None},
                        attachments=attachments)
