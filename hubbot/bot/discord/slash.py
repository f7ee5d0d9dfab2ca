"""`CommandSpec` -> `app_commands.Command`, generically, so every command module that exists
is registered with typed options, choices, ranges, model-id autocomplete and Korean names.

Each generated callback has a real signature (built with `inspect`) so discord.py reads the
option types exactly as it does for a hand-written command; the callback only collects the
values and hands them to `on_command(interaction, spec, values)`.
"""

from __future__ import annotations

import inspect
import logging
import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.app_commands import locale_str

from hubbot.commands import places
from hubbot.commands.base import Choice, CommandSpec, OptionSpec

if TYPE_CHECKING:
    from hubbot.app import App

log = logging.getLogger(__name__)

OnCommand = Callable[[discord.Interaction, CommandSpec, dict[str, Any]], Awaitable[None]]

_NAME = re.compile(r"^[-_\w]{1,32}$")
MAX_OPTIONS = 25
_TYPES: dict[str, type] = {"string": str, "integer": int, "number": float, "boolean": bool,
                           "attachment": discord.Attachment}
# OptionSpec.autocomplete names a group of model tasks; a task name works as itself.
AUTOCOMPLETE_TASKS: dict[str, frozenset[str] | None] = {
    "chat": frozenset({"chat"}), "code": frozenset({"code"}), "text": frozenset({"chat", "code"}),
    "image": frozenset({"text-to-image"}), "imagine": frozenset({"text-to-image"}),
    "edit": frozenset({"image-edit"}), "vision": frozenset({"vision-qa"}), "any": None,
    "trainable": frozenset({"chat", "code", "text-to-image"}),  # /finetune's base
}


class SpecTranslator(app_commands.Translator):
    """Korean names and descriptions from the specs (carried in `locale_str` extras)."""

    async def translate(self, string: locale_str, locale: discord.Locale,
                        context: app_commands.TranslationContextTypes) -> str | None:
        if locale is discord.Locale.korean:
            return string.extras.get("ko") or None
        return None


def localized(text: dict[str, str], limit: int = 100) -> locale_str:
    english = (text.get("en") or next(iter(text.values()), "") or "…")[:limit]
    korean = (text.get("ko") or "")[:limit]
    return locale_str(english, ko=korean) if korean else locale_str(english)


def localized_name(name: str, korean: str | None) -> locale_str:
    korean = (korean or "").strip().replace(" ", "-").lower()
    if korean and not _NAME.match(korean):
        log.warning("ignoring Korean name %r for %s: not a valid Discord name", korean, name)
        korean = ""
    return locale_str(name, ko=korean) if korean else locale_str(name)


def build_command(spec: CommandSpec, app: App, on_command: OnCommand) -> app_commands.Command:
    if len(spec.options) > MAX_OPTIONS:
        raise ValueError(f"/{spec.name} has {len(spec.options)} options; Discord allows {MAX_OPTIONS}")
    options = sorted(spec.options, key=lambda o: not o.required)  # Discord: required first
    python_names = {_python_name(o.name): o.name for o in options}

    async def callback(interaction: discord.Interaction, **values: Any) -> None:
        given = {python_names[k]: v for k, v in values.items() if v is not None}
        await on_command(interaction, spec, given)

    interaction_param = inspect.Parameter("interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                          annotation=discord.Interaction)
    callback.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [interaction_param, *(_parameter(o) for o in options)]
    )
    callback.__qualname__ = callback.__name__ = f"slash_{_python_name(spec.name)}"
    _decorate(callback, options, app)
    return app_commands.Command(
        name=localized_name(spec.name, spec.name_ko),
        description=localized(spec.description),
        callback=callback,
        extras={"spec": spec},
    )


def _python_name(name: str) -> str:
    cleaned = re.sub(r"\W", "_", name)
    return cleaned if cleaned.isidentifier() else f"o_{cleaned}"


def _parameter(option: OptionSpec) -> inspect.Parameter:
    default = inspect.Parameter.empty if option.required else None
    return inspect.Parameter(_python_name(option.name), inspect.Parameter.POSITIONAL_OR_KEYWORD,
                             annotation=_annotation(option), default=default)


def _annotation(option: OptionSpec) -> Any:
    base = _TYPES[option.type]
    if option.choices:
        return base
    low, high = option.min_value, option.max_value
    if option.type in ("integer", "number") and (low is not None or high is not None):
        if option.type == "integer":
            low = int(low) if low is not None else None
            high = int(high) if high is not None else None
        return app_commands.Range[base, low, high]  # type: ignore[valid-type]
    if option.type == "string" and option.max_length:
        return app_commands.Range[str, None, min(option.max_length, 6000)]
    return base


def _decorate(callback: Any, options: list[OptionSpec], app: App) -> None:
    descriptions = {_python_name(o.name): localized(o.description) for o in options}
    app_commands.describe(**descriptions)(callback)
    renames = {_python_name(o.name): localized_name(o.name, o.name_ko) for o in options}
    app_commands.rename(**renames)(callback)
    choices = {_python_name(o.name): [_choice(o, c) for c in o.choices[:25]] for o in options if o.choices}
    if choices:
        app_commands.choices(**choices)(callback)
    completers = {_python_name(o.name): _completer(app, o.autocomplete)
                  for o in options if o.autocomplete and not o.choices and o.type == "string"}
    if completers:
        app_commands.autocomplete(**completers)(callback)


def _choice(option: OptionSpec, choice: Choice) -> app_commands.Choice:
    value: Any = choice.value
    if option.type == "integer":
        value = int(choice.value)
    elif option.type == "number":
        value = float(choice.value)
    return app_commands.Choice(name=localized(choice.label), value=value)


def _completer(app: App, group: str) -> Callable[..., Awaitable[list[app_commands.Choice[str]]]]:
    return setting_autocomplete(app) if group == places.VALUE_AUTOCOMPLETE else model_autocomplete(app, group)


def setting_autocomplete(app: App) -> Callable[..., Awaitable[list[app_commands.Choice[str]]]]:
    """/settings value: what the chosen key takes (its choices, or the models of its task)."""

    async def complete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        key = str(getattr(interaction.namespace, "key", "") or "")
        offered = places.suggestions(app, key, current, f"discord:{interaction.user.id}")
        return [app_commands.Choice(name=v[:100], value=v[:100]) for v in offered]

    return complete


def model_autocomplete(app: App, group: str) -> Callable[..., Awaitable[list[app_commands.Choice[str]]]]:
    tasks = AUTOCOMPLETE_TASKS.get(group, frozenset({group}))

    async def complete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        wanted = current.strip().lower()
        found = []
        asker = f"discord:{interaction.user.id}"
        for model_id in app.registry.ids(tasks):
            if not app.registry.visible(model_id, asker):  # someone else's private variant
                continue
            card = app.registry.cards[model_id]
            if wanted in model_id.lower() or wanted in card.display_name.lower():
                label = f"{card.display_name} ({model_id})"[:100]
                found.append(app_commands.Choice(name=label, value=model_id))
        return found[:25]

    return complete
