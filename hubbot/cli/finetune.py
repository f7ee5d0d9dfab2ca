"""`hubbot finetune [--base ID] --data FILE --name NEW_ID [...]`: the /finetune command from the
command line, progress streamed to stderr. Exit 0 when the variant is ready, 2 with one line on
a user mistake; SIGTERM checkpoints the adapter and reports the training interrupted."""

from __future__ import annotations

import argparse
import signal
from pathlib import Path

from hubbot.cli.common import add_user_option, run_one_shot
from hubbot.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("finetune", help="train a LoRA variant of a text model on a dataset file")
    p.add_argument("--base", help="base model id (default: the default chat model)")
    p.add_argument("--data", required=True, help="JSONL/JSON (instruction, input, output or messages) or CSV")
    p.add_argument("--name", required=True, help="id of the new model")
    p.add_argument("--epochs", type=int)
    p.add_argument("--rank", type=int)
    p.add_argument("--learning-rate", type=float)
    p.add_argument("--max-steps", type=int)
    add_user_option(p)
    p.set_defaults(func=cmd_finetune)


def cmd_finetune(args: argparse.Namespace) -> int:
    from hubbot.commands.image_input import file_attachment

    path = Path(args.data).expanduser()
    if not path.is_file():
        raise UserError("error.missing_file", path=str(path))
    options = {"base": args.base, "name": args.name, "epochs": args.epochs, "rank": args.rank,
               "learning_rate": args.learning_rate, "max_steps": args.max_steps}
    # SIGTERM as Ctrl-C: asyncio.run cancels the command, the app stops, and the training
    # service checkpoints the adapter and records the job interrupted before the process ends.
    previous = signal.signal(signal.SIGTERM, lambda *_: signal.raise_signal(signal.SIGINT))
    try:
        return run_one_shot(args, "finetune", {k: v for k, v in options.items() if v is not None},
                            attachments=[file_attachment(path)])
    finally:
        signal.signal(signal.SIGTERM, previous)
