"""The Slack app: slack-bolt listeners that acknowledge at once, translate, hand over and
render. Slash commands come from the one spec source (`hubbot.commands.discovery.specs()`); an
@mention or a DM starts or continues a conversation (a thread is a conversation); buttons
carry their action ids. Each path passes the one access check (`hubbot.policy.access`).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import re
from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

from hubbot.bot.slack.mentions import MentionChats
from hubbot.bot.slack.replies import ACTION_PREFIX, SlackReply
from hubbot.bot.slack.requests import (
    PLATFORM,
    api_error,
    asker,
    document_files,
    image_attachment,
    image_files,
    other_files,
    user_ref,
)
from hubbot.commands.base import Attachment, CommandSpec, Request, UserRef
from hubbot.commands.discovery import answers_in_public, command_of_action, get, specs
from hubbot.commands.interrupted import notify_interrupted
from hubbot.commands.options import read as read_options
from hubbot.commands.places import language_for
from hubbot.commands.runner import execute, execute_action
from hubbot.errors import ConfigError, UserError
from hubbot.i18n import detect_language, t
from hubbot.policy import access

if TYPE_CHECKING:
    from hubbot.app import App

log = logging.getLogger(__name__)
SlackFile = dict[str, Any]  # a file object as Slack's API gives it
SETTINGS = "settings"  # the command that needs the asker's workspace role (users.info)
REMEMBERED_EVENTS = 10_000  # event ids kept to answer each event once (Slack retries within minutes)


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
        self.chats = MentionChats(self)
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

    def spawn(self, coro: Any) -> None:
        task = asyncio.create_task(coro)
        self.running.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[None]) -> None:
        self.running.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("a Slack task failed", exc_info=task.exception())

    def _user(self, user_id: str, team: str) -> UserRef:
        return user_ref(self.section, self.app.settings.dispatcher.admin_users, user_id, team)

    async def _with_admin_fact(self, user: UserRef) -> UserRef:
        """The asker with Slack's own word on whether they administer the workspace (users.info:
        is_admin / is_owner), the fact `policy.access.may_change_settings` reads. Asked only for
        /settings; an API failure counts as not an admin."""
        try:
            info = (await self.client.users_info(user=user.id.removeprefix(f"{PLATFORM}:"))).get("user") or {}
        except SlackApiError as exc:
            log.warning("could not read %s's workspace role: %s", user.id, api_error(exc))
            info = {}
        admin = bool(info.get("is_admin") or info.get("is_owner") or info.get("is_primary_owner"))
        return dataclasses.replace(user, permissions=frozenset({"workspace_admin"}) if admin else frozenset())

    def refusal(self, team: str, channel: str, user: str, command: str | None) -> str | None:
        """The one access check (`hubbot.policy.access`)."""
        return access.refusal(self.section, asker(team, channel, user, command), accepting=self.accepting)

    # -- slash commands
    async def _on_command(self, ack: Any, command: dict[str, Any], respond: Any) -> None:
        name = command["command"].lstrip("/")
        team, channel, user = command.get("team_id", ""), command.get("channel_id", ""), command["user_id"]
        text = command.get("text", "")
        lang = detect_language(text, None, self.app.settings.defaults.language)
        found = get(name)
        why = self.refusal(team, channel, user, name) if found else "error.unknown_command"
        if why:
            await ack(response_type="ephemeral", text=t(why, lang, command=name))
            return
        try:
            options = read_options(found.spec, text)
        except UserError as exc:
            await ack(response_type="ephemeral", text=t(exc.key, lang, **exc.params))
            return
        await ack()
        self.spawn(self._on_slash(found.spec, options, team, channel, user, command.get("thread_ts"), lang,
                                  respond))

    async def _on_slash(self, spec: CommandSpec, options: dict[str, Any], team: str, channel: str, user: str,
                        thread: str | None, lang: str, respond: Any) -> None:
        attachments: list[Attachment] = []
        if spec.takes_image and not options.get("result"):
            file = await self.thread_image(channel, thread) if thread else None
            if file is None:
                await self.tell(channel, user, t("slack.no_image", lang), thread)
                return
            attachments = [self.attachment(file)]
        elif spec.takes_file:
            found = await self._thread_file(channel, thread) if thread else None
            if found is None:
                await self.tell(channel, user, t("slack.no_file", lang, command=spec.name), thread)
                return
            # The command's own fetch cap applies (a dataset's limit, not the image limit).
            attachments = [image_attachment(found, self.token, self.hosts, 2**31)]
        elif spec.takes_document and thread:  # optional: a document posted in the thread, if any
            found = await self.latest_in_thread(channel, thread, document_files)
            attachments = [image_attachment(found, self.token, self.hosts, 2**31)] if found else []
        await self.serve(spec.name, options, team, channel, user, thread_ts=thread, new=thread is None,
                         place_thread=thread,
                         attachments=attachments, respond=respond)

    async def _thread_file(self, channel: str, thread: str) -> dict[str, Any] | None:
        """The latest non-image file posted in a thread (a /finetune dataset), if any."""
        return await self.latest_in_thread(channel, thread, other_files)

    async def thread_image(self, channel: str, thread: str) -> dict[str, Any] | None:
        """The latest image file posted in a thread (its root included), if any."""
        return await self.latest_in_thread(channel, thread, image_files)

    async def latest_in_thread(self, channel: str, thread: str, pick: Callable[[SlackFile], list[SlackFile]],
                               ) -> SlackFile | None:
        try:
            response = await self.client.conversations_replies(channel=channel, ts=thread, limit=200)
        except SlackApiError as exc:
            log.warning("could not read thread %s in %s: %s", thread, channel, api_error(exc))
            return None
        for message in reversed(response.get("messages") or []):
            files = pick(message)
            if files:
                return files[-1]
        return None

    def attachment(self, file: dict[str, Any]) -> Attachment:
        return image_attachment(file, self.token, self.hosts, self.app.settings.limits.max_image_bytes)

    async def tell(self, channel: str, user: str, text: str, thread: str | None = None) -> None:
        """A private line to one user (errors, refusals, hints)."""
        try:
            await self.client.chat_postEphemeral(channel=channel, user=user, text=text, thread_ts=thread)
        except SlackApiError as exc:
            log.warning("could not tell %s privately: %s", user, api_error(exc))

    async def serve(self, name: str, options: dict[str, Any], team: str, channel: str, user: str, *,
                    thread_ts: str | None, new: bool, attachments: list[Attachment] | None = None,
                    respond: Any = None, place_thread: str | None = None) -> None:
        """`place_thread`: the thread the event came from (its settings apply), None at the top
        of a channel even when the answer starts a thread there."""
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
        asker = self._user(user, team)
        asker = await self._with_admin_fact(asker) if name == SETTINGS else asker
        request = Request(name, options, asker, key, scope=f"{PLATFORM}:{team}", channel=channel,
                          thread=place_thread or "", attachments=attachments or [], new_conversation=new,
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
                          channel=channel,
                          thread=message.get("thread_ts") or container.get("thread_ts") or "",
                          reply_to={"platform": PLATFORM, "channel_id": channel,
                                                     "thread_ts": thread})
        owner = command_of_action(action["value"])
        why = self.refusal(team, channel, user, owner)
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
        self.spawn(self._press(reply, action["value"], request))

    async def _press(self, reply: SlackReply, action_id: str, request: Request) -> None:
        try:
            await reply.start(t("status.thinking", language_for(request, self.app)))
            await reply.render(execute_action(action_id, request, self.app))
        except Exception:
            log.exception("button %s on Slack failed", action_id.split(":", 1)[0])

    # -- mentions and DMs (`mentions.py`)
    async def _on_mention(self, event: dict[str, Any], context: Any) -> None:
        await self.chats.converse(event, context)

    async def _on_message(self, event: dict[str, Any], context: Any) -> None:
        # A DM carrying a file arrives with subtype "file_share"; edits, joins and bots do not count.
        if event.get("channel_type") == "im" and event.get("subtype") in (None, "file_share"):
            await self.chats.converse(event, context)

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
