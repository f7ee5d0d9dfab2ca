"""Running the Discord bot until stopped: the token checked, discord.py pointed at the configured
REST base and gateway (`HUBBOT_DISCORD_API_BASE`, `HUBBOT_DISCORD_GATEWAY_URL`: a proxy or a local
stand-in), then the gateway served through the shared run-until-stopped helper
(`hubbot.bot.lifecycle`). A refused token or an unreachable Discord is a one-line ConfigError."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import aiohttp
import discord
import yarl

from hubbot.bot.discord.client import HubbotDiscord
from hubbot.bot.lifecycle import run_until_stopped
from hubbot.errors import ConfigError

if TYPE_CHECKING:
    from hubbot.app import App
    from hubbot.config import Settings

NO_CONTENT_INTENT = ("the message content intent is not enabled for this bot in the Discord developer "
                     "portal; enable it there or set discord.message_content_intent = false")


async def run(app: App, *, stop: asyncio.Event | None = None) -> int:
    """Run the bot until SIGTERM/SIGINT (or `stop` is set). What `hubbot run discord` calls."""
    settings = app.settings
    token = settings.discord_token.get_secret_value().strip() if settings.discord_token else ""
    if not token:
        raise ConfigError("DISCORD_TOKEN is not set: put the bot token in the environment")
    point_at_endpoints(settings)
    bot = HubbotDiscord(app)
    async with bot:
        await run_until_stopped(_serve(bot, token), stop or asyncio.Event(), bot.shutdown,
                                name="hubbot-discord")
    return 0


async def _serve(bot: HubbotDiscord, token: str) -> None:
    """Log in and serve the gateway until the client is closed (`bot.shutdown()` closes it)."""
    try:
        await bot.start(token)
    except discord.LoginFailure:
        raise ConfigError("Discord rejected DISCORD_TOKEN") from None
    except discord.PrivilegedIntentsRequired:
        raise ConfigError(NO_CONTENT_INTENT) from None
    except (aiohttp.ClientConnectionError, discord.GatewayNotFound) as exc:
        raise ConfigError(f"cannot reach Discord at {discord.http.Route.BASE}: {exc}") from None


def point_at_endpoints(settings: Settings) -> None:
    """Send discord.py's REST calls and gateway connection where the settings say."""
    if settings.discord_api_base:
        discord.http.Route.BASE = settings.discord_api_base.rstrip("/")
    if settings.discord_gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.discord_gateway_url)
