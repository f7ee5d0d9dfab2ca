"""Settings per place: a guild/workspace, a channel in it, a thread in that channel. A value set
on a more specific place wins: thread > channel > guild > the config (`hubbot.toml`).

`resolve()` reads the rows of one place in one query and says, per key, the value that applies
and where it came from. Which keys exist and what they mean is `hubbot.commands.places`'s; this
module stores strings.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, or_
from sqlmodel import col, select

from hubbot.storage.database import Database
from hubbot.storage.models import PlaceSetting

LEVELS = ("thread", "channel", "guild")  # most specific first
CONFIG = "config"


@dataclass(frozen=True)
class PlaceIds:
    """Where a request happened, platform-qualified: `scope` is the guild/workspace
    ("discord:1", "slack:T1", "console"), `channel` the channel (a thread's parent), `thread`
    the thread ("" outside one)."""

    scope: str
    channel: str = ""
    thread: str = ""

    def place(self, level: str) -> str | None:
        """The row id of this place at `level`, or None when it has no such level (no thread)."""
        if level == "guild":
            return "" if self.scope else None
        if level == "channel":
            return self.channel or None
        return f"{self.channel}/{self.thread}" if self.thread and self.channel else None


@dataclass(frozen=True)
class Resolved:
    values: dict[str, str] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # key -> thread | channel | guild | config

    def get(self, key: str) -> str:
        return self.values.get(key, "")


async def resolve(db: Database, place: PlaceIds, defaults: Mapping[str, str]) -> Resolved:
    """The value of every key in `defaults` that applies at `place`, and its source."""
    rows = await _rows(db, place)
    values, sources = dict(defaults), dict.fromkeys(defaults, CONFIG)
    for level in reversed(LEVELS):  # guild first, so a more specific place overwrites it
        for row in rows:
            if row.level == level and row.key in values:
                values[row.key], sources[row.key] = row.value, level
    return Resolved(values, sources)


async def _rows(db: Database, place: PlaceIds) -> list[PlaceSetting]:
    wanted = [(level, where) for level in LEVELS if (where := place.place(level)) is not None]
    if not place.scope or not wanted:
        return []
    condition = or_(
        *[(col(PlaceSetting.level) == level) & (col(PlaceSetting.place) == where) for level, where in wanted]
    )
    async with db.session() as session:
        query = select(PlaceSetting).where(col(PlaceSetting.scope) == place.scope, condition)
        return list((await session.exec(query)).all())


async def put(db: Database, place: PlaceIds, level: str, key: str, value: str) -> str | None:
    """Set `key` at `level` of `place`; returns the value it had there before (None: unset)."""
    where = place.place(level)
    if where is None:
        raise ValueError(f"{place} has no {level}")
    async with db.session() as session:
        query = select(PlaceSetting).where(_at(place, level, where), col(PlaceSetting.key) == key)
        row = (await session.exec(query)).first()
        before = row.value if row is not None else None
        row = row or PlaceSetting(scope=place.scope, level=level, place=where, key=key, value=value)
        row.value, row.updated_at = value, db.now()
        session.add(row)
    return before


async def remove(db: Database, place: PlaceIds, level: str, keys: list[str]) -> dict[str, str]:
    """Unset `keys` at `level` of `place`; returns the values removed."""
    where = place.place(level)
    if where is None:
        return {}
    async with db.session() as session:
        found = select(PlaceSetting).where(_at(place, level, where), col(PlaceSetting.key).in_(keys))
        removed = {row.key: row.value for row in (await session.exec(found)).all()}
        if removed:
            await session.execute(
                delete(PlaceSetting).where(_at(place, level, where), col(PlaceSetting.key).in_(list(removed)))
            )
    return removed


def _at(place: PlaceIds, level: str, where: str) -> Any:
    return (
        (col(PlaceSetting.scope) == place.scope)
        & (col(PlaceSetting.level) == level)
        & (col(PlaceSetting.place) == where)
    )
