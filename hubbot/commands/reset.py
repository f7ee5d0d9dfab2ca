"""/reset: start a new conversation here (forget this conversation's earlier turns)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from hubbot.commands.base import Answer, CommandSpec, Reply, Request
from hubbot.commands.common import language_for
from hubbot.i18n import t
from hubbot.storage import conversations

if TYPE_CHECKING:
    from hubbot.app import App

SPEC = CommandSpec(name="reset", name_ko="새대화", ephemeral=True,
                   description={"en": "Start a new conversation", "ko": "새 대화 시작하기"})


class ResetCommand:
    spec = SPEC

    async def run(self, request: Request, app: App) -> AsyncIterator[Reply]:
        removed = await conversations.reset(app.db, request.user.platform, request.conversation_key)
        yield Answer(t("reset.done", language_for(request, app), count=removed))


COMMAND = ResetCommand()
