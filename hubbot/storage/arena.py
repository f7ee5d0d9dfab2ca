"""Comparisons and blind-arena votes."""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from datetime import timedelta

from sqlalchemy import String, cast
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, func, select

from hubbot.storage import app_secrets
from hubbot.storage.database import Database
from hubbot.storage.models import Comparison, Vote


class DuplicateVote(Exception):
    """This user already voted on this comparison."""


def prompt_hash(key: bytes, prompt: str) -> str:
    """Keyed, so a known prompt cannot be looked up in the table by hashing it."""
    return hmac.new(key, b"prompt:" + prompt.encode("utf-8"), hashlib.sha256).hexdigest()


def voter_key(key: bytes, comparison_id: str, user_id: str) -> str:
    """Stable per (comparison, user) so "one vote each" holds after user_id is detached; keyed
    (HMAC with a secret of this deployment) so public ids cannot re-identify a detached vote."""
    return hmac.new(key, f"voter:{comparison_id}:{user_id}".encode(), hashlib.sha256).hexdigest()


async def create(db: Database, user_id: str, prompt: str, models: list[str], blind: bool) -> Comparison:
    key = await app_secrets.get(db, app_secrets.VOTE_KEY)
    comparison = Comparison(id=str(uuid.uuid4()), user_id=user_id, prompt_hash=prompt_hash(key, prompt),
                            models=list(models), blind=blind, created_at=db.now())
    async with db.session() as session:
        session.add(comparison)
    return comparison


async def get(db: Database, comparison_id: str) -> Comparison | None:
    async with db.session() as session:
        return await session.get(Comparison, comparison_id)


async def votes_today(db: Database, user_id: str) -> int:
    since = db.now() - timedelta(days=1)
    async with db.session() as session:
        query = select(func.count()).select_from(Vote).where(
            Vote.user_id == user_id, col(Vote.created_at) >= since)
        return int((await session.exec(query)).one())


async def record_vote(db: Database, comparison: Comparison, user_id: str, outcome: str) -> Vote:
    key = await app_secrets.get(db, app_secrets.VOTE_KEY)
    vote = Vote(comparison_id=comparison.id, user_id=user_id,
                voter_key=voter_key(key, comparison.id, user_id), prompt_hash=comparison.prompt_hash,
                models=list(comparison.models), outcome=outcome, created_at=db.now())
    try:
        async with db.session() as session:
            session.add(vote)
    except IntegrityError:
        raise DuplicateVote(comparison.id) from None
    return vote


async def all_votes(db: Database) -> list[Vote]:
    async with db.session() as session:
        return list((await session.exec(select(Vote).order_by(col(Vote.id)))).all())


async def votes_version(db: Database) -> tuple[int, int]:
    """(how many votes, the newest vote's id): changes whenever a vote is added or deleted, in
    this process or another, so a cached leaderboard knows when it is stale."""
    async with db.session() as session:
        count, newest = (await session.exec(select(func.count(), func.max(Vote.id)))).one()
    return int(count), int(newest or 0)


async def vote_groups(db: Database) -> list[tuple[tuple[str, ...], str, int]]:
    """The votes counted by (models, outcome), by the database: a few rows however many votes
    there are, so reading them costs the event loop next to nothing."""
    models = cast(Vote.models, String)  # JSON has no equality on PostgreSQL; its text does
    query = select(models, Vote.outcome, func.count()).group_by(models, Vote.outcome)
    async with db.session() as session:
        rows = (await session.exec(query)).all()
    return [(tuple(json.loads(ms)), outcome, int(n)) for ms, outcome, n in rows]
