"""Message commands: a command that takes an image also sits in a message's "Apps" menu, handed
that message's image; its required text options are asked for in a modal (`OptionsModal`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import discord
from discord import app_commands

from hubbot.bot.discord.slash import localized_name
from hubbot.commands.base import CommandSpec, OptionSpec
from hubbot.i18n import t

MAX_CONTEXT_MENUS = 5  # Discord's limit for message commands
OnMenu = Callable[[discord.Interaction, CommandSpec, discord.Message], Awaitable[None]]


def menu_specs(specs: list[CommandSpec]) -> list[CommandSpec]:
    """The commands (of those registered) that get a message menu, at most Discord's limit."""
    return [s for s in specs if _attachment_option(s)][:MAX_CONTEXT_MENUS]


def message_menu(spec: CommandSpec, on_menu: OnMenu) -> app_commands.ContextMenu:
    async def callback(interaction: discord.Interaction, message: discord.Message) -> None:
        await on_menu(interaction, spec, message)

    return app_commands.ContextMenu(name=localized_name(spec.name, spec.name_ko), callback=callback,
                                    extras={"spec": spec})


def _attachment_option(spec: CommandSpec) -> bool:
    # A message menu hands the command that message's image: a command whose attachment is
    # something else (a /finetune dataset, option "data"; /chat's document) is a slash command only.
    return not spec.takes_document and any(o.type == "attachment" and o.name in ("image", "file")
                                           for o in spec.options)


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
