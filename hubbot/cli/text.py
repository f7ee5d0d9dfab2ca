"""`hubbot code {generate,explain,tests} TEXT|@FILE [--language] [--model]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from hubbot.cli.common import add_user_option, run_one_shot
from hubbot.errors import UserError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("code", help="code assistant: generate, explain or write tests")
    p.add_argument("mode", choices=["generate", "explain", "tests"])
    p.add_argument("text", help="a description or code; @FILE reads a source file")
    p.add_argument("--language", help="programming language (default: python, or the fence tag)")
    p.add_argument("--model", help="code model id")
    add_user_option(p)
    p.set_defaults(func=cmd_code)


def cmd_code(args: argparse.Namespace) -> int:
    from hubbot.commands.image_input import file_attachment

    options = {"mode": args.mode, "prompt": args.text, "language": args.language, "model": args.model}
    options = {k: v for k, v in options.items() if v}
    attachments = []
    if args.text.startswith("@"):
        path = Path(args.text[1:]).expanduser()
        if not path.is_file():
            raise UserError("error.missing_file", path=str(path))
        attachments = [file_attachment(path)]  # its extension names the language unless --language does
        del options["prompt"]
    return run_one_shot(args, "code", options, attachments=attachments)
