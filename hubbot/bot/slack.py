"""The Slack adapter: a slack-bolt AsyncApp in HTTP mode (`/slack/events`) or Socket Mode.

Slash commands come from the one spec source (`hubbot.commands.specs()`); each is
acknowledged at once, then answered in the channel: a placeholder message is posted and
updated while tokens stream (at most once per `edit_interval_s`), long answers continue in
its thread, images are uploaded with files_upload_v2, buttons carry their action ids. An
@mention or a DM starts or continues a conversation (a thread is a conversation).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
from collections import OrderedDict
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import aiohttp
from aiohttp import web
from slack_bolt.async_app import AsyncApp
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

from hubbot.bot.lifecycle import run_until_stopped
from hubbot.bot.render import split_text
from hubbot.bot.slack_socket import (
    SocketClient,
    SocketHandler,
    describe,
    open_connection_url,
    refused_app_token,
)
from hubbot.commands import answers_in_public, command_of_action, execute, execute_action, get, specs
from hubbot.commands.base import (
    Action,
    Answer,
    Attachment,
    CommandSpec,
    Delta,
    Done,
    Error,
    File,
    Image,
    Notice,
    Reply,
    Request,
    Status,
    UserRef,
)
from hubbot.commands.common import language_for
from hubbot.commands.image_input import fetch_url
from hubbot.commands.interrupted import notify_interrupted
from hubbot.commands.options import read as read_options
from hubbot.commands.routing import route_message
from hubbot.errors import ConfigError, UserError
from hubbot.i18n import detect_language, t
from hubbot.policy import access

if TYPE_CHECKING:
    from hubbot.app import App

log = logging.getLogger(__name__)
PLATFORM = "slack"
MESSAGE_LIMIT = 2900  # characters per message: a Block Kit section holds at most 3,000
ACTION_PREFIX = "hubbot-action"
REMEMBERED_EVENTS = 10_000  # event ids kept to answer each event once (Slack retries within minutes)


# ---- turning Slack input into requests ---------------------------------------------------


def _parsed(name: str, args: str) -> dict[str, Any]:
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


def api_error(exc: SlackApiError) -> str:
    data = getattr(exc.response, "data", None)
    return str(data.get("error")) if isinstance(data, dict) else f"HTTP {exc.response.status_code}"


# ---- rendering replies ------------------------------------------------------------------

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


def footer_lines(footer: str) -> str:
    return "\n".join(f"_{to_mrkdwn(line)}_" for line in footer.splitlines() if line.strip())


def escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")



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
        self.status = ""
        self.parts: dict[str, str] = {}
        self.answers: dict[str, Answer] = {}
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

    def compose(self) -> str:
        sections = []
        several = len(set(self.parts) | set(self.answers)) > 1
        for part in dict.fromkeys([*self.parts, *self.answers]):
            answer = self.answers.get(part)
            body = to_mrkdwn(answer.text if answer else self.parts.get(part, "")) + ("" if answer else " ▌")
            title = answer.title if answer else (f"{part}" if several else "")
            if title and (several or answer):
                body = f"*{escaped(title)}*\n{body}"
            if answer and answer.footer:
                body += "\n" + footer_lines(answer.footer)
            sections.append(body)
        return "\n\n".join(sections) or to_mrkdwn(self.status)

    async def render(self, replies: AsyncIterator[Reply]) -> None:
        notices: list[Notice] = []
        async for reply in replies:
            if isinstance(reply, Status):
                self.status = reply.text
                await self._update(force=not self.parts)
            elif isinstance(reply, Delta):
                self.parts[reply.part] = self.parts.get(reply.part, "") + reply.text
                await self._update()
            elif isinstance(reply, Answer):
                self.answers[reply.part] = reply
                self.actions += reply.actions
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
            await self.client.chat_update(channel=self.channel, ts=self.ts,
                                          text=self.compose()[:MESSAGE_LIMIT])

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
        for part, answer in self.answers.items():
            body = f"*{escaped(answer.title or part)}*\n{to_mrkdwn(answer.text)}"[:MESSAGE_LIMIT]
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": body}})
            if answer.footer:
                blocks.append({"type": "context", "elements": [
                    {"type": "mrkdwn", "text": to_mrkdwn(answer.footer)[:MESSAGE_LIMIT]}]})
            blocks.append({"type": "divider"})
        return blocks[:48]

    async def _finish(self) -> None:
        text = self.compose() if (self.answers or self.parts) else ""
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
                                              text=to_mrkdwn(self.status) or "✅",
                                              blocks=buttons(self.actions) or None)
            elif self.ts:
                await self.client.chat_delete(channel=self.channel, ts=self.ts)
            return
        first, *rest = split_text(text, MESSAGE_LIMIT)
        blocks = self._side_by_side() if len(self.answers) > 1 else [
            {"type": "section", "text": {"type": "mrkdwn", "text": first}}]
        blocks += buttons(self.actions)
        await self.client.chat_update(channel=self.channel, ts=self.ts, text=first, blocks=blocks)
        for chunk in rest:
            await self.client.chat_postMessage(channel=self.channel, thread_ts=self.thread, text=chunk)


# ---- the app ----------------------------------------------------------------------------


class HubbotSlack:
    def __init__(self, app: App) -> None:
        settings = app.settings
        self.app = app
        self.section = settings.slack
        self.token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else ""
        secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else ""
        if not self.token or not (secret or settings.slack_app_token):  # Socket Mode signs nothing
            raise ConfigError("SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or for Socket Mode "
                              "SLACK_APP_TOKEN) must be set in the environment")
        base = settings.slack_api_base or "https://slack.com/api/"
        # bolt builds the client from the token: handed a client as well, it would warn at every
        # start, since it also reads $SLACK_BOT_TOKEN itself. Its client then gets our API base.
        self.bolt = AsyncApp(signing_secret=secret, token=self.token)
        self.client: AsyncWebClient = self.bolt.client
        self.client.base_url = base if base.endswith("/") else base + "/"
        self.client.retry_handlers.append(AsyncRateLimitErrorRetryHandler(max_retry_count=3))
        self.hosts = ["files.slack.com", *([re.sub(r"^https?://([^/:]+).*", r"\1", base)] if base else [])]
        self.accepting = True
        self.running: set[asyncio.Task[None]] = set()
        self.seen_events: OrderedDict[str, None] = OrderedDict()
        self._register()

    def _register(self) -> None:
        self.bolt.middleware(self._once_per_event)
        for spec in specs():
            self.bolt.command(f"/{spec.name}")(self._on_command)
        self.bolt.action(re.compile(rf"^{ACTION_PREFIX}-\d+$"))(self._on_action)
        self.bolt.event("app_mention")(self._on_mention)
        self.bolt.event("message")(self._on_message)

    async def _once_per_event(self, req: Any, resp: Any, next: Any) -> Any:
        # Slack delivers an event again when it saw no acknowledgement (we were slow, or a Socket
        # Mode connection dropped): answer whichever delivery arrives first, once. A retry whose
        # first delivery never reached us is answered. (Socket Mode marks even first deliveries
        # with a retry number, 0.)
        event_id = req.body.get("event_id") if isinstance(req.body, dict) else None
        if event_id:
            if event_id in self.seen_events:
                return BoltResponse(status=200, body="")
            self.seen_events[event_id] = None
            while len(self.seen_events) > REMEMBERED_EVENTS:
                self.seen_events.popitem(last=False)
        return await next()

    def _spawn(self, coro: Any) -> None:
        task = asyncio.create_task(coro)
        self.running.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[None]) -> None:
        self.running.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("a Slack task failed", exc_info=task.exception())

    def _user(self, user_id: str, team: str) -> UserRef:
        admin = access.is_admin(self.section, self.app.settings.dispatcher.admin_users,
                                access.Asker(PLATFORM, user_id, team))
        return UserRef(id=f"{PLATFORM}:{user_id}", platform=PLATFORM, display_name=user_id, is_admin=admin)

    def _refusal(self, team: str, channel: str, user: str, command: str | None) -> str | None:
        """The one access check (`hubbot.policy.access`); Slack has no roles (rejected at start-up)."""
        asker = access.Asker(PLATFORM, user, team or None, (channel,), (), command)
        return access.refusal(self.section, asker, accepting=self.accepting)

    # -- slash commands
    async def _on_command(self, ack: Any, command: dict[str, Any], respond: Any) -> None:
        name = command["command"].lstrip("/")
        team, channel, user = command.get("team_id", ""), command.get("channel_id", ""), command["user_id"]
        text = command.get("text", "")
        lang = detect_language(text, None, self.app.settings.defaults.language)
        found = get(name)
        why = self._refusal(team, channel, user, name) if found else "error.unknown_command"
        if why:
            await ack(response_type="ephemeral", text=t(why, lang, command=name))
            return
        try:
            options = read_options(found.spec, text)
        except UserError as exc:
            await ack(response_type="ephemeral", text=t(exc.key, lang, **exc.params))
            return
        await ack()
        self._spawn(self._on_slash(found.spec, options, team, channel, user, command.get("thread_ts"), lang,
                                   respond))

    async def _on_slash(self, spec: CommandSpec, options: dict[str, Any], team: str, channel: str, user: str,
                        thread: str | None, lang: str, respond: Any) -> None:
        attachments: list[Attachment] = []
        if spec.takes_image and not options.get("result"):
            file = await self._thread_image(channel, thread) if thread else None
            if file is None:
                await self._tell(channel, user, t("slack.no_image", lang), thread)
                return
            attachments = [self._attachment(file)]
        await self._serve(spec.name, options, team, channel, user, thread_ts=thread, new=thread is None,
                          attachments=attachments, respond=respond)

    async def _thread_image(self, channel: str, thread: str) -> dict[str, Any] | None:
        """The latest image file posted in a thread (its root included), if any."""
        try:
            response = await self.client.conversations_replies(channel=channel, ts=thread, limit=200)
        except SlackApiError as exc:
            log.warning("could not read thread %s in %s: %s", thread, channel, api_error(exc))
            return None
        for message in reversed(response.get("messages") or []):
            images = image_files(message)
            if images:
                return images[-1]
        return None

    def _attachment(self, file: dict[str, Any]) -> Attachment:
        return image_attachment(file, self.token, self.hosts, self.app.settings.limits.max_image_bytes)

    async def _tell(self, channel: str, user: str, text: str, thread: str | None = None) -> None:
        """A private line to one user (errors, refusals, hints)."""
        try:
            await self.client.chat_postEphemeral(channel=channel, user=user, text=text, thread_ts=thread)
        except SlackApiError as exc:
            log.warning("could not tell %s privately: %s", user, api_error(exc))

    async def _serve(self, name: str, options: dict[str, Any], team: str, channel: str, user: str, *,
                     thread_ts: str | None, new: bool, attachments: list[Attachment] | None = None,
                     respond: Any = None) -> None:
        found = get(name)
        private = bool(found and found.spec.ephemeral)
        reply = SlackReply(self.client, channel, user, self.section.edit_interval_s, thread_ts=thread_ts,
                           private=private, respond=respond)
        lang = detect_language(" ".join(str(v) for v in options.values() if isinstance(v, str)), None,
                               self.app.settings.defaults.language)
        try:
            ts = await reply.start(t("status.thinking", lang))
        except SlackApiError as exc:  # e.g. a private channel the bot was not invited to
            log.warning("could not post in %s: %s", channel, api_error(exc))
            if respond is not None:
                with contextlib.suppress(Exception):
                    await respond(text=t("slack.cannot_post", lang), response_type="ephemeral")
            return
        key = f"{PLATFORM}:{team}:{channel}:{thread_ts or ts or 'private'}"
        request = Request(name, options, self._user(user, team), key, scope=f"{PLATFORM}:{team}",
                          channel=channel, attachments=attachments or [], new_conversation=new,
                          reply_to={"platform": PLATFORM, "channel_id": channel,
                                    "thread_ts": thread_ts or ts})
        try:
            await reply.render(execute(request, self.app))
        except asyncio.CancelledError:  # shutting down past the grace period: say so, then stop
            with contextlib.suppress(Exception):
                if ts:
                    await self.client.chat_update(channel=channel, ts=ts, text=t("error.shutting_down", lang))
                else:
                    await reply.tell(t("error.shutting_down", lang))
            raise
        except Exception:
            log.exception("answering /%s on Slack failed", name)
            with contextlib.suppress(Exception):
                await reply.tell(t("error.internal", lang))

    # -- buttons
    async def _on_action(self, ack: Any, body: dict[str, Any], action: dict[str, Any], respond: Any) -> None:
        await ack()
        user = body["user"]["id"]
        team = (body.get("team") or {}).get("id", "")
        container = body.get("container") or {}
        channel = (body.get("channel") or {}).get("id") or container.get("channel_id", "")
        message = body.get("message") or {}
        thread = (message.get("thread_ts") or message.get("ts") or container.get("thread_ts")
                  or container.get("message_ts"))
        request = Request(action["value"].split(":", 1)[0], {}, self._user(user, team),
                          f"{PLATFORM}:{team}:{channel}:{thread}", scope=f"{PLATFORM}:{team}",
                          channel=channel, reply_to={"platform": PLATFORM, "channel_id": channel,
                                                     "thread_ts": thread})
        owner = command_of_action(action["value"])
        why = self._refusal(team, channel, user, owner)
        if why:  # the same check as the command itself: lists, disabled commands, shutdown
            await respond(text=t(why, language_for(request, self.app), command=owner or ""),
                          response_type="ephemeral", replace_original=False)
            return
        # A private command's button (/forget's confirmation), or one on a message only this user
        # saw, answers privately too — unless it continues a public request (image consent).
        found = get(owner) if owner else None
        hidden = bool(container.get("is_ephemeral")) and not answers_in_public(action["value"])
        private = hidden or bool(found and found.spec.ephemeral)
        reply = SlackReply(self.client, channel, user, self.section.edit_interval_s, thread_ts=thread,
                           private=private, respond=respond if private else None)
        self._spawn(self._press(reply, action["value"], request))

    async def _press(self, reply: SlackReply, action_id: str, request: Request) -> None:
        try:
            await reply.start(t("status.thinking", language_for(request, self.app)))
            await reply.render(execute_action(action_id, request, self.app))
        except Exception:
            log.exception("button %s on Slack failed", action_id.split(":", 1)[0])

    # -- mentions and DMs
    async def _on_mention(self, event: dict[str, Any], context: Any) -> None:
        await self._converse(event, context)

    async def _on_message(self, event: dict[str, Any], context: Any) -> None:
        # A DM carrying a file arrives with subtype "file_share"; edits, joins and bots do not count.
        if event.get("channel_type") == "im" and event.get("subtype") in (None, "file_share"):
            await self._converse(event, context)

    async def _converse(self, event: dict[str, Any], context: Any) -> None:
        if event.get("bot_id") or event.get("subtype") == "bot_message":
            return
        team, channel, user = event.get("team", ""), event["channel"], event.get("user", "")
        if not user or user == getattr(context, "bot_user_id", None):
            return
        text = re.sub(r"<@[A-Z0-9]+>", "", event.get("text", "")).strip()
        lang = detect_language(text, None, self.app.settings.defaults.language)
        why = self._refusal(team, channel, user, None)  # before reading the thread for an image
        if why:
            await self._tell(channel, user, t(why, lang, command=""), event.get("thread_ts"))
            return
        thread = event.get("thread_ts") or event["ts"]
        images = image_files(event)
        if not images and event.get("thread_ts"):  # a follow-up in a thread about an image
            found = await self._thread_image(channel, event["thread_ts"])
            images = [found] if found else []
        route = route_message(text, bool(images), lang)  # the same rule as Discord's
        name = route.command
        why, params = self._refusal(team, channel, user, name), {"command": name}  # disabled ones too
        options = route.options
        if not why and route.args is not None:
            try:
                options = _parsed(name, route.args)
            except UserError as exc:
                why, params = exc.key, exc.params
        found = get(name)
        if not why and found and found.spec.takes_image and not images and not options.get("result"):
            why = "slack.no_image"
        if why:
            await self._tell(channel, user, t(why, lang, **params), event.get("thread_ts"))
            return
        self._spawn(self._serve(name, options, team, channel, user, thread_ts=thread, new=False,
                                attachments=[self._attachment(images[-1])] if images else None))

    async def tell_interrupted(self) -> None:
        async def send(reply_to: dict[str, Any], user_id: str, text: str) -> None:
            await self.client.chat_postMessage(channel=reply_to["channel_id"], text=f"<@{user_id}> {text}",
                                               thread_ts=reply_to.get("thread_ts"))

        await notify_interrupted(self.app, PLATFORM, send)

    async def shutdown(self) -> None:
        self.accepting = False
        if self.running:
            grace = self.app.settings.dispatcher.shutdown_grace_s
            _, late = await asyncio.wait(set(self.running), timeout=grace)
            for task in late:
                task.cancel()
            if late:
                await asyncio.wait(late, timeout=5)


async def run(app: App, *, stop: asyncio.Event | None = None) -> int:
    """Run until SIGTERM/SIGINT (or `stop`): in Socket Mode when SLACK_APP_TOKEN is set, else as
    an HTTP endpoint. What `hubbot run slack` calls. Tokens Slack refuses (and an API that cannot
    be reached) are a one-line ConfigError at start-up."""
    bot = HubbotSlack(app)
    await check_bot_token(bot.client)
    # Tokenizers load before Slack can reach us, in a thread (see Registry.warm_up_renderers).
    await asyncio.to_thread(app.registry.warm_up_renderers)
    settings = app.settings
    if settings.slack_app_token:
        app_token = settings.slack_app_token.get_secret_value().strip()
        url = await open_connection_url(bot.client, app_token)
        session = serve_socket_mode(bot, app_token, url)
    else:
        session = serve_http(bot)
    await run_until_stopped(session, stop or asyncio.Event(), bot.shutdown, name="hubbot-slack")
    return 0


async def check_bot_token(client: AsyncWebClient) -> None:
    try:
        await client.auth_test()
    except SlackApiError as exc:
        raise ConfigError(f"Slack refused SLACK_BOT_TOKEN ({api_error(exc)})") from None
    except (aiohttp.ClientError, OSError, TimeoutError) as exc:
        raise ConfigError(f"cannot reach the Slack API at {client.base_url}: {describe(exc)}") from None


async def serve_http(bot: HubbotSlack) -> None:
    """Serve `/slack/events` until cancelled."""
    settings = bot.app.settings
    runner = web.AppRunner(bot.bolt.web_app(path="/slack/events"))
    await runner.setup()
    try:
        site = web.TCPSite(runner, settings.slack_host, settings.slack_port)
        await site.start()
        await bot.tell_interrupted()
        log.info("Slack: listening on http://%s:%s/slack/events", settings.slack_host, settings.slack_port)
        await asyncio.Future()  # until cancelled
    finally:
        await runner.cleanup()


async def serve_socket_mode(bot: HubbotSlack, app_token: str, url: str | None) -> None:
    """Serve over Socket Mode until cancelled. Reconnecting (Slack's `disconnect`, a dropped
    websocket) is the client's; if Slack later refuses the app token, running answers finish and
    the bot stops with a ConfigError."""
    client = SocketClient(app_token, bot.client, ping_interval=bot.section.socket_ping_s, first_url=url)
    handler = SocketHandler(bot.bolt, client)
    try:
        await handler.connect_async()
        if not client.refused.done():
            await bot.tell_interrupted()
            log.info("Slack: connected in Socket Mode")
        error = await client.refused
        await bot.shutdown()
        raise refused_app_token(error)
    finally:
        await handler.close_async()
