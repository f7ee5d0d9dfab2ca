"""`hubbot run PLATFORM`: run the bot on a chat platform until SIGTERM / Ctrl-C.

Each platform is one adapter module, `hubbot.bot.<platform>`, exposing
`async def run(app) -> int`; it is imported only when chosen (discord.py and slack-bolt
stay out of every other command's start-up).
"""

from __future__ import annotations

import argparse
import importlib

from hubbot.cli.common import with_app
from hubbot.errors import ConfigError

PLATFORMS = ("discord", "slack")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="run the bot on a chat platform (discord, slack)")
    p.add_argument("platform", choices=PLATFORMS, help="which adapter to run")
    p.set_defaults(func=cmd_run)


def cmd_run(args: argparse.Namespace) -> int:
    try:
        adapter = importlib.import_module(f"hubbot.bot.{args.platform}")
    except ModuleNotFoundError as exc:
        if exc.name != f"hubbot.bot.{args.platform}":
            raise
        raise ConfigError(f"the {args.platform} adapter is not part of this installation") from None
    return int(with_app(args, adapter.run, serve=True) or 0)
