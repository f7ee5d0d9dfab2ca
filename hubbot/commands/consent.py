"""Image consent: before a user's first image upload on a chat platform, they are told that
they must have the right to the image and the consent of the people in it. Sending an image
again after that notice is their acknowledgement, which is stored (User.image_consent_at)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hubbot.errors import Refused
from hubbot.storage.models import User

if TYPE_CHECKING:
    from hubbot.app import App
    from hubbot.commands.base import Request

NOTICE_SHOWN = "image_notice_shown_at"
PLATFORMS = ("discord", "slack")  # console and CLI users are the operators themselves


async def image_consent_guard(request: Request, app: App) -> None:
    if not request.attachments or request.user.platform not in PLATFORMS:
        return
    db = app.db
    async with db.session() as session:
        user = await session.get(User, request.user.id)
        if user is None or user.image_consent_at is not None:
            return
        if NOTICE_SHOWN in user.settings:
            user.image_consent_at = db.now()  # they read the notice and sent the image again
            session.add(user)
            return
        user.settings = {**user.settings, NOTICE_SHOWN: db.now().isoformat()}
        session.add(user)
    raise Refused("consent.notice")
