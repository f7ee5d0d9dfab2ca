"""Asks the questions through the commands, as a user would, and measures each answer.

Every turn is a `Request` run by `hubbot.commands.runner.execute` — the guards, the model's prompt
format and system prompt, conversation memory, the dispatcher and the answer clean-up are
exactly a user's. Chat questions are asked at temperature 0 (reproducible scores); /code has
no temperature option and runs with its card's defaults, as for users. The eval user's
conversations are deleted afterwards.
"""

from __future__ import annotations

import statistics
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from hubbot.commands.base import Answer, Delta, Error, Request, UserRef
from hubbot.evals.scoring import score
from hubbot.evals.sets import Question, QuestionSet
from hubbot.storage.models import EvalResult

if TYPE_CHECKING:
    from hubbot.app import App

EVAL_USER = UserRef(id="console:hubbot-eval", platform="console", display_name="hubbot eval")
ANSWER_KEPT_CHARS = 400  # of each answer, in the stored details
# The card tasks each command accepts (as /chat and /code check them).
COMMAND_TASKS = {"chat": {"chat"}, "code": {"code", "chat"}}

Progress = Callable[[str], None]


@dataclass
class Outcome:
    """One question's answer, its score and how long it took."""

    question_id: str
    correct: bool
    reason: str
    answer: str
    seconds: float  # the scored (last) turn: request to final answer
    tokens: int  # of that answer, counted with the model's tokenizer
    first_token_s: float | None  # request to first streamed text

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.question_id, "correct": self.correct, "reason": self.reason,
                "answer": self.answer[:ANSWER_KEPT_CHARS], "seconds": round(self.seconds, 3),
                "tokens": self.tokens,
                "first_token_s": None if self.first_token_s is None else round(self.first_token_s, 3)}


@dataclass
class SetScore:
    model_id: str
    set_name: str
    outcomes: list[Outcome] = field(default_factory=list)
    skipped: int = 0  # questions for a command this model's task does not serve

    @property
    def questions(self) -> int:
        return len(self.outcomes)

    @property
    def correct(self) -> int:
        return sum(o.correct for o in self.outcomes)

    @property
    def accuracy(self) -> float:
        return self.correct / self.questions if self.questions else 0.0

    @property
    def seconds_per_answer(self) -> float:
        return statistics.mean(o.seconds for o in self.outcomes) if self.outcomes else 0.0

    @property
    def tokens_per_s(self) -> float:
        seconds = sum(o.seconds for o in self.outcomes)
        return sum(o.tokens for o in self.outcomes) / seconds if seconds > 0 else 0.0

    @property
    def first_token_s(self) -> float | None:
        firsts = [o.first_token_s for o in self.outcomes if o.first_token_s is not None]
        return statistics.mean(firsts) if firsts else None

    def as_row(self, run_id: str) -> EvalResult:
        return EvalResult(run_id=run_id, model_id=self.model_id, set_name=self.set_name,
                          questions=self.questions, correct=self.correct,
                          seconds_per_answer=round(self.seconds_per_answer, 3),
                          tokens_per_s=round(self.tokens_per_s, 2),
                          first_token_s=None if self.first_token_s is None else round(self.first_token_s, 3),
                          details=[o.as_dict() for o in self.outcomes])


@dataclass
class _Reply:
    text: str
    seconds: float
    first_token_s: float | None
    error: str | None = None


async def evaluate(app: App, model_ids: Sequence[str], sets: Sequence[QuestionSet],
                   progress: Progress = lambda _m: None) -> list[SetScore]:
    """Every set on every model, one question at a time; results are stored under one run id."""
    from hubbot.storage import evals, privacy

    scores: list[SetScore] = []
    try:
        for model_id in model_ids:
            card = app.registry.card(model_id)
            for question_set in sets:
                result = SetScore(model_id, question_set.name)
                for question in question_set.questions:
                    if card.task not in COMMAND_TASKS[question.command]:
                        result.skipped += 1
                        continue
                    outcome = await ask(app, model_id, question, question_set.language)
                    result.outcomes.append(outcome)
                    verdict = "right" if outcome.correct else "wrong"
                    progress(f"{model_id} {question_set.name}/{question.id}: {verdict} "
                             f"({outcome.reason}, {outcome.seconds:.1f} s)")
                if result.outcomes:
                    scores.append(result)
        run_id = str(uuid.uuid4())
        await evals.record(app.db, [score.as_row(run_id) for score in scores])
    finally:  # the eval user's conversations, jobs and audit records are nobody's data
        await app.dispatcher.ledger.flush()
        await privacy.forget_user(app.db, EVAL_USER.id, app.settings.data_path)
    return scores


async def ask(app: App, model_id: str, question: Question, language: str) -> Outcome:
    """All the question's turns in one fresh conversation; the last answer is scored."""
    conversation = f"console:eval-{uuid.uuid4().hex[:12]}"
    reply = _Reply("", 0.0, None)
    for number, turn in enumerate(question.turns):
        request = Request(question.command, _options(question, turn, model_id), EVAL_USER, conversation,
                          locale=language, new_conversation=number == 0)
        reply = await _answer(app, request)
        if reply.error is not None:
            return Outcome(question.id, False, f"error: {reply.error}", "", reply.seconds, 0,
                           reply.first_token_s)
    verdict = await score(question, reply.text)
    return Outcome(question.id, verdict.correct, verdict.reason, reply.text, reply.seconds,
                   _count_tokens(app, model_id, reply.text), reply.first_token_s)


def _options(question: Question, turn: str, model_id: str) -> dict[str, Any]:
    if question.command == "code":
        return {"mode": "generate", "prompt": turn, "model": model_id}
    return {"prompt": turn, "model": model_id, "temperature": 0.0}


async def _answer(app: App, request: Request) -> _Reply:
    from hubbot.commands.runner import execute

    started = time.perf_counter()
    first: float | None = None
    text, error = "", None
    async for reply in execute(request, app):
        if isinstance(reply, Delta) and first is None and reply.text:
            first = time.perf_counter() - started
        elif isinstance(reply, Answer):
            text = reply.text
        elif isinstance(reply, Error):
            error = reply.text
    elapsed = time.perf_counter() - started
    # No streamed text before the final answer: the first text came with it.
    return _Reply(text, elapsed, elapsed if first is None and text else first, error)


def _count_tokens(app: App, model_id: str, text: str) -> int:
    return app.registry.renderer(model_id).count_tokens(text) if text else 0
