"""Storage: SQLModel tables, the async database, and small repository modules per area."""

from hubbot.storage.database import Database

__all__ = ["Database"]
