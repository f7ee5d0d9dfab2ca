"""hardening

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 12:20:00

Reserved in the chain so that work on several issues can add tables without competing heads;
filled in by the change that needs it (an empty upgrade is a valid revision).
"""

import sqlalchemy as sa  # noqa: F401
import sqlmodel  # noqa: F401
from alembic import op  # noqa: F401

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
