"""Slack Socket Mode: the app-level token checked up front, and a websocket client that reconnects
quietly.

slack_sdk's aiohttp client retries a failed connection every ping interval forever and logs a
traceback each time, and asks for a new URL outside that retry loop when it reconnects. This
client keeps the SDK's receiving, acknowledging and ping/pong machinery and replaces only the
connecting: each attempt asks `apps.connections.open` for a fresh URL, a failure is one log line
and the next attempt waits twice as long (up to `MAX_BACKOFF_S`), and Slack refusing the app
token (revoked, wrong) is not retried at all: `refused` resolves and the bot stops.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

import aiohttp
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.socket_mode.aiohttp import SocketModeClient
from slack_sdk.web.async_client import AsyncWebClient

from hubbot.errors import ConfigError

log = logging.getLogger(__name__)
MAX_BACKOFF_S = 300.0
# Slack errors that no retry can fix: the token is wrong, revoked, of the wrong kind or lacks a scope.
REFUSALS = frozenset({"invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive",
                      "not_allowed_token_type", "missing_scope", "no_permission", "team_access_not_granted"})
APP_TOKEN_HELP = ("SLACK_APP_TOKEN must be an app-level token (xapp-…) with the connections:write scope, "
                  "and Socket Mode must be turned on for the app")


def slack_error(exc: BaseException) -> str | None:
    """Slack's error code in a failed Web API call (`invalid_auth`, `ratelimited`, ...), if any."""
    if isinstance(exc, SlackApiError):
        data = getattr(exc.response, "data", None)
        return str(data.get("error")) if isinstance(data, dict) and data.get("error") else None
    return None


def describe(exc: BaseException) -> str:
    """One line about a failed connection attempt, never a traceback and never a token."""
    if isinstance(exc, SlackApiError):
        status = getattr(exc.response, "status_code", "?")
        return slack_error(exc) or f"HTTP {status}"
    if isinstance(exc, aiohttp.WSServerHandshakeError):
        return f"websocket handshake refused (HTTP {exc.status})"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def refused_app_token(error: str) -> ConfigError:
    return ConfigError(f"Slack refused SLACK_APP_TOKEN ({error}): {APP_TOKEN_HELP}")


async def open_connection_url(client: AsyncWebClient, app_token: str) -> str | None:
    """Ask for a websocket URL once, at start-up: a wrong or revoked app token, or an API that
    cannot be reached, is a one-line ConfigError instead of a retry loop. Any other failure
    (rate limit, a Slack outage) returns None: connecting then retries with back-off."""
    try:
        response = await client.apps_connections_open(app_token=app_token)
    except SlackApiError as exc:
        error = slack_error(exc)
        if error in REFUSALS:
            raise refused_app_token(error) from None
        log.warning("Slack Socket Mode: apps.connections.open failed (%s); retrying", describe(exc))
        return None
    except (TimeoutError, aiohttp.ClientError, OSError) as exc:
        raise ConfigError(f"cannot reach the Slack API at {client.base_url}: {describe(exc)}") from None
    return str(response["url"])


class SocketHandler(AsyncSocketModeHandler):
    """bolt's Socket Mode adapter (envelopes in as bolt requests, acknowledgements out) on our client."""

    def __init__(self, app: AsyncApp, client: SocketClient) -> None:  # not super(): it builds its own client
        self.app, self.app_token, self.client = app, client.app_token, client
        client.socket_mode_request_listeners.append(self.handle)  # type: ignore[arg-type]


class SocketClient(SocketModeClient):
    """See the module docstring."""

    def __init__(self, app_token: str, web_client: AsyncWebClient, *, ping_interval: float,
                 first_url: str | None = None, logger: logging.Logger | None = None) -> None:
        super().__init__(app_token=app_token, web_client=web_client, ping_interval=ping_interval,
                         logger=logger)
        self.wss_uri = first_url
        self.refused: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self.failures = 0

    async def connect(self) -> None:
        while not self.closed:
            try:
                await self._open_session()
            except Exception as exc:  # DNS, TLS, HTTP and Slack errors alike mean "try again later"
                if self.closed:
                    return
                self.wss_uri = None  # Slack's URLs are single-use: the next attempt asks for a new one
                error = slack_error(exc)
                if error in REFUSALS:
                    log.error("Slack refused SLACK_APP_TOKEN (%s); not reconnecting", error)
                    if not self.refused.done():
                        self.refused.set_result(error)
                    return
                await self._back_off(exc)
            else:
                if self.failures:
                    log.warning("Slack Socket Mode: connected again after %d failed attempts", self.failures)
                self.failures = 0
                return

    async def _back_off(self, exc: BaseException) -> None:
        self.failures += 1
        delay = min(MAX_BACKOFF_S, self.ping_interval * 2 ** (self.failures - 1))
        if isinstance(exc, SlackApiError) and slack_error(exc) == "ratelimited":
            delay = max(delay, float(exc.response.headers.get("Retry-After", 30)))
        log.warning("Slack Socket Mode: connection attempt %d failed (%s); next attempt in %.1f s",
                    self.failures, describe(exc), delay)
        await asyncio.sleep(delay)

    async def _open_session(self) -> None:
        """One attempt: close the old websocket (Slack counts open connections), get a URL,
        connect, then restart the SDK's monitor and receiver on the new session."""
        old = self.current_session
        self.auto_reconnect_enabled = False
        if old is not None and not old.closed:
            with contextlib.suppress(Exception):  # a broken session may fail to close; it is gone anyway
                await old.close()
        if self.aiohttp_client_session.closed:
            self.aiohttp_client_session = aiohttp.ClientSession()
        if self.wss_uri is None:
            response = await self.web_client.apps_connections_open(app_token=self.app_token)
            self.wss_uri = str(response["url"])
        self.current_session = await self.aiohttp_client_session.ws_connect(
            self.wss_uri, autoping=False, heartbeat=self.ping_interval, proxy=self.proxy,
            ssl=self.web_client.ssl if self.web_client.ssl is not None else True)
        self.auto_reconnect_enabled = self.default_auto_reconnect_enabled
        self.stale = False
        self.last_ping_pong_time = None
        await self.current_session.ping(f"sdk-ping-pong:{time.time()}".encode())
        log.info("Slack Socket Mode: connected")
        # Replacing the monitor/receiver may cancel the task running this very call (a reconnect
        # starts from them): nothing may be awaited after this point.
        if self.current_session_monitor is not None:
            self.current_session_monitor.cancel()
        self.current_session_monitor = asyncio.ensure_future(self.monitor_current_session())
        if self.message_receiver is not None:
            self.message_receiver.cancel()
        self.message_receiver = asyncio.ensure_future(self.receive_messages())

    async def connect_to_new_endpoint(self, force: bool = False) -> None:
        """A reconnection (Slack's `disconnect` message, a dead or stale websocket): the SDK's asks
        for the new URL outside any retry; here connect() does, with back-off."""
        try:
            acquired = await asyncio.wait_for(self.connect_operation_lock.acquire(), timeout=5)
        except TimeoutError:
            acquired = False
        try:
            if not self.closed and (force or (acquired and not await self.is_connected())):
                self.wss_uri = None
                await self.connect()
        finally:
            if acquired:
                self.connect_operation_lock.release()

