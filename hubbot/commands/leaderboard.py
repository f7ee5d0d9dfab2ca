"""/leaderboard: the blind-arena ranking, computed on demand from the votes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from hubbot.commands.base import Answer, CommandSpec, Reply, Request
from hubbot.commands.common import language_for
from hubbot.commands.rating import leaderboard
from hubbot.i18n import t
from hubbot.storage import arena

if TYPE_CHECKING:
    from hubbot.app import App

SPEC = CommandSpec(name="leaderboard", name_ko="순위",
                   description={"en": "Blind-arena ranking of the chatbots", "ko": "블라인드 대결 챗봇 순위"})


class LeaderboardCommand:
    spec = SPEC

    async def run(self, request: Request, app: App) -> AsyncIterator[Reply]:
        lang = language_for(request, app)
        votes = [(v.models, v.outcome) for v in await arena.all_votes(app.db)]
        ratings = leaderboard(votes)
        if not ratings:
            yield Answer(t("leaderboard.empty", lang), title=t("leaderboard.title", lang))
            return
        lines = [t("leaderboard.header", lang)]
        for rank, rating in enumerate(ratings, 1):
            card = app.registry.cards.get(rating.model)
            name = card.display_name if card else rating.model
            lines.append(t("leaderboard.row", lang, rank=rank, name=name, score=round(rating.score),
                           low=round(rating.low), high=round(rating.high), votes=rating.votes))
        yield Answer("\n".join(lines), title=t("leaderboard.title", lang),
                     footer=t("leaderboard.footer", lang, votes=len(votes)))


COMMAND = LeaderboardCommand()
