"""`hubbot finetune [--base ID] --data FILE --name NEW_ID [...]`: the /finetune command from the
command line, progress streamed to stderr. Exit 0 when the variant is ready, 2 with one line on
a user mistake; SIGTERM checkpoints the adapter and reports the training interrupted."""

from __future__ import annotations

import argparse
import signal
from pathlib import Path

from hubbot.cli.common import add_user_option, run_one_shot
from hubbot.errors import UserError

# More than any [finetune] max_images: the command refuses the count, naming it (up to this).
MAX_DIRECTORY_FILES = 10_000


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("finetune", help="train a LoRA variant of a text or text-to-image model")
    p.add_argument("--base", help="base model id (default: the default chat model)")
    p.add_argument("--data", required=True, help="JSONL/JSON (instruction, input, output or messages) or "
                   "CSV; for a text-to-image base: a zip of images or a directory of images")
    p.add_argument("--instance-prompt", help='text-to-image base: the caption, e.g. "a photo of sks dog"')
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
    if path.is_dir():  # instance images: the directory's files (hidden ones skipped)
        files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
        attachments = [file_attachment(p) for p in files[:MAX_DIRECTORY_FILES]]
    elif path.is_file():
        attachments = [file_attachment(path)]
    else:
        raise UserError("error.missing_file", path=str(path))
    options = {"base": args.base, "name": args.name, "epochs": args.epochs, "rank": args.rank,
               "learning_rate": args.learning_rate, "max_steps": args.max_steps,
               "instance_prompt": args.instance_prompt}
    # SIGTERM as Ctrl-C: asyncio.run cancels the command, the app stops, and the training
    # service checkpoints the adapter and records the job interrupted before the process ends.
    previous = signal.signal(signal.SIGTERM, lambda *_: signal.raise_signal(signal.SIGINT))
    try:
        return run_one_shot(args, "finetune", {k: v for k, v in options.items() if v is not None},
                            attachments=attachments)
    finally:
        signal.signal(signal.SIGTERM, previous)
