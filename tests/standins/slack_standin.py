"""A stand-in of the Slack Web API on 127.0.0.1, and a signer for requests to the bot, so the
real slack-bolt app runs end to end without Slack."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import itertools
import json
import time
import urllib.parse
from dataclasses import dataclass
from typing import Any

import aiohttp
from aiohttp import WSMsgType, web

BOT_TOKEN = "xoxb-test-token"
APP_TOKEN = "xapp-test-token"  # Socket Mode's app-level token
SIGNING_SECRET = "test-signing-secret"
TEAM = "T0001"
CHANNEL = "C0001"


class SlackStandIn:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.uploads: list[bytes] = []
        self.files: dict[str, bytes] = {}
        self.ratelimit_next: dict[str, int] = {}  # method -> how many calls to refuse with 429
        self.threads: dict[str, list[dict[str, Any]]] = {}  # thread ts -> conversations.replies
        self.admins: set[str] = set()  # users.info says these administer the workspace
        self.closed_channels: set[str] = set()  # channels the bot was not invited to (not_in_channel)
        self.responses: list[dict[str, Any]] = []  # what was posted to response_url
        self.sockets: list[web.WebSocketResponse] = []  # Socket Mode connections, in order
        self.socket_acks: list[dict[str, Any]] = []  # what the bot acknowledged over them
        self.app_token_error: str | None = None  # apps.connections.open refuses: e.g. token_revoked
        self.socket_down = False  # websocket handshakes fail (503), as when Slack cannot be reached
        self.lose_acks = False  # acks vanish, as if the connection broke before they arrived
        self.disconnect_close_s = {"warning": 10.0, "refresh_requested": 1.0}  # then Slack closes it
        self.envelopes: dict[str, dict[str, Any]] = {}  # envelope id -> the envelope as last sent
        self.closed_by: dict[int, str] = {}  # connection index -> "app" or "slack"
        self.silent: set[int] = set()  # connections that went half-open (see go_silent)
        self.protocol_errors: list[str] = []  # acknowledgements Slack would not accept
        self.file_fetches: list[str] = []  # Authorization headers files were downloaded with
        self._sent_on: dict[str, web.WebSocketResponse] = {}
        self._acks: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self._tickets: set[str] = set()
        self._transports: dict[int, Any] = {}
        self._envelope_ids = itertools.count(1)
        self._ts = itertools.count(1)
        self.port = 0
        self._runner: web.AppRunner | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
        app.router.add_get("/api/{method}", self._api)  # slack_sdk reads some methods with GET
        app.router.add_post("/upload/{file_id}", self._upload)
        app.router.add_get("/files/{name}", self._file)
        app.router.add_post("/response/{token}", self._response)
        app.router.add_get("/socket", self._socket)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        for socket in self.sockets:
            with contextlib.suppress(ConnectionError):
                await socket.close()
        if self._runner:
            await self._runner.cleanup()

    def command(self, command: str, text: str, **fields: str) -> str:
        """A signed-ready slash command body whose response_url points here."""
        return command_body(command, text, response_base=self.base, **fields)

    def called(self, method: str) -> list[dict[str, Any]]:
        return [args for name, args in self.calls if name == method]

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        token = APP_TOKEN if method == "apps.connections.open" else BOT_TOKEN
        if request.headers.get("Authorization") != f"Bearer {token}":
            self.calls.append((f"{method}:invalid_auth", {}))
            return web.json_response({"ok": False, "error": "invalid_auth"})
        if request.method == "GET":
            args: dict[str, Any] = {}
        elif request.content_type == "application/json":
            args = await request.json()
        else:
            args = dict(await request.post())
        args.update(dict(request.query))
        if self.ratelimit_next.get(method):
            self.ratelimit_next[method] -= 1
            self.calls.append((method + ":ratelimited", args))
            return web.json_response({"ok": False, "error": "ratelimited"}, status=429,
                                     headers={"Retry-After": "1"})
        self.calls.append((method, args))
        if method.startswith("chat.") and block_errors(args.get("blocks")):
            return web.json_response({"ok": False, "error": "invalid_blocks",
                                      "errors": block_errors(args.get("blocks"))})
        posting = method in ("chat.postMessage", "chat.postEphemeral")
        if posting and args.get("channel") in self.closed_channels:
            return web.json_response({"ok": False, "error": "not_in_channel"})
        if method == "apps.connections.open":
            return self._connections_open()
        if method == "auth.test":
            return web.json_response({"ok": True, "user_id": "UBOT", "bot_id": "BBOT", "team_id": TEAM})
        if method == "chat.postMessage":
            ts = f"1700000000.{next(self._ts):06d}"
            return web.json_response({"ok": True, "channel": args.get("channel"), "ts": ts})
        if method == "users.info":
            user = str(args.get("user"))
            return web.json_response({"ok": True, "user": {"id": user, "team_id": TEAM,
                                                           "is_admin": user in self.admins,
                                                           "is_owner": False}})
        if method == "conversations.open":
            return web.json_response({"ok": True, "channel": {"id": f"D{args.get('users')}"}})
        if method == "conversations.replies":
            messages = self.threads.get(str(args.get("ts")))
            if messages is None:
                return web.json_response({"ok": False, "error": "thread_not_found"})
            return web.json_response({"ok": True, "messages": messages, "has_more": False})
        if method == "files.getUploadURLExternal":
            return web.json_response({"ok": True, "upload_url": f"{self.base}/upload/F{len(self.uploads)}",
                                      "file_id": f"F{len(self.uploads)}"})
        if method == "files.completeUploadExternal":
            files = args.get("files", "[]")
            files = json.loads(files) if isinstance(files, str) else files
            return web.json_response({"ok": True, "files": [{"id": f["id"]} for f in files]})
        return web.json_response({"ok": True})

    async def _upload(self, request: web.Request) -> web.Response:
        self.uploads.append(await request.read())
        return web.Response(text="OK")

    async def _response(self, request: web.Request) -> web.Response:
        self.responses.append(await request.json())
        return web.Response(text="ok")

    async def _file(self, request: web.Request) -> web.Response:
        self.file_fetches.append(request.headers.get("Authorization", ""))
        if request.headers.get("Authorization") != f"Bearer {BOT_TOKEN}":
            return web.Response(status=403)
        return web.Response(body=self.files[request.match_info["name"]], content_type="image/png")


    # ---- Socket Mode (https://docs.slack.dev/apis/events-api/using-socket-mode) ----------------
    # apps.connections.open hands out a single-use websocket URL; the connection opens with
    # `hello`; payloads arrive as envelopes the app acknowledges by envelope_id (with a response
    # payload where `accepts_response_payload` says so); `disconnect` asks the app to reconnect,
    # and Slack closes the old connection a little later. Events without an acknowledgement when
    # their connection goes away are delivered again on the next one (retry_attempt + 1).
    # Payloads sent while no connection is open wait for one (Slack holds and retries events; a
    # slash command or button press would fail for the user instead — not modelled here).

    def _connections_open(self) -> web.Response:
        if self.app_token_error:
            return web.json_response({"ok": False, "error": self.app_token_error})
        ticket = f"t{len(self._tickets) + len(self.sockets) + 1}-{time.monotonic_ns()}"
        self._tickets.add(ticket)
        return web.json_response({"ok": True, "url": f"ws://127.0.0.1:{self.port}/socket?ticket={ticket}"})

    @property
    def live_socket(self) -> web.WebSocketResponse | None:
        return next((s for i, s in reversed(list(enumerate(self.sockets)))
                     if not s.closed and i not in self.closed_by), None)

    async def _socket(self, request: web.Request) -> web.StreamResponse:
        ticket = request.query.get("ticket", "")
        if self.socket_down:
            return web.Response(status=503, text="unavailable")
        if ticket not in self._tickets:  # used already, or never issued
            return web.Response(status=401, text="invalid ticket")
        self._tickets.discard(ticket)
        socket = web.WebSocketResponse(autoping=False)  # pings answered below, unless silent
        await socket.prepare(request)
        index = len(self.sockets)
        self.sockets.append(socket)
        self._transports[index] = request.transport
        await socket.send_json({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A1"},
                                "debug_info": {"host": "standin", "approximate_connection_time": 18060}})
        await self._redeliver(socket)
        async for message in socket:
            if index in self.silent:
                continue
            if message.type == WSMsgType.PING:
                await socket.pong(message.data)
            elif message.type == WSMsgType.TEXT:
                self._acknowledged(json.loads(message.data))
        self.closed_by.setdefault(index, "app")
        return socket

    def _acknowledged(self, ack: dict[str, Any]) -> None:
        if self.lose_acks:
            return
        self.socket_acks.append(ack)
        envelope = self.envelopes.get(ack.get("envelope_id", ""))
        if envelope is None:
            self.protocol_errors.append(f"ack for an unknown envelope: {ack}")
        elif ack.get("payload") and not envelope["accepts_response_payload"]:
            self.protocol_errors.append(f"{envelope['type']} envelope acked with a payload it cannot take")
        waiting = self._acks.get(ack.get("envelope_id", ""))
        if waiting is not None and not waiting.done():
            waiting.set_result(ack)

    async def _redeliver(self, socket: web.WebSocketResponse) -> None:
        for envelope_id, envelope in list(self.envelopes.items()):
            sent_on = self._sent_on.get(envelope_id)
            unacked = not self._acks[envelope_id].done()
            if envelope["type"] == "events_api" and sent_on is not socket and unacked:
                envelope["retry_attempt"] += 1
                envelope["retry_reason"] = "timeout"
                self._sent_on[envelope_id] = socket
                await socket.send_json(envelope)

    async def envelope(self, kind: str, payload: dict[str, Any], *, retry_attempt: int = 0,
                       timeout: float = 10.0) -> str:
        """Send a payload as Slack does (waiting for a connection if none is open); its envelope id."""
        envelope_id = f"env-{next(self._envelope_ids)}"
        envelope: dict[str, Any] = {"envelope_id": envelope_id, "type": kind, "payload": payload,
                                    "accepts_response_payload": accepts_response_payload(kind, payload)}
        if kind == "events_api":
            envelope.update(retry_attempt=retry_attempt, retry_reason="timeout" if retry_attempt else "")
        self.envelopes[envelope_id] = envelope
        self._acks[envelope_id] = asyncio.get_running_loop().create_future()
        deadline = time.monotonic() + timeout
        while True:
            socket = self.live_socket
            if socket is not None:
                self._sent_on[envelope_id] = socket
                with contextlib.suppress(ConnectionError):  # it broke just now: wait for the next one
                    await socket.send_json(envelope)
                    return envelope_id
            assert time.monotonic() < deadline, "no Socket Mode connection to deliver on"
            await asyncio.sleep(0.02)

    async def acknowledgement(self, envelope_id: str, timeout: float = 10.0) -> dict[str, Any]:
        return await asyncio.wait_for(asyncio.shield(self._acks[envelope_id]), timeout)

    def acked(self, envelope_id: str) -> bool:
        return self._acks[envelope_id].done()

    async def socket_send(self, envelope: dict[str, Any]) -> None:
        """Send a raw message (an envelope as written by the test) on the open connection."""
        envelope_id = envelope.get("envelope_id")
        if envelope_id and envelope_id not in self._acks:
            self.envelopes[envelope_id] = envelope
            self._acks[envelope_id] = asyncio.get_running_loop().create_future()
        socket = self.live_socket
        assert socket is not None, "no Socket Mode connection"
        await socket.send_json(envelope)

    async def disconnect(self, reason: str) -> None:
        """Slack's `disconnect` message; Slack closes the connection itself a little later."""
        socket, index = self.live_socket, len(self.sockets) - 1
        assert socket is not None, "no Socket Mode connection"
        await socket.send_json({"type": "disconnect", "reason": reason, "debug_info": {"host": "standin"}})

        async def close_later() -> None:
            await asyncio.sleep(self.disconnect_close_s.get(reason, 1.0))
            if not socket.closed:
                self.closed_by.setdefault(index, "slack")
                await socket.close()

        asyncio.get_running_loop().create_task(close_later())

    def go_silent(self) -> None:
        """The open connection stays open but nothing comes through it any more (a half-open
        connection: a NAT or proxy lost it). Pings go unanswered, acks unread."""
        assert self.live_socket is not None, "no Socket Mode connection"
        self.silent.add(len(self.sockets) - 1)

    def drop(self) -> None:
        """The open connection breaks: no close frame, the TCP connection just goes away."""
        socket, index = self.live_socket, len(self.sockets) - 1
        assert socket is not None, "no Socket Mode connection"
        self.closed_by[index] = "dropped"
        self._transports[index].abort()


