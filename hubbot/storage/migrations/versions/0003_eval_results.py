"""eval results

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 12:20:00

`hubbot eval` scores: one row per model, question set and run (issue 16).
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('eval_results',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('model_id', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('set_name', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('questions', sa.Integer(), nullable=False),
    sa.Column('correct', sa.Integer(), nullable=False),
    sa.Column('seconds_per_answer', sa.Float(), nullable=False),
    sa.Column('tokens_per_s', sa.Float(), nullable=False),
    sa.Column('first_token_s', sa.Float(), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('eval_results', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_eval_results_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_eval_results_run_id'), ['run_id'], unique=False)
        batch_op.create_index('ix_eval_results_model_set_created', ['model_id', 'set_name', 'created_at'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('eval_results', schema=None) as batch_op:
        batch_op.drop_index('ix_eval_results_model_set_created')
        batch_op.drop_index(batch_op.f('ix_eval_results_run_id'))
        batch_op.drop_index(batch_op.f('ix_eval_results_created_at'))

    op.drop_table('eval_results')
