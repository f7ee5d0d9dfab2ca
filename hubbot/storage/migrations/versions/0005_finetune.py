"""finetune

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 12:20:00

/finetune (issue 17): fine-tuned variants (their model cards) and uploaded datasets.
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('finetune_variants',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('user_id', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=True),
    sa.Column('base_model', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('shared', sa.Boolean(), nullable=False),
    sa.Column('scope', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.Column('card', sa.JSON(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('finetune_variants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_finetune_variants_user_id'), ['user_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_finetune_variants_created_at'), ['created_at'], unique=False)
    op.create_table('finetune_datasets',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('user_id', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.Column('variant_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('filename', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('path', sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('tokens', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('finetune_datasets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_finetune_datasets_user_id'), ['user_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_finetune_datasets_created_at'), ['created_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('finetune_datasets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_finetune_datasets_created_at'))
        batch_op.drop_index(batch_op.f('ix_finetune_datasets_user_id'))
    op.drop_table('finetune_datasets')
    with op.batch_alter_table('finetune_variants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_finetune_variants_created_at'))
        batch_op.drop_index(batch_op.f('ix_finetune_variants_user_id'))
    op.drop_table('finetune_variants')
