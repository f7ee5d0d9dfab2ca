"""`hubbot compare`, `hubbot vote`, `hubbot leaderboard`."""

from __future__ import annotations

import argparse

from hubbot.cli.common import add_user_option, run_one_shot


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("compare", help="answer one prompt with several chat models side by side")
    p.add_argument("text")
    p.add_argument("--models", help="comma-separated model ids or sizes (2-4)")
    p.add_argument("--blind", action="store_true", help="hide the names until you vote")
    add_user_option(p)
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("vote", help="vote on a blind comparison")
    p.add_argument("comparison")
    p.add_argument("outcome", choices=["a", "b", "c", "d", "tie", "bad"])
    add_user_option(p)
    p.set_defaults(func=cmd_vote)

    p = sub.add_parser("leaderboard", help="the blind-arena ranking")
    p.set_defaults(func=lambda args: run_one_shot(args, "leaderboard", {}))


def cmd_compare(args: argparse.Namespace) -> int:
    options = {"prompt": args.text, "blind": args.blind}
    if args.models:
        options["models"] = args.models
    return run_one_shot(args, "compare", options)


def cmd_vote(args: argparse.Namespace) -> int:
    return run_one_shot(args, "vote", {}, action=f"arena-vote:{args.comparison}:{args.outcome}")
