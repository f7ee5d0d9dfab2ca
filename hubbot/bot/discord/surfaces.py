"""Where a Discord reply's messages go. A `Surface` posts, edits and deletes the messages a
`ReplyRenderer` drafts: `InteractionSurface` answers an interaction (its response, follow-ups,
then — once the token expires, or Discord says it did — the channel, or a DM for private
replies); `ChannelSurface` answers a message (mention and DM chats). The messages themselves
are `Draft`s (`drafts.py`).
"""

from __future__ import annotations

import contextlib
import enum
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol, TypeVar

import discord

from hubbot.bot.discord.drafts import MESSAGE_LIMIT, Draft, Sent, build_view
from hubbot.commands.base import Action
from hubbot.i18n import t

log = logging.getLogger(__name__)
T = TypeVar("T")


class Surface(Protocol):
    upload_limit: int | None

    @property
    def acknowledged(self) -> bool: ...

    async def acknowledge(self) -> None: ...

    async def post(self, draft: Draft) -> Sent: ...

    async def edit(self, sent: Sent, draft: Draft, previous: Draft | None) -> None: ...

    async def delete(self, sent: Sent) -> None: ...

    async def private(self, text: str, actions: tuple[Action, ...] = ()) -> None: ...


class InteractionSurface:
    """Replies to an interaction: the response, then follow-ups; after the token's lifetime
    (or when Discord says it expired), new messages go to the channel instead."""

    def __init__(self, interaction: discord.Interaction, *, ephemeral: bool, ttl_s: float,
                 lang: str) -> None:
        self.interaction = interaction
        self.ephemeral = ephemeral
        self.deadline = time.monotonic() + ttl_s
        self.lang = lang
        self.upload_limit: int | None = interaction.filesize_limit
        self._original_used = False
        self._expired = False
        self._placeholder_id: int | None = None  # the "thinking…" message of a deferral
        self._announced = False  # told the user the answer continues in the channel

    @property
    def acknowledged(self) -> bool:
        return self.interaction.response.is_done()

    @property
    def expired(self) -> bool:
        return self._expired or time.monotonic() >= self.deadline

    async def acknowledge(self) -> None:
        if not self.acknowledged:
            result = await self.interaction.response.defer(thinking=True, ephemeral=self.ephemeral)
            self._placeholder_id = getattr(result, "message_id", None)

    async def post(self, draft: Draft) -> Sent:
        response = self.interaction.response
        if not response.is_done():
            kwargs = _without_none(draft.send_kwargs())
            result = await response.send_message(ephemeral=self.ephemeral, **kwargs)
            self._original_used = True
            return Sent("original", None, getattr(result, "message_id", None))
        sent = await self._by_token(lambda: self._post_webhook(draft))
        return sent if sent is not EXPIRED else await self._post_channel(draft)

    async def _by_token(self, call: Callable[[], Awaitable[T]]) -> T | Expired:
        """`call` through the interaction token, unless the token expired (past its lifetime, or
        Discord says so in answer to this call): then EXPIRED, and the caller goes through the
        channel instead."""
        if not self.expired:
            try:
                return await call()
            except discord.HTTPException as exc:
                if not _token_expired(exc):
                    raise
                self._expired = True
        return EXPIRED

    async def _post_webhook(self, draft: Draft) -> Sent:
        if not self._original_used:
            kwargs = draft.send_kwargs()
            kwargs["attachments"] = kwargs.pop("files", [])
            message = await self.interaction.edit_original_response(**kwargs)
            self._original_used = True
            return Sent("original", message, message.id)
        message = await self.interaction.followup.send(wait=True, ephemeral=self.ephemeral,
                                                       **_without_none(draft.send_kwargs()))
        return Sent("followup", message, message.id)

    async def _post_channel(self, draft: Draft) -> Sent:
        if not self._original_used and self._placeholder_id and not self.ephemeral:
            # The token is gone; the bot can still remove its own "thinking…" message.
            with contextlib.suppress(discord.HTTPException, AttributeError):
                await self._channel().get_partial_message(self._placeholder_id).delete()  # type: ignore[attr-defined]
            self._original_used = True
        if not self._announced:
            self._announced = True
            mention = self.interaction.user.mention
            await self._tell_in_channel(t("discord.continued", self.lang, mention=mention))
        message = await (await self._fallback()).send(**_without_none(draft.send_kwargs()))
        return Sent("channel", message, message.id)

    async def _tell_in_channel(self, text: str) -> None:
        """A message that pings the user (and only them): the token no longer works."""
        user = self.interaction.user
        if user.mention not in text:
            text = f"{user.mention} {text}"
        only_them = discord.AllowedMentions(users=[user])
        await (await self._fallback()).send(text[:MESSAGE_LIMIT], allowed_mentions=only_them)

    async def _fallback(self) -> discord.abc.Messageable:
        """Where replies go once the token expired: the channel, or a DM for private replies."""
        if self.ephemeral:
            return await self.interaction.user.create_dm()
        return self._channel()

    def _channel(self) -> discord.abc.Messageable:
        channel = self.interaction.channel
        if isinstance(channel, discord.abc.Messageable):
            return channel
        return self.interaction.client.get_partial_messageable(self.interaction.channel_id or 0)

    async def edit(self, sent: Sent, draft: Draft, previous: Draft | None) -> None:
        kwargs = draft.edit_kwargs(previous)
        if sent.kind == "channel":
            await sent.message.edit(**kwargs)
            return
        if await self._by_token(lambda: self._edit_by_token(sent, kwargs)) is EXPIRED:
            await self._edit_through_channel(sent, kwargs)

    async def _edit_by_token(self, sent: Sent, kwargs: dict[str, Any]) -> None:
        if sent.kind == "original":
            await self.interaction.edit_original_response(**kwargs)
        else:
            await sent.message.edit(**kwargs)

    async def _edit_through_channel(self, sent: Sent, kwargs: dict[str, Any]) -> None:
        # A bot may edit its own non-ephemeral interaction messages through the channel.
        if self.ephemeral or sent.id is None:
            return
        try:
            await self._channel().get_partial_message(sent.id).edit(**kwargs)  # type: ignore[attr-defined]
        except (discord.HTTPException, AttributeError):
            log.info("could not edit message %s after the interaction expired", sent.id)

    async def delete(self, sent: Sent) -> None:
        try:
            if sent.kind == "original" and not self.expired:
                await self.interaction.delete_original_response()
                self._original_used = False
            elif sent.message is not None:
                await sent.message.delete()
        except discord.HTTPException:
            log.info("could not delete a message of interaction %s", self.interaction.id)

    async def private(self, text: str, actions: tuple[Action, ...] = ()) -> None:
        text = text[:MESSAGE_LIMIT]
        view = {"view": build_view(actions)} if actions else {}
        if not self.acknowledged:
            await self.interaction.response.send_message(text, ephemeral=True, **view)
            return
        if await self._by_token(lambda: self._private_followup(text, view)) is EXPIRED:
            await self._tell_in_channel(text)  # no private channel is left once the token expired

    async def _private_followup(self, text: str, view: dict[str, Any]) -> None:
        if not self._original_used:
            # Only the public "thinking…" placeholder exists: remove it, answer privately.
            await self.delete(Sent("original"))
            self._original_used = True
        await self.interaction.followup.send(text, ephemeral=True, **view)


