"""hardening

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 12:20:00

Issue 18: process leases (`instances`, `jobs.instance_id`) so a crashed process's jobs are found
and reported; `app_secrets` for keys generated on first start (the arena's vote HMAC key);
`artifacts.seed` as BIGINT (seeds reach 2**32 - 1).
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('instances',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('host', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('pid', sa.Integer(), nullable=False),
    sa.Column('started_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('heartbeat_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('instances', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_instances_heartbeat_at'), ['heartbeat_at'], unique=False)

    op.create_table('app_secrets',
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('name')
    )

    with op.batch_alter_table('jobs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('instance_id', sqlmodel.sql.sqltypes.AutoString(length=36),
                                      nullable=True))
        batch_op.create_index(batch_op.f('ix_jobs_instance_id'), ['instance_id'], unique=False)

    if op.get_bind().dialect.name != 'sqlite':  # SQLite's INTEGER is 64-bit already
        # Image seeds go up to 2**32 - 1, past PostgreSQL's INTEGER.
        op.alter_column('artifacts', 'seed', type_=sa.BigInteger(), existing_type=sa.Integer(),
                        existing_nullable=True)


def downgrade() -> None:
    if op.get_bind().dialect.name != 'sqlite':
        op.alter_column('artifacts', 'seed', type_=sa.Integer(), existing_type=sa.BigInteger(),
                        existing_nullable=True)
    with op.batch_alter_table('jobs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_jobs_instance_id'))
        batch_op.drop_column('instance_id')
    op.drop_table('app_secrets')
    with op.batch_alter_table('instances', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_instances_heartbeat_at'))
    op.drop_table('instances')
