"""Images the bot generated and images users uploaded: a row in `artifacts` plus a PNG file
under `data_dir/artifacts/`. Buttons refer to artifacts by id, so they keep working after a
restart; retention and `/forget` delete rows and files together.
"""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete
from sqlmodel import col, select

from hubbot.storage.database import Database
from hubbot.storage.files import write_private
from hubbot.storage.models import Artifact, Conversation

log = logging.getLogger(__name__)

ARTIFACT_DIR = "artifacts"
ID_PATTERN = re.compile(r"^[0-9a-f]{16}$")
ORPHAN_GRACE_S = 3600.0


def new_id() -> str:
    """16 hex characters: short enough for captions and button ids, not guessable."""
    return secrets.token_hex(8)


def is_artifact_id(value: str) -> bool:
    return bool(ID_PATTERN.match(value))


def file_path(data_dir: Path, artifact: Artifact) -> Path:
    return data_dir / artifact.path


async def save(
    db: Database,
    data_dir: Path,
    *,
    png: bytes,
    user_id: str,
    kind: str,
    width: int,
    height: int,
    model_id: str | None = None,
    job_id: str | None = None,
    seed: int | None = None,
    settings: dict[str, Any] | None = None,
) -> Artifact:
    """Write the file, then the row (a row never points at a missing file)."""
    artifact_id = new_id()
    relative = f"{ARTIFACT_DIR}/{artifact_id[:2]}/{artifact_id}.png"
    target = data_dir / relative
    await asyncio.to_thread(write_private, target, png)
    artifact = Artifact(
        id=artifact_id, user_id=user_id, kind=kind, job_id=job_id, model_id=model_id, path=relative,
        width=width, height=height, seed=seed, settings=settings or {}, created_at=db.now(),
    )
    try:
        async with db.session() as session:
            session.add(artifact)
    except Exception:
        target.unlink(missing_ok=True)
        raise
    return artifact


async def get(db: Database, artifact_id: str) -> Artifact | None:
    if not is_artifact_id(artifact_id):
        return None
    async with db.session() as session:
        return await session.get(Artifact, artifact_id)


async def load(db: Database, data_dir: Path, artifact_id: str) -> tuple[Artifact, bytes] | None:
    """The row and the file's bytes; None when either is gone."""
    artifact = await get(db, artifact_id)
    if artifact is None:
        return None
    try:
        data = await asyncio.to_thread(file_path(data_dir, artifact).read_bytes)
    except FileNotFoundError:
        return None
    return artifact, data


async def take(db: Database, data_dir: Path, artifact_id: str, kind: str) -> tuple[Artifact, bytes] | None:
    """Read and delete one artifact of `kind` (a pending upload is used once): the row and the
    file's bytes, or None when it is gone or another caller took it first."""
    found = await load(db, data_dir, artifact_id)
    if found is None or found[0].kind != kind:
        return None
    async with db.session() as session:
        result = await session.execute(
            delete(Artifact).where(col(Artifact.id) == artifact_id, col(Artifact.kind) == kind))
        taken = (result.rowcount or 0) == 1
    if taken:
        await asyncio.to_thread(file_path(data_dir, found[0]).unlink, True)
    return found if taken else None


async def set_conversation_image(db: Database, conversation_id: str, artifact_id: str | None) -> None:
    """Remember which image an /ask-image conversation is about."""
    async with db.session() as session:
        conversation = await session.get(Conversation, conversation_id)
        if conversation is not None:
            conversation.image_id = artifact_id
            conversation.updated_at = db.now()
            session.add(conversation)


async def for_user(db: Database, user_id: str) -> list[Artifact]:
    async with db.session() as session:
        query = select(Artifact).where(Artifact.user_id == user_id).order_by(col(Artifact.created_at))
        return list((await session.exec(query)).all())


async def delete_for_user(db: Database, data_dir: Path, user_id: str) -> int:
    """Delete a user's artifacts, rows and files (for `/forget`). Returns how many."""
    return await _delete_where(db, data_dir, Artifact.user_id == user_id)


async def purge_older_than(db: Database, data_dir: Path, cutoff: datetime) -> int:
    """Delete artifacts created before `cutoff` (retention). Returns how many."""
    return await _delete_where(db, data_dir, col(Artifact.created_at) < cutoff)


async def _delete_where(db: Database, data_dir: Path, condition: Any) -> int:
    async with db.session() as session:
        doomed = list((await session.exec(select(Artifact).where(condition))).all())
        for artifact in doomed:
            await session.delete(artifact)
    # Files go after the rows are gone: a crash in between leaves orphan files, never rows
    # pointing at nothing.
    for artifact in doomed:
        await asyncio.to_thread(file_path(data_dir, artifact).unlink, True)
    return len(doomed)


async def sweep_orphans(db: Database, data_dir: Path, older_than_s: float = ORPHAN_GRACE_S,
                        *, dry_run: bool = False) -> int:
    """Delete image files no artifact row points at (left by a crash between deleting rows and
    unlinking files, or by a save whose row never came). Files younger than `older_than_s` are
    spared: `save` writes the file a moment before its row. Returns how many."""
    files = await asyncio.to_thread(_artifact_files, data_dir / ARTIFACT_DIR, older_than_s)
    orphans: list[Path] = []
    for start in range(0, len(files), 500):
        chunk = files[start:start + 500]
        async with db.session() as session:
            known = set((await session.exec(
                select(Artifact.path).where(col(Artifact.path).in_([rel for rel, _ in chunk])))).all())
        orphans += [path for rel, path in chunk if rel not in known]
    if not dry_run:
        for path in orphans:
            await asyncio.to_thread(path.unlink, True)
    if orphans:
        log.info("%s %d orphan image files", "found" if dry_run else "deleted", len(orphans))
    return len(orphans)


def _artifact_files(root: Path, older_than_s: float) -> list[tuple[str, Path]]:
    """(path relative to data_dir, as stored in `artifacts.path`; the file) for old enough files."""
    if not root.is_dir():
        return []
    cutoff = time.time() - older_than_s
    found = []
    for path in root.glob("*/*"):
        if path.is_file() and path.stat().st_mtime < cutoff:
            found.append((f"{ARTIFACT_DIR}/{path.parent.name}/{path.name}", path))
    return found
