"""Where the layers meet: commands are listed in one module, the policies every request passes
live below the commands (and `App.create` takes them as a list), and no import hides inside a
function to dodge a cycle."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

from hubbot import commands
from hubbot.app import App
from hubbot.commands import discovery
from hubbot.commands.base import Answer, Error, Request, UserRef
from hubbot.commands.runner import execute
from hubbot.errors import Refused
from hubbot.policy.guards import STANDARD_GUARDS
from hubbot.policy.moderation import moderation_guard
from hubbot.policy.quotas import quota_guard
from hubbot.policy.visibility import visibility_guard

ROOT = Path(__file__).resolve().parents[2] / "hubbot"
COMMAND_ATTRIBUTES = ("COMMAND", "ACTIONS", "PUBLIC_ACTIONS", "UNMETERED_ACTIONS")


def test_every_module_that_defines_a_command_or_a_button_is_listed() -> None:
    defining = set()
    for info in pkgutil.iter_modules(commands.__path__):
        module = importlib.import_module(f"hubbot.commands.{info.name}")
        if any(hasattr(module, name) for name in COMMAND_ATTRIBUTES):
            defining.add(module.__name__)
    assert defining == {m.__name__ for m in discovery.MODULES}
    assert {"chat", "help", "settings", "usage"} <= set(discovery.COMMANDS)
    assert discovery.ACTION_HANDLERS["consent-continue"].__module__ == "hubbot.commands.consent"
    assert discovery.command_of_action("imagine-reroll:abc") == "imagine"
    assert discovery.answers_in_public("consent-continue:1") and not discovery.answers_in_public("show:1")


def test_the_policies_load_without_the_commands_or_the_app() -> None:
    code = ("import sys\n"
            "import hubbot.policy.guards, hubbot.policy.moderation, hubbot.policy.quotas\n"
            "import hubbot.policy.visibility, hubbot.policy.access, hubbot.policy.consent\n"
            "ours = ('hubbot.commands', 'hubbot.app')\n"
            "print(' '.join(sorted(m for m in sys.modules if m.startswith(ours))))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = run.stdout.split()
    # The request types, the place settings the policy reads and the checks an uploaded image
    # passes (kept for the consent button); never a command or the app.
    assert loaded == ["hubbot.commands", "hubbot.commands.base", "hubbot.commands.image_input",
                      "hubbot.commands.places"]


def _module_of(node: ast.Import | ast.ImportFrom) -> str:
    return (node.module or "") if isinstance(node, ast.ImportFrom) else node.names[0].name


def _hidden_imports(path: Path) -> list[str]:
    """Imports of our own modules inside functions."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            found += [f"{path.name}:{inner.lineno}" for inner in ast.walk(node)
                      if isinstance(inner, ast.Import | ast.ImportFrom)
                      and _module_of(inner).startswith("hubbot")]
    return found


def test_no_import_of_ours_hides_inside_a_function_of_the_commands_the_policy_or_the_app() -> None:
    paths = [*sorted((ROOT / "commands").glob("*.py")), *sorted((ROOT / "policy").glob("*.py")),
             ROOT / "app.py"]
    assert [hidden for path in paths for hidden in _hidden_imports(path)] == []


def test_the_standard_guards_in_order_and_create_takes_its_own_list(settings) -> None:
    assert (visibility_guard, moderation_guard, quota_guard) == STANDARD_GUARDS
    assert App.create(settings).guards == list(STANDARD_GUARDS)
    assert App.create(settings, guards=[]).guards == []


async def test_a_guard_given_to_create_refuses_before_the_command_runs(settings) -> None:
    seen: list[str] = []

    async def closed_on_sundays(request: Request, app: App) -> None:
        seen.append(request.command)
        raise Refused("access.denied")

    async with App.create(settings, guards=[closed_on_sundays]) as app:
        request = Request("help", {}, UserRef("console:ann", "console"), "console:ann")
        refused = [r async for r in execute(request, app)]
    assert seen == ["help"] and isinstance(refused[-1], Error) and refused[-1].kind == "refused"
    async with App.create(settings, guards=[]) as app:
        answered = [r async for r in execute(request, app)]
    assert isinstance(answered[-1], Answer)
