"""Daily quotas: how many times a user (and their guild or workspace) may run each limited
command a day (`[quotas]`). The guard takes one use before the command runs; `/usage` shows
what is left."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hubbot.errors import QuotaExceeded
from hubbot.storage import usage

if TYPE_CHECKING:
    from hubbot.app import App
    from hubbot.commands.base import Request


def user_subject(request: Request) -> str:
    """The usage counter a user's own uses are kept under."""
    return f"user:{request.user.id}"


async def quota_guard(request: Request, app: App) -> None:
    """Refuse a command once the user's (or their guild's/workspace's) daily limit is used up."""
    if request.user.is_admin:
        return
    quotas = app.settings.quotas
    checks = [(user_subject(request), quotas.per_user.get(request.command), "quota.user")]
    if request.scope:
        checks.append((f"scope:{request.scope}", quotas.per_scope.get(request.command), "quota.scope"))
    for subject, limit, key in checks:
        if limit is not None and not await usage.take(app.db, subject, request.command, limit):
            raise QuotaExceeded(key, command=request.command, limit=limit)
