"""The Discord bot: log in, register the slash commands from the specs, turn interactions and
mentions into requests, render their replies, stop cleanly on SIGTERM.

`run(app)` is what `hubbot run discord` calls. `HUBBOT_DISCORD_API_BASE` and
`HUBBOT_DISCORD_GATEWAY_URL` point discord.py at a REST proxy / gateway (or a local stand-in).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import aiohttp
import discord
import yarl
from discord import app_commands

from hubbot.bot.discord import requests as rq
from hubbot.bot.discord.replies import CANCEL_PREFIX, ReplyRenderer
from hubbot.bot.discord.slash import SpecTranslator, build_command, localized_name
from hubbot.bot.discord.surfaces import ActionButton, ChannelSurface, InteractionSurface, Surface
from hubbot.bot.lifecycle import run_until_stopped
from hubbot.commands.base import CommandSpec, OptionSpec, Reply, Request, UserRef
from hubbot.commands.discovery import answers_in_public, command_of_action, get, specs
from hubbot.commands.interrupted import notify_interrupted
from hubbot.commands.options import parse_text
from hubbot.commands.places import language_for
from hubbot.commands.routing import Route, route_message
from hubbot.commands.runner import execute, execute_action
from hubbot.errors import ConfigError
from hubbot.i18n import detect_language, t
from hubbot.policy import access

if TYPE_CHECKING:
    from hubbot.app import App
    from hubbot.config import Settings

log = logging.getLogger(__name__)

MAX_CHAIN_DEPTH = 50
REMEMBERED_ROOTS = 10_000
MAX_CONTEXT_MENUS = 5  # Discord's limit for message commands
NO_CONTENT_INTENT = ("the message content intent is not enabled for this bot in the Discord developer "
                     "portal; enable it there or set discord.message_content_intent = false")


@dataclass
class Running:
    user_id: str
    lang: str
    renderer: ReplyRenderer
    task: asyncio.Task[Any] | None


def point_at_endpoints(settings: Settings) -> None:
    """Send discord.py's REST calls and gateway connection where the settings say."""
    if settings.discord_api_base:
        discord.http.Route.BASE = settings.discord_api_base.rstrip("/")
    if settings.discord_gateway_url:
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(settings.discord_gateway_url)


def intents_for(settings: Settings) -> discord.Intents:
    section = settings.discord
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = intents.dm_messages = section.mention_chat
    intents.message_content = section.message_content_intent
    return intents


