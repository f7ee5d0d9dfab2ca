"""Image consent: the first time a user sends an image on a chat platform, they are told that
they must have the right to it and the consent of the people in it. How is the operator's
choice, `[privacy] image_consent`:

- "notice" (default): the request is answered, and the notice comes with that first answer
  (privately where the platform allows). Showing it is the acknowledgement, stored as
  `User.image_consent_at`; it is not shown again.
- "confirm": the notice comes instead of the answer, with a button only the sender may press.
  Meanwhile the image is kept as a pending upload — an artifact of kind "pending" whose
  settings hold the request — so the button runs the original request with the image it
  already has, after a restart too, and retention, /export and /forget reach it like any
  other upload. Pressing the button is the acknowledgement.
- "off": no notice.

Console and CLI users are the operators themselves and are never asked. The "continue" button
is the command side of this (commands/consent.py).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from hubbot.commands.base import Action, Notice, Reply, Request
from hubbot.commands.image_input import decode, fetch_attachment
from hubbot.commands.places import language_for
from hubbot.errors import UserError
from hubbot.i18n import t
from hubbot.storage import artifacts, users
from hubbot.storage.models import Artifact, User

if TYPE_CHECKING:
    from hubbot.app import App

PLATFORMS = ("discord", "slack")  # console and CLI users are the operators themselves
CONTINUE = "consent-continue"
PENDING = "pending"  # the artifact kind of an image kept until its sender confirms
REQUEST_FIELDS = ("command", "conversation_key", "locale", "scope", "channel", "reply_to",
                  "new_conversation")


async def with_image_consent(request: Request, app: App, replies: AsyncIterator[Reply]
                             ) -> AsyncIterator[Reply]:
    """`replies` (the command's, not started yet), with the consent notice the configured mode
    asks for on the user's first image."""
    mode = app.settings.privacy.image_consent
    if mode == "off" or not await first_image(request, app):
        async for reply in replies:
            yield reply
        return
    lang = language_for(request, app)
    if mode == "notice":
        yield Notice(t("consent.notice", lang))
        await acknowledge(app, request.user.id)  # the notice is out: that is the acknowledgement
        async for reply in replies:
            yield reply
        return
    await replies.aclose()  # the command runs when its sender presses "continue"
    pending = await keep_pending(request, app)
    button = Action(f"{CONTINUE}:{pending.id}", t("consent.continue_button", lang), "primary")
    yield Notice(t("consent.confirm", lang), actions=(button,))


async def first_image(request: Request, app: App) -> bool:
    """A platform user sends an image and has not acknowledged the notice yet. Only commands
    that take images count: other attachments are datasets, documents or source files."""
    command = app.commands.get(request.command)
    if (not request.attachments or request.user.platform not in PLATFORMS
            or command is None or not command.spec.takes_image):
        return False
    user = await users.get(app.db, request.user.id)
    return user is None or user.image_consent_at is None


async def dataset_consent(request: Request, app: App) -> Notice | None:
    """The notice for images that come as a dataset (/finetune's instance images: many files,
    so none is kept pending). "notice": returned, to go out before the training starts, and
    acknowledged. "confirm": the run stops here with the notice, which is acknowledged: running
    the same command again is the confirmation. None once acknowledged, on the console/CLI, or
    with "off"."""
    mode = app.settings.privacy.image_consent
    if mode == "off" or request.user.platform not in PLATFORMS:
        return None
    user = await users.get(app.db, request.user.id)
    if user is not None and user.image_consent_at is not None:
        return None
    await acknowledge(app, request.user.id)
    if mode == "confirm":
        raise UserError("consent.dataset_confirm")
    return Notice(t("consent.notice", language_for(request, app)))


async def acknowledge(app: App, user_id: str) -> None:
    async with app.db.session() as session:
        user = await session.get(User, user_id)
        if user is not None and user.image_consent_at is None:
            user.image_consent_at = app.db.now()
            session.add(user)


async def keep_pending(request: Request, app: App) -> Artifact:
    """Store the image (checked now, so a broken file is refused before the question) with
    everything needed to run the request later."""
    limits = app.settings.limits
    attachment = request.attachments[0]
    data = await fetch_attachment(attachment, limits)
    image = await decode(app, data)  # checked only: the bytes are kept as they came
    record = {name: getattr(request, name) for name in REQUEST_FIELDS}
    record.update(options=_json_options(request.options), filename=attachment.filename,
                  content_type=attachment.content_type)
    return await artifacts.save(app.db, app.settings.data_path, png=data, user_id=request.user.id,
                                kind=PENDING, width=image.width, height=image.height,
                                settings={"request": record})


def _json_options(options: dict[str, Any]) -> dict[str, Any]:
    """Options as JSON keeps them."""
    return {k: v if isinstance(v, str | int | float | bool) or v is None else str(v)
            for k, v in options.items()}
