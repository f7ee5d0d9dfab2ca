"""Helpers shared by commands: option checks, job streaming, footers."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from hubbot.commands.base import Delta, Reply, Request, Status, current_request
from hubbot.errors import Busy, Unavailable, UserError
from hubbot.i18n import t
from hubbot.inference.jobs import (
    Failed,
    Finished,
    GeneratedImage,
    Job,
    JobEvent,
    Loading,
    Progress,
    Queued,
    TextDelta,
)
from hubbot.policy.moderation import check_output, passes
from hubbot.storage import retention, users

if TYPE_CHECKING:
    from hubbot.app import App

def text_option(request: Request, name: str, *, required: bool = True) -> str:
    value = request.options.get(name)
    text = value.strip() if isinstance(value, str) else ""
    if required and not text:
        raise UserError("error.empty_option", option=name)
    return text


def number_option(request: Request, name: str, default: float, low: float, high: float) -> float:
    value = request.options.get(name)
    if value is None or value == "":
        return default
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise UserError("error.not_a_number", option=name) from None
    if not low <= number <= high:
        raise UserError("error.out_of_range", option=name, low=_num(low), high=_num(high))
    return number


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def queue_status(event: Queued, lang: str) -> Status:
    if event.eta_s is None:
        return Status(t("status.queued", lang, position=event.position))
    return Status(t("status.queued_eta", lang, position=event.position, eta=max(1, round(event.eta_s))))


def raise_for_failure(event: Failed, model_name: str = "") -> None:
    if event.reason == "busy":
        raise Busy("error.busy", retry=event.message or "30")
    if event.reason == "user_limit":  # the dispatcher's per-user limit; message = the limit
        raise Busy("shared.too_many_jobs", limit=event.message or "?")
    if event.reason == "unavailable":
        if model_name:
            raise Unavailable("error.model_unavailable_named", model=model_name)
        raise Unavailable("error.model_unavailable")
    if event.reason == "timeout":
        raise UserError("error.timeout")
    if event.reason == "cancelled":
        raise UserError("error.cancelled")
    if event.reason == "shutdown":
        raise Unavailable("error.shutting_down")
    raise UserError("error.internal")


async def stream_job(app: App, job: Job, lang: str, part: str = "", *,
                     blind: bool = False) -> AsyncIterator[Reply | Any]:
    """Submit a job and translate its events into replies.

    Yields Status/Delta replies, and passes `GeneratedImage`, `Progress` and the final
    `Finished` events through for the caller to handle. A `Failed` event raises the
    matching UserError (rendered by the runner in the user's language). `blind`: no status
    line or error names the model (a blind /compare reveals them only after the vote).
    """
    request = current_request.get()
    if request is not None:
        job.command = job.command or request.command
        job.reply_to = job.reply_to or dict(request.reply_to)
    slots = app.services.get("user_slots")  # the per-user limit shared by all bot processes
    async with slots.hold(job.user_id, job.id) if slots else nullcontext():
        handle = app.dispatcher.submit(job)
        shown_name = "" if blind else model_name(app, job.model_id)
        try:
            async for event in handle:
                async for reply in _translate(event, lang, part, shown_name):
                    yield reply
        finally:
            if not handle.done:
                handle.cancel()


def model_name(app: App, model_id: str) -> str:
    card = app.registry.cards.get(model_id)
    return card.display_name if card is not None else model_id


async def _translate(event: JobEvent, lang: str, part: str, model: str = "") -> AsyncIterator[Any]:
    if isinstance(event, Queued):
        yield queue_status(event, lang)
    elif isinstance(event, Loading):
        yield Status(t("status.loading", lang, model=event.model_id) if model
                     else t("status.loading_unnamed", lang))
    elif isinstance(event, TextDelta):
        yield Delta(event.text, part)
    elif isinstance(event, Failed):
        raise_for_failure(event, model)
    elif isinstance(event, Finished | GeneratedImage | Progress):
        yield event


@dataclass
class TextOutcome:
    """Where `stream_text` leaves a text job's final event."""

    finished: Finished | None = None
    withheld: bool = False  # the answer broke the content policy: the user was shown a notice instead

    @property
    def final(self) -> Finished:
        assert self.finished is not None, "the job ended without a final event"
        return self.finished


WHITESPACE = re.compile(r"\s+")


class StreamGate:
    """Streamed text is shown only once the content policy passed it, and the last
    `HOLD_CHARS` stay back: a term may still be completing there ("i will ki" + "ll you").
    Once a check fails, nothing more is shown; the final answer (checked again, whole) replaces
    what was streamed."""

    # Longer than a word-list term written out with tricks ("k i l l y o u r s e l f" is 23),
    # and short enough that a real model's first words show within about a second.
    HOLD_CHARS = 32
    # Text is checked the first time this much could be shown; the stride then doubles after
    # each passing check, up to `max_check_every`.
    CHECK_EVERY = 12
    # Each check reads the text not shown yet and this much of what was, from a word's start:
    # a phrase across the boundary is read whole, and a long answer costs a check of bounded
    # length each time instead of the whole text again (Korean rules read ~10 characters a ms).
    CONTEXT_CHARS = 400

    def __init__(self, passes: Callable[[str], Awaitable[bool]], *,
                 max_check_every: int | None = None) -> None:
        """`max_check_every`: the longest stride (`[moderation] stream_check_chars`). The first
        words still show early, and a long answer costs a few dozen checks instead of one per
        `CHECK_EVERY` characters."""
        self._passes = passes
        self._max_every = max(self.CHECK_EVERY, max_check_every or self.CHECK_EVERY)
        self._every = self.CHECK_EVERY
        self.text = ""
        self.shown = 0
        self.blocked = False

    async def feed(self, piece: str) -> str:
        """Add streamed text; return the part that may be shown now ("" for none)."""
        self.text += piece
        end = len(self.text) - self.HOLD_CHARS
        if self.blocked or end - self.shown < self._every:
            return ""
        if not await self._passes(self.unread()):
            self.blocked = True
            return ""
        self._every = min(self._every * 2, self._max_every)
        released, self.shown = self.text[self.shown:end], end
        return released

    def unread(self) -> str:
        """What the next check reads: everything not shown yet, after up to `CONTEXT_CHARS` of
        what was, starting at a word (a cut word could read as another)."""
        start = max(0, self.shown - self.CONTEXT_CHARS)
        if start and (space := WHITESPACE.search(self.text, start, self.shown)):
            start = space.end()  # a line break starts a word too (code, lists)
        return self.text[start:]


async def stream_text(app: App, job: Job, lang: str, outcome: TextOutcome, part: str = "", *,
                      blind: bool = False) -> AsyncIterator[Any]:
    """Stream a text job's replies through a `StreamGate`; its Finished event, with the text
    checked against the content policy (word list, then the moderation model), lands in `outcome`."""
    stride = app.settings.moderation.stream_check_chars
    gate = StreamGate(lambda text: passes(app, text), max_check_every=stride)
    async for event in stream_job(app, job, lang, part, blind=blind):
        if isinstance(event, Finished):
            checked = await check_output(app, event.text, lang)
            outcome.finished = dataclasses.replace(event, text=checked)
            outcome.withheld = checked != event.text
        elif isinstance(event, Delta):
            if shown := await gate.feed(event.text):
                yield Delta(shown, event.part)
        else:
            yield event


async def logs_kept(app: App, user_id: str) -> bool:
    """Conversation messages are stored unless their retention period is 0 or the user opted
    out (`/privacy keep_logs:off`)."""
    if not retention.keeps(app.settings.retention, "messages"):
        return False
    user = await users.get(app.db, user_id)
    return user is None or user.keep_logs


def ai_footer(app: App, lang: str, model_name: str) -> str:
    return t("footer.ai_text", lang, model=model_name) if app.settings.defaults.ai_footer else ""
