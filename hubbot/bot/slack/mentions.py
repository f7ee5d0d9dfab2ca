"""Chats by @mention and DM on Slack: the message is routed to a command
(`hubbot.commands.routing`, the same rule as Discord's), checked by the one access rule, and
answered in its thread (a thread is a conversation), with the image or document the message or
its thread carries."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from hubbot.bot.slack.requests import (
    command_options,
    document_files,
    image_attachment,
    image_files,
    other_files,
)
from hubbot.commands.discovery import get
from hubbot.commands.routing import route_message
from hubbot.errors import UserError
from hubbot.i18n import detect_language, t

if TYPE_CHECKING:
    from hubbot.bot.slack.app import HubbotSlack, SlackFile


class MentionChats:
    """An app_mention, or a message in a DM with the bot: see the module docstring."""

    def __init__(self, bot: HubbotSlack) -> None:
        self.bot = bot

    async def converse(self, event: dict[str, Any], context: Any) -> None:
        if event.get("bot_id") or event.get("subtype") == "bot_message":
            return
        team, channel, user = event.get("team", ""), event["channel"], event.get("user", "")
        if not user or user == getattr(context, "bot_user_id", None):
            return
        text = re.sub(r"<@[A-Z0-9]+>", "", event.get("text", "")).strip()
        lang = detect_language(text, None, self.bot.app.settings.defaults.language)
        why = self.bot.refusal(team, channel, user, None)  # before reading the thread for an image
        if why:
            await self.bot.tell(channel, user, t(why, lang, command=""), event.get("thread_ts"))
            return
        thread = event.get("thread_ts") or event["ts"]
        images = image_files(event)
        if not images and event.get("thread_ts"):  # a follow-up in a thread about an image
            found = await self.bot.thread_image(channel, event["thread_ts"])
            images = [found] if found else []
        documents = [] if images else await self._documents(event, channel)
        # the same rule as Discord's
        route = route_message(text, bool(images), lang, has_document=bool(documents))
        name = route.command
        why, params = self.bot.refusal(team, channel, user, name), {"command": name}  # disabled ones too
        options = route.options
        if not why and route.args is not None:
            try:
                options = command_options(name, route.args)
            except UserError as exc:
                why, params = exc.key, exc.params
        found = get(name)
        if not why and found and found.spec.takes_image and not images and not options.get("result"):
            why = "slack.no_image"
        if why:
            await self.bot.tell(channel, user, t(why, lang, **params), event.get("thread_ts"))
            return
        if images:
            attachments = [self.bot.attachment(images[-1])]
        elif found and found.spec.takes_document:  # the command's own caps apply
            attachments = [image_attachment(f, self.bot.token, self.bot.hosts, 2**31) for f in documents]
        else:
            attachments = []
        self.bot.spawn(self.bot.serve(name, options, team, channel, user, thread_ts=thread, new=False,
                                      attachments=attachments, place_thread=event.get("thread_ts")))

    async def _documents(self, event: dict[str, Any], channel: str) -> list[SlackFile]:
        """The message's own non-image files, else in a thread the latest document posted there
        (a conversation keeps it once read; offered again, it is not added twice)."""
        own = other_files(event)
        if own or not event.get("thread_ts"):
            return own
        found = await self.bot.latest_in_thread(channel, event["thread_ts"], document_files)
        return [found] if found else []
