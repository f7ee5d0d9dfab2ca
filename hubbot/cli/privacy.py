"""`hubbot purge [--dry-run]`, `hubbot privacy export|forget --user ID` (admin tools)."""

from __future__ import annotations

import argparse
import json

from hubbot.app import App
from hubbot.cli.common import add_user_option, no_such_user, with_app


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("purge", help="delete everything past its retention period now")
    p.add_argument("--dry-run", action="store_true", help="only count what would be deleted")
    p.set_defaults(func=cmd_purge)

    p = sub.add_parser("privacy", help="a user's data: export or forget (admin)")
    actions = p.add_subparsers(dest="privacy_command", metavar="ACTION")
    actions.required = True
    for name, func in (("export", cmd_export), ("forget", cmd_forget)):
        action = actions.add_parser(name, help=f"{name} all data of one user")
        add_user_option(action, required=True)
        action.set_defaults(func=func)


def cmd_purge(args: argparse.Namespace) -> int:
    from hubbot.storage import retention

    async def body(app: App) -> int:
        counts = await retention.purge(app.db, app.settings.retention, app.settings.data_path,
                                       dry_run=args.dry_run)
        label = "would delete" if args.dry_run else "deleted"
        for name, count in counts.as_dict().items():
            print(f"{label:>12} {count:>8}  {name}")
        return 0

    return with_app(args, body)


def cmd_export(args: argparse.Namespace) -> int:
    from hubbot.storage import privacy

    async def body(app: App) -> int:
        data = await privacy.export_user(app.db, args.user.id)
        if not any(data.values()):
            raise no_such_user(args.user)
        print(json.dumps({"user_id": args.user.id, "tables": data}, ensure_ascii=False, indent=2))
        return 0

    return with_app(args, body)


def cmd_forget(args: argparse.Namespace) -> int:
    from hubbot.commands.forget import forget_everything
    from hubbot.storage import audit

    async def body(app: App) -> int:
        _, counts = await forget_everything(app, args.user.id)
        if not any(counts.values()):
            raise no_such_user(args.user)
        # The record of a forget never names the user.
        await audit.record(app.db, user_id=None, command="forget", outcome="ok", platform="cli")
        print(", ".join(f"{k} {v}" for k, v in counts.items()))
        return 0

    return with_app(args, body)
