#!/usr/bin/env python
"""Autogenerate an Alembic migration from the SQLModel tables.

    .venv/bin/python scripts/new_migration.py "add foo" 0002

Upgrades a scratch SQLite database to head, then diffs the models against it. Check that
`down_revision` is the single current head before committing.
"""

import sys
import tempfile

from alembic import command
from sqlalchemy import create_engine

from hubbot.storage.database import alembic_config

message, rev_id = sys.argv[1], sys.argv[2]
with tempfile.TemporaryDirectory() as scratch:
    engine = create_engine(f"sqlite:///{scratch}/scratch.db")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
        command.revision(alembic_config(conn), message=message, autogenerate=True, rev_id=rev_id)