class HubbotDiscord(discord.AutoShardedClient):
    def __init__(self, app: App) -> None:
        # The bot never joins voice: no start-up warnings about missing voice libraries.
        discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
        settings = app.settings
        section = settings.discord
        shards: dict[str, Any] = {}
        if section.shard_count is not None:
            shards["shard_count"] = section.shard_count
        if section.shard_ids is not None:
            shards["shard_ids"] = section.shard_ids
        super().__init__(
            intents=intents_for(settings),
            # Generated text must never ping anyone; the few messages that should, say so.
            allowed_mentions=discord.AllowedMentions.none(),
            **shards,
        )
        self.app = app
        self.section = section
        self.tree = app_commands.CommandTree(self)
        self.tree.error(self._on_tree_error)
        self.accepting = True
        self.running: dict[str, Running] = {}
        self._told_interrupted = False
        self._roots: OrderedDict[int, str] = OrderedDict()
        if settings.discord_gateway_url:
            self._prefer_configured_gateway(settings.discord_gateway_url)

    def _prefer_configured_gateway(self, url: str) -> None:
        # A REST proxy answers /gateway/bot with Discord's own gateway URL; the configured
        # gateway (a gateway proxy, or the test stand-in) must win.
        ask_discord = self.http.get_bot_gateway

        async def get_bot_gateway() -> tuple[int, str, Any]:
            shards, _url, limits = await ask_discord()
            return shards, url, limits

        self.http.get_bot_gateway = get_bot_gateway  # type: ignore[method-assign]

    # ---- start-up -------------------------------------------------------------------------

    async def setup_hook(self) -> None:
        await self.tree.set_translator(SpecTranslator())
        disabled = set(self.section.disabled_commands)
        registered = []
        for spec in specs():
            if spec.name in disabled:
                continue
            try:
                self.tree.add_command(build_command(spec, self.app, self.on_command))
                registered.append(spec)
            except (TypeError, ValueError, app_commands.AppCommandError):
                # One spec Discord cannot take (a bad name, too many options) must not keep
                # the others, and the bot, from starting.
                log.exception("cannot register /%s on Discord; skipping it", spec.name)
        for spec in [s for s in registered if _attachment_option(s)][:MAX_CONTEXT_MENUS]:
            self.tree.add_command(self._message_menu(spec))
        self.add_dynamic_items(ActionButton)
        await self.sync_commands()
        # Tokenizers load before the gateway connects, in a thread (see Registry.warm_up_renderers).
        await asyncio.to_thread(self.app.registry.warm_up_renderers)

    async def sync_commands(self) -> None:
        mode = self.section.sync
        if mode == "global":
            synced = await self.tree.sync()
            log.info("synced %d global commands", len(synced))
        elif mode == "guild":
            for guild_id in self.section.dev_guild_ids:
                guild = discord.Object(id=guild_id)
                self.tree.copy_global_to(guild=guild)
                synced = await self.tree.sync(guild=guild)
                log.info("synced %d commands to guild %s", len(synced), guild_id)

    async def on_ready(self) -> None:
        log.info("logged in to Discord as %s (%s)", self.user, getattr(self.user, "id", "?"))
        if not self._told_interrupted:
            self._told_interrupted = True
            told = await notify_interrupted(self.app, rq.PLATFORM, self._tell_interrupted)
            if told:
                log.info("told %d users about jobs the last shutdown interrupted", told)

    async def _tell_interrupted(self, reply_to: dict[str, Any], user_id: str, text: str) -> None:
        channel_id = reply_to.get("channel_id")
        channel = self.get_channel(int(channel_id)) if channel_id else None
        channel = channel or (await self.fetch_channel(int(channel_id)) if channel_id else None)
        if channel is not None:
            await channel.send(f"<@{user_id}> {text}",
                               allowed_mentions=discord.AllowedMentions(users=True))

    # ---- slash commands -------------------------------------------------------------------

    async def on_command(self, interaction: discord.Interaction, spec: CommandSpec,
                         values: dict[str, Any]) -> None:
        attachments = [v for v in values.values() if isinstance(v, discord.Attachment)]
        options = {k: v for k, v in values.items() if not isinstance(v, discord.Attachment)}
        place = rq.place_of(interaction.channel, interaction.guild_id)
        own_key = rq.place_key(place)
        request = self._interaction_request(interaction, spec.name, options, place,
                                            own_key or rq.chain_key(interaction.id), attachments)
        request.new_conversation = own_key is None
        await self._serve_interaction(interaction, request, spec.name, spec.ephemeral)

    def _interaction_request(self, interaction: discord.Interaction, command: str, options: dict[str, Any],
                             place: rq.Place, key: str, attachments: list[discord.Attachment]) -> Request:
        hosts = self.section.attachment_hosts
        return Request(
            command=command,
            options=options,
            user=rq.user_ref(interaction.user, self.section, self.app.settings.dispatcher),
            conversation_key=key,
            locale=interaction.locale.value,
            scope=place.scope,
            channel=place.channel,
            thread=place.thread,
            age_restricted=place.age_restricted,
            attachments=[rq.wrap_attachment(a, interaction.filesize_limit, hosts) for a in attachments],
            reply_to=rq.reply_to(place, interaction_id=interaction.id,
                                 message_id=interaction.message.id if interaction.message else None),
        )

    async def _serve_interaction(self, interaction: discord.Interaction, request: Request,
                                 command: str | None, ephemeral: bool,
                                 replies: AsyncIterator[Reply] | None = None) -> None:
        lang = self._language(request)
        place = rq.place_of(interaction.channel, interaction.guild_id)
        reason = await self._refusal(request.user, place, command)
        if reason:
            await _say_privately(interaction, t(reason, lang, command=command or ""))
            return
        surface = InteractionSurface(interaction, ephemeral=ephemeral, ttl_s=self.section.interaction_ttl_s,
                                     lang=lang)
        await self.serve(surface, request, replies or execute(request, self.app), lang)

    async def _refusal(self, user: UserRef, place: rq.Place, command: str | None) -> str | None:
        """The one access check (`hubbot.policy.access`), with the roles a DM does not carry."""
        roles = await self._member_roles(user) if place.is_dm else user.roles
        asker = rq.asker(user, place, command, roles)
        return access.refusal(self.section, asker, accepting=self.accepting)

    async def _member_roles(self, user: UserRef) -> tuple[str, ...] | None:
        """A DM carries no roles. Without a look-up, deny_roles would not hold in DMs (a muted
        member could DM the bot), and refusing every DM whenever a role list exists would shut
        out everyone else. So the member is looked up in each guild that owns a configured
        role (a REST call; no privileged intent needed). Not a member there: no roles from it.
        Any other failure returns None, which the access check refuses when role lists are in
        force (fail closed)."""
        wanted = access.ids([*self.section.allow_roles, *self.section.deny_roles], rq.PLATFORM)
        if not wanted:
            return ()
        roles: list[str] = []
        for guild in self.guilds:
            if not any(guild.get_role(int(r)) for r in wanted if r.isdigit()):
                continue
            try:
                member = await guild.fetch_member(int(user.id.removeprefix(f"{rq.PLATFORM}:")))
            except discord.NotFound:
                continue
            except discord.HTTPException:
                log.warning("could not read %s's roles in guild %s", user.id, guild.id, exc_info=True)
                return None
            roles += rq.role_ids(member)
        return tuple(roles)

    def _language(self, request: Request) -> str:
        return language_for(request, self.app)  # the language the command itself will answer in

    def _locale_language(self, interaction: discord.Interaction) -> str:
        return detect_language("", interaction.locale.value, self.app.settings.defaults.language)

    async def serve(self, surface: Surface, request: Request, replies: AsyncIterator[Reply],
                    lang: str) -> ReplyRenderer:
        """Render one command's replies; tracked so cancel buttons and shutdown can reach it."""
        token = uuid.uuid4().hex[:16]
        renderer = ReplyRenderer(surface, self.section, lang, cancel_id=f"{CANCEL_PREFIX}:{token}")
        self.running[token] = Running(request.user.id, lang, renderer, asyncio.current_task())
        try:
            await renderer.render(replies)
        except discord.HTTPException:
            log.exception("Discord refused a reply to %s", request.command)
        finally:
            self.running.pop(token, None)
        return renderer

    async def _on_tree_error(self, interaction: discord.Interaction,
                             error: app_commands.AppCommandError) -> None:
        lang = self._locale_language(interaction)
        if isinstance(error, app_commands.CommandNotFound):  # registered earlier, gone or disabled now
            disabled = error.name in self.section.disabled_commands
            key = access.DISABLED if disabled else "error.unknown_command"
            await _say_privately(interaction, t(key, lang, command=error.name))
            return
        if isinstance(error, app_commands.TransformerError | app_commands.CommandSignatureMismatch):
            await _say_privately(interaction, t("discord.bad_input", lang))
            return
        log.error("command %s failed", getattr(interaction.command, "name", "?"), exc_info=error)
        await _say_privately(interaction, t("error.internal", lang))

    # ---- buttons ----------------------------------------------------------------------------

    async def on_button(self, interaction: discord.Interaction, action_id: str) -> None:
        prefix, _, payload = action_id.partition(":")
        if prefix == CANCEL_PREFIX:
            await self._cancel(interaction, payload)
            return
        place = rq.place_of(interaction.channel, interaction.guild_id)
        message = interaction.message
        key = (rq.place_key(place) or rq.message_root(message)
               or rq.chain_key(message.id if message else interaction.id))
        request = self._interaction_request(interaction, prefix, {}, place, key, [])
        owner = command_of_action(prefix)
        # A button of a private command (/forget's confirmation), or on a message only this
        # user saw, answers privately too — unless it continues a public request (image consent).
        hidden = bool(message and message.flags.ephemeral) and not answers_in_public(action_id)
        private = _is_private(owner) or hidden
        await self._serve_interaction(interaction, request, owner, private,
                                      execute_action(action_id, request, self.app))

    async def _cancel(self, interaction: discord.Interaction, token: str) -> None:
        lang = self._locale_language(interaction)
        running = self.running.get(token)
        if running is None:
            await _say_privately(interaction, t("discord.nothing_to_cancel", lang))
        elif running.user_id != f"{rq.PLATFORM}:{interaction.user.id}":
            await _say_privately(interaction, t("discord.not_yours", lang))
        else:
            await interaction.response.defer()
            running.renderer.interrupt(t("error.cancelled", running.lang))

    # ---- message commands ("Apps" menu on a message with an image) --------------------------

    def _message_menu(self, spec: CommandSpec) -> app_commands.ContextMenu:
        async def callback(interaction: discord.Interaction, message: discord.Message) -> None:
            await self.on_message_menu(interaction, spec, message)

        return app_commands.ContextMenu(name=localized_name(spec.name, spec.name_ko), callback=callback,
                                        extras={"spec": spec})

    async def on_message_menu(self, interaction: discord.Interaction, spec: CommandSpec,
                              message: discord.Message) -> None:
        lang = self._locale_language(interaction)
        images = rq.image_attachments(message)
        if not images:
            await _say_privately(interaction, t("discord.no_image", lang))
            return
        asked = [o for o in spec.options if o.type == "string" and o.required][:5]

        async def submit(submitted: discord.Interaction, values: dict[str, str]) -> None:
            place = rq.place_of(submitted.channel, submitted.guild_id)
            key = rq.place_key(place) or rq.message_root(message) or rq.chain_key(message.id)
            request = self._interaction_request(submitted, spec.name, values, place, key, images[:1])
            await self._serve_interaction(submitted, request, spec.name, spec.ephemeral)

        if not asked:
            await submit(interaction, {})
            return
        await interaction.response.send_modal(OptionsModal(spec, asked, lang, submit))

    # ---- mentions, replies and DMs ----------------------------------------------------------

    async def on_message(self, message: discord.Message) -> None:
        if (not self.section.mention_chat or message.author.bot or self.user is None
                or not self._addressed(message)):
            return
        place = rq.place_of(message.channel, _guild_id(message))
        user = rq.user_ref(message.author, self.section, self.app.settings.dispatcher, message.channel)
        text = self._without_mention(message.content)
        referenced = await self._referenced(message)
        images = rq.image_attachments(message) or rq.image_attachments(referenced)
        others = [a for a in message.attachments if a not in images]  # documents, for /chat
        lang = detect_language(text, None, self.app.settings.defaults.language)
        command, options = _options(route_message(text, bool(images), lang, has_document=bool(others)))
        reason = await self._refusal(user, place, command)
        if not reason and _is_private(command) and not place.is_dm:
            # A private answer (a data export, usage, the /forget button) must not go up in a
            # channel. Not sent to a DM instead: a bot's DM cannot be deleted by the user and
            # outlives /forget, and DMs may be closed; the slash command's ephemeral answer
            # is private and vanishes. So the user is told to use it (this line holds no data).
            reason = "access.private_use_slash"
        if reason:
            await message.reply(t(reason, lang, command=command), mention_author=False)
            return
        key = rq.place_key(place) or await self._chain_root(message, referenced)
        request = Request(
            command=command, options=options, user=user, conversation_key=key, locale=None,
            scope=place.scope, channel=place.channel, thread=place.thread,
            age_restricted=place.age_restricted,
            attachments=[rq.wrap_attachment(a, None, self.section.attachment_hosts) for a in images + others],
            reply_to=rq.reply_to(place, message_id=message.id),
            new_conversation=key == rq.chain_key(message.id),
        )
        self._remember(message.id, key)
        renderer = await self.serve(ChannelSurface(message), request, execute(request, self.app), lang)
        for sent in renderer.sent:
            if sent.id is not None:
                self._remember(sent.id, key)

    def _addressed(self, message: discord.Message) -> bool:
        """A DM, a mention, a reply to the bot, or (with the content intent) its own thread."""
        assert self.user is not None
        if _guild_id(message) is None:
            return True
        if any(user.id == self.user.id for user in message.mentions):
            return True
        resolved = message.reference.resolved if message.reference else None
        if isinstance(resolved, discord.Message) and resolved.author.id == self.user.id:
            return True
        channel = message.channel
        return (self.section.message_content_intent and isinstance(channel, discord.Thread)
                and channel.owner_id == self.user.id)

    def _without_mention(self, content: str) -> str:
        assert self.user is not None
        return re.sub(rf"<@!?{self.user.id}>", "", content).strip()  # keeps the text's own line breaks

    async def _referenced(self, message: discord.Message) -> discord.Message | None:
        reference = message.reference
        if reference is None or reference.message_id is None:
            return None
        if isinstance(reference.resolved, discord.Message):
            return reference.resolved
        return await self._fetch(message.channel, reference.message_id)

    async def _chain_root(self, message: discord.Message, parent: discord.Message | None) -> str:
        """The conversation of a reply chain: the /chat interaction or first message it began with."""
        current = message
        for _ in range(MAX_CHAIN_DEPTH):
            reference = current.reference
            if reference is None or reference.message_id is None:
                break
            known = self._roots.get(reference.message_id)
            if known:
                return known
            if parent is None or parent.id != reference.message_id:
                parent = await self._fetch(current.channel, reference.message_id)
            if parent is None:
                break
            root = rq.message_root(parent)
            if root:
                return root
            current, parent = parent, None
        return rq.chain_key(current.id)

    async def _fetch(self, channel: Any, message_id: int) -> discord.Message | None:
        cached = discord.utils.get(self.cached_messages, id=message_id)
        if cached is not None:
            return cached
        try:
            return await channel.fetch_message(message_id)
        except (discord.HTTPException, AttributeError):
            return None

    def _remember(self, message_id: int, key: str) -> None:
        self._roots[message_id] = key
        self._roots.move_to_end(message_id)
        while len(self._roots) > REMEMBERED_ROOTS:
            self._roots.popitem(last=False)

    # ---- shutdown ---------------------------------------------------------------------------

    async def shutdown(self) -> None:
        """Stop taking new work, let running replies finish (up to the grace period), tell
        the users of the rest, then close the gateway."""
        self.accepting = False
        with contextlib.suppress(discord.HTTPException, ConnectionError, AttributeError):
            status = t("discord.presence_stopping", self.app.settings.defaults.language)
            activity = discord.CustomActivity(name=status)
            await self.change_presence(status=discord.Status.idle, activity=activity)
        grace = self.app.settings.dispatcher.shutdown_grace_s
        tasks = {r.task for r in self.running.values() if r.task is not None}
        if tasks:
            log.info("waiting up to %.0f s for %d running replies", grace, len(tasks))
            _, pending = await asyncio.wait(tasks, timeout=grace)
            if pending:
                for running in list(self.running.values()):
                    running.renderer.interrupt(t("error.shutting_down", running.lang))
                await asyncio.wait(pending, timeout=10)
        await self.close()


