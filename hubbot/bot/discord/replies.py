"""Reply events -> Discord messages.

`ReplyRenderer` consumes a command's reply stream and keeps a list of messages in step with
it: the status line while the job waits, the streamed text edited in place at most once per
`edit_interval_s`, continuation messages past 2,000 characters, images and code as
attachments, buttons for actions, and errors shown privately (the text itself is laid out by
the shared reply model, `hubbot.bot.render.ReplyText`, in Discord's markup). A `Surface`
(`surfaces.py`) is where the messages go: an interaction (its response, follow-ups, then the
channel once the token expires) or a channel (mention chats).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import discord

from hubbot.bot.code_files import extract_long_code
from hubbot.bot.discord.drafts import MAX_BUTTONS, MESSAGE_LIMIT, Draft, Sent
from hubbot.bot.discord.surfaces import Surface
from hubbot.bot.render import Markup, ReplyText, split_text
from hubbot.commands.base import Action, Delta, Done, Error, File, Image, Notice, Reply, Status
from hubbot.config import DiscordSection
from hubbot.i18n import t

log = logging.getLogger(__name__)

EMBED_DESCRIPTION_LIMIT = 4096
CANCEL_PREFIX = "hubbot.cancel"
MARKUP = Markup(title=lambda title: f"**{title}**", footer_line=lambda line: f"-# {line}",
                status_line=lambda status: f"-# {status}")  # "-#": Discord's small print


_END = object()
_FAILED = object()


@dataclass
class ReplyRenderer:
    surface: Surface
    settings: DiscordSection
    lang: str
    cancel_id: str | None = None  # custom_id of the cancel button shown while it runs
    layout: ReplyText = field(default_factory=ReplyText)  # the text so far (the shared reply model)
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
        self.layout.add(reply)  # the text: Status, Delta, Answer
        if isinstance(reply, Image):
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

    async def _flush(self) -> None:
        """Show the answer so far (throttled by the caller)."""
        self._dirty = False
        self._next_edit = asyncio.get_running_loop().time() + self.settings.edit_interval_s
        text = self.layout.now(MARKUP)
        chunks = split_text(text or t("status.thinking", self.lang), MESSAGE_LIMIT)
        drafts = [Draft(chunk) for chunk in chunks]
        if self.cancel_id:
            drafts[-1].actions = (Action(self.cancel_id, t("discord.cancel", self.lang), "danger"),)
        try:
            await self._show(drafts, final=False)
        except discord.HTTPException as exc:
            # A preview that did not get through is not worth stopping for; the final one is.
            log.warning("a streaming edit failed (%s %s); continuing", exc.status, exc.code)

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
        text = self.layout.text(MARKUP, streaming=False)
        code_files: list[Draft] = []
        if text:
            text, files = extract_long_code(text, self.settings.code_file_chars,
                                            lambda f: t("discord.code_file", self.lang, filename=f.filename))
            code_files = [self._file_draft(f.filename, f.code.encode("utf-8"), "") for f in files]
        drafts = [Draft(chunk) for chunk in split_text(text, MESSAGE_LIMIT)] if text else []
        drafts = _attach_beside_notes(drafts, code_files) + self.media
        actions = self.layout.actions + self.done_actions
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
        if image.spoiler:  # Discord hides a SPOILER_ file until clicked; an embed would show it
            draft = self._file_draft(f"SPOILER_{image.filename}", image.png, image.caption)
            draft.actions = image.actions[:MAX_BUTTONS]
            return draft
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