class ChannelSurface:
    """Replies to a message (mention or DM chats): a reply, then messages chained to it."""

    def __init__(self, message: discord.Message) -> None:
        self.message = message
        self.upload_limit: int | None = message.guild.filesize_limit if message.guild else 10 * 1024 * 1024
        self._acknowledged = False
        self._last: discord.Message | None = None

    @property
    def acknowledged(self) -> bool:
        return self._acknowledged

    async def acknowledge(self) -> None:
        self._acknowledged = True
        with contextlib.suppress(discord.HTTPException):
            await self.message.channel.typing()

    async def post(self, draft: Draft) -> Sent:
        self._acknowledged = True
        kwargs = _without_none(draft.send_kwargs())
        target = self._last or self.message
        sent = await target.reply(mention_author=False, **kwargs)
        self._last = sent
        return Sent("channel", sent, sent.id)

    async def edit(self, sent: Sent, draft: Draft, previous: Draft | None) -> None:
        await sent.message.edit(**draft.edit_kwargs(previous))

    async def delete(self, sent: Sent) -> None:
        with contextlib.suppress(discord.HTTPException):
            await sent.message.delete()

    async def private(self, text: str, actions: tuple[Action, ...] = ()) -> None:
        self._acknowledged = True
        view = {"view": build_view(actions)} if actions else {}
        await self.message.reply(text[:MESSAGE_LIMIT], mention_author=False, **view)


def _without_none(kwargs: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in kwargs.items() if v is not None}


class Expired(enum.Enum):
    """What `InteractionSurface._by_token` returns when the interaction token no longer works."""

    EXPIRED = "expired"


EXPIRED = Expired.EXPIRED


def _token_expired(exc: discord.HTTPException) -> bool:
    return exc.status == 401 or exc.code in (50027, 10015)  # invalid webhook token / unknown webhook
