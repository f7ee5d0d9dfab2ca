"""/help: what the bot can do here (commands off in this place left out), in the user's language."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from hubbot.commands import places
from hubbot.commands.base import Answer, CommandSpec, Reply, Request
from hubbot.commands.places import language_for
from hubbot.i18n import t

if TYPE_CHECKING:
    from hubbot.app import App

SPEC = CommandSpec(name="help", name_ko="도움말",
                   description={"en": "What this bot can do", "ko": "이 봇이 할 수 있는 일"})


class HelpCommand:
    spec = SPEC

    async def run(self, request: Request, app: App) -> AsyncIterator[Reply]:
        lang = language_for(request, app)
        section = getattr(app.settings, request.user.platform, None)  # discord / slack
        disabled = set(getattr(section, "disabled_commands", ()))
        listed = sorted((c.spec for c in app.commands.values()), key=lambda spec: spec.name)
        lines = [f"`/{s.name}` — {s.description.get(lang, s.description['en'])}"
                 for s in listed if s.name not in disabled and places.enabled(request, app, s.name)]
        yield Answer(t("help.intro", lang) + "\n" + "\n".join(lines), title=t("help.title", lang))


COMMAND = HelpCommand()
