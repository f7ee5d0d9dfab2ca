"""Reply events -> Discord messages.

`ReplyRenderer` consumes a command's reply stream and keeps a list of messages in step with
it: the status line while the job waits, the streamed text edited in place at most once per
`edit_interval_s`, continuation messages past 2,000 characters, images and code as
attachments, buttons for actions, and errors shown privately. A `Surface` is where the
messages go: an interaction (its response, follow-ups, then the channel once the token
expires) or a channel (mention chats).
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import io
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import discord

from hubbot.bot.render import extract_long_code, split_text
from hubbot.commands.base import Action, Answer, Delta, Done, Error, File, Image, Notice, Reply, Status
from hubbot.config import DiscordSection
from hubbot.i18n import t

log = logging.getLogger(__name__)
T = TypeVar("T")

MESSAGE_LIMIT = 2000
EMBED_DESCRIPTION_LIMIT = 4096
MAX_BUTTONS = 25
CURSOR = " ▌"
CANCEL_PREFIX = "hubbot.cancel"
_STYLES = {"primary": discord.ButtonStyle.primary, "secondary": discord.ButtonStyle.secondary,
           "danger": discord.ButtonStyle.danger, "success": discord.ButtonStyle.success}


class ActionButton(discord.ui.DynamicItem[discord.ui.Button], template=r"(?s)(?P<action>[^:]{1,40}:.*)"):
    """A button whose custom_id is the command's action id ("prefix:payload"). discord.py
    matches presses against the template, so buttons work on any message, after restarts."""

    def __init__(self, action_id: str, label: str = "…", style: str = "secondary") -> None:
        super().__init__(discord.ui.Button(label=label[:80] or "…", custom_id=action_id[:100],
                                           style=_STYLES.get(style, discord.ButtonStyle.secondary)))
        self.action_id = action_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button,
                             match: Any) -> ActionButton:
        return cls(match["action"], item.label or "…")

    async def callback(self, interaction: discord.Interaction) -> None:
        await interaction.client.on_button(interaction, self.action_id)  # type: ignore[attr-defined]


def build_view(actions: tuple[Action, ...]) -> discord.ui.View | None:
    if not actions:
        return None
    view = discord.ui.View(timeout=None)
    for action in actions[:MAX_BUTTONS]:
        view.add_item(ActionButton(action.id, action.label, action.style))
    # Stopped: nothing keeps this object alive per message; presses are matched by the
    # dynamic item template instead.
    view.stop()
    return view


@dataclass
class Draft:
    """One Discord message as it should look."""

    content: str = ""
    files: tuple[tuple[str, bytes], ...] = ()
    embeds: tuple[discord.Embed, ...] = ()
    actions: tuple[Action, ...] = ()

    def look(self) -> tuple[Any, ...]:
        return (self.content, tuple(name for name, _ in self.files),
                tuple(e.to_dict().get("description") for e in self.embeds), self.actions)

    def send_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"content": self.content or None}
        if self.files:
            kwargs["files"] = self.discord_files()
        if self.embeds:
            kwargs["embeds"] = list(self.embeds)
        view = build_view(self.actions)
        if view is not None:
            kwargs["view"] = view
        return kwargs

    def edit_kwargs(self, previous: Draft | None) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"content": self.content or None, "embeds": list(self.embeds),
                                  "view": build_view(self.actions)}
        if previous is None or [n for n, _ in previous.files] != [n for n, _ in self.files]:
            kwargs["attachments"] = self.discord_files()
        return kwargs

    def discord_files(self) -> list[discord.File]:
        return [discord.File(io.BytesIO(data), filename=name) for name, data in self.files]


@dataclass
class Sent:
    """A message the renderer put on Discord."""

    kind: str  # original | followup | channel
    message: Any = None  # discord.Message / WebhookMessage / InteractionMessage
    id: int | None = None


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


@dataclass
class Section:
    """One part of an answer (compare has several, others one)."""

    streamed: str = ""
    answer: Answer | None = None


_END = object()
_FAILED = object()


@dataclass
class ReplyRenderer:
    surface: Surface
    settings: DiscordSection
    lang: str
    cancel_id: str | None = None  # custom_id of the cancel button shown while it runs
    sections: dict[str, Section] = field(default_factory=dict)
    status: str = ""
    media: list[Draft] = field(default_factory=list)
    done_actions: tuple[Action, ...] = ()
    errors: list[str] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    sent: list[Sent] = field(default_factory=list)
    shown: list[Draft] = field(default_factory=list)
    _producer: asyncio.Task[None] | None = None
    _interrupted: str | None = None
    _dirty: bool = False
    _next_edit: float = 0.0

    async def render(self, replies: AsyncIterator[Reply]) -> None:
        """Show `replies` until the stream ends (or `interrupt()` stops it)."""
        queue: asyncio.Queue[Any] = asyncio.Queue()
        if self.settings.defer_after_s <= 0:
            # Acknowledge before the command gets a chance to run: nothing it does (a slow
            # first import, say) can then make us miss Discord's 3 s deadline.
            await self.surface.acknowledge()
        self._producer = asyncio.create_task(_pump(replies, queue))
        loop = asyncio.get_running_loop()
        ack_deadline = loop.time() + self.settings.defer_after_s
        try:
            while True:
                try:
                    item = await asyncio.wait_for(queue.get(), self._timeout(loop.time(), ack_deadline))
                except TimeoutError:
                    await self._on_timer()
                    continue
                if item is _END:
                    break
                if item is _FAILED:
                    item = Error(t("error.internal", self.lang), kind="error")
                await self._apply(item, loop.time())
            await self._finish()
        finally:
            if not self._producer.done():
                self._producer.cancel()

    def interrupt(self, reason: str) -> bool:
        """Stop the command (cancel button, shutdown); `reason` is shown to the user."""
        if self._producer is None or self._producer.done():
            return False
        self._interrupted = reason
        self._producer.cancel()
        return True

    def _timeout(self, now: float, ack_deadline: float) -> float | None:
        if not self.surface.acknowledged:
            return max(0.0, ack_deadline - now)
        if self._dirty:
            return max(0.0, self._next_edit - now)
        return None

    async def _on_timer(self) -> None:
        if not self.surface.acknowledged:
            await self.surface.acknowledge()
        elif self._dirty:
            await self._flush()

    async def _apply(self, reply: Reply, now: float) -> None:
        if isinstance(reply, Status):
            self.status = reply.text
        elif isinstance(reply, Delta):
            self.status = ""
            self._section(reply.part).streamed += reply.text
        elif isinstance(reply, Answer):
            self._section(reply.part).answer = reply
        elif isinstance(reply, Image):
            self.media.append(self._image_draft(reply))
        elif isinstance(reply, File):
            self.media.append(self._file_draft(reply.filename, reply.data, reply.caption))
        elif isinstance(reply, Error):
            self.errors.append(reply.text)
        elif isinstance(reply, Notice):
            self.notices.append(reply)
        elif isinstance(reply, Done):
            self.done_actions = reply.actions
        if not isinstance(reply, Status | Delta):
            return  # finished pieces are laid out at the end
        self._dirty = True
        if not self.surface.acknowledged or now >= self._next_edit:
            await self._flush()

    def _section(self, part: str) -> Section:
        return self.sections.setdefault(part, Section())

    async def _flush(self) -> None:
        """Show the answer so far (throttled by the caller)."""
        self._dirty = False
        self._next_edit = asyncio.get_running_loop().time() + self.settings.edit_interval_s
        text = self._text(streaming=True)
        if self.status:
            text = f"{text}\n-# {self.status}" if text else self.status
        chunks = split_text(text or t("status.thinking", self.lang), MESSAGE_LIMIT)
        drafts = [Draft(chunk) for chunk in chunks]
        if self.cancel_id:
            drafts[-1].actions = (Action(self.cancel_id, t("discord.cancel", self.lang), "danger"),)
        try:
            await self._show(drafts, final=False)
        except discord.HTTPException as exc:
            # A preview that did not get through is not worth stopping for; the final one is.
            log.warning("a streaming edit failed (%s %s); continuing", exc.status, exc.code)

    def _text(self, *, streaming: bool) -> str:
        several = len(self.sections) > 1
        parts = []
        for name, section in self.sections.items():
            answer = section.answer
            body = answer.text if answer is not None else section.streamed
            if streaming and answer is None and body:
                body += CURSOR
            title = answer.title if answer is not None else ""
            if several or (title and not section.streamed):
                header = title or name
                body = f"**{header}**\n{body}" if header else body
            if answer is not None and answer.footer:
                small = "\n".join(f"-# {line}" for line in answer.footer.splitlines() if line.strip())
                body = f"{body}\n{small}"
            if body.strip():
                parts.append(body)
        return "\n\n".join(parts)

    async def _show(self, drafts: list[Draft], *, final: bool) -> None:
        """Make the messages on Discord look like `drafts`: edit what changed, post what is
        new and (at the end) delete what is no longer needed."""
        for index, draft in enumerate(drafts):
            if index < len(self.sent):
                previous = self.shown[index]
                if previous.look() != draft.look():
                    await self.surface.edit(self.sent[index], draft, previous)
                    self.shown[index] = draft
            else:
                self.sent.append(await self.surface.post(draft))
                self.shown.append(draft)
        if final:
            for sent in self.sent[len(drafts):]:
                await self.surface.delete(sent)
            del self.sent[len(drafts):], self.shown[len(drafts):]

    async def _finish(self) -> None:
        if self._interrupted:
            self.errors.append(self._interrupted)
        drafts = self._final_drafts()
        if drafts:
            await self._show(drafts, final=True)
        elif self.sent:
            await self._show([], final=True)  # only a status was shown: take it back
        elif self.surface.acknowledged and not self.errors and not self.notices:
            await self.surface.private(t("error.internal", self.lang))
            log.warning("a command finished without any reply")
        for text in self.errors:
            await self.surface.private(text)
        for notice in self.notices:  # under the answer; privately where the surface can
            await self.surface.private(notice.text, notice.actions)

    def _final_drafts(self) -> list[Draft]:
        text = self._text(streaming=False)
        code_files: list[Draft] = []
        if text:
            text, files = extract_long_code(text, self.settings.code_file_chars,
                                            lambda f: t("discord.code_file", self.lang, filename=f.filename))
            code_files = [self._file_draft(f.filename, f.code.encode("utf-8"), "") for f in files]
        drafts = [Draft(chunk) for chunk in split_text(text, MESSAGE_LIMIT)] if text else []
        drafts = _attach_beside_notes(drafts, code_files) + self.media
        actions = tuple(a for s in self.sections.values() if s.answer for a in s.answer.actions)
        actions += self.done_actions
        if actions:
            target = next((d for d in reversed(drafts) if not d.actions), None)
            if target is None:
                target = Draft()
                drafts.append(target)
            target.actions = actions[:MAX_BUTTONS]
        for draft in drafts:
            if not (draft.content or draft.files or draft.embeds):
                draft.content = "\u200b"  # Discord refuses an empty message; buttons need one
        return drafts

    def _image_draft(self, image: Image) -> Draft:
        draft = self._file_draft(image.filename, image.png, "")
        if draft.files:
            embed = discord.Embed(description=image.caption[:EMBED_DESCRIPTION_LIMIT] or None)
            embed.set_image(url=f"attachment://{image.filename}")
            draft.embeds = (embed,)
        draft.actions = image.actions[:MAX_BUTTONS]
        return draft

    def _file_draft(self, filename: str, data: bytes, caption: str) -> Draft:
        limit = self.surface.upload_limit
        if limit and len(data) > limit:
            size = f"{len(data) / 1_000_000:.1f}"
            return Draft(t("discord.file_too_large", self.lang, filename=filename, size=size))
        return Draft(caption[:MESSAGE_LIMIT], files=((filename, data),))


def _attach_beside_notes(drafts: list[Draft], code_files: list[Draft]) -> list[Draft]:
    """Put each code file on the message that says it is attached (else after the text)."""
    leftover = []
    for file_draft in code_files:
        if not file_draft.files:
            leftover.append(file_draft)  # too large to upload: the draft says so
            continue
        name = file_draft.files[0][0]
        holder = next((d for d in drafts if f"`{name}`" in d.content and len(d.files) < 10), None)
        if holder is None:
            leftover.append(file_draft)
        else:
            holder.files += file_draft.files
    return drafts + leftover


async def _pump(replies: AsyncIterator[Reply], queue: asyncio.Queue[Any]) -> None:
    """Move replies into the queue, so the renderer can wait with a timeout."""
    try:
        async for reply in replies:
            queue.put_nowait(reply)
    except asyncio.CancelledError:
        pass  # interrupted: the renderer says why
    except Exception:
        log.exception("a reply stream failed")
        queue.put_nowait(_FAILED)
    finally:
        await _close(replies)
        queue.put_nowait(_END)


async def _close(replies: AsyncIterator[Reply]) -> None:
    aclose = getattr(replies, "aclose", None)
    if aclose is not None:
        try:
            await aclose()
        except Exception:
            log.exception("closing a reply stream failed")
