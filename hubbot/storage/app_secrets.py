"""Keys the bot needs that no user sees: from the environment, or generated on first start and
kept in the database (`app_secrets`), so every process on one database uses the same key and a
restart keeps it. Never in the repository, the config file, logs or exports.

The database is the right home for a generated key here: what it protects (arena votes) lives
in the same database, and several bot processes must agree on it without sharing a disk. An
operator who wants the key apart from the data sets it in the environment instead.
"""

from __future__ import annotations

import secrets

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from hubbot.storage.database import Database
from hubbot.storage.models import AppSecret

VOTE_KEY = "vote_hmac"


def use(db: Database, name: str, value: str) -> None:
    """Use `value` (from the environment) for `name` in this process; nothing is stored."""
    db.keys[name] = value.encode("utf-8")


async def get(db: Database, name: str) -> bytes:
    """The key `name`: set by `use`, else the stored one, else a new one stored now (when two
    processes start at once, both end up with the one that was stored first)."""
    cached = db.keys.get(name)
    if cached is not None:
        return cached
    insert = sqlite_insert if db.is_sqlite else pg_insert
    async with db.session() as session:
        await session.execute(insert(AppSecret).values(
            name=name, value=secrets.token_hex(32), created_at=db.now()).on_conflict_do_nothing())
    async with db.session() as session:
        row = await session.get(AppSecret, name)
    assert row is not None
    db.keys[name] = row.value.encode("utf-8")
    return db.keys[name]
