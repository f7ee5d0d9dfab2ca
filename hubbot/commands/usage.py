"""/usage: today's use of each limited command, against the daily quotas (the guard that
enforces them is `policy.quotas`)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from hubbot.commands.base import Answer, CommandSpec, Reply, Request
from hubbot.commands.places import language_for
from hubbot.i18n import t
from hubbot.policy.quotas import user_subject
from hubbot.storage import usage

if TYPE_CHECKING:
    from hubbot.app import App

SPEC = CommandSpec(name="usage", name_ko="사용량", ephemeral=True,
                   description={"en": "Your usage today and the daily limits",
                                "ko": "오늘 사용량과 일일 한도"})


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
