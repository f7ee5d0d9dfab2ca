"""Reply events -> Slack messages. `SlackReply` is one answer in a channel: a placeholder
message updated while tokens stream (at most once per `edit_interval_s`), continued in its
thread past one message, images uploaded with files_upload_v2, buttons carrying their action
ids, errors and notices to the asker alone (ephemeral). Markdown becomes Slack mrkdwn here.
"""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from hubbot.bot.render import Markup, ReplyText, split_text
from hubbot.commands.base import Action, Answer, Done, Error, File, Image, Notice, Reply, Status

MESSAGE_LIMIT = 2900  # characters per message: a Block Kit section holds at most 3,000
ACTION_PREFIX = "hubbot-action"
FENCE = re.compile(r"(```.*?(?:```|$))", re.S)


def to_mrkdwn(text: str) -> str:
    """Markdown (what models and the catalogue write) -> Slack mrkdwn. &, < and > are escaped
    first, so text can never become a mention like <!channel> or a link Slack would expand."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    pieces = FENCE.split(text)
    for i in range(0, len(pieces), 2):  # outside code fences
        piece = re.sub(r"\*\*(.+?)\*\*", r"*\1*", pieces[i])
        piece = re.sub(r"^#{1,6}\s+(.+)$", r"*\1*", piece, flags=re.M)
        piece = re.sub(r"~~(.+?)~~", r"~\1~", piece)
        pieces[i] = re.sub(r"\[([^\]\n]+)\]\((https?://[^)\s|]+)\)", r"<\2|\1>", piece)
    return "".join(pieces)


def escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# The shared layout (`hubbot.bot.render`) in mrkdwn; a status shows only until the text starts.
MARKUP = Markup(title=lambda title: f"*{escaped(title)}*", footer_line=lambda line: f"_{to_mrkdwn(line)}_",
                text=to_mrkdwn)


def buttons(actions: tuple[Action, ...]) -> list[dict[str, Any]]:
    if not actions:
        return []
    elements = []
    for i, action in enumerate(actions[:25]):
        button = {"type": "button", "action_id": f"{ACTION_PREFIX}-{i}", "value": action.id,
                  "text": {"type": "plain_text", "text": action.label[:75]}}
        if action.style in ("primary", "danger"):
            button["style"] = action.style
        elements.append(button)
    return [{"type": "actions", "elements": elements}]


class SlackReply:
    """One answer in a channel: a message updated while it streams, then continued in its
    thread when it grows past one message. Errors go to the user alone (ephemeral)."""

    def __init__(self, client: AsyncWebClient, channel: str, user: str, interval: float,
                 thread_ts: str | None = None, ts: str | None = None, *, private: bool = False,
                 respond: Any = None) -> None:
        self.client, self.channel, self.user, self.interval = client, channel, user, interval
        self.thread_ts, self.ts = thread_ts, ts
        self.private, self.respond = private, respond  # private: only the asker sees the answer
        self.layout = ReplyText()  # the text so far (the shared reply model)
        self.actions: tuple[Action, ...] = ()
        self.last_update = 0.0
        self.shown_any = False

    async def start(self, text: str) -> str | None:
        if self.private:  # nothing to update: the answer is sent once, privately, when complete
            return None
        response = await self.client.chat_postMessage(channel=self.channel, text=text,
                                                      thread_ts=self.thread_ts)
        self.ts = response["ts"]
        return self.ts

    async def tell(self, text: str, blocks: list[dict[str, Any]] | None = None) -> None:
        """A message only this user sees: through the slash command's response_url when there is
        one (it works in channels the bot is not in), else chat.postEphemeral."""
        if self.respond is not None:
            await self.respond(text=text, blocks=blocks, response_type="ephemeral", replace_original=False)
        else:
            await self.client.chat_postEphemeral(channel=self.channel, user=self.user, text=text,
                                                 blocks=blocks, thread_ts=self.thread_ts)

    @property
    def thread(self) -> str | None:
        return self.thread_ts or self.ts

    async def render(self, replies: AsyncIterator[Reply]) -> None:
        notices: list[Notice] = []
        async for reply in replies:
            if self.layout.add(reply):  # Status, Delta, Answer: the text
                if isinstance(reply, Answer):
                    self.actions += reply.actions
                else:  # a status is shown at once until the text starts; the text at intervals
                    await self._update(force=isinstance(reply, Status) and not self.layout.parts)
            elif isinstance(reply, Image):
                await self._upload(reply.png, reply.filename, reply.caption, reply.actions)
            elif isinstance(reply, File):
                await self._upload(reply.data, reply.filename, reply.caption, ())
            elif isinstance(reply, Error):
                await self.tell(to_mrkdwn(reply.text))
            elif isinstance(reply, Notice):
                notices.append(reply)
            elif isinstance(reply, Done):
                self.actions += reply.actions
        await self._finish()
        for notice in notices:  # under the answer, to the asker alone
            text = to_mrkdwn(notice.text)
            blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": text[:MESSAGE_LIMIT]}},
                      *buttons(notice.actions)] if notice.actions else None
            await self.tell(text, blocks)

    async def _update(self, force: bool = False) -> None:
        now = time.monotonic()
        if self.ts and (force or now - self.last_update >= self.interval):
            self.last_update = now
            first = split_text(self.layout.now(MARKUP), MESSAGE_LIMIT)[:1]
            await self.client.chat_update(channel=self.channel, ts=self.ts, text=first[0] if first else "")

    async def _upload(self, data: bytes, filename: str, caption: str, actions: tuple[Action, ...]) -> None:
        caption = to_mrkdwn(caption)  # it repeats the user's prompt
        if self.private:  # files cannot be ephemeral: a private answer's file goes to the user's DM
            opened = await self.client.conversations_open(users=self.user)
            await self.client.files_upload_v2(channel=opened["channel"]["id"], content=data,
                                              filename=filename, initial_comment=caption)
            self.shown_any = True
            return
        await self.client.files_upload_v2(channel=self.channel, thread_ts=self.thread, content=data,
                                          filename=filename, initial_comment=caption)
        self.shown_any = True
        if actions:
            await self.client.chat_postMessage(channel=self.channel, thread_ts=self.thread,
                                               text=caption or filename, blocks=buttons(actions))

    def _side_by_side(self) -> list[dict[str, Any]]:
        """/compare: one section per model, its card and figures as context under it."""
        blocks: list[dict[str, Any]] = []
        for answer in self.layout.answers:
            body = f"*{escaped(answer.title or answer.part)}*\n{to_mrkdwn(answer.text)}"[:MESSAGE_LIMIT]
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": body}})
            if answer.footer:
                blocks.append({"type": "context", "elements": [
                    {"type": "mrkdwn", "text": to_mrkdwn(answer.footer)[:MESSAGE_LIMIT]}]})
            blocks.append({"type": "divider"})
        return blocks[:48]

    async def _finish(self) -> None:
        text = self.layout.text(MARKUP, streaming=False)
        if self.private:
            if text:
                chunks = split_text(text, MESSAGE_LIMIT)
                for i, chunk in enumerate(chunks):
                    last = i == len(chunks) - 1
                    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": chunk}},
                              *buttons(self.actions)] if last and self.actions else None
                    await self.tell(chunk, blocks)
            return
        if not text:
            if self.ts and (self.shown_any or self.actions):
                await self.client.chat_update(channel=self.channel, ts=self.ts,
                                              text=to_mrkdwn(self.layout.status) or "✅",
                                              blocks=buttons(self.actions) or None)
            elif self.ts:
                await self.client.chat_delete(channel=self.channel, ts=self.ts)
            return
        first, *rest = split_text(text, MESSAGE_LIMIT)
        blocks = self._side_by_side() if len(self.layout.answers) > 1 else [
            {"type": "section", "text": {"type": "mrkdwn", "text": first}}]
        blocks += buttons(self.actions)
        await self.client.chat_update(channel=self.channel, ts=self.ts, text=first, blocks=blocks)
        for chunk in rest:
            await self.client.chat_postMessage(channel=self.channel, thread_ts=self.thread, text=chunk)
