"""The Discord bot: register the slash commands from the specs, turn interactions into requests,
render their replies, and on shutdown let running replies finish. Mention and DM chats are
`mentions.py`'s, message menus `menus.py`'s; `serve.run(app)` logs in and runs it until stopped.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from hubbot.bot.discord import requests as rq
from hubbot.bot.discord.drafts import ActionButton
from hubbot.bot.discord.mentions import MentionChats
from hubbot.bot.discord.menus import OptionsModal, menu_specs, message_menu
from hubbot.bot.discord.replies import CANCEL_PREFIX, ReplyRenderer
from hubbot.bot.discord.slash import SpecTranslator, build_command
from hubbot.bot.discord.surfaces import InteractionSurface, Surface
from hubbot.commands.base import CommandSpec, Reply, Request, UserRef
from hubbot.commands.discovery import answers_in_public, command_of_action, specs
from hubbot.commands.interrupted import notify_interrupted
from hubbot.commands.places import language_for
from hubbot.commands.runner import execute, execute_action
from hubbot.i18n import detect_language, t
from hubbot.policy import access

if TYPE_CHECKING:
    from hubbot.app import App
    from hubbot.config import Settings

log = logging.getLogger(__name__)



@dataclass
class Running:
    user_id: str
    lang: str
    renderer: ReplyRenderer
    task: asyncio.Task[Any] | None


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
        self.chats = MentionChats(self)
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
        for spec in menu_specs(registered):
            self.tree.add_command(message_menu(spec, self.on_message_menu))
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
        reason = await self.refusal(request.user, place, command)
        if reason:
            await _say_privately(interaction, t(reason, lang, command=command or ""))
            return
        surface = InteractionSurface(interaction, ephemeral=ephemeral, ttl_s=self.section.interaction_ttl_s,
                                     lang=lang)
        await self.serve(surface, request, replies or execute(request, self.app), lang)

    async def refusal(self, user: UserRef, place: rq.Place, command: str | None) -> str | None:
        """The one access check (`hubbot.policy.access`), with the roles a DM does not carry."""
        roles = await rq.member_roles(self.guilds, self.section, user) if place.is_dm else user.roles
        asker = rq.asker(user, place, command, roles)
        return access.refusal(self.section, asker, accepting=self.accepting)

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
        private = rq.is_private(owner) or hidden
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

    # ---- mentions, replies and DMs (`mentions.py`) ------------------------------------------

    async def on_message(self, message: discord.Message) -> None:
        await self.chats.on_message(message)

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


async def _say_privately(interaction: discord.Interaction, text: str) -> None:
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True)
        else:
            await interaction.response.send_message(text, ephemeral=True)
    except discord.HTTPException:
        log.info("could not answer interaction %s", interaction.id)
