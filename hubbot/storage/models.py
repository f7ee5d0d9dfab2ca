"""SQLModel tables. Every table that holds user data has a `user_id` column (or reaches one
through `conversation_id`/`comparison_id`) so `/export` and `/forget` can find it.

Times are timezone-aware UTC (`storage.clock.utcnow()`), the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from hubbot.storage.clock import utcnow


def _json_column() -> Any:
    return Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class User(SQLModel, table=True):
    __tablename__ = "users"

    id: str = Field(primary_key=True, max_length=128)  # "platform:platform_user_id"
    platform: str = Field(max_length=32)
    display_name: str = Field(default="", max_length=200)
    language: str | None = Field(default=None, max_length=8)
    keep_logs: bool = True  # False: the user opted out of conversation log storage
    image_consent_at: datetime | None = None
    settings: dict[str, Any] = _json_column()
    created_at: datetime = Field(default_factory=utcnow)
    last_seen_at: datetime = Field(default_factory=utcnow, index=True)


class Conversation(SQLModel, table=True):
    __tablename__ = "conversations"
    __table_args__ = (UniqueConstraint("platform", "key", name="uq_conversation_key"),)

    id: str = Field(primary_key=True, max_length=36)
    platform: str = Field(max_length=32)
    key: str = Field(max_length=200)  # the platform's unit: thread, reply chain, console session
    user_id: str = Field(index=True, max_length=128)  # who started it
    model_id: str | None = Field(default=None, max_length=64)
    image_id: str | None = Field(default=None, max_length=36)  # /ask-image follow-ups
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow, index=True)


class Message(SQLModel, table=True):
    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_conversation_created", "conversation_id", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: str = Field(max_length=36, foreign_key="conversations.id", ondelete="CASCADE")
    user_id: str = Field(index=True, max_length=128)
    role: str = Field(max_length=16)  # system | user | assistant
    content: str
    model_id: str | None = Field(default=None, max_length=64)
    tokens: int | None = None
    created_at: datetime = Field(default_factory=utcnow, index=True)


class JobRow(SQLModel, table=True):
    __tablename__ = "jobs"

    id: str = Field(primary_key=True, max_length=36)
    user_id: str = Field(index=True, max_length=128)
    command: str = Field(max_length=32)
    kind: str = Field(max_length=32)
    model_id: str = Field(max_length=64)
    status: str = Field(default="queued", index=True, max_length=16)
    error: str | None = Field(default=None, max_length=200)
    instance_id: str | None = Field(default=None, index=True, max_length=36)  # the process running it
    reply_to: dict[str, Any] = _json_column()  # where to tell the user after a restart
    options: dict[str, Any] = _json_column()
    created_at: datetime = Field(default_factory=utcnow, index=True)
    started_at: datetime | None = None
    finished_at: datetime | None = None


class Artifact(SQLModel, table=True):
    """An image the bot generated, or one a user uploaded; the file lives under data_dir."""

    __tablename__ = "artifacts"

    id: str = Field(primary_key=True, max_length=36)
    user_id: str = Field(index=True, max_length=128)
    kind: str = Field(max_length=16)  # generated | upload
    job_id: str | None = Field(default=None, max_length=36)
    model_id: str | None = Field(default=None, max_length=64)
    path: str = Field(max_length=500)
    width: int = 0
    height: int = 0
    # Seeds go up to 2**32 - 1: past PostgreSQL's INTEGER.
    seed: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    settings: dict[str, Any] = _json_column()
    created_at: datetime = Field(default_factory=utcnow, index=True)


class Comparison(SQLModel, table=True):
    __tablename__ = "comparisons"

    id: str = Field(primary_key=True, max_length=36)
    user_id: str | None = Field(default=None, index=True, max_length=128)
    prompt_hash: str = Field(max_length=64)
    models: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    blind: bool = False
    created_at: datetime = Field(default_factory=utcnow, index=True)


class Vote(SQLModel, table=True):
    __tablename__ = "votes"
    __table_args__ = (UniqueConstraint("comparison_id", "voter_key", name="uq_vote_once"),)

    id: int | None = Field(default=None, primary_key=True)
    comparison_id: str = Field(max_length=36, index=True)
    # user_id is detached (set NULL) after the message retention period; voter_key stays
    # as a salted hash so "one vote per comparison" still holds.
    user_id: str | None = Field(default=None, index=True, max_length=128)
    voter_key: str = Field(max_length=64)
    prompt_hash: str = Field(max_length=64)
    models: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    outcome: str = Field(max_length=16)  # a | b | ... | tie | bad
    created_at: datetime = Field(default_factory=utcnow, index=True)


class AuditEvent(SQLModel, table=True):
    """Who ran what, when, with what outcome. Never message content."""

    __tablename__ = "audit_events"

    id: int | None = Field(default=None, primary_key=True)
    user_id: str | None = Field(default=None, index=True, max_length=128)
    platform: str = Field(default="", max_length=32)
    scope: str = Field(default="", max_length=128)  # guild / workspace
    command: str = Field(max_length=32)
    outcome: str = Field(max_length=16)  # ok | refused | error | quota | invalid | busy
    detail: dict[str, Any] = _json_column()
    created_at: datetime = Field(default_factory=utcnow, index=True)


class UsageCounter(SQLModel, table=True):
    """Per-day command counts for quotas, shared by all bot processes."""

    __tablename__ = "usage_counters"
    __table_args__ = (UniqueConstraint("subject", "command", "day", name="uq_usage_day"),)

    id: int | None = Field(default=None, primary_key=True)
    subject: str = Field(max_length=160)  # "user:<id>" or "scope:<guild/workspace>"
    command: str = Field(max_length=32)
    day: str = Field(max_length=10)  # YYYY-MM-DD, UTC
    count: int = 0


class Instance(SQLModel, table=True):
    """A running bot process and its lease: a process whose heartbeat is older than the lease
    is dead, and its unfinished jobs are marked interrupted by whichever process sees it."""

    __tablename__ = "instances"

    id: str = Field(primary_key=True, max_length=36)
    host: str = Field(default="", max_length=200)
    pid: int = 0
    started_at: datetime = Field(default_factory=utcnow)
    heartbeat_at: datetime = Field(default_factory=utcnow, index=True)


class AppSecret(SQLModel, table=True):
    """Secrets the bot generates itself on first start when the environment gives none
    (the HMAC key of arena votes). Shared by every process on the database; never exported."""

    __tablename__ = "app_secrets"

    name: str = Field(primary_key=True, max_length=64)
    value: str = Field(max_length=128)
    created_at: datetime = Field(default_factory=utcnow)


class EvalResult(SQLModel, table=True):
    """One model's score on one question set in one `hubbot eval` run. Not user data: the
    questions ship with hubbot and the answers come from the model."""

    __tablename__ = "eval_results"
    __table_args__ = (Index("ix_eval_results_model_set_created", "model_id", "set_name", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    run_id: str = Field(max_length=36, index=True)  # one `hubbot eval` invocation
    model_id: str = Field(max_length=64)
    set_name: str = Field(max_length=64)
    questions: int = 0
    correct: int = 0
    seconds_per_answer: float = 0.0  # request to final answer, through the command path
    tokens_per_s: float = 0.0  # answer tokens (the model's tokenizer) ÷ answer time
    first_token_s: float | None = None  # mean request-to-first-streamed-text
    details: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, index=True)


class FinetuneVariant(SQLModel, table=True):
    """A fine-tuned variant made with /finetune: its whole model card (JSON), registered into
    the registry at start-up. `user_id` is the owner; a shared variant whose owner ran /forget
    keeps serving with no owner (NULL)."""

    __tablename__ = "finetune_variants"

    id: str = Field(primary_key=True, max_length=64)  # the model id
    user_id: str | None = Field(default=None, index=True, max_length=128)
    base_model: str = Field(max_length=64)
    shared: bool = False
    scope: str = Field(default="", max_length=128)  # guild / workspace it was made in
    card: dict[str, Any] = _json_column()
    created_at: datetime = Field(default_factory=utcnow, index=True)


class FinetuneDataset(SQLModel, table=True):
    """An uploaded /finetune dataset (user data: its own retention period, /export, /forget)."""

    __tablename__ = "finetune_datasets"

    id: str = Field(primary_key=True, max_length=36)
    user_id: str = Field(index=True, max_length=128)
    variant_id: str = Field(max_length=64)
    filename: str = Field(default="", max_length=200)
    path: str = Field(max_length=500)  # relative to data_dir
    rows: int = 0
    tokens: int = 0
    created_at: datetime = Field(default_factory=utcnow, index=True)


class PlaceSetting(SQLModel, table=True):
    """One setting of one place (issue 22): a guild/workspace, a channel or a thread. No user
    data: who changed it is in the audit log."""

    __tablename__ = "place_settings"
    __table_args__ = (UniqueConstraint("scope", "level", "place", "key", name="uq_place_setting"),)

    id: int | None = Field(default=None, primary_key=True)
    scope: str = Field(index=True, max_length=128)  # "discord:<guild>", "slack:<team>", "console"
    level: str = Field(max_length=16)  # guild | channel | thread
    place: str = Field(default="", max_length=160)  # channel id, "<channel>/<thread>", "" for guild
    key: str = Field(max_length=32)
    value: str = Field(max_length=2000)
    updated_at: datetime = Field(default_factory=utcnow)


class Result(SQLModel, table=True):
    """A finished answer or image job that `/show JOB_ID` can post again: user data (its owner's
    /export and /forget), kept as long as its class (answers: messages; images: images)."""

    __tablename__ = "results"

    id: str = Field(primary_key=True, max_length=36)  # the job id
    user_id: str = Field(index=True, max_length=128)
    command: str = Field(max_length=32)
    kind: str = Field(max_length=16)  # text | image
    scope: str = Field(default="", max_length=128)
    channel: str = Field(default="", max_length=160)
    public: bool = False  # posted where others in that channel saw it
    text: str = Field(default="", sa_column=Column(Text, nullable=False))
    # text: title, footer, actions; image: one entry per image (artifact id, caption, actions)
    data: dict[str, Any] = _json_column()
    created_at: datetime = Field(default_factory=utcnow, index=True)
