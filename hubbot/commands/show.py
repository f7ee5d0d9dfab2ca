"""/show JOB_ID: post a finished result again — an answer's text, or an image job's pictures with
their buttons — in the current channel, so a result that scrolled away is back at hand.

Who may: its owner, anywhere; anyone else only a result that was posted publicly, and only in
that same channel (where they could already see it). A private result (a command that answers
only its user) is its owner's alone. Nobody learns whether an id they may not see exists.
Within retention only: an answer as long as messages are kept (and only when the owner lets
logs be stored), an image job as long as its images are.

The runner hands every result with a job id to `remember` (it stores what /show needs, and
gives images a "show again" button for their owner); the console prints the id under results.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from hubbot.commands.base import Action, Answer, CommandSpec, Image, OptionSpec, Reply, Request
from hubbot.commands.common import logs_kept
from hubbot.commands.places import language_for
from hubbot.errors import UserError
from hubbot.i18n import t
from hubbot.storage import artifacts, results, retention
from hubbot.storage.models import Result

if TYPE_CHECKING:
    from hubbot.app import App

AGAIN = "show"
ARTIFACT_IN_NAME = re.compile(r"([0-9a-f]{16})\.png$")

SPEC = CommandSpec(
    name="show",
    name_ko="다시보기",
    description={
        "en": "Post a finished result again (by its job id)",
        "ko": "완료된 결과를 다시 올리기 (작업 ID로)",
    },
    options=(
        OptionSpec(
            "id",
            "string",
            {"en": "The job id (empty: your latest result)", "ko": "작업 ID (비우면 내 최근 결과)"},
            max_length=64,
            name_ko="아이디",
        ),
    ),
)


# ---- remembering results ----------------------------------------------------------------------


async def remember(request: Request, app: App, reply: Answer | Image, lang: str) -> Answer | Image:
    """Store what /show needs to post `reply` again; an image gets the owner's "show again"."""
    found = app.commands.get(request.command)
    common: dict[str, Any] = {
        "job_id": reply.job_id,
        "user_id": request.user.id,
        "command": request.command,
        "scope": request.scope,
        "channel": request.channel,
        "public": not (found and found.spec.ephemeral),
    }
    if isinstance(reply, Answer):
        if retention.keeps(app.settings.retention, "messages") and await logs_kept(app, request.user.id):
            await results.record_text(
                app.db,
                text=reply.text,
                data={"title": reply.title, "footer": reply.footer, "actions": _action_rows(reply.actions)},
                **common,
            )
        return reply
    match = ARTIFACT_IN_NAME.search(reply.filename)
    if match is None or not retention.keeps(app.settings.retention, "images"):
        return reply
    await results.add_image(
        app.db,
        image={
            "artifact": match.group(1),
            "filename": reply.filename,
            "caption": reply.caption,
            "actions": _action_rows(reply.actions),
        },
        **common,
    )
    again = Action(f"{AGAIN}:{reply.job_id}", t("show.again_button", lang))
    return dataclasses.replace(reply, actions=(*reply.actions, again))


def _action_rows(actions: tuple[Action, ...]) -> list[list[str]]:
    return [[a.id, a.label, a.style] for a in actions]


def _from_rows(stored: list[list[str]]) -> tuple[Action, ...]:
    return tuple(Action(i, label, style) for i, label, style in stored)  # type: ignore[arg-type]


# ---- posting them again -----------------------------------------------------------------------


def may_see(result: Result, request: Request) -> bool:
    """The owner; or anyone in the channel where the result was posted publicly."""
    if result.user_id == request.user.id:
        return True
    return (
        result.public
        and result.scope == request.scope
        and bool(result.channel)
        and result.channel == request.channel
    )


def expired(app: App, result: Result) -> bool:
    kind = "messages" if result.kind == "text" else "images"
    days = getattr(app.settings.retention, f"{kind}_days")
    return result.created_at < app.db.now() - timedelta(days=days)


async def replies_for(
    app: App, request: Request, job_id: str, lang: str, *, owner_only: bool = False
) -> AsyncIterator[Reply]:
    job_id = job_id.strip().lower()
    result = await results.get(app.db, job_id) if job_id else await results.latest(app.db, request.user.id)
    if result is None and artifacts.is_artifact_id(job_id):  # the image id a caption shows
        artifact = await artifacts.get(app.db, job_id)
        result = await results.get(app.db, artifact.job_id) if artifact and artifact.job_id else None
    if result is None or not may_see(result, request):
        raise UserError("show.not_found", id=job_id or "-")
    if owner_only and result.user_id != request.user.id:
        raise UserError("show.not_yours", id=result.id)
    if expired(app, result):
        raise UserError("show.expired", id=result.id)
    if result.kind == "text":
        data = result.data
        yield Answer(
            result.text,
            title=data.get("title", ""),
            footer=data.get("footer", ""),
            actions=_from_rows(data.get("actions", [])),
        )
        return
    shown = 0
    for image in result.data.get("images", []):
        found = await artifacts.load(app.db, app.settings.data_path, image["artifact"])
        if found is None:
            continue
        owner_again = (Action(f"{AGAIN}:{result.id}", t("show.again_button", lang)),)
        actions = _from_rows(image.get("actions", [])) + (
            owner_again if result.user_id == request.user.id else ()
        )
        yield Image(found[1], image["filename"], image.get("caption", ""), actions)
        shown += 1
    if not shown:
        raise UserError("show.expired", id=result.id)


class ShowCommand:
    spec = SPEC

    async def run(self, request: Request, app: App) -> AsyncIterator[Reply]:
        lang = language_for(request, app)
        async for reply in replies_for(app, request, str(request.options.get("id") or ""), lang):
            yield reply


async def show_again(action_id: str, request: Request, app: App) -> AsyncIterator[Reply]:
    """The "show again" button: its owner's only (anyone else is told to use /show)."""
    lang = language_for(request, app)
    async for reply in replies_for(app, request, action_id.partition(":")[2], lang, owner_only=True):
        yield reply


COMMAND = ShowCommand()
ACTIONS = {AGAIN: show_again}
UNMETERED_ACTIONS = (AGAIN,)
