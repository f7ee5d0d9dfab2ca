"""/export: all of the user's stored data as a JSON file, privately."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from hubbot.commands.base import Answer, CommandSpec, File, Reply, Request
from hubbot.commands.common import language_for
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
        body = json.dumps({"user_id": request.user.id, "tables": data}, ensure_ascii=False, indent=2)
        counts = ", ".join(f"{table} {len(rows)}" for table, rows in data.items() if rows)
        yield Answer(t("privacy.exported", lang, counts=counts or "0"))
        yield File(body.encode("utf-8"), "hubbot-export.json", caption=t("privacy.export_caption", lang))


COMMAND = ExportCommand()
