"""Finished results `/show` can post again: an answer's text, or the images of an image job
(the pictures themselves stay in `artifacts`). Rows are the user's data: /export and /forget
reach them (`privacy.USER_TABLES`) and retention purges them with their class."""

from __future__ import annotations

from typing import Any

from sqlmodel import col, select

from hubbot.storage.database import Database
from hubbot.storage.models import Result


async def record_text(
    db: Database,
    *,
    job_id: str,
    user_id: str,
    command: str,
    scope: str,
    channel: str,
    public: bool,
    text: str,
    data: dict[str, Any],
) -> None:
    async with db.session() as session:
        session.add(
            Result(
                id=job_id,
                user_id=user_id,
                command=command,
                kind="text",
                scope=scope,
                channel=channel,
                public=public,
                text=text,
                data=data,
                created_at=db.now(),
            )
        )


async def add_image(
    db: Database,
    *,
    job_id: str,
    user_id: str,
    command: str,
    scope: str,
    channel: str,
    public: bool,
    image: dict[str, Any],
) -> None:
    """One more image of an image job (a job may make several)."""
    async with db.session() as session:
        row = await session.get(Result, job_id)
        if row is None:
            row = Result(
                id=job_id,
                user_id=user_id,
                command=command,
                kind="image",
                scope=scope,
                channel=channel,
                public=public,
                data={"images": []},
                created_at=db.now(),
            )
        row.data = {**row.data, "images": [*row.data.get("images", []), image]}
        session.add(row)


async def get(db: Database, job_id: str) -> Result | None:
    async with db.session() as session:
        return await session.get(Result, job_id)


async def latest(db: Database, user_id: str) -> Result | None:
    async with db.session() as session:
        query = (
            select(Result)
            .where(col(Result.user_id) == user_id)
            .order_by(col(Result.created_at).desc())
            .limit(1)
        )
        return (await session.exec(query)).first()
