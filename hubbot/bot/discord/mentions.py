"""Chats by mention, reply and DM on Discord: a message addressed to the bot (a DM, a mention, a
reply to it, or with the content intent a thread it owns) is routed to a command
(`hubbot.commands.routing`), checked by the one access rule, and answered in the channel. A reply
chain is one conversation: its root is the /chat interaction or the first message it began with.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

import discord

from hubbot.bot.discord import requests as rq
from hubbot.bot.discord.surfaces import ChannelSurface
from hubbot.commands.base import Request
from hubbot.commands.discovery import get
from hubbot.commands.options import parse_text
from hubbot.commands.routing import Route, route_message
from hubbot.commands.runner import execute
from hubbot.i18n import detect_language, t

if TYPE_CHECKING:
    from hubbot.bot.discord.client import HubbotDiscord

MAX_CHAIN_DEPTH = 50
REMEMBERED_ROOTS = 10_000


class MentionChats:
    """The bot's `on_message`: see the module docstring. Remembers the conversation of the
    messages it saw and sent, so a reply chain is not fetched back to its root each time."""

    def __init__(self, bot: HubbotDiscord) -> None:
        self.bot = bot
        self._roots: OrderedDict[int, str] = OrderedDict()

    async def on_message(self, message: discord.Message) -> None:
        bot, section = self.bot, self.bot.section
        if not section.mention_chat or message.author.bot or bot.user is None or not self._addressed(message):
            return
        place = rq.place_of(message.channel, guild_id(message))
        user = rq.user_ref(message.author, section, bot.app.settings.dispatcher, message.channel)
        text = self._without_mention(message.content)
        referenced = await self._referenced(message)
        images = rq.image_attachments(message) or rq.image_attachments(referenced)
        others = [a for a in message.attachments if a not in images]  # documents, for /chat
        lang = detect_language(text, None, bot.app.settings.defaults.language)
        command, options = routed_options(route_message(text, bool(images), lang, has_document=bool(others)))
        reason = await bot.refusal(user, place, command)
        if not reason and rq.is_private(command) and not place.is_dm:
            # A private answer (a data export, usage, the /forget button) must not go up in a
            # channel. Not sent to a DM instead: a bot's DM cannot be deleted by the user and
            # outlives /forget, and DMs may be closed; the slash command's ephemeral answer
            # is private and vanishes. So the user is told to use it (this line holds no data).
            reason = "access.private_use_slash"
        if reason:
            await message.reply(t(reason, lang, command=command), mention_author=False)
            return
        key = rq.place_key(place) or await self._chain_root(message, referenced)
        request = Request(
            command=command, options=options, user=user, conversation_key=key, locale=None,
            scope=place.scope, channel=place.channel, thread=place.thread,
            age_restricted=place.age_restricted,
            attachments=[rq.wrap_attachment(a, None, section.attachment_hosts) for a in images + others],
            reply_to=rq.reply_to(place, message_id=message.id),
            new_conversation=key == rq.chain_key(message.id),
        )
        self._remember(message.id, key)
        renderer = await bot.serve(ChannelSurface(message), request, execute(request, bot.app), lang)
        for sent in renderer.sent:
            if sent.id is not None:
                self._remember(sent.id, key)

    def _addressed(self, message: discord.Message) -> bool:
        """A DM, a mention, a reply to the bot, or (with the content intent) its own thread."""
        assert self.bot.user is not None
        if guild_id(message) is None:
            return True
        if any(user.id == self.bot.user.id for user in message.mentions):
            return True
        resolved = message.reference.resolved if message.reference else None
        if isinstance(resolved, discord.Message) and resolved.author.id == self.bot.user.id:
            return True
        channel = message.channel
        return (self.bot.section.message_content_intent and isinstance(channel, discord.Thread)
                and channel.owner_id == self.bot.user.id)

    def _without_mention(self, content: str) -> str:
        assert self.bot.user is not None
        return re.sub(rf"<@!?{self.bot.user.id}>", "", content).strip()  # keeps the text's own line breaks

    async def _referenced(self, message: discord.Message) -> discord.Message | None:
        reference = message.reference
        if reference is None or reference.message_id is None:
            return None
        if isinstance(reference.resolved, discord.Message):
            return reference.resolved
        return await self._fetch(message.channel, reference.message_id)

    async def _chain_root(self, message: discord.Message, parent: discord.Message | None) -> str:
        """The conversation of a reply chain: the /chat interaction or first message it began with."""
        current = message
        for _ in range(MAX_CHAIN_DEPTH):
            reference = current.reference
            if reference is None or reference.message_id is None:
                break
            known = self._roots.get(reference.message_id)
            if known:
                return known
            if parent is None or parent.id != reference.message_id:
                parent = await self._fetch(current.channel, reference.message_id)
            if parent is None:
                break
            root = rq.message_root(parent)
            if root:
                return root
            current, parent = parent, None
        return rq.chain_key(current.id)

    async def _fetch(self, channel: Any, message_id: int) -> discord.Message | None:
        cached = discord.utils.get(self.bot.cached_messages, id=message_id)
        if cached is not None:
            return cached
        try:
            return await channel.fetch_message(message_id)
        except (discord.HTTPException, AttributeError):
            return None

    def _remember(self, message_id: int, key: str) -> None:
        self._roots[message_id] = key
        self._roots.move_to_end(message_id)
        while len(self._roots) > REMEMBERED_ROOTS:
            self._roots.popitem(last=False)


def guild_id(message: discord.Message) -> int | None:
    # A guild missing from the cache still has an id on the channel: such a message is not a DM.
    return message.guild.id if message.guild else getattr(message.channel, "guild_id", None)


def routed_options(route: Route) -> tuple[str, dict[str, Any]]:
    """The routed command and its options ("/name args" through the one option parser; the
    runner types them)."""
    found = get(route.command) if route.args is not None else None
    return route.command, parse_text(found.spec, route.args or "") if found else route.options
