"""/leaderboard: the blind-arena ranking, from a cache that is refreshed when votes change.

The ranking (a Bradley–Terry fit with bootstrap intervals) is computed in a worker thread from
the votes counted by (models, outcome) in the database, never on the event loop, and at most
once per `LeaderboardCache.min_refresh_s` however often votes arrive, so neither many votes
nor many /leaderboard calls can stall Discord's heartbeat or other users.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hubbot.commands.base import Answer, CommandSpec, Reply, Request
from hubbot.commands.places import language_for
from hubbot.commands.rating import Rating, leaderboard_of_groups
from hubbot.i18n import t
from hubbot.storage import arena

if TYPE_CHECKING:
    from hubbot.app import App
    from hubbot.storage import Database

SPEC = CommandSpec(name="leaderboard", name_ko="순위",
                   description={"en": "Blind-arena ranking of the chatbots", "ko": "블라인드 대결 챗봇 순위"})


@dataclass(frozen=True)
class Board:
    ratings: list[Rating]
    votes: int
    version: tuple[int, int]  # arena.votes_version() when it was computed
    computed_at: float


class LeaderboardCache:
    """The latest ranking. A call checks the votes' version (one small query); when the votes
    changed and the ranking is older than `min_refresh_s`, one caller recomputes it off the
    loop while the others wait for that same result."""

    def __init__(self, db: Database, *, min_refresh_s: float = 10.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.db = db
        self.min_refresh_s = min_refresh_s
        self.clock = clock
        self.board: Board | None = None
        self.computed = 0  # how many times the ranking was computed (figures, tests)
        self._lock = asyncio.Lock()

    async def get(self) -> Board:
        board = self.board
        if board is not None and not await self._stale(board):
            return board
        async with self._lock:
            if self.board is not board and self.board is not None:  # refreshed while we waited
                return self.board
            version = await arena.votes_version(self.db)
            groups = await arena.vote_groups(self.db)
            ratings = await asyncio.to_thread(leaderboard_of_groups, groups)
            self.board = Board(ratings, sum(n for _, _, n in groups), version, self.clock())
            self.computed += 1
            return self.board

    async def _stale(self, board: Board) -> bool:
        if self.clock() - board.computed_at < self.min_refresh_s:
            return False
        return await arena.votes_version(self.db) != board.version


def cache_of(app: App) -> LeaderboardCache:
    cache = app.services.get("leaderboard")
    if cache is None:
        cache = app.services["leaderboard"] = LeaderboardCache(app.db)
    return cache


class LeaderboardCommand:
    spec = SPEC

    async def run(self, request: Request, app: App) -> AsyncIterator[Reply]:
        lang = language_for(request, app)
        board = await cache_of(app).get()
        if not board.ratings:
            yield Answer(t("leaderboard.empty", lang), title=t("leaderboard.title", lang))
            return
        lines = [t("leaderboard.header", lang)]
        for rank, rating in enumerate(board.ratings, 1):
            card = app.registry.cards.get(rating.model)
            name = card.display_name if card else rating.model
            lines.append(t("leaderboard.row", lang, rank=rank, name=name, score=round(rating.score),
                           low=round(rating.low), high=round(rating.high), votes=rating.votes))
        yield Answer("\n".join(lines), title=t("leaderboard.title", lang),
                     footer=t("leaderboard.footer", lang, votes=board.votes))


COMMAND = LeaderboardCommand()