class OptionsModal(discord.ui.Modal):
    """Asks for a command's text options when it runs from a message's "Apps" menu."""

    def __init__(self, spec: CommandSpec, options: list[OptionSpec], lang: str, submit: Any) -> None:
        super().__init__(title=t("discord.modal_title", lang, command=spec.name)[:45], timeout=600)
        self._submit = submit
        self._fields: dict[str, discord.ui.TextInput] = {}
        for option in options:
            label = (option.name_ko if lang == "ko" and option.name_ko else option.name)[:45]
            hint = option.description.get(lang) or option.description.get("en") or ""
            field = discord.ui.TextInput(
                label=label, style=discord.TextStyle.paragraph, placeholder=hint[:100],
                required=option.required, max_length=min(option.max_length or 4000, 4000),
            )
            self.add_item(field)
            self._fields[option.name] = field

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await self._submit(interaction, {name: f.value for name, f in self._fields.items() if f.value})


def _guild_id(message: discord.Message) -> int | None:
    # A guild missing from the cache still has an id on the channel: such a message is not a DM.
    return message.guild.id if message.guild else getattr(message.channel, "guild_id", None)


def _is_private(command: str | None) -> bool:
    found = get(command) if command else None
    return bool(found and found.spec.ephemeral)


def _attachment_option(spec: CommandSpec) -> bool:
    # A message menu hands the command that message's image: a command whose attachment is
    # something else (a /finetune dataset, option "data"; /chat's document) is a slash command only.
    return not spec.takes_document and any(o.type == "attachment" and o.name in ("image", "file")
                                           for o in spec.options)


def _options(route: Route) -> tuple[str, dict[str, Any]]:
    """The routed command and its options ("/name args" through the one option parser; the
    runner types them)."""
    found = get(route.command) if route.args is not None else None
    return route.command, parse_text(found.spec, route.args or "") if found else route.options


async def _say_privately(interaction: discord.Interaction, text: str) -> None:
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True)
        else:
            await interaction.response.send_message(text, ephemeral=True)
    except discord.HTTPException:
        log.info("could not answer interaction %s", interaction.id)


# ---- entry point ----------------------------------------------------------------------------


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
