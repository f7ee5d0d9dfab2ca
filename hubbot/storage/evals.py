"""`hubbot eval` results: written once per model and set, read for the model cards."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import col, select

from hubbot.storage.database import Database
from hubbot.storage.models import EvalResult


async def record(db: Database, results: Iterable[EvalResult]) -> None:
    async with db.session() as session:
        for result in results:
            result.created_at = db.now()
            session.add(result)


async def latest(db: Database, model_ids: Iterable[str]) -> dict[str, list[EvalResult]]:
    """Each model's newest result per question set, sets in name order."""
    wanted = list(dict.fromkeys(model_ids))
    if not wanted:
        return {}
    async with db.session() as session:
        rows = (await session.exec(
            select(EvalResult).where(col(EvalResult.model_id).in_(wanted))
            .order_by(col(EvalResult.created_at).desc(), col(EvalResult.id).desc()))).all()
    newest: dict[tuple[str, str], EvalResult] = {}
    for row in rows:
        newest.setdefault((row.model_id, row.set_name), row)
    out: dict[str, list[EvalResult]] = {}
    for (model_id, _), row in sorted(newest.items()):
        out.setdefault(model_id, []).append(row)
    return out
