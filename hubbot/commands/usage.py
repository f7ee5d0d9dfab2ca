"""/usage: today's use of each limited command, against the daily quotas. Also the quota
guard every command passes through."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from hubbot.commands.base import Answer, CommandSpec, Reply, Request
from hubbot.commands.common import language_for
from hubbot.errors import QuotaExceeded
from hubbot.i18n import t
from hubbot.storage import usage

if TYPE_CHECKING:
    from hubbot.app import App

SPEC = CommandSpec(name="usage", name_ko="사용량", ephemeral=True,
                   description={"en": "Your usage today and the daily limits",
                                "ko": "오늘 사용량과 일일 한도"})


def user_subject(request: Request) -> str:
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


class UsageCommand:
    spec = SPEC

    async def run(self, request: Request, app: App) -> AsyncIterator[Reply]:
        lang = language_for(request, app)
        used = await usage.used_today(app.db, user_subject(request))
        limits = app.settings.quotas.per_user
        names = sorted(set(used) | set(limits))
        lines = [t("quota.line", lang, command=name, used=used.get(name, 0),
                   limit=limits.get(name, t("quota.unlimited", lang))) for name in names]
        yield Answer("\n".join(lines) or t("quota.nothing", lang), title=t("quota.title", lang))


COMMAND = UsageCommand()
