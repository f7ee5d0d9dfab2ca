"""/reset: start a new conversation here (forget this conversation's earlier turns).

Only the person who started the conversation (or an admin) may reset it: in a shared thread
a reset deletes everyone's turns."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from hubbot.commands.base import Answer, CommandSpec, Reply, Request
from hubbot.commands.places import language_for
from hubbot.errors import Refused
from hubbot.i18n import t
from hubbot.storage import conversations

if TYPE_CHECKING:
    from hubbot.app import App

SPEC = CommandSpec(name="reset", name_ko="새대화", ephemeral=True,
                   description={"en": "Start a new conversation", "ko": "새 대화 시작하기"})


class ResetCommand:
    spec = SPEC

    async def run(self, request: Request, app: App) -> AsyncIterator[Reply]:
        key = (request.user.platform, request.conversation_key)
        stored = await conversations.find(app.db, *key)
        owner = stored.user_id if stored is not None else app.live_memory.owner(key)
        if owner is not None and owner != request.user.id and not request.user.is_admin:
            raise Refused("reset.not_owner")
        removed = await conversations.reset(app.db, *key) + app.live_memory.reset(key)
        yield Answer(t("reset.done", language_for(request, app), count=removed))


COMMAND = ResetCommand()
