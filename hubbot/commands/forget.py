"""/forget: delete all of the user's data after a confirmation; queued jobs are cancelled.

`forget_everything` is the one way a user is forgotten (the button here, `hubbot privacy
forget`): jobs, the dispatcher's unwritten job records, every table, files, and what this
process holds in memory. The audit record of a forget does not name the user (see runner)."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from hubbot.commands.base import Action, Answer, CommandSpec, Done, Reply, Request
from hubbot.commands.places import language_for
from hubbot.errors import Refused
from hubbot.i18n import t
from hubbot.storage import privacy

if TYPE_CHECKING:
    from hubbot.app import App

SPEC = CommandSpec(name="forget", name_ko="삭제", ephemeral=True,
                   description={"en": "Delete all your data (asks first)",
                                "ko": "내 데이터 모두 삭제 (확인 후)"})


def owner_tag(user_id: str) -> str:
    """The confirm button names its owner without putting the user id in the button."""
    return hashlib.sha256(user_id.encode()).hexdigest()[:16]


class ForgetCommand:
    spec = SPEC

    async def run(self, request: Request, app: App) -> AsyncIterator[Reply]:
        lang = language_for(request, app)
        yield Answer(t("privacy.forget_confirm", lang))
        yield Done(actions=(Action(f"forget-confirm:{owner_tag(request.user.id)}",
                                   t("privacy.forget_button", lang), "danger"),))


async def confirm(action_id: str, request: Request, app: App) -> AsyncIterator[Reply]:
    lang = language_for(request, app)
    if action_id.split(":", 1)[-1] != owner_tag(request.user.id):
        raise Refused("privacy.not_yours")
    cancelled, counts = await forget_everything(app, request.user.id)
    summary = ", ".join(f"{k} {v}" for k, v in counts.items() if v)
    yield Answer(t("privacy.forgotten", lang, counts=summary or "0", cancelled=cancelled))


async def forget_everything(app: App, user_id: str) -> tuple[int, dict[str, int]]:
    """Forget the user everywhere this process can reach. Returns (jobs cancelled, counts)."""
    # Jobs first, then their buffered records: nothing of theirs may be written after the delete.
    cancelled = await app.dispatcher.forget_user(user_id)
    finetune = app.services.get("finetune")
    if finetune is not None:  # trainings end before their rows could be written
        await finetune.forget_user(user_id)
    counts = await privacy.forget_user(app.db, user_id, app.settings.data_path)
    if finetune is not None:  # deleted variants leave the registry; shared ones lose their owner
        await finetune.sync_registry()
    counts["memory"] = app.live_memory.forget_user(user_id)
    return cancelled, counts


COMMAND = ForgetCommand()
ACTIONS = {"forget-confirm": confirm}
UNMETERED_ACTIONS = {"forget-confirm"}  # confirming a deletion starts no job
