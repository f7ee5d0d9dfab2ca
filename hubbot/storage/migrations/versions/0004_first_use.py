"""first use

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 12:20:00

Reserved in the chain so that work on several issues can add tables without competing heads;
filled in by the change that needs it (an empty upgrade is a valid revision).
"""

import sqlalchemy as sa  # noqa: F401
import sqlmodel  # noqa: F401
from alembic import op  # noqa: F401

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
