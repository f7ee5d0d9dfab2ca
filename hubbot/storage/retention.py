"""Retention: delete each data class once it is past its configured period — exactly.

"Past its period" means created strictly before `now - period`; a row one second inside its
period is never touched. Deletions run in batches (`BATCH` rows per transaction) so a large
purge never holds a long lock. Votes are kept but detached from their user after the message
period. Each purge writes one audit record with the counts (never any content).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlmodel import col

from hubbot.config import RetentionSection
from hubbot.storage import artifacts, audit, finetune
from hubbot.storage.artifacts import file_path
from hubbot.storage.database import Database
from hubbot.storage.models import (
    Artifact,
    AuditEvent,
    Comparison,
    Conversation,
    JobRow,
    Message,
    Result,
    Vote,
)

log = logging.getLogger(__name__)
BATCH = 5000


@dataclass
class PurgeCounts:
    messages: int = 0
    conversations: int = 0
    comparisons: int = 0
    images: int = 0
    orphan_files: int = 0
    jobs: int = 0
    audit_events: int = 0
    votes_detached: int = 0
    finetune_datasets: int = 0
    results: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def cutoff(now: datetime, days: float) -> datetime:
    return now - timedelta(days=days)


async def purge(db: Database, retention: RetentionSection, data_dir: Path, *,
                dry_run: bool = False) -> PurgeCounts:
    """Delete everything past its period (or only count it, with `dry_run`)."""
    now = db.now()
    counts = PurgeCounts()
    message_cut = cutoff(now, retention.messages_days)
    counts.messages = await _purge_rows(db, Message, col(Message.created_at) < message_cut, dry_run)
    # A conversation goes once it is older than the period and none of its messages is newer.
    empty = (col(Conversation.updated_at) < message_cut) & ~col(Conversation.id).in_(
        select(Message.conversation_id).where(col(Message.created_at) >= message_cut).distinct())
    counts.conversations = await _purge_rows(db, Conversation, empty, dry_run, key=Conversation.id)
    # A comparison holds who asked and a hash of the prompt: it is a message log (votes stay).
    counts.comparisons = await _purge_rows(db, Comparison, col(Comparison.created_at) < message_cut,
                                           dry_run, key=Comparison.id)
    counts.images = await _purge_artifacts(db, data_dir, cutoff(now, retention.images_days), dry_run)
    counts.results = await _purge_rows(db, Result, expired_results(retention, now), dry_run, key=Result.id)
    counts.orphan_files = await artifacts.sweep_orphans(db, data_dir, dry_run=dry_run)
    counts.jobs = await _purge_rows(db, JobRow, col(JobRow.created_at) < cutoff(now, retention.jobs_days),
                                    dry_run, key=JobRow.id)
    counts.audit_events = await _purge_rows(
        db, AuditEvent, col(AuditEvent.created_at) < cutoff(now, retention.audit_days), dry_run)
    counts.votes_detached = await _detach_votes(db, message_cut, dry_run)
    counts.finetune_datasets = await finetune.purge_datasets(
        db, data_dir, cutoff(now, retention.datasets_days), dry_run)
    if not dry_run:
        await audit.record(db, user_id=None, command="purge", outcome="ok", detail=counts.as_dict())
        await db.checkpoint()
        log.info("retention purge: %s", counts.as_dict())
    return counts


async def _count(db: Database, model: Any, condition: Any) -> int:
    async with db.session() as session:
        return int((await session.execute(select(func.count()).select_from(model).where(condition))).scalar())


async def _purge_rows(db: Database, model: Any, condition: Any, dry_run: bool, key: Any = None) -> int:
    if dry_run:
        return await _count(db, model, condition)
    key = key if key is not None else model.id
    total = 0
    while True:
        async with db.session() as session:
            ids = select(key).where(condition).limit(BATCH)
            result = await session.execute(delete(model).where(col(key).in_(ids.scalar_subquery())))
            removed = result.rowcount or 0
        total += removed
        if removed < BATCH:
            return total


async def _purge_artifacts(db: Database, data_dir: Path, before: datetime, dry_run: bool) -> int:
    condition = col(Artifact.created_at) < before
    if dry_run:
        return await _count(db, Artifact, condition)
    total = 0
    while True:
        async with db.session() as session:
            doomed = list((await session.execute(select(Artifact).where(condition).limit(BATCH))).scalars())
            if doomed:
                await session.execute(delete(Artifact).where(col(Artifact.id).in_([a.id for a in doomed])))
        for artifact in doomed:  # files after rows: a crash leaves an orphan file, never a dangling row
            await asyncio.to_thread(file_path(data_dir, artifact).unlink, True)
        total += len(doomed)
        if len(doomed) < BATCH:
            return total


async def _detach_votes(db: Database, before: datetime, dry_run: bool) -> int:
    condition = (col(Vote.created_at) < before) & col(Vote.user_id).is_not(None)
    if dry_run:
        return await _count(db, Vote, condition)
    async with db.session() as session:
        result = await session.execute(update(Vote).where(condition).values(user_id=None))
        return result.rowcount or 0


def expired_results(retention: RetentionSection, now: datetime) -> Any:
    """What `/show` can no longer post: an answer past the message period, an image job past
    the image period."""
    return (((col(Result.kind) == "text") & (col(Result.created_at) < cutoff(now, retention.messages_days)))
            | ((col(Result.kind) == "image") & (col(Result.created_at) < cutoff(now, retention.images_days))))


def keeps(retention: RetentionSection, data_class: str) -> bool:
    """A period of 0 means: do not store that class at all."""
    return getattr(retention, f"{data_class}_days") > 0
