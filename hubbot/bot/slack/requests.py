"""Slack payloads -> the parts of a platform-neutral `Request`: who asks, the image files a
message or thread holds (downloaded with the bot token, within the size cap), and a mention's
"/name args" read by the one option parser (`hubbot.commands.options`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from slack_sdk.errors import SlackApiError

from hubbot.commands.base import Attachment, UserRef
from hubbot.commands.discovery import get
from hubbot.commands.documents import looks_like_document
from hubbot.commands.image_input import fetch_url
from hubbot.commands.options import read as read_options
from hubbot.errors import UserError
from hubbot.policy import access

if TYPE_CHECKING:
    from hubbot.config import AccessSection

PLATFORM = "slack"


def user_ref(section: AccessSection, admin_users: Iterable[str], user_id: str, team: str) -> UserRef:
    admin = access.is_admin(section, admin_users, access.Asker(PLATFORM, user_id, team))
    return UserRef(id=f"{PLATFORM}:{user_id}", platform=PLATFORM, display_name=user_id, is_admin=admin)


def asker(team: str, channel: str, user: str, command: str | None) -> access.Asker:
    """What the one access check needs; Slack has no roles (rejected at start-up)."""
    return access.Asker(PLATFORM, user, team or None, (channel,), (), command)


def command_options(name: str, args: str) -> dict[str, Any]:
    """A mention's "/name args", typed and checked like the slash command's text."""
    found = get(name)
    if found is None:
        raise UserError("error.unknown_command", command=name)
    return read_options(found.spec, args)


def image_attachment(file: dict[str, Any], token: str, hosts: list[str], cap: int) -> Attachment:
    async def fetch(max_bytes: int) -> bytes:
        return await fetch_url(file["url_private"], max_bytes=min(max_bytes, cap), allowed_hosts=hosts,
                               headers={"Authorization": f"Bearer {token}"})

    return Attachment(file.get("name", "image"), file.get("mimetype"), file.get("size"), fetch)


def image_files(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for f in message.get("files") or []
            if str(f.get("mimetype", "")).startswith("image/") and f.get("url_private")]


def other_files(message: dict[str, Any]) -> list[dict[str, Any]]:
    """Files that are not images (a /finetune dataset)."""
    return [f for f in message.get("files") or []
            if not str(f.get("mimetype", "")).startswith("image/") and f.get("url_private")]


def document_files(message: dict[str, Any]) -> list[dict[str, Any]]:
    """Files that look like documents (text, code, PDF): what a /chat takes from its thread."""
    return [f for f in other_files(message) if looks_like_document(f.get("name", ""), f.get("mimetype"))]


def api_error(exc: SlackApiError) -> str:
    data = getattr(exc.response, "data", None)
    return str(data.get("error")) if isinstance(data, dict) else f"HTTP {exc.response.status_code}"
