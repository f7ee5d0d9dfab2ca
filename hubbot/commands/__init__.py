"""Commands: one module per command. Each module defines `COMMAND` (with its `spec`) and
may define `ACTIONS` ({action prefix: handler}) for its buttons.

`execute()` is the single entry point the adapters call; `specs()` is the one source both
adapters register their slash commands from.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from hubbot.commands.base import ActionHandler, Command, CommandSpec
from hubbot.commands.runner import execute, execute_action

_NOT_COMMANDS = {"base", "runner", "common"}


@cache
def _modules() -> tuple:
    modules = []
    for info in pkgutil.iter_modules(__path__):
        if info.name not in _NOT_COMMANDS and not info.name.startswith("_"):
            modules.append(importlib.import_module(f"{__name__}.{info.name}"))
    return tuple(modules)


@cache
def registry() -> dict[str, Command]:
    return {m.COMMAND.spec.name: m.COMMAND for m in _modules() if hasattr(m, "COMMAND")}


@cache
def action_handlers() -> dict[str, ActionHandler]:
    handlers: dict[str, ActionHandler] = {}
    for module in _modules():
        for prefix, handler in getattr(module, "ACTIONS", {}).items():
            if prefix in handlers:
                raise ValueError(f"action prefix {prefix!r} registered twice")
            handlers[prefix] = handler
    return handlers


def answers_in_public(action_id: str) -> bool:
    """A button whose answer goes where its original request would have answered (the image
    consent's "continue"), even when pressed on a message only its owner saw."""
    prefix = action_id.split(":", 1)[0]
    return any(prefix in getattr(module, "PUBLIC_ACTIONS", ()) for module in _modules())


def command_of_action(action_id: str) -> str | None:
    """The command whose module handles this button ("prefix:payload" or the bare prefix): a
    button is that command's for disabled commands, access and privacy (a private command's
    button answers privately too)."""
    prefix = action_id.split(":", 1)[0]
    for module in _modules():
        if prefix in getattr(module, "ACTIONS", {}) and hasattr(module, "COMMAND"):
            return module.COMMAND.spec.name
    return None


@cache
def unmetered_actions() -> frozenset[str]:
    """Button prefixes that start no job (a vote, a confirmation): they use no quota. Every
    other button counts against its command, so a new button is metered unless declared here
    (a module's `UNMETERED_ACTIONS`)."""
    return frozenset(p for module in _modules() for p in getattr(module, "UNMETERED_ACTIONS", ()))


def specs() -> list[CommandSpec]:
    return sorted((c.spec for c in registry().values()), key=lambda s: s.name)


def get(name: str) -> Command | None:
    return registry().get(name)


__all__ = ["action_handlers", "answers_in_public", "command_of_action", "execute", "execute_action", "get",
           "registry", "specs"]
