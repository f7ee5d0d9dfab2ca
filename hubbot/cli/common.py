"""Shared pieces for CLI subcommands: settings, the app, one-shot command runs."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

from hubbot.app import App
from hubbot.commands.base import UserRef
from hubbot.config import Settings, load_settings
from hubbot.errors import UserError
from hubbot.i18n import t

T = TypeVar("T")

PLATFORMS = ("discord", "slack", "console")
USER_HELP = ('who: "discord:1234" or "slack:U9" is that platform user; a bare name ("alice") is a '
             'console user (console:alice); any other prefix is part of the console name '
             '("bar:alice" is console:bar:alice)')


def cli_user(value: str) -> UserRef:
    """The one meaning of `--user` in every subcommand: a platform-qualified id reaches that
    platform's user; anything else names a console user."""
    text = value.strip()
    platform, _, rest = text.partition(":")
    if not text or (platform in PLATFORMS and not rest.strip()):
        raise argparse.ArgumentTypeError(t("cli.bad_user", "en"))
    if platform in PLATFORMS:
        return UserRef(id=text, platform=platform, display_name=rest)
    return UserRef(id=f"console:{text}", platform="console", display_name=text)


def add_user_option(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    if required:
        parser.add_argument("--user", type=cli_user, required=True, help=USER_HELP)
    else:
        parser.add_argument("--user", type=cli_user, default="local", help=USER_HELP + " (default: local)")


def no_such_user(user: UserRef) -> UserError:
    return UserError("cli.no_such_user", user=user.id)


def settings_from(args: argparse.Namespace) -> Settings:
    settings = load_settings(args.config)
    level = args.log_level or settings.log_level
    logging.getLogger().setLevel(level if args.log_level else max(logging.WARNING,
                                                                  logging.getLevelName(level)))
    return settings


def with_app(args: argparse.Namespace, body: Callable[[App], Awaitable[T]], *, serve: bool = False) -> T:
    """Run `body(app)` with a started app, stopping it afterwards. `serve` for long-running
    front ends (see `App.create`)."""
    settings = settings_from(args)

    async def run() -> T:
        async with App.create(settings, serve=serve) as app:
            return await body(app)

    return asyncio.run(run())


def run_one_shot(args: argparse.Namespace, command: str, options: dict[str, Any],
                 output: Path | None = None, action: str | None = None, **request_extra: Any) -> int:
    """Run one command (or press one button, `action`) through the same path the platforms
    use and print its replies."""
    from hubbot.bot.console import ConsoleRenderer, console_request

    async def body(app: App) -> int:
        session = getattr(args, "conversation", None) or f"oneshot-{id(options):x}"
        request = console_request(command, options, getattr(args, "user", None) or cli_user("local"), session,
                                  **request_extra)
        from hubbot.commands.runner import execute, execute_action

        renderer = ConsoleRenderer(sys.stdout, sys.stderr, save_dir=Path.cwd(), output=output, one_shot=True)
        replies = execute_action(action, request, app) if action else execute(request, app)
        return 0 if await renderer.render(replies) else 2

    return with_app(args, body)
