"""Alembic environment: always run with a connection handed in by `Database.migrate()`
(or by `alembic_config(connection)` in tools)."""

from alembic import context
from sqlmodel import SQLModel

import hubbot.storage.models  # noqa: F401  (registers the tables on SQLModel.metadata)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through hubbot.storage.Database.migrate()")

context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
