"""/leaderboard with 10,000 and 100,000 votes: the longest event-loop stall while it runs, the
time to the answer (first call computes, later calls come from the cache), and the time of the
ranking computation itself.

    .venv/bin/python scripts/bench_leaderboard.py [--votes 10000 100000] [--postgres URL]

Each size gets a fresh SQLite file in a temporary folder, or with --postgres (a server URL such
as postgresql://postgres@127.0.0.1:5432/test) a fresh database created on that server and
dropped afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import tempfile
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import asyncpg
from sqlalchemy import insert

from hubbot.commands.leaderboard import LeaderboardCache
from hubbot.commands.rating import leaderboard_of_groups
from hubbot.storage import Database, arena
from hubbot.storage.models import Vote

MODELS = ["chat-small", "chat-medium", "chat-large", "code"]


async def add_votes(db: Database, count: int) -> None:
    rng = random.Random(count)
    rows = []
    for i in range(count):
        models = rng.sample(MODELS, rng.choice([2, 3, 4]))
        rows.append({"comparison_id": f"bench-{i}", "voter_key": f"k{i}", "prompt_hash": "h",
                     "models": models, "outcome": rng.choice(["a", "b", "tie", "bad", "a"]),
                     "created_at": db.now()})
    for start in range(0, count, 20_000):
        async with db.session() as session:
            await session.exec(insert(Vote), params=rows[start:start + 20_000])


async def timed_with_stall(work) -> tuple[float, float]:
    """(seconds the work took, the longest time the event loop was late for a 2 ms tick)."""
    late: list[float] = []
    done = asyncio.Event()

    async def tick() -> None:
        while not done.is_set():
            started = time.perf_counter()
            await asyncio.sleep(0.002)
            late.append(time.perf_counter() - started - 0.002)

    ticker = asyncio.create_task(tick())
    started = time.perf_counter()
    await work
    took = time.perf_counter() - started
    done.set()
    await ticker
    return took, max(late, default=0.0)


async def bench(url: str, count: int) -> None:
    db = Database(url)
    await db.migrate()
    await add_votes(db, count)
    cache = LeaderboardCache(db)
    first, first_stall = await timed_with_stall(cache.get())
    cached, cached_stall = await timed_with_stall(cache.get())
    groups = await arena.vote_groups(db)
    started = time.perf_counter()
    leaderboard_of_groups(groups)
    compute = time.perf_counter() - started
    print(f"{count:>7} votes | first call {first * 1000:7.1f} ms,"
          f" longest loop stall {first_stall * 1000:5.1f} ms"
          f" | cached call {cached * 1000:5.1f} ms, stall {cached_stall * 1000:4.1f} ms"
          f" | ranking alone {compute * 1000:6.1f} ms ({len(groups)} vote groups)")
    await db.close()


@asynccontextmanager
async def fresh_postgres(server: str) -> AsyncIterator[str]:
    """A new database on the server (its SQLAlchemy URL), dropped afterwards."""
    name = f"hubbot_bench_{uuid.uuid4().hex[:10]}"
    admin = await asyncpg.connect(server)
    await admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield server.replace("postgresql://", "postgresql+asyncpg://").rsplit("/", 1)[0] + f"/{name}"
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--votes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--postgres", help="a PostgreSQL server URL (default: SQLite files)")
    args = parser.parse_args()
    print("PostgreSQL" if args.postgres else "SQLite")
    with tempfile.TemporaryDirectory() as folder:
        for count in args.votes:
            if args.postgres:
                async with fresh_postgres(args.postgres) as url:
                    await bench(url, count)
            else:
                await bench(f"sqlite+aiosqlite:///{Path(folder) / f'votes{count}.db'}", count)


if __name__ == "__main__":
    asyncio.run(main())
