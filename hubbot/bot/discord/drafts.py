"""A Discord message as the renderer wants it to look (`Draft`), one it put on Discord (`Sent`),
and the buttons on them: `ActionButton` carries the command's action id as its custom_id, so a
press is matched by template on any message, after restarts.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

import discord

from hubbot.commands.base import Action

MESSAGE_LIMIT = 2000
MAX_BUTTONS = 25
_STYLES = {"primary": discord.ButtonStyle.primary, "secondary": discord.ButtonStyle.secondary,
           "danger": discord.ButtonStyle.danger, "success": discord.ButtonStyle.success}


class ActionButton(discord.ui.DynamicItem[discord.ui.Button], template=r"(?s)(?P<action>[^:]{1,40}:.*)"):
    """A button whose custom_id is the command's action id ("prefix:payload"). discord.py
    matches presses against the template, so buttons work on any message, after restarts."""

    def __init__(self, action_id: str, label: str = "…", style: str = "secondary") -> None:
        super().__init__(discord.ui.Button(label=label[:80] or "…", custom_id=action_id[:100],
                                           style=_STYLES.get(style, discord.ButtonStyle.secondary)))
        self.action_id = action_id

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button,
                             match: Any) -> ActionButton:
        return cls(match["action"], item.label or "…")

    async def callback(self, interaction: discord.Interaction) -> None:
        await interaction.client.on_button(interaction, self.action_id)  # type: ignore[attr-defined]


def build_view(actions: tuple[Action, ...]) -> discord.ui.View | None:
    if not actions:
        return None
    view = discord.ui.View(timeout=None)
    for action in actions[:MAX_BUTTONS]:
        view.add_item(ActionButton(action.id, action.label, action.style))
    # Stopped: nothing keeps this object alive per message; presses are matched by the
    # dynamic item template instead.
    view.stop()
    return view


@dataclass
class Draft:
    """One Discord message as it should look."""

    content: str = ""
    files: tuple[tuple[str, bytes], ...] = ()
    embeds: tuple[discord.Embed, ...] = ()
    actions: tuple[Action, ...] = ()

    def look(self) -> tuple[Any, ...]:
        return (self.content, tuple(name for name, _ in self.files),
                tuple(e.to_dict().get("description") for e in self.embeds), self.actions)

    def send_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"content": self.content or None}
        if self.files:
            kwargs["files"] = self.discord_files()
        if self.embeds:
            kwargs["embeds"] = list(self.embeds)
        view = build_view(self.actions)
        if view is not None:
            kwargs["view"] = view
        return kwargs

    def edit_kwargs(self, previous: Draft | None) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"content": self.content or None, "embeds": list(self.embeds),
                                  "view": build_view(self.actions)}
        if previous is None or [n for n, _ in previous.files] != [n for n, _ in self.files]:
            kwargs["attachments"] = self.discord_files()
        return kwargs

    def discord_files(self) -> list[discord.File]:
        return [discord.File(io.BytesIO(data), filename=name) for name, data in self.files]


@dataclass
class Sent:
    """A message the renderer put on Discord."""

    kind: str  # original | followup | channel
    message: Any = None  # discord.Message / WebhookMessage / InteractionMessage
    id: int | None = None
