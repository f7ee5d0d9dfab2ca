"""Running the Slack app until stopped: the tokens checked up front (a refused token, or an
API that cannot be reached, is a one-line ConfigError), tokenizers warmed up, then HTTP mode
(`/slack/events`) or Socket Mode when SLACK_APP_TOKEN is set, through the shared
run-until-stopped helper (`hubbot.bot.lifecycle`)."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

import aiohttp
from aiohttp import web
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from hubbot.bot.lifecycle import run_until_stopped
from hubbot.bot.slack.app import HubbotSlack
from hubbot.bot.slack.requests import api_error
from hubbot.bot.slack.socket import (
    SocketClient,
    SocketHandler,
    describe,
    open_connection_url,
    refused_app_token,
)
from hubbot.errors import ConfigError

if TYPE_CHECKING:
    from hubbot.app import App

log = logging.getLogger(__name__)


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
