"""The image consent's "I have the rights — continue" button (`[privacy] image_consent =
"confirm"`): the request kept with its image (policy/consent.py) runs once its sender presses it."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from hubbot.commands.base import Attachment, Reply, Request, UserRef, current_request
from hubbot.errors import Refused, UserError
from hubbot.policy.consent import CONTINUE, PENDING, REQUEST_FIELDS, acknowledge
from hubbot.storage import artifacts

if TYPE_CHECKING:
    from hubbot.app import App


def rebuild(record: dict[str, Any], user: UserRef, data: bytes) -> Request:
    """The original request, its attachment served from the kept bytes."""

    async def fetch(max_bytes: int) -> bytes:
        return data

    attachment = Attachment(record.get("filename") or "image", record.get("content_type"), len(data), fetch)
    fields = {name: record[name] for name in REQUEST_FIELDS if name in record}
    return Request(options=dict(record.get("options") or {}), user=user, attachments=[attachment],
                   **fields)


async def continue_request(action_id: str, request: Request, app: App) -> AsyncIterator[Reply]:
    """The "I have the rights — continue" button: run the kept request, once, for its sender."""
    pending_id = action_id.split(":", 1)[-1]
    pending = await artifacts.get(app.db, pending_id)
    if pending is None or pending.kind != PENDING:
        raise UserError("consent.gone")
    if pending.user_id != request.user.id:
        raise Refused("consent.not_yours")
    taken = await artifacts.take(app.db, app.settings.data_path, pending_id, PENDING)
    if taken is None:  # pressed twice, or purged meanwhile
        raise UserError("consent.gone")
    artifact, data = taken
    await acknowledge(app, request.user.id)
    original = rebuild(artifact.settings.get("request", {}), request.user, data)
    command = app.commands.get(original.command)
    if command is None:
        raise UserError("error.unknown_command", command=original.command)
    token = current_request.set(original)  # its jobs record the original command and place
    try:
        async for reply in command.run(original, app):
            yield reply
    finally:
        with contextlib.suppress(ValueError):
            current_request.reset(token)


ACTIONS = {CONTINUE: continue_request}
# Its answer goes where the original request would have answered, even though the button is
# on a message only its sender saw.
PUBLIC_ACTIONS = frozenset({CONTINUE})
