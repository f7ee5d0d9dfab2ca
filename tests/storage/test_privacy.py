"""Retention, export, forget, opt-out and the retention scheduler — with a controllable clock."""

from __future__ import annotations

import asyncio
import io
import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import pytest_asyncio
from sqlmodel import SQLModel, select

from hubbot.commands.base import Answer, Done, Error, File, Request, UserRef
from hubbot.commands.runner import execute, execute_action
from hubbot.config import RetentionSection
from hubbot.storage import Database, privacy, retention
from hubbot.storage.models import (
    Artifact,
    AuditEvent,
    Comparison,
    Conversation,
    FinetuneDataset,
    FinetuneVariant,
    JobRow,
    Message,
    Result,
    UsageCounter,
    User,
    Vote,
)
from hubbot.storage.purge_schedule import JOB_ID, RetentionScheduler, run_locked

NOW = datetime(2026, 11, 24, 12, 0, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)


class Clock:
    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


async def seed_user(db: Database, user_id: str, data_dir: Path, at: datetime, tag: str) -> None:
    """One row of every kind for `user_id`, all created at `at`."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / f"{tag}.png").write_bytes(b"png")
    async with db.session() as s:
        s.add(User(id=user_id, platform="console", created_at=at, last_seen_at=at))
        s.add(Conversation(id=f"c-{tag}", platform="console", key=f"k-{tag}", user_id=user_id,
                           created_at=at, updated_at=at))
        s.add(JobRow(id=f"j-{tag}", user_id=user_id, command="chat", kind="text", model_id="m",
                      created_at=at))
        s.add(Artifact(id=f"a-{tag}", user_id=user_id, kind="generated", path=f"{tag}.png", created_at=at))
        s.add(Comparison(id=f"cmp-{tag}", user_id=user_id, prompt_hash="h", models=["a", "b"], created_at=at))
        s.add(Vote(comparison_id=f"cmp-{tag}", user_id=user_id, voter_key=f"v-{tag}", prompt_hash="h",
                   models=["a", "b"], outcome="a", created_at=at))
        s.add(AuditEvent(user_id=user_id, command="chat", outcome="ok", created_at=at))
        s.add(UsageCounter(subject=f"user:{user_id}", command="chat", day="2026-11-24", count=1))
        s.add(FinetuneVariant(id=f"v-{tag}", user_id=user_id, base_model="m", created_at=at))  # unshared
        s.add(FinetuneDataset(id=f"d-{tag}", user_id=user_id, variant_id=f"v-{tag}", path=f"{tag}.jsonl",
                              created_at=at))
        s.add(Result(id=f"r-{tag}", user_id=user_id, command="chat", kind="text", text="yo", created_at=at))
    async with db.session() as s:
        s.add(Message(conversation_id=f"c-{tag}", user_id=user_id, role="user", content="hi", created_at=at))
        s.add(Message(conversation_id=f"c-{tag}", user_id=user_id, role="assistant", content="yo",
                      created_at=at))


async def count(db: Database, model) -> int:
    async with db.session() as s:
        return len((await s.exec(select(model))).all())


@pytest_asyncio.fixture(loop_scope="function")
async def clocked(db_url: str):
    clock = Clock()
    db = Database(db_url, clock=clock)
    await db.migrate()
    yield db, clock
    await db.close()


@pytest.mark.parametrize(("field", "model"), [
    ("messages_days", Message), ("images_days", Artifact), ("jobs_days", JobRow), ("audit_days", AuditEvent),
    ("messages_days", Result),  # an answer /show can post again lives as long as messages
])
async def test_purge_boundary_one_second_each_side(clocked, tmp_path: Path, field: str, model) -> None:
    db, _ = clocked
    periods = RetentionSection(messages_days=30, images_days=7, jobs_days=30, audit_days=90)
    days = getattr(periods, field)
    edge = NOW - timedelta(days=days)
    await seed_user(db, "console:old", tmp_path, edge - SECOND, "old")  # one second outside
    await seed_user(db, "console:new", tmp_path, edge + SECOND, "new")  # one second inside
    dry = await retention.purge(db, periods, tmp_path, dry_run=True)
    assert await count(db, model) == (2 if model is not Message else 4)  # dry run deleted nothing
    counts = await retention.purge(db, periods, tmp_path)
    assert dry.as_dict() == counts.as_dict()
    async with db.session() as s:
        left = (await s.exec(select(model))).all()
    owners = {row.user_id for row in left if getattr(row, "user_id", None)}
    if model is AuditEvent:
        owners.discard(None)
    assert owners == {"console:new"}, field
    if model is Artifact:
        assert not (tmp_path / "old.png").exists() and (tmp_path / "new.png").exists()
    async with db.session() as s:
        purges = (await s.exec(select(AuditEvent).where(AuditEvent.command == "purge"))).all()
    assert len(purges) == 1 and "content" not in json.dumps(purges[0].detail)


async def test_votes_are_detached_not_deleted_and_period_zero_purges_everything(clocked, tmp_path) -> None:
    db, _ = clocked
    await seed_user(db, "console:a", tmp_path, NOW - timedelta(days=31), "a")
    await retention.purge(db, RetentionSection(), tmp_path)
    async with db.session() as s:
        votes = (await s.exec(select(Vote))).all()
    assert len(votes) == 1 and votes[0].user_id is None
    await seed_user(db, "console:b", tmp_path, NOW - SECOND, "b")
    await retention.purge(db, RetentionSection(messages_days=0, images_days=0), tmp_path)
    assert await count(db, Message) == 0 and await count(db, Artifact) == 0


def test_every_table_with_user_data_is_reached_by_export_and_forget() -> None:
    user_columns = {"user_id", "subject", "conversation_id", "voter_key"}
    for name, table in SQLModel.metadata.tables.items():
        if name in privacy.NOT_USER_DATA:
            continue
        if user_columns & set(table.columns.keys()) or name == "users":
            assert name in privacy.USER_TABLES, f"{name} holds user data; /export and /forget miss it"


async def test_forget_removes_one_user_and_nothing_of_another(clocked, tmp_path) -> None:
    db, _ = clocked
    await seed_user(db, "console:gone", tmp_path, NOW, "gone")
    await seed_user(db, "console:stay", tmp_path, NOW, "stay")
    exported = await privacy.export_user(db, "console:gone")
    assert all(exported[table] for table in privacy.USER_TABLES), exported
    assert len(exported["messages"]) == 2
    counts = await privacy.forget_user(db, "console:gone", tmp_path)
    assert counts["messages"] == 2 and counts["files"] == 1
    after = await privacy.export_user(db, "console:gone")
    assert not any(after.values()), after
    kept = await privacy.export_user(db, "console:stay")
    assert all(kept[table] for table in privacy.USER_TABLES)
    assert not (tmp_path / "gone.png").exists() and (tmp_path / "stay.png").exists()
    assert await count(db, Vote) == 2  # the arena keeps the anonymous vote


def req(command: str, options: dict | None = None, user: str = "ann") -> Request:
    return Request(command, options or {}, UserRef(f"console:{user}", "console"), f"console:{user}")


async def collect(replies) -> list:
    return [r async for r in replies]


def export_data(replies: list) -> dict:
    """data.json from the /export archive among `replies`."""
    archive = next(r for r in replies if isinstance(r, File))
    with zipfile.ZipFile(io.BytesIO(archive.data)) as opened:
        return json.loads(opened.read("data.json"))


async def test_forget_and_export_commands(app) -> None:
    await collect(execute(req("chat", {"prompt": "remember me", "max_tokens": 2}), app))
    exported = await collect(execute(req("export"), app))
    data = export_data(exported)
    assert data["tables"]["messages"] and data["tables"]["users"][0]["id"] == "console:ann"

    asked = await collect(execute(req("forget"), app))
    button = next(r for r in asked if isinstance(r, Done)).actions[0]
    stranger = await collect(execute_action(button.id, req("forget", user="eve"), app))
    assert isinstance(stranger[0], Error)
    done = await collect(execute_action(button.id, req("forget"), app))
    assert isinstance(done[0], Answer) and "messages 2" in done[0].text
    exported_again = await collect(execute(req("export"), app))
    again = export_data(exported_again)
    assert not again["tables"]["messages"] and not again["tables"]["conversations"]


async def test_opt_out_keeps_memory_live_but_stores_nothing(app) -> None:
    off = await collect(execute(req("privacy", {"keep_logs": "off"}), app))
    assert "no longer stored" in off[0].text
    for prompt in ("one", "two"):
        await collect(execute(req("chat", {"prompt": prompt, "max_tokens": 2, "temperature": 0}), app))
    assert await count(app.db, Message) == 0
    live = app.live_memory.history(("console", "console:ann"))
    assert [content for role, content in live if role == "user"] == ["one", "two"]
    policy = await collect(execute(req("privacy"), app))
    assert "30 days" in policy[0].text and "no longer stored" in policy[0].text


async def test_scheduler_job_persists_across_restarts(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'sched.db'}"
    db = Database(url)
    await db.migrate()
    runs: list[int] = []

    async def purge() -> int:
        runs.append(1)
        return 1

    first = RetentionScheduler(db, purge, 60)
    await first.start()
    assert runs == [1]  # once at start-up
    next_run = first.scheduler.get_job(JOB_ID).next_run_time
    await first.stop()
    second = RetentionScheduler(db, purge, 60)
    await second.start()
    jobs = second.scheduler.get_jobs()
    assert [j.id for j in jobs] == [JOB_ID]  # the stored schedule, not a second copy
    assert abs((jobs[0].next_run_time - next_run).total_seconds()) < 5
    await second.stop()
    await db.close()


async def test_two_processes_do_not_purge_at_once(pg_url: str) -> None:
    a, b = Database(pg_url), Database(pg_url)
    await a.migrate()
    started = asyncio.Event()
    release = asyncio.Event()

    async def slow() -> str:
        started.set()
        await release.wait()
        return "a"

    first = asyncio.create_task(run_locked(a, slow))
    await started.wait()
    second = await run_locked(b, lambda: asyncio.sleep(0, "b"))
    release.set()
    assert second == (False, None)
    assert await first == (True, "a")
    assert await run_locked(b, lambda: asyncio.sleep(0, "b")) == (True, "b")  # free again
    await a.close()
    await b.close()
