"""The "answer quality" line that model cards show (`/models`, `/compare`)."""

from __future__ import annotations

from collections.abc import Iterable

from hubbot.i18n import t
from hubbot.storage.database import Database
from hubbot.storage.models import EvalResult


def quality_line(results: list[EvalResult], lang: str) -> str:
    """"Answer quality: en 9/13 · ko 0/8 · 1.9 s/answer, 24.1 tokens/s (hubbot eval, 2026-12-02)"."""
    if not results:
        return ""
    scores = " · ".join(t("eval.set_score", lang, name=r.set_name, correct=r.correct, total=r.questions)
                        for r in results)
    answers = sum(r.questions for r in results) or 1
    seconds = sum(r.seconds_per_answer * r.questions for r in results) / answers
    rate = sum(r.tokens_per_s * r.questions for r in results) / answers
    newest = max(r.created_at for r in results)
    return t("eval.quality", lang, scores=scores, seconds=f"{seconds:.2f}", rate=f"{rate:.1f}",
             date=newest.strftime("%Y-%m-%d"))


async def quality_lines(db: Database, model_ids: Iterable[str], lang: str) -> dict[str, str]:
    """{model id: its answer-quality line} for the models `hubbot eval` has scored."""
    from hubbot.storage import evals

    return {model_id: quality_line(results, lang)
            for model_id, results in (await evals.latest(db, model_ids)).items()}
