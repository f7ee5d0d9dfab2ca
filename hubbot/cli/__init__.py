"""The `hubbot` command line. Each module in this package adds its subcommands through
`register(subparsers)`; a subcommand's `func(args)` returns the exit status.

User mistakes print one line on stderr and exit 2; success exits 0.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import pkgutil
import signal
import sys

from hubbot.errors import ConfigError, UserError


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, no usage dump
        self.exit(2, f"hubbot: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="hubbot", description="Your team's generative models in Discord and Slack.")
    parser.add_argument("--config", help="config file (default: ./hubbot.toml or $HUBBOT_CONFIG)")
    parser.add_argument("--log-level", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if not info.name.startswith("_") and info.name != "common":
            importlib.import_module(f"{__name__}.{info.name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TQDM_DISABLE", "1")
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=args.log_level or os.environ.get("HUBBOT_LOG_LEVEL", "WARNING"),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        status = int(args.func(args) or 0)
        sys.stdout.flush()  # here, not at exit, so a reader that went away is handled below
        return status
    except (ConfigError, UserError) as exc:
        print(f"hubbot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return reader_went_away()


def reader_went_away() -> int:
    """stdout's reader stopped reading (`hubbot privacy export ... | head`): stop quietly, as
    other command-line tools do. (Not SIGPIPE's default action for the whole process: a bot
    writing to a closed socket must get an error, not die.)"""
    with contextlib.suppress(OSError):  # Python flushes stdout once more at exit: let that go nowhere
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 128 + signal.SIGPIPE  # 141: what a shell reports for a tool stopped by SIGPIPE


if __name__ == "__main__":
    sys.exit(main())
