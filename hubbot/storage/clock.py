"""Time for storage: timezone-aware UTC (SQLModel's UTCDateTime stores and returns UTC on
SQLite and PostgreSQL alike)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)
