"""/compare: the same prompt to 2–4 chat models at once, answers side by side with each
model's card and measured figures; `blind` hides the names until the user votes."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from hubbot.commands.base import (
    Action,
    Answer,
    CommandSpec,
    Delta,
    Done,
    OptionSpec,
    Reply,
    Request,
    Status,
)
from hubbot.commands.chat import resolve_model
from hubbot.commands.common import TextOutcome, stream_text, text_option
from hubbot.commands.models import card_lines
from hubbot.commands.options import is_true
from hubbot.commands.places import language_for
from hubbot.config import ModelCard
from hubbot.errors import Refused, UserError
from hubbot.evals.quality import quality_lines
from hubbot.i18n import t
from hubbot.inference.jobs import ChatMessage, Finished, Job, JobKind, TextInputs
from hubbot.storage import arena

if TYPE_CHECKING:
    from hubbot.app import App

LABELS = "ABCD"
OUTCOMES = ("tie", "bad")

SPEC = CommandSpec(
    name="compare",
    name_ko="비교",
    description={"en": "Compare chatbots side by side", "ko": "챗봇 답변을 나란히 비교하기"},
    options=(
        OptionSpec("prompt", "string",
                   {"en": "The prompt every model answers", "ko": "모든 모델이 답할 프롬프트"}, required=True,
                   max_length=4000, name_ko="프롬프트"),
        OptionSpec("models", "string", {"en": "2–4 models, comma separated (default: small, medium, large)",
                                        "ko": "모델 2–4개, 쉼표로 구분 (기본: 소형, 중형, 대형)"},
                   name_ko="모델"),
        OptionSpec("blind", "boolean", {"en": "Hide the model names until you vote",
                                        "ko": "투표할 때까지 모델 이름 숨기기"}, name_ko="블라인드"),
    ),
)


@dataclass
class Run:
    """One model's answer and the figures measured for it."""

    label: str
    card: ModelCard
    submitted: float = field(default_factory=time.perf_counter)
    first_token: float | None = None
    finished: Finished | None = None
    ended: float | None = None
    error: str | None = None

    def figures(self, lang: str) -> str:
        """The model's own speed (from the start of its run, as the backend measured it), and
        separately how long it waited in the queue and to load."""
        if self.finished is None or self.ended is None:
            return ""
        usage = self.finished.usage
        elapsed = self.ended - self.submitted
        total = usage.total_s if usage.total_s > 0 else elapsed
        ttft = usage.first_token_s if usage.first_token_s is not None else (
            (self.first_token or self.ended) - self.submitted)
        tokens = usage.completion_tokens
        rate = tokens / total if total > 0 else 0.0
        return t("compare.figures", lang, ttft=f"{ttft:.2f}", total=f"{total:.2f}", rate=f"{rate:.1f}",
                 tokens=tokens, waited=f"{max(0.0, elapsed - total):.2f}")


def parse_models(app: App, raw: str) -> list[str]:
    names = [part.strip() for part in raw.split(",") if part.strip()] if raw else []
    ids = [resolve_model(app, name) for name in names] or list(app.settings.defaults.compare_models)
    ids = list(dict.fromkeys(ids))
    if not 2 <= len(ids) <= len(LABELS):
        raise UserError("compare.model_count", low=2, high=len(LABELS))
    for model_id in ids:
        app.registry.card(model_id, tasks={"chat"})
    return ids


def title_for(run: Run, blind: bool, lang: str) -> str:
    return t("compare.model_label", lang, label=run.label) if blind else run.card.display_name


async def _consume(app: App, run: Run, job: Job, lang: str, out: asyncio.Queue, blind: bool) -> None:
    """One model's answer: streamed through the content policy like /chat's (stream_text), and
    in blind mode with no status line or error that names the model."""
    outcome = TextOutcome()
    try:
        async for event in stream_text(app, job, lang, outcome, part=run.label, blind=blind):
            if isinstance(event, Delta) and run.first_token is None:
                run.first_token = time.perf_counter()
            if isinstance(event, Status):
                await out.put(Status(f"{run.label}: {event.text}"))
            elif isinstance(event, Delta):
                await out.put(event)
        run.finished, run.ended = outcome.final, time.perf_counter()
    except UserError as exc:
        run.error = t(exc.key, lang, **exc.params)
    finally:
        await out.put(run)  # this model is done


