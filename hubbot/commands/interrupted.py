"""Telling users about jobs a restart or a crash interrupted (not a command: adapters call
`notify_interrupted` at start-up; the process lease calls `tell_everywhere` whenever it has
found a dead process, see storage.instances)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from hubbot.commands.finetune_jobs import resume_notice
from hubbot.i18n import t
from hubbot.storage import jobs, users

if TYPE_CHECKING:
    from hubbot.app import App

# send(reply_to, platform_user_id, text) posts the notice where the job came from.
Send = Callable[[dict[str, Any], str, str], Awaitable[None]]


async def notify_interrupted(app: App, platform: str, send: Send) -> int:
    """Send one notice per interrupted job of this platform, in the user's language. Each job
    is claimed first (so two processes of one platform never both tell it) and counts as
    reported also when sending failed: a notice is best-effort, never repeated. The platform's
    `send` is remembered for jobs found interrupted later."""
    app.notices[platform] = send
    told = 0
    for row in await jobs.interrupted_jobs(app.db, platform=platform):
        if not await jobs.claim_report(app.db, row.id):
            continue
        user = await users.get(app.db, row.user_id)
        lang = (user.language if user and user.language else None) or app.settings.defaults.language
        platform_user = row.user_id.split(":", 1)[-1]
        try:
            text = resume_notice(app, row.command, row.options or {}, row.user_id, lang) or t(
                "dispatcher.interrupted", lang, command=row.command
            )
            await send(row.reply_to, platform_user, text)
        except Exception:  # the channel may be gone; nothing to retry against
            continue
        told += 1
    return told


async def tell_everywhere(app: App) -> int:
    """Tell the users of newly interrupted jobs on every platform this process serves."""
    told = 0
    for platform, send in list(app.notices.items()):
        told += await notify_interrupted(app, platform, send)
    return told
