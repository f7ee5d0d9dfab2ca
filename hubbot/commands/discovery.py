"""Which modules define commands, and the lookups over them: the one list of commands.

A command module defines `COMMAND` (with its `spec`) and may define `ACTIONS` ({action prefix:
handler}) for its buttons, `PUBLIC_ACTIONS` (buttons answered where the original request would
have been) and `UNMETERED_ACTIONS` (buttons that start no job). A new command is added to
`MODULES` below; a test checks that no module of the package is left out.

`specs()` is the one source both adapters register their slash commands from; `App.commands`
is `COMMANDS`, which is how commands that list or run other commands (/help, /settings, the
runner) reach them without importing this module.
"""

from __future__ import annotations

from types import ModuleType

from hubbot.commands import (
    ask_image,
    chat,
    code,
    compare,
    consent,
    edit,
    export,
    finetune,
    forget,
    help,
    imagine,
    leaderboard,
    models,
    privacy,
    reset,
    settings,
    show,
    usage,
)
from hubbot.commands.base import ActionHandler, Command, CommandSpec

MODULES: tuple[ModuleType, ...] = (ask_image, chat, code, compare, consent, edit, export, finetune, forget,
                                   help, imagine, leaderboard, models, privacy, reset, settings, show, usage)

COMMANDS: dict[str, Command] = {m.COMMAND.spec.name: m.COMMAND for m in MODULES if hasattr(m, "COMMAND")}


def _action_handlers() -> dict[str, ActionHandler]:
    handlers: dict[str, ActionHandler] = {}
    for module in MODULES:
        for prefix, handler in getattr(module, "ACTIONS", {}).items():
            if prefix in handlers:
                raise ValueError(f"action prefix {prefix!r} registered twice")
            handlers[prefix] = handler
    return handlers


ACTION_HANDLERS: dict[str, ActionHandler] = _action_handlers()
# Button prefixes that start no job (a vote, a confirmation): they use no quota. Every other
# button counts against its command, so a new button is metered unless its module declares it.
UNMETERED_PREFIXES = frozenset(p for module in MODULES for p in getattr(module, "UNMETERED_ACTIONS", ()))
PUBLIC_PREFIXES = frozenset(p for module in MODULES for p in getattr(module, "PUBLIC_ACTIONS", ()))


def get(name: str) -> Command | None:
    return COMMANDS.get(name)


def specs() -> list[CommandSpec]:
    return sorted((c.spec for c in COMMANDS.values()), key=lambda s: s.name)


def answers_in_public(action_id: str) -> bool:
    """A button whose answer goes where its original request would have answered (the image
    consent's "continue"), even when pressed on a message only its owner saw."""
    return action_id.split(":", 1)[0] in PUBLIC_PREFIXES


def command_of_action(action_id: str) -> str | None:
    """The command whose module handles this button ("prefix:payload" or the bare prefix): a
    button is that command's for disabled commands, access and privacy (a private command's
    button answers privately too)."""
    prefix = action_id.split(":", 1)[0]
    for module in MODULES:
        if prefix in getattr(module, "ACTIONS", {}) and hasattr(module, "COMMAND"):
            return module.COMMAND.spec.name
    return None