class CompareCommand:
    spec = SPEC

    async def run(self, request: Request, app: App) -> AsyncIterator[Reply]:
        lang = language_for(request, app)
        prompt = text_option(request, "prompt")
        model_ids = parse_models(app, text_option(request, "models", required=False))
        blind = is_true(request.options.get("blind", False))
        limits = app.settings.limits
        renderer = await asyncio.to_thread(app.registry.renderer, model_ids[0])  # tokenizer: off the loop
        if len(prompt) > limits.max_prompt_chars or (
                await asyncio.to_thread(renderer.count_tokens, prompt) > limits.max_prompt_tokens):
            raise UserError("error.prompt_too_long", limit=limits.max_prompt_tokens)
        comparison = await arena.create(app.db, request.user.id, prompt, model_ids, blind)

        runs = [Run(LABELS[i], app.registry.card(m)) for i, m in enumerate(model_ids)]
        quality = {} if blind else await quality_lines(app.db, model_ids, lang)  # `hubbot eval` scores
        out: asyncio.Queue = asyncio.Queue()
        tasks = [asyncio.create_task(_consume(app, run, self._job(run.card, prompt, request), lang, out,
                                              blind)) for run in runs]
        try:
            pending = len(runs)
            while pending:
                item = await out.get()
                if isinstance(item, Run):
                    pending -= 1
                    yield self._answer(app, item, blind, lang, quality.get(item.card.id, ""))
                else:
                    yield item
        finally:
            for task in tasks:
                task.cancel()
        if blind:
            choices = "|".join([*LABELS.lower()[:len(runs)], *OUTCOMES])
            yield Done(actions=self._vote_actions(comparison.id, len(runs), lang),
                       hint=t("compare.vote_hint", lang, id=comparison.id, choices=choices))
        else:
            yield Done()

    @staticmethod
    def _job(card: ModelCard, prompt: str, request: Request) -> Job:
        messages = [ChatMessage("user", prompt)]
        if card.system_prompt:
            messages.insert(0, ChatMessage("system", card.system_prompt))
        return Job(JobKind.TEXT, card.id, TextInputs(messages=messages), request.user.id)

    @staticmethod
    def _answer(app: App, run: Run, blind: bool, lang: str, quality: str = "") -> Answer:
        if run.error is not None:
            return Answer(run.error, part=run.label, title=title_for(run, blind, lang))
        assert run.finished is not None
        footer = [run.figures(lang)]
        text = run.finished.text  # checked against the content policy by stream_text
        if not blind:
            footer.append(" · ".join([*card_lines(run.card, lang)[1:], *filter(None, [quality])]))
        if run.finished.finish_reason == "interrupted":
            footer.append(t("remote.interrupted", lang))
        footer.append(t("footer.ai_text", lang, model=title_for(run, blind, lang)))
        return Answer(text, part=run.label, title=title_for(run, blind, lang),
                      footer="\n".join(line for line in footer if line))

    @staticmethod
    def _vote_actions(comparison_id: str, count: int, lang: str) -> tuple[Action, ...]:
        key = "compare.vote_better" if count == 2 else "compare.vote_best"
        actions = [Action(f"arena-vote:{comparison_id}:{LABELS[i].lower()}",
                          t(key, lang, label=LABELS[i]), "primary") for i in range(count)]
        labels = {"tie": t("compare.vote_tie", lang),
                  "bad": t("compare.vote_bad" if count == 2 else "compare.vote_all_bad", lang)}
        actions += [Action(f"arena-vote:{comparison_id}:{o}", labels[o]) for o in OUTCOMES]
        return tuple(actions)


async def vote(action_id: str, request: Request, app: App) -> AsyncIterator[Reply]:
    """Record a blind-arena vote and reveal the models."""
    lang = language_for(request, app)
    _, comparison_id, outcome = [*action_id.split(":", 2), "", ""][:3]
    comparison = await arena.get(app.db, comparison_id)
    if comparison is None or outcome not in {*LABELS.lower()[: len(comparison.models)], *OUTCOMES}:
        raise UserError("compare.unknown_comparison")
    # Only the asker votes: they read the answers to their own prompt, and channel-wide voting
    # would let anyone (or a few accounts) steer the leaderboard from one shared message.
    if comparison.user_id != request.user.id:
        raise Refused("compare.not_your_vote")
    if await arena.votes_today(app.db, request.user.id) >= app.settings.defaults.arena_votes_per_day:
        raise Refused("compare.vote_cap", limit=app.settings.defaults.arena_votes_per_day)
    try:
        await arena.record_vote(app.db, comparison, request.user.id, outcome)
    except arena.DuplicateVote:
        raise Refused("compare.duplicate_vote") from None
    lines = []
    for i, model_id in enumerate(comparison.models):
        card = app.registry.cards.get(model_id)
        name = card.display_name if card else model_id
        details = " · ".join(card_lines(card, lang)[1:]) if card else ""
        lines.append(f"**{LABELS[i]}** = {name}" + (f" ({details})" if details else ""))
    yield Answer("\n".join(lines), title=t("compare.revealed", lang))


COMMAND = CompareCommand()
ACTIONS = {"arena-vote": vote}
UNMETERED_ACTIONS = {"arena-vote"}  # a vote starts no job: it uses no /compare quota
