"""Fine-tuned variants and their datasets: rows, files under data_dir, privacy and retention.

Files: `finetune/adapters/<model id>/` (the LoRA adapter) and `finetune/datasets/<id>.<ext>`
(the uploaded file), both under data_dir. A variant row is written only after its adapter is
complete on disk, so a row always names a usable adapter.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, update
from sqlmodel import col

from hubbot.storage.database import Database
from hubbot.storage.models import FinetuneDataset, FinetuneVariant

ADAPTERS = Path("finetune") / "adapters"
DATASETS = Path("finetune") / "datasets"


def adapter_dir(data_dir: Path, model_id: str) -> Path:
    return data_dir / ADAPTERS / model_id


async def save_variant(
    db: Database, model_id: str, user_id: str, base_model: str, scope: str, card: dict[str, Any]
) -> None:
    async with db.session() as session:
        session.add(
            FinetuneVariant(id=model_id, user_id=user_id, base_model=base_model, scope=scope, card=card)
        )


async def variants(db: Database) -> list[FinetuneVariant]:
    async with db.session() as session:
        return list((await session.execute(select(FinetuneVariant))).scalars())


async def get_variant(db: Database, model_id: str) -> FinetuneVariant | None:
    async with db.session() as session:
        return await session.get(FinetuneVariant, model_id)


async def count_owned(db: Database, user_id: str) -> int:
    async with db.session() as session:
        rows = await session.execute(select(FinetuneVariant.id).where(FinetuneVariant.user_id == user_id))
        return len(list(rows))


async def set_shared(db: Database, model_id: str, shared: bool) -> None:
    async with db.session() as session:
        await session.execute(
            update(FinetuneVariant).where(FinetuneVariant.id == model_id).values(shared=shared)
        )


async def delete_variant(db: Database, model_id: str, data_dir: Path) -> None:
    """The row first, then the adapter files (a crash leaves files, never a row without them)."""
    async with db.session() as session:
        await session.execute(delete(FinetuneVariant).where(FinetuneVariant.id == model_id))
    await asyncio.to_thread(shutil.rmtree, adapter_dir(data_dir, model_id), True)


async def save_dataset(
    db: Database,
    data_dir: Path,
    user_id: str,
    variant_id: str,
    filename: str,
    data: bytes,
    rows: int,
    tokens: int,
) -> str:
    dataset_id = str(uuid.uuid4())
    suffix = Path(filename).suffix.lower()[:8] if Path(filename).suffix else ".jsonl"
    relative = DATASETS / f"{dataset_id}{suffix}"
    path = data_dir / relative
    await asyncio.to_thread(_write_private, path, data)
    async with db.session() as session:
        session.add(
            FinetuneDataset(
                id=dataset_id,
                user_id=user_id,
                variant_id=variant_id,
                filename=filename[:200],
                path=str(relative),
                rows=rows,
                tokens=tokens,
            )
        )
    return dataset_id


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.write_bytes(data)
    path.chmod(0o600)


async def forget_user(db: Database, user_id: str, data_dir: Path) -> dict[str, int]:
    """/forget: the user's datasets (rows and files), unshared variants (rows and adapters) and
    interrupted trainings' checkpoints go; shared variants stay for the people they were shared
    with, with no owner."""
    async with db.session() as session:
        datasets = list(
            (
                await session.execute(select(FinetuneDataset).where(FinetuneDataset.user_id == user_id))
            ).scalars()
        )
        private = list(
            (
                await session.execute(
                    select(FinetuneVariant.id).where(
                        (FinetuneVariant.user_id == user_id) & ~col(FinetuneVariant.shared)
                    )
                )
            ).scalars()
        )
        await session.execute(delete(FinetuneDataset).where(FinetuneDataset.user_id == user_id))
        await session.execute(delete(FinetuneVariant).where(col(FinetuneVariant.id).in_(private)))
        detached = await session.execute(
            update(FinetuneVariant).where(FinetuneVariant.user_id == user_id).values(user_id=None)
        )
    for dataset in datasets:
        await asyncio.to_thread((data_dir / dataset.path).unlink, True)
    for model_id in private:
        await asyncio.to_thread(shutil.rmtree, adapter_dir(data_dir, model_id), True)
    checkpoints = await asyncio.to_thread(_drop_checkpoints, data_dir, user_id)
    return {
        "finetune_checkpoints": checkpoints,
        "finetune_datasets": len(datasets),
        "finetune_variants": len(private),
        "finetune_variants_detached": detached.rowcount or 0,
    }


def _drop_checkpoints(data_dir: Path, user_id: str) -> int:
    """The user's interrupted trainings' adapters (`.<name>.interrupted/`, owner in its state)."""
    dropped = 0
    for state in (data_dir / ADAPTERS).glob(".*.interrupted/hubbot_state.json"):
        try:
            owner = json.loads(state.read_text()).get("user_id")
        except (OSError, ValueError):
            continue
        if owner == user_id:
            shutil.rmtree(state.parent, ignore_errors=True)
            dropped += 1
    return dropped


async def forgotten_variants(db: Database, ids: list[str]) -> list[str]:
    """Of these variant ids, the ones no longer stored (deleted by /forget or `delete`)."""
    async with db.session() as session:
        kept = set(
            (
                await session.execute(select(FinetuneVariant.id).where(col(FinetuneVariant.id).in_(ids)))
            ).scalars()
        )
    return [i for i in ids if i not in kept]


async def purge_datasets(db: Database, data_dir: Path, before: datetime, dry_run: bool = False) -> int:
    """Retention: datasets uploaded before `before` (rows and files; the variants stay)."""
    async with db.session() as session:
        doomed = list(
            (
                await session.execute(select(FinetuneDataset).where(col(FinetuneDataset.created_at) < before))
            ).scalars()
        )
        if doomed and not dry_run:
            await session.execute(
                delete(FinetuneDataset).where(col(FinetuneDataset.id).in_([d.id for d in doomed]))
            )
    if not dry_run:
        for dataset in doomed:
            await asyncio.to_thread((data_dir / dataset.path).unlink, True)
    return len(doomed)
