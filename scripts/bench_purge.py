#!/usr/bin/env python
"""Time and peak memory of a retention purge of N expired messages (default 100,000).

    .venv/bin/python scripts/bench_purge.py [--messages 100000] [--db URL]
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import tempfile
import time
import tracemalloc
from datetime import timedelta
from pathlib import Path

from sqlalchemy import insert

from hubbot.config import RetentionSection
from hubbot.storage import Database, retention
from hubbot.storage.clock import utcnow
from hubbot.storage.models import Conversation, Message


async def main(count: int, url: str | None) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        db = Database(url or f"sqlite+aiosqlite:///{Path(scratch) / 'purge.db'}")
        await db.migrate()
        old = utcnow() - timedelta(days=31)
        async with db.session() as session:
            session.add(Conversation(id="c", platform="bench", key="k", user_id="u", created_at=old,
                                     updated_at=old))
        rows = [{"conversation_id": "c", "user_id": "u", "role": "user", "content": "x" * 200,
                 "created_at": old} for _ in range(10_000)]
        for _ in range(count // len(rows)):
            async with db.session() as session:
                await session.execute(insert(Message), rows)
        tracemalloc.start()
        started = time.perf_counter()
        counts = await retention.purge(db, RetentionSection(), Path(scratch))
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        await db.close()
    print(f"purged {counts.messages} messages (+{counts.conversations} conversation) in {seconds:.2f} s; "
          f"peak Python allocations {peak / 2**20:.1f} MiB; process max RSS "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--db")
    args = parser.parse_args()
    asyncio.run(main(args.messages, args.db))