def block_errors(blocks: Any) -> list[str]:
    """Slack's Block Kit limits that an answer could break (Slack answers invalid_blocks)."""
    if not blocks:
        return []
    blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
    errors = ["more than 50 blocks"] if len(blocks) > 50 else []
    for block in blocks:
        text = (block.get("text") or {}).get("text", "")
        if block["type"] == "section" and not 0 < len(text) <= 3000:
            errors.append(f"section text of {len(text)} characters")
        for element in block.get("elements", []):
            if element.get("type") == "button" and (len(element["text"]["text"]) > 75
                                                    or len(element.get("value", "")) > 2000):
                errors.append("button too long")
            if block["type"] == "context" and len(element.get("text", "")) > 3000:
                errors.append("context too long")
    return errors


def signed(body: str, *, secret: str = SIGNING_SECRET, timestamp: int | None = None) -> dict[str, str]:
    ts = str(timestamp if timestamp is not None else int(time.time()))
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def action_body(value: str, user: str, *, channel: str = CHANNEL, ephemeral: bool = False,
                response_url: str = "http://127.0.0.1:9/response/x", message_ts: str = "9.0001",
                thread_ts: str | None = None) -> str:
    """A button press (interactivity payload) on a message in `channel`."""
    payload: dict[str, Any] = {
        "type": "block_actions", "user": {"id": user}, "team": {"id": TEAM}, "channel": {"id": channel},
        "api_app_id": "A1", "token": "legacy", "trigger_id": "trigger", "response_url": response_url,
        "container": {"type": "message", "message_ts": message_ts, "channel_id": channel,
                      "is_ephemeral": ephemeral},
        "actions": [{"type": "button", "action_id": "hubbot-action-0", "block_id": "b", "value": value,
                     "action_ts": "1"}],
    }
    if thread_ts:  # a message in a thread: Slack names the thread in the container (ephemeral or not)
        payload["container"]["thread_ts"] = thread_ts
    if not ephemeral:
        payload["message"] = {"ts": message_ts, "text": "", "type": "message",
                              **({"thread_ts": thread_ts} if thread_ts else {})}
    return urllib.parse.urlencode({"payload": json.dumps(payload)})


