"""Telling users about jobs a restart interrupted (not a command: adapters call it at start-up)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from hubbot.i18n import t
from hubbot.storage import jobs, users

if TYPE_CHECKING:
    from hubbot.app import App

# send(reply_to, platform_user_id, text) posts the notice where the job came from.
Send = Callable[[dict[str, Any], str, str], Awaitable[None]]


async def notify_interrupted(app: App, platform: str, send: Send) -> int:
    """Send one notice per interrupted job of this platform, in the user's language, and mark
    each reported (also when sending failed: a notice is best-effort, never repeated)."""
    rows = await jobs.interrupted_jobs(app.db, platform=platform)
    for row in rows:
        user = await users.get(app.db, row.user_id)
        lang = (user.language if user and user.language else None) or app.settings.defaults.language
        platform_user = row.user_id.split(":", 1)[-1]
        try:
            await send(row.reply_to, platform_user, t("dispatcher.interrupted", lang, command=row.command))
        except Exception:  # the channel may be gone; nothing to retry against
            continue
    await jobs.mark_reported(app.db, [row.id for row in rows])
    return len(rows)
