"""/privacy: what is stored, for how long and why; `keep_logs off` opts out of log storage."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from hubbot.commands.base import Answer, Choice, CommandSpec, OptionSpec, Reply, Request
from hubbot.commands.places import language_for
from hubbot.i18n import t
from hubbot.policy.moderation import safety_level
from hubbot.storage import privacy, users

if TYPE_CHECKING:
    from hubbot.app import App

KEEP_LOGS = OptionSpec(
    "keep_logs", "string", {"en": "Keep my conversation logs?", "ko": "대화 기록을 보관할까요?"},
    choices=(Choice("on", {"en": "on", "ko": "보관"}), Choice("off", {"en": "off", "ko": "보관 안 함"})),
    name_ko="기록보관",
)
SPEC = CommandSpec(
    name="privacy", name_ko="개인정보", ephemeral=True, options=(KEEP_LOGS,),
    description={"en": "What we store, for how long, and your choices",
                 "ko": "저장하는 정보, 보관 기간, 선택권"},
)


def period(days: float, lang: str) -> str:
    return t("privacy.not_stored", lang) if days == 0 else t("privacy.days", lang, days=f"{days:g}")


class PrivacyCommand:
    spec = SPEC

    async def run(self, request: Request, app: App) -> AsyncIterator[Reply]:
        lang = language_for(request, app)
        choice = str(request.options.get("keep_logs") or "").strip().lower()
        if choice in ("on", "off"):
            await privacy.set_keep_logs(app.db, request.user.id, choice == "on")
            yield Answer(t(f"privacy.keep_logs_{choice}", lang))
            return
        user = await users.get(app.db, request.user.id)
        retention = app.settings.retention
        text = t("privacy.policy", lang, messages=period(retention.messages_days, lang),
                 images=period(retention.images_days, lang), jobs=period(retention.jobs_days, lang),
                 audit=period(retention.audit_days, lang),
                 yours=t(f"privacy.keep_logs_{'on' if user is None or user.keep_logs else 'off'}", lang))
        text += "\n" + t("privacy.safety_level", lang, level=safety_level(app, request))
        yield Answer(text, title=t("privacy.title", lang))


COMMAND = PrivacyCommand()
