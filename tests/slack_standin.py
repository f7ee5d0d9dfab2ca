"""A stand-in of the Slack Web API on 127.0.0.1, and a signer for requests to the bot, so the
real slack-bolt app runs end to end without Slack."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
import urllib.parse
from typing import Any

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
        self.closed_channels: set[str] = set()  # channels the bot was not invited to (not_in_channel)
        self.responses: list[dict[str, Any]] = []  # what was posted to response_url
        self.sockets: list[web.WebSocketResponse] = []  # Socket Mode connections
        self.socket_acks: list[dict[str, Any]] = []  # what the bot acknowledged over them
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
            return web.json_response({"ok": True, "url": f"ws://127.0.0.1:{self.port}/socket"})
        if method == "auth.test":
            return web.json_response({"ok": True, "user_id": "UBOT", "bot_id": "BBOT", "team_id": TEAM})
        if method == "chat.postMessage":
            ts = f"1700000000.{next(self._ts):06d}"
            return web.json_response({"ok": True, "channel": args.get("channel"), "ts": ts})
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

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        self.sockets.append(socket)
        await socket.send_json({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A1"}})
        async for message in socket:
            if message.type == WSMsgType.TEXT:
                self.socket_acks.append(json.loads(message.data))
        return socket

    async def socket_send(self, envelope: dict[str, Any]) -> None:
        """Deliver an envelope (slash_commands, events_api, interactive) to the connected bot."""
        await self.sockets[-1].send_json(envelope)

    async def _response(self, request: web.Request) -> web.Response:
        self.responses.append(await request.json())
        return web.Response(text="ok")

    async def _file(self, request: web.Request) -> web.Response:
        if request.headers.get("Authorization") != f"Bearer {BOT_TOKEN}":
            return web.Response(status=403)
        return web.Response(body=self.files[request.match_info["name"]], content_type="image/png")


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
                response_url: str = "http://127.0.0.1:9/response/x", message_ts: str = "9.0001") -> str:
    """A button press (interactivity payload) on a message in `channel`."""
    payload: dict[str, Any] = {
        "type": "block_actions", "user": {"id": user}, "team": {"id": TEAM}, "channel": {"id": channel},
        "api_app_id": "A1", "token": "legacy", "trigger_id": "trigger", "response_url": response_url,
        "container": {"type": "message", "message_ts": message_ts, "channel_id": channel,
                      "is_ephemeral": ephemeral},
        "actions": [{"type": "button", "action_id": "hubbot-action-0", "block_id": "b", "value": value,
                     "action_ts": "1"}],
    }
    if not ephemeral:
        payload["message"] = {"ts": message_ts, "text": "", "type": "message"}
    return urllib.parse.urlencode({"payload": json.dumps(payload)})


def command_body(command: str, text: str, user: str = "U0001", channel: str = CHANNEL,
                 response_base: str = "http://127.0.0.1:9", **extra: str) -> str:
    return urllib.parse.urlencode({
        "command": f"/{command}", "text": text, "user_id": user, "channel_id": channel, "team_id": TEAM,
        "trigger_id": "trigger", "response_url": f"{response_base}/response/{user}", "user_name": user,
        **extra,
    })
