"""/export: all of the user's stored data, privately: a zip archive with the rows as JSON
(`data.json`), the user's image files (`images/`, generated and uploaded) and the datasets
they uploaded to /finetune (`datasets/`)."""

from __future__ import annotations

import asyncio
import io
import json
import zipfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hubbot.commands.base import Answer, CommandSpec, File, Reply, Request
from hubbot.commands.places import language_for
from hubbot.i18n import t
from hubbot.storage import privacy

if TYPE_CHECKING:
    from hubbot.app import App

SPEC = CommandSpec(name="export", name_ko="내보내기", ephemeral=True,
                   description={"en": "Download all your stored data (JSON)",
                                "ko": "저장된 내 데이터 모두 내려받기 (JSON)"})


class ExportCommand:
    spec = SPEC

    async def run(self, request: Request, app: App) -> AsyncIterator[Reply]:
        lang = language_for(request, app)
        data = await privacy.export_user(app.db, request.user.id)
        archive = await asyncio.to_thread(build_archive, request.user.id, data, app.settings.data_path)
        counts = ", ".join(f"{table} {len(rows)}" for table, rows in data.items() if rows)
        yield Answer(t("privacy.exported", lang, counts=counts or "0"))
        yield File(archive, "hubbot-export.zip", caption=t("privacy.export_caption", lang))


def build_archive(user_id: str, data: dict[str, list[dict[str, Any]]], data_dir: Path) -> bytes:
    """`data.json` plus `images/<artifact id>.png` for each of the user's images still on disk and
    `datasets/<dataset id>-<file name>` for each /finetune dataset (an image set is a zip)."""
    body = json.dumps({"user_id": user_id, "tables": data}, ensure_ascii=False, indent=2)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", body)
        for row in data.get("artifacts", []):
            path = data_dir / row["path"]
            if path.is_file():  # PNGs are compressed already: stored as they are
                archive.write(path, f"images/{path.name}", compress_type=zipfile.ZIP_STORED)
        for row in data.get("finetune_datasets", []):
            path = data_dir / row["path"]
            if path.is_file():
                name = Path(row["filename"]).name or "dataset"
                archive.write(path, f"datasets/{row['id']}-{name}")
    return out.getvalue()


COMMAND = ExportCommand()
