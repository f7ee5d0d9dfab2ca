"""places

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 18:30:00

Issue 22: settings per place (guild/workspace, channel, thread) and the results `/show`
posts again.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('place_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('scope', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.Column('level', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('place', sqlmodel.sql.sqltypes.AutoString(length=160), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('scope', 'level', 'place', 'key', name='uq_place_setting')
    )
    with op.batch_alter_table('place_settings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_place_settings_scope'), ['scope'], unique=False)
    op.create_table('results',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('user_id', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.Column('command', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
    sa.Column('scope', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(length=160), nullable=False),
    sa.Column('public', sa.Boolean(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('results', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_results_user_id'), ['user_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_results_created_at'), ['created_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('results', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_results_created_at'))
        batch_op.drop_index(batch_op.f('ix_results_user_id'))
    op.drop_table('results')
    with op.batch_alter_table('place_settings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_place_settings_scope'))
    op.drop_table('place_settings')
