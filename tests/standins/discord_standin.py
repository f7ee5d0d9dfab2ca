"""A local stand-in for Discord: the REST API and the gateway a real discord.py client needs,
served by aiohttp on 127.0.0.1, plus a CDN for attachments.

It keeps what a test wants to look at: synced commands, every REST call, each interaction's
callback / original message (with its edit history) / follow-ups, channel messages, and the
gateway close codes. Tests drive it like users would: `slash()`, `click()`, `menu()`,
`submit_modal()`, `say()` (a channel message), and wait with `wait_for(predicate)`.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import mimetypes
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import web

APP_ID = 900_000_000_000_000_001
GUILD_ID = 900_000_000_000_000_100
EVERYONE_ROLE = GUILD_ID
MEMBER_ROLE = 900_000_000_000_000_101
BANNED_ROLE = 900_000_000_000_000_102
CHANNEL_ID = 900_000_000_000_000_200
OTHER_CHANNEL_ID = 900_000_000_000_000_201
THREAD_ID = 900_000_000_000_000_300
DM_CHANNEL_ID = 900_000_000_000_000_400
TOKEN = "test-bot-token"
MEMBER_PERMISSIONS = 2248473465835073  # an ordinary member's: no Manage Channels, no Manage Server
MANAGE_CHANNELS = 1 << 4
MANAGE_GUILD = 1 << 5
UPLOAD_LIMIT = 10 * 1024 * 1024

EPHEMERAL = 64
LOADING = 128


def _user(user_id: int, name: str, bot: bool = False) -> dict[str, Any]:
    return {"id": str(user_id), "username": name, "global_name": name.title(), "discriminator": "0",
            "avatar": None, "bot": bot, "public_flags": 0, "flags": 0}


BOT = _user(APP_ID, "hubbot", bot=True)
ALICE = _user(900_000_000_000_001_001, "alice")
BOB = _user(900_000_000_000_001_002, "bob")
CAROL = _user(900_000_000_000_001_003, "carol")
MALLORY = _user(900_000_000_000_001_666, "mallory")


def _now() -> str:
    return datetime.now(UTC).isoformat()


@dataclass
class Upload:
    filename: str
    data: bytes
    content_type: str = "application/octet-stream"


@dataclass
class InteractionLog:
    """Everything the bot did with one interaction."""

    id: int
    token: str
    payload: dict[str, Any]
    callbacks: list[dict[str, Any]] = field(default_factory=list)  # {"type": n, "data": {...}}
    original: dict[str, Any] | None = None
    original_history: list[dict[str, Any]] = field(default_factory=list)  # every state it had
    original_deleted: bool = False
    followups: list[dict[str, Any]] = field(default_factory=list)

    @property
    def callback_types(self) -> list[int]:
        return [c["type"] for c in self.callbacks]

    @property
    def ephemeral_texts(self) -> list[str]:
        texts = [c["data"].get("content") or "" for c in self.callbacks
                 if c["type"] == 4 and c["data"].get("flags", 0) & EPHEMERAL]
        texts += [m["content"] for m in self.followups if m["flags"] & EPHEMERAL]
        return texts

    @property
    def public_messages(self) -> list[dict[str, Any]]:
        """The visible reply: the original (unless deleted or ephemeral), then follow-ups."""
        out = []
        if self.original and not self.original_deleted and not self.original["flags"] & EPHEMERAL:
            out.append(self.original)
        return out + [m for m in self.followups if not m["flags"] & EPHEMERAL]

    def modal(self) -> dict[str, Any] | None:
        return next((c["data"] for c in self.callbacks if c["type"] == 9), None)


class DiscordStandIn:
    def __init__(self) -> None:
        self._ids = itertools.count(1_300_000_000_000_000_000)
        self.commands: dict[str, list[dict[str, Any]]] = {}  # "global" or guild id -> commands
        self.calls: list[tuple[str, str]] = []  # (method, path) of every REST call
        self.interactions: dict[str, InteractionLog] = {}  # by token
        self.messages: dict[int, dict[str, Any]] = {}  # every message, by id
        self.cdn: dict[str, Upload] = {}
        self.identifies: list[dict[str, Any]] = []
        self.presences: list[dict[str, Any]] = []  # presence updates the bot sent (op 3)
        self.close_codes: list[int | None] = []
        self.rate_limit_next_edit = False
        self.rate_limited: list[str] = []
        self.expired_tokens: set[str] = set()
        self.nsfw_channels: set[int] = set()  # channels marked age-restricted (in the guild payload)
        self.member_roles: dict[str, list[int]] = {}  # user id -> roles in the guild (default: member)
        self._sockets: list[web.WebSocketResponse] = []
        self._seq = itertools.count(1)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # ---- lifecycle -----------------------------------------------------------------------

    async def start(self) -> DiscordStandIn:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_get("/cdn/{name}", self._cdn)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        return f"http://{self.host}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://{self.host}/gateway"

    def cdn_url(self, name: str) -> str:
        return f"http://{self.host}/cdn/{name}"

    # ---- waiting ---------------------------------------------------------------------------

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 15.0, what: str = "") -> Any:
        deadline = time.monotonic() + timeout
        async with self._changed:
            while True:
                value = predicate()
                if value:
                    return value
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"timed out waiting for {what or predicate}")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), min(left, 0.25))

    async def quiet(self, seconds: float = 0.3) -> None:
        """Wait until no REST call has arrived for `seconds`."""
        while True:
            count = len(self.calls)
            await asyncio.sleep(seconds)
            if len(self.calls) == count:
                return

    async def wait_ready(self, timeout: float = 20.0) -> None:
        await self.wait_for(lambda: self.identifies and self._sockets, timeout, "the bot to identify")
        await asyncio.sleep(0.05)  # let the client take in READY / GUILD_CREATE

    # ---- the gateway ---------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None})
        try:
            async for frame in ws:
                data = json.loads(frame.data)
                if data["op"] == 2:
                    self.identifies.append(data["d"])
                    await self._send(ws, "READY", self._ready())
                    await self._send(ws, "GUILD_CREATE", self._guild())
                    await self._notify()
                elif data["op"] == 1:
                    await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
                elif data["op"] == 3:
                    self.presences.append(data["d"])
                    await self._notify()
        finally:
            self._sockets.remove(ws)
            self.close_codes.append(ws.close_code)
            await self._notify()
        return ws

    async def _send(self, ws: web.WebSocketResponse, event: str, data: dict[str, Any]) -> None:
        await ws.send_json({"op": 0, "t": event, "s": next(self._seq), "d": data})

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        await self.wait_for(lambda: self._sockets, 10, "a gateway connection")
        await self._send(self._sockets[-1], event, data)

    def _ready(self) -> dict[str, Any]:
        return {"v": 10, "user": BOT, "guilds": [{"id": str(GUILD_ID), "unavailable": True}],
                "session_id": "standin-session", "resume_gateway_url": self.gateway_url,
                "shard": [0, 1], "application": {"id": str(APP_ID), "flags": 0}, "private_channels": [],
                "relationships": []}

    def _guild(self) -> dict[str, Any]:
        def role(role_id: int, name: str, position: int) -> dict[str, Any]:
            return {"id": str(role_id), "name": name, "permissions": "104324673", "position": position,
                    "color": 0, "hoist": False, "managed": False, "mentionable": False, "flags": 0}

        return {
            "id": str(GUILD_ID), "name": "Stand-in guild", "icon": None, "splash": None,
            "discovery_splash": None, "owner_id": ALICE["id"], "afk_channel_id": None, "afk_timeout": 300,
            "verification_level": 0, "default_message_notifications": 0, "explicit_content_filter": 0,
            "roles": [role(EVERYONE_ROLE, "@everyone", 0), role(MEMBER_ROLE, "member", 1),
                      role(BANNED_ROLE, "banned", 2)],
            "emojis": [], "stickers": [], "features": [], "mfa_level": 0, "application_id": None,
            "system_channel_id": None, "system_channel_flags": 0, "rules_channel_id": None,
            "vanity_url_code": None, "description": None, "banner": None, "premium_tier": 0,
            "preferred_locale": "en-US", "public_updates_channel_id": None, "nsfw_level": 0,
            "premium_progress_bar_enabled": False, "joined_at": _now(), "large": False, "unavailable": False,
            "member_count": 4, "voice_states": [], "members": [], "presences": [],
            "channels": [self.channel(CHANNEL_ID, "general"), self.channel(OTHER_CHANNEL_ID, "random")],
            "threads": [self.thread()], "stage_instances": [], "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }

    def channel(self, channel_id: int, name: str) -> dict[str, Any]:
        nsfw = channel_id in self.nsfw_channels
        return {"id": str(channel_id), "type": 0, "guild_id": str(GUILD_ID), "name": name, "position": 0,
                "permission_overwrites": [], "parent_id": None, "nsfw": nsfw, "topic": None,
                "last_message_id": None, "rate_limit_per_user": 0, "flags": 0}

    @staticmethod
    def thread(owner: dict[str, Any] = BOT) -> dict[str, Any]:
        return {"id": str(THREAD_ID), "type": 11, "guild_id": str(GUILD_ID), "name": "a chat",
                "parent_id": str(CHANNEL_ID), "owner_id": owner["id"], "last_message_id": None,
                "rate_limit_per_user": 0, "message_count": 0, "member_count": 2, "flags": 0,
                "thread_metadata": {"archived": False, "auto_archive_duration": 1440,
                                    "archive_timestamp": _now(), "locked": False}}

    # ---- users' actions ---------------------------------------------------------------------

    def upload(self, filename: str, data: bytes, content_type: str = "image/png") -> dict[str, Any]:
        """Put a file on the stand-in CDN; returns the attachment object Discord would send."""
        attachment_id = next(self._ids)
        name = f"{attachment_id}-{filename}"
        self.cdn[name] = Upload(filename, data, content_type)
        return {"id": str(attachment_id), "filename": filename, "size": len(data),
                "content_type": content_type, "url": self.cdn_url(name), "proxy_url": self.cdn_url(name)}

    def _interaction(self, kind: int, data: dict[str, Any], *, user: dict[str, Any], locale: str,
                     channel_id: int, roles: list[int] | None, message: dict[str, Any] | None = None,
                     permissions: int | None = None) -> InteractionLog:
        interaction_id = next(self._ids)
        token = f"itoken-{interaction_id}"
        payload: dict[str, Any] = {
            "id": str(interaction_id), "application_id": str(APP_ID), "type": kind, "data": data,
            "token": token, "version": 1, "locale": locale, "app_permissions": "2248473465835073",
            "entitlements": [], "attachment_size_limit": UPLOAD_LIMIT, "context": 0,
            "authorizing_integration_owners": {"0": str(GUILD_ID)},
        }
        if channel_id == DM_CHANNEL_ID:
            payload["channel"] = {"id": str(DM_CHANNEL_ID), "type": 1, "recipients": [user], "flags": 0}
            payload["channel_id"] = str(DM_CHANNEL_ID)
            payload["user"] = user
            payload["context"] = 1
        else:
            channel = self.thread() if channel_id == THREAD_ID else self.channel(channel_id, "general")
            payload.update(channel=channel, channel_id=str(channel_id), guild_id=str(GUILD_ID),
                           guild_locale="en-US")
            payload["member"] = {"user": user, "roles": [str(r) for r in (roles or [MEMBER_ROLE])],
                                 "joined_at": _now(), "deaf": False, "mute": False, "flags": 0,
                                 "permissions": str(permissions if permissions is not None
                                                    else MEMBER_PERMISSIONS),
                                 "nick": None, "avatar": None,
                                 "pending": False, "premium_since": None}
        if message is not None:
            payload["message"] = message
        log = InteractionLog(interaction_id, token, payload)
        self.interactions[token] = log
        return log

    async def slash(self, name: str, options: dict[str, Any] | None = None, *, user: dict[str, Any] = ALICE,
                    locale: str = "en-US", channel_id: int = CHANNEL_ID, roles: list[int] | None = None,
                    attachments: dict[str, dict[str, Any]] | None = None,
                    permissions: int | None = None) -> InteractionLog:
        """A user runs /name. `options` are sent typed as the synced command declares them;
        `attachments` maps option names to objects from `upload()`; `permissions`: the member's
        resolved permission bits in that channel (default: an ordinary member's)."""
        declared = {c["name"]: c for c in self.commands.get("global", []) if c.get("type", 1) == 1}
        command = declared.get(name, {"id": "0", "options": []})
        types = {o["name"]: o["type"] for o in command.get("options", [])}
        sent = [{"name": k, "type": types.get(k, 3), "value": v} for k, v in (options or {}).items()]
        data: dict[str, Any] = {"id": command["id"], "name": name, "type": 1, "options": sent}
        if attachments:
            data["resolved"] = {"attachments": {a["id"]: a for a in attachments.values()}}
            sent += [{"name": k, "type": 11, "value": a["id"]} for k, a in attachments.items()]
        log = self._interaction(2, data, user=user, locale=locale, channel_id=channel_id, roles=roles,
                                permissions=permissions)
        await self.dispatch("INTERACTION_CREATE", log.payload)
        return log

    async def autocomplete(self, name: str, option: str, typed: str, **kwargs: Any) -> InteractionLog:
        """`others`: options already filled in ({name: value}), sent beside the focused one."""
        declared = {c["name"]: c for c in self.commands.get("global", [])}
        filled = [{"name": k, "type": 3, "value": v} for k, v in kwargs.get("others", {}).items()]
        data = {"id": declared[name]["id"], "name": name, "type": 1,
                "options": [*filled, {"name": option, "type": 3, "value": typed, "focused": True}]}
        log = self._interaction(4, data, user=kwargs.get("user", ALICE), locale=kwargs.get("locale", "en-US"),
                                channel_id=kwargs.get("channel_id", CHANNEL_ID), roles=None)
        await self.dispatch("INTERACTION_CREATE", log.payload)
        return log

    async def click(self, message: dict[str, Any], custom_id: str, *, user: dict[str, Any] = ALICE,
                    locale: str = "en-US", channel_id: int | None = None) -> InteractionLog:
        data = {"custom_id": custom_id, "component_type": 2}
        channel = channel_id or int(message["channel_id"])
        log = self._interaction(3, data, user=user, locale=locale, channel_id=channel, roles=None,
                                message=message)
        await self.dispatch("INTERACTION_CREATE", log.payload)
        return log

    async def menu(self, name: str, message: dict[str, Any], *, user: dict[str, Any] = ALICE,
                   locale: str = "en-US") -> InteractionLog:
        """A user picks Apps -> `name` on a message."""
        declared = {c["name"]: c for c in self.commands.get("global", []) if c.get("type") == 3}
        data = {"id": declared[name]["id"], "name": name, "type": 3, "target_id": message["id"],
                "resolved": {"messages": {message["id"]: message}}}
        log = self._interaction(2, data, user=user, locale=locale, channel_id=int(message["channel_id"]),
                                roles=None)
        await self.dispatch("INTERACTION_CREATE", log.payload)
        return log

    async def submit_modal(self, modal: dict[str, Any], values: list[str], *, user: dict[str, Any] = ALICE,
                           locale: str = "en-US", channel_id: int = CHANNEL_ID) -> InteractionLog:
        inputs = [c for c in _walk(modal.get("components", [])) if c.get("type") == 4]
        rows = [{"type": 1, "components": [{"type": 4, "custom_id": i["custom_id"], "value": v}]}
                for i, v in zip(inputs, values, strict=False)]
        data = {"custom_id": modal["custom_id"], "components": rows}
        log = self._interaction(5, data, user=user, locale=locale, channel_id=channel_id, roles=None)
        await self.dispatch("INTERACTION_CREATE", log.payload)
        return log

    async def say(self, content: str, *, user: dict[str, Any] = ALICE, channel_id: int = CHANNEL_ID,
                  mention_bot: bool = True, reply_to: dict[str, Any] | None = None,
                  attachments: list[dict[str, Any]] | None = None, roles: list[int] | None = None,
                  ) -> dict[str, Any]:
        """A user posts a message (mentioning the bot unless told otherwise)."""
        text = f"<@{APP_ID}> {content}" if mention_bot else content
        mentions = [BOT] if mention_bot or (reply_to and reply_to["author"]["id"] == BOT["id"]) else []
        message = self._message(channel_id, user, text, attachments=attachments or [], mentions=mentions,
                                reference=reply_to)
        if channel_id != DM_CHANNEL_ID:
            message["member"] = {"roles": [str(r) for r in (roles or [MEMBER_ROLE])], "joined_at": _now(),
                                 "deaf": False, "mute": False, "flags": 0}
        await self.dispatch("MESSAGE_CREATE", message)
        return message

    # ---- messages -------------------------------------------------------------------------

    def _message(self, channel_id: int, author: dict[str, Any], content: str, *, flags: int = 0,
                 attachments: list[dict[str, Any]] | None = None, embeds: list[dict[str, Any]] | None = None,
                 components: list[dict[str, Any]] | None = None, mentions: list[dict[str, Any]] | None = None,
                 reference: dict[str, Any] | None = None, interaction: InteractionLog | None = None,
                 ) -> dict[str, Any]:
        message: dict[str, Any] = {
            "id": str(next(self._ids)), "channel_id": str(channel_id), "author": author, "content": content,
            "timestamp": _now(), "edited_timestamp": None, "tts": False, "mention_everyone": False,
            "mentions": mentions or [], "mention_roles": [], "attachments": attachments or [],
            "embeds": embeds or [], "pinned": False, "type": 0, "flags": flags,
            "components": components or [],
        }
        if channel_id != DM_CHANNEL_ID:
            message["guild_id"] = str(GUILD_ID)
        if reference is not None:
            message["type"] = 19
            message["message_reference"] = {"message_id": reference["id"], "type": 0,
                                            "channel_id": reference["channel_id"],
                                            "guild_id": reference.get("guild_id")}
            message["referenced_message"] = {k: v for k, v in reference.items() if k != "referenced_message"}
        if interaction is not None:
            message["application_id"] = str(APP_ID)
            message["webhook_id"] = str(APP_ID)
            message["interaction_metadata"] = {
                "id": str(interaction.id), "type": interaction.payload["type"],
                "user": interaction.payload.get("member", {}).get("user") or interaction.payload.get("user"),
                "authorizing_integration_owners": {}}
        self.messages[int(message["id"])] = message
        return message

    def channel_messages(self, channel_id: int = CHANNEL_ID, *, by_bot: bool = True) -> list[dict[str, Any]]:
        return [m for m in self.messages.values() if m["channel_id"] == str(channel_id)
                and (m["author"]["id"] == BOT["id"]) == by_bot and "interaction_metadata" not in m]

    def replies_to(self, message: dict[str, Any]) -> list[dict[str, Any]]:
        """Bot messages in the reply chain under `message` (the bot chains its continuations)."""
        chain, frontier = [], {message["id"]}
        for candidate in sorted(self.messages.values(), key=lambda m: int(m["id"])):
            ref = candidate.get("message_reference", {}).get("message_id")
            if ref in frontier and candidate["author"]["id"] == BOT["id"]:
                chain.append(candidate)
                frontier.add(candidate["id"])
        return chain

    # ---- REST -------------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        self.calls.append((request.method, path))
        try:
            return await self._route(request, path)
        finally:
            await self._notify()

    async def _route(self, request: web.Request, path: str) -> web.StreamResponse:
        parts = path.strip("/").split("/")
        method = request.method
        if path == "/users/@me":
            return _json(BOT)
        if path == "/users/@me/channels" and method == "POST":  # open a DM (one DM channel here)
            wanted = str((await request.json())["recipient_id"])
            recipient = next(u for u in (ALICE, BOB, CAROL, MALLORY) if u["id"] == wanted)
            return _json({"id": str(DM_CHANNEL_ID), "type": 1, "recipients": [recipient], "flags": 0,
                          "last_message_id": None})
        if path == "/oauth2/applications/@me":
            return _json({"id": str(APP_ID), "name": "hubbot", "icon": None, "description": "",
                          "bot_public": True, "bot_require_code_grant": False, "verify_key": "00",
                          "flags": 0, "owner": ALICE, "team": None, "summary": "", "rpc_origins": []})
        if path == "/gateway/bot":
            return _json({"url": "wss://gateway.discord.invalid", "shards": 1,
                          "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 0,
                                                  "max_concurrency": 1}})
        if parts[:1] == ["applications"] and parts[-1] == "commands" and method == "PUT":
            scope = parts[3] if len(parts) == 5 else "global"
            return _json(self._store_commands(scope, await request.json()))
        if parts[:1] == ["interactions"] and parts[-1] == "callback":
            return await self._callback(request, parts[2])
        if parts[:1] == ["webhooks"]:
            return await self._webhook(request, parts[2], parts[3:])
        if parts[:1] == ["channels"]:
            return await self._channel(request, int(parts[1]), parts[2:])
        if parts[:1] == ["guilds"] and parts[2:3] == ["members"] and method == "GET":
            return self._member(parts[1], parts[3])
        return _json({"message": f"stand-in: no route {method} {path}", "code": 0}, 404)

    def _member(self, guild_id: str, user_id: str) -> web.Response:
        """GET /guilds/{guild}/members/{user}: needs no privileged intent on Discord."""
        user = next((u for u in (ALICE, BOB, CAROL, MALLORY) if u["id"] == user_id), None)
        if guild_id != str(GUILD_ID) or user is None:
            return _json({"message": "Unknown Member", "code": 10007}, 404)
        roles = self.member_roles.get(user_id, [MEMBER_ROLE])
        return _json({"user": user, "roles": [str(r) for r in roles], "joined_at": _now(), "deaf": False,
                      "mute": False, "flags": 0, "nick": None, "avatar": None, "pending": False,
                      "premium_since": None})

    def _store_commands(self, scope: str, commands: list[dict[str, Any]]) -> list[dict[str, Any]]:
        stored = []
        for command in commands:
            entry = {"id": str(next(self._ids)), "application_id": str(APP_ID), "version": "1",
                     "default_member_permissions": None, "dm_permission": True, "nsfw": False, **command}
            entry.setdefault("type", 1)
            entry.setdefault("description", "")
            if scope != "global":
                entry["guild_id"] = scope
            stored.append(entry)
        self.commands[scope] = stored
        return stored

    async def _callback(self, request: web.Request, token: str) -> web.Response:
        body, uploads = await _read_body(request)
        log = self.interactions[token]
        kind = body["type"]
        data = body.get("data") or {}
        log.callbacks.append({"type": kind, "data": data, "files": [u.filename for u in uploads]})
        channel_id = int(log.payload["channel_id"])
        message = None
        if kind in (4, 5):
            flags = (data.get("flags") or 0) | (LOADING if kind == 5 else 0)
            message = self._message(channel_id, BOT, data.get("content") or "", flags=flags,
                                    attachments=self._attach(uploads), embeds=data.get("embeds"),
                                    components=data.get("components"), interaction=log)
            log.original = message
            log.original_history.append(dict(message))
        elif kind == 7 and log.payload.get("message"):
            message = self.messages[int(log.payload["message"]["id"])]
            message.update({k: v for k, v in data.items() if k in ("content", "embeds", "components")})
        response: dict[str, Any] = {"interaction": {
            "id": str(log.id), "type": log.payload["type"],
            "response_message_id": message["id"] if message else None,
            "response_message_loading": kind == 5,
            "response_message_ephemeral": bool(message and message["flags"] & EPHEMERAL)}}
        response["resource"] = {"type": kind, **({"message": message} if message else {})}
        return _json(response)

    async def _webhook(self, request: web.Request, token: str, rest: list[str]) -> web.StreamResponse:
        if token in self.expired_tokens:
            return _json({"message": "Invalid Webhook Token", "code": 50027}, 401)
        log = self.interactions.get(token)
        if log is None:
            return _json({"message": "Unknown Webhook", "code": 10015}, 404)
        if not rest:  # POST /webhooks/{app}/{token}: a follow-up
            body, uploads = await _read_body(request)
            message = self._message(int(log.payload["channel_id"]), BOT, body.get("content") or "",
                                    flags=body.get("flags") or 0, attachments=self._attach(uploads),
                                    embeds=body.get("embeds"), components=body.get("components"),
                                    interaction=log)
            log.followups.append(message)
            return _json(message)
        target = rest[1]
        message = log.original if target == "@original" else self.messages.get(int(target))
        if message is None:
            return _json({"message": "Unknown Message", "code": 10008}, 404)
        if request.method == "GET":
            return _json(message)
        if request.method == "DELETE":
            if target == "@original":
                log.original_deleted = True
            else:
                log.followups = [m for m in log.followups if m["id"] != target]
            return web.Response(status=204)
        if self.rate_limit_next_edit:
            self.rate_limit_next_edit = False
            self.rate_limited.append(target)
            return _json({"message": "You are being rate limited.", "retry_after": 0.05, "global": False},
                         429, headers={"Retry-After": "0.05", "X-RateLimit-Limit": "5",
                                       "X-RateLimit-Remaining": "0", "X-RateLimit-Reset-After": "0.05",
                                       "X-RateLimit-Bucket": "standin", "X-RateLimit-Scope": "user",
                                       "Via": "1.1 google"})  # discord.py: no Via = a Cloudflare ban
        body, uploads = await _read_body(request)
        self._edit(message, body, uploads)
        if target == "@original":
            log.original_history.append(dict(message))
        return _json(message)

    async def _channel(self, request: web.Request, channel_id: int, rest: list[str]) -> web.StreamResponse:
        if rest == ["typing"]:
            return web.Response(status=204)
        if rest == ["messages"] and request.method == "POST":
            body, uploads = await _read_body(request)
            reference = body.get("message_reference")
            referenced = self.messages.get(int(reference["message_id"])) if reference else None
            message = self._message(channel_id, BOT, body.get("content") or "", flags=body.get("flags") or 0,
                                    attachments=self._attach(uploads), embeds=body.get("embeds"),
                                    components=body.get("components"), reference=referenced)
            return _json(message)
        if len(rest) == 2 and rest[0] == "messages":
            message = self.messages.get(int(rest[1]))
            if message is None or message["channel_id"] != str(channel_id):
                return _json({"message": "Unknown Message", "code": 10008}, 404)
            if request.method == "GET":
                return _json(message)
            if request.method == "DELETE":
                self.messages.pop(int(rest[1]))
                for log in self.interactions.values():
                    if log.original is message:
                        log.original_deleted = True
                return web.Response(status=204)
            if message["author"]["id"] != BOT["id"]:
                return _json({"message": "Cannot edit a message by another user", "code": 50005}, 403)
            body, uploads = await _read_body(request)
            self._edit(message, body, uploads)
            return _json(message)
        return _json({"message": "stand-in: unsupported channel call", "code": 0}, 404)

    def _edit(self, message: dict[str, Any], body: dict[str, Any], uploads: list[Upload]) -> None:
        for key in ("content", "embeds", "components"):
            if key in body:
                message[key] = body[key] if body[key] is not None else ([] if key != "content" else "")
        if "attachments" in body:
            kept = {a["id"]: a for a in message["attachments"]}
            new = self._attach(uploads)
            message["attachments"] = [kept[str(a["id"])] for a in body["attachments"] if str(a["id"]) in kept]
            message["attachments"] += new
        message["flags"] &= ~LOADING
        message["edited_timestamp"] = _now()

    def _attach(self, uploads: list[Upload]) -> list[dict[str, Any]]:
        return [self.upload(u.filename, u.data, mimetypes.guess_type(u.filename)[0] or u.content_type)
                for u in uploads]

    async def _cdn(self, request: web.Request) -> web.StreamResponse:
        upload = self.cdn.get(request.match_info["name"])
        if upload is None:
            return web.Response(status=404)
        return web.Response(body=upload.data, content_type=upload.content_type)

    def file(self, attachment: dict[str, Any]) -> bytes:
        return self.cdn[attachment["url"].rsplit("/", 1)[-1]].data


def _walk(components: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for component in components:
        out.append(component)
        out += _walk(component.get("components", []))
        if "component" in component:  # a Label wraps one component
            out += _walk([component["component"]])
    return out


async def _read_body(request: web.Request) -> tuple[dict[str, Any], list[Upload]]:
    """JSON, or multipart with `payload_json` and `files[n]` (how discord.py uploads)."""
    if request.content_type != "multipart/form-data":
        text = await request.text()
        return (json.loads(text) if text else {}), []
    body: dict[str, Any] = {}
    uploads: list[Upload] = []
    reader = await request.multipart()
    async for part in reader:
        if part.name == "payload_json":
            body = json.loads(await part.text())
        else:
            uploads.append(Upload(part.filename or "file", bytes(await part.read()),
                                  part.headers.get("Content-Type", "application/octet-stream")))
    return body, uploads


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    # discord.py only parses the body as JSON when the type is exactly application/json.
    # (bytes, so aiohttp adds no "; charset=utf-8").
    return web.Response(body=json.dumps(data).encode(), status=status, content_type="application/json",
                        headers=headers)