def command_body(command: str, text: str, user: str = "U0001", channel: str = CHANNEL,
                 response_base: str = "http://127.0.0.1:9", **extra: str) -> str:
    return urllib.parse.urlencode({
        "command": f"/{command}", "text": text, "user_id": user, "channel_id": channel, "team_id": TEAM,
        "trigger_id": "trigger", "response_url": f"{response_base}/response/{user}", "user_name": user,
        **extra,
    })


def accepts_response_payload(kind: str, payload: dict[str, Any]) -> bool:
    """Slash commands, and interactions other than button presses, may be answered in the ack."""
    return kind == "slash_commands" or (kind == "interactive" and payload.get("type") != "block_actions")


@dataclass
class Ack:
    """What the app answered a delivery with, and how long it took."""

    status: int
    body: dict[str, Any]
    seconds: float


class Delivery:
    """How Slack hands the app a request, in either mode, from the same bodies the HTTP tests
    build: a signed POST to the request URL (HTTP mode, `url`), or an envelope over the Socket
    Mode connection acknowledged by its envelope_id (`url` None). Form bodies with `payload` are
    interactions, other form bodies slash commands, JSON bodies Events API callbacks."""

    def __init__(self, standin: SlackStandIn, url: str | None) -> None:
        self.standin, self.url = standin, url

    @property
    def mode(self) -> str:
        return "http" if self.url else "socket"

    async def post(self, body: str, headers: dict[str, str] | None = None, *, form: bool = True) -> int:
        return (await self.deliver(body, headers, form=form)).status

    async def ack(self, body: str, *, form: bool = True) -> dict[str, Any]:
        """The immediate answer (what the app acknowledged with); {} when it had nothing to say."""
        answer = await self.deliver(body, form=form)
        assert answer.status == 200, answer
        return answer.body

    async def deliver(self, body: str, headers: dict[str, str] | None = None, *, form: bool = True) -> Ack:
        start = time.monotonic()
        if self.url:
            content = "application/x-www-form-urlencoded" if form else "application/json"
            sent = {"Content-Type": content, **(headers or signed(body))}
            async with aiohttp.ClientSession() as session, session.post(
                    self.url, data=body.encode(), headers=sent) as response:
                answer = await response.json() if response.content_length else {}
                return Ack(response.status, answer, time.monotonic() - start)
        kind, payload = envelope_payload(body, form)
        retry = int((headers or {}).get("X-Slack-Retry-Num", 0))
        envelope_id = await self.standin.envelope(kind, payload, retry_attempt=retry)
        acknowledgement = await self.standin.acknowledgement(envelope_id)
        return Ack(200, acknowledgement.get("payload") or {}, time.monotonic() - start)


def envelope_payload(body: str, form: bool) -> tuple[str, dict[str, Any]]:
    """The Socket Mode envelope type and payload carrying what HTTP mode would POST."""
    if not form:
        return "events_api", json.loads(body)
    fields = dict(urllib.parse.parse_qsl(body, keep_blank_values=True))
    if "payload" in fields:
        return "interactive", json.loads(fields["payload"])
    return "slash_commands", fields
