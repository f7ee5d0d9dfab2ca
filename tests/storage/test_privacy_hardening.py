"""Issue 18, the data side: /forget leaves nothing (tables, files, memory, the job write buffer,
the audit log), shared conversations are reset only by their owner and exported per person,
URLs with passwords are masked, files are private and swept, votes are keyed by a secret.
On SQLite and PostgreSQL where storage is involved."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import io
import json
import logging
import os
import stat
import time
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
import pytest_asyncio
from sqlalchemy import inspect, text

from hubbot.app import App
from hubbot.commands.base import Answer, Done, Error, File, Image, Request, UserRef
from hubbot.commands.runner import execute, execute_action
from hubbot.config import RetentionSection, load_settings
from hubbot.storage import Database, app_secrets, arena, artifacts, retention
from hubbot.storage.models import AuditEvent, Comparison, Vote

SECRET_PHRASE = "zebra-quartz-7781"


def req(command: str, options: dict | None = None, user: str = "ann", key: str | None = None,
        admin: bool = False) -> Request:
    return Request(command, options or {}, UserRef(f"console:{user}", "console", is_admin=admin),
                   key or f"console:{user}")


async def collect(replies) -> list:
    return [r async for r in replies]


async def chat(app: App, prompt: str, user: str = "ann", key: str | None = None) -> list:
    return await collect(execute(req("chat", {"prompt": prompt, "max_tokens": 2, "temperature": 0},
                                     user, key), app))


async def forget(app: App, user: str) -> list:
    asked = await collect(execute(req("forget", user=user), app))
    button = next(r for r in asked if isinstance(r, Done)).actions[0]
    return await collect(execute_action(button.id, req("forget", user=user), app))


async def rows_mentioning(db: Database, needle: str) -> list[tuple[str, dict]]:
    """Every row of every table in the database whose values mention `needle`."""
    async with db.engine.connect() as conn:
        names = await conn.run_sync(lambda sync: inspect(sync).get_table_names())
        found = []
        for name in names:
            for row in (await conn.execute(text(f'SELECT * FROM "{name}"'))).mappings():
                if needle in json.dumps(dict(row), default=str):
                    found.append((name, dict(row)))
    return found


def export_archive(replies: list) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(next(r for r in replies if isinstance(r, File)).data))


@pytest_asyncio.fixture(loop_scope="function")
async def app_db(hub_dir: Path, tmp_path: Path, db_url: str):
    """An app on SQLite and on PostgreSQL."""
    settings = load_settings(hub_dir / "hubbot.toml", database_url=db_url, data_dir=str(tmp_path / "data"))
    async with App.create(settings) as started:
        yield started


# ---- 5. /forget leaves nothing behind ------------------------------------------------------------


async def test_forget_leaves_nothing_of_the_user_but_an_audit_record_without_them(app_db: App) -> None:
    app = app_db
    await chat(app, "remember me")
    drawn = await collect(execute(req("imagine", {"prompt": "a red fox", "steps": 1}), app))
    assert any(isinstance(r, Image) for r in drawn), drawn
    await chat(app, "hello", user="bob")
    done = await forget(app, "ann")
    assert isinstance(done[0], Answer), done
    await app.dispatcher.ledger.flush()

    assert await rows_mentioning(app.db, "console:ann") == []
    assert not [p for p in (app.settings.data_path / "artifacts").rglob("*") if p.is_file()]
    assert await rows_mentioning(app.db, "console:bob")  # nobody else's data went with it
    async with app.db.session() as session:
        records = (await session.execute(text(
            "SELECT user_id, scope FROM audit_events WHERE command = 'forget' AND outcome = 'ok'"))).all()
    assert [tuple(r) for r in records] == [(None, "")]  # the forget is on record, without the user


async def test_forget_drops_job_records_still_in_the_write_buffer(app_db: App, caplog) -> None:
    """Jobs that end just before a /forget are in the dispatcher's write buffer (written up to
    0.25 s later): they must not be written after the delete, nor fail as stale updates."""
    app = app_db
    users = [f"racer{i}" for i in range(5)]

    async def chat_then_forget(user: str) -> None:
        await chat(app, "quick one", user=user)
        await forget(app, user)

    with caplog.at_level(logging.WARNING):
        await asyncio.gather(*(chat_then_forget(user) for user in users))
        await asyncio.sleep(0.3)  # past the writer's next flush
        await app.dispatcher.ledger.flush()
    for user in users:
        assert await rows_mentioning(app.db, f"console:{user}") == [], user
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING and "job" in r.getMessage()]
    assert "StaleDataError" not in caplog.text


async def test_a_command_cut_short_by_the_forget_leaves_nothing_behind(app_db: App) -> None:
    """A job the forget cancels ends its command afterwards: that command's audit record must
    not bring the user's id back."""
    app = app_db
    drawing = asyncio.create_task(collect(execute(
        req("imagine", {"prompt": "a long drawing", "steps": 50, "count": 4}), app)))
    for _ in range(500):
        if app.dispatcher.health()["running"]:
            break
        await asyncio.sleep(0.01)
    assert app.dispatcher.health()["running"], "the drawing never started"
    done = await forget(app, "ann")
    assert isinstance(done[0], Answer) and "cancelled 1 " in done[0].text
    cut_short = await drawing
    assert isinstance(cut_short[-1], Error), cut_short
    await app.dispatcher.ledger.flush()
    assert await rows_mentioning(app.db, "console:ann") == []
    assert not [p for p in (app.settings.data_path / "artifacts").rglob("*") if p.is_file()]


async def test_reset_and_forget_clear_the_memory_of_users_who_opted_out(app: App) -> None:
    await collect(execute(req("privacy", {"keep_logs": "off"}), app))
    await chat(app, "one")
    own = ("console", "console:ann")
    assert app.live_memory.history(own)
    reset = await collect(execute(req("reset"), app))
    assert isinstance(reset[0], Answer) and app.live_memory.history(own) == []

    await chat(app, "two")
    await chat(app, "in a shared thread", key="console:shared")
    await collect(execute(req("privacy", {"keep_logs": "off"}, user="bob"), app))
    await chat(app, "bob's turn", user="bob", key="console:shared")
    await chat(app, "bob alone", user="bob")
    await forget(app, "ann")
    assert not app.live_memory.holds("console:ann")
    # The conversation ann started goes whole (as its stored form would); bob's own stays.
    assert app.live_memory.history(("console", "console:shared")) == []
    assert app.live_memory.history(("console", "console:bob"))[0] == ("user", "bob alone")


# ---- 11. shared conversations ------------------------------------------------------------------


async def test_only_the_owner_or_an_admin_resets_a_shared_conversation(app_db: App) -> None:
    app, thread = app_db, "console:thread-1"
    await chat(app, "owner speaks", user="ann", key=thread)
    await chat(app, "guest speaks", user="bob", key=thread)
    refused = await collect(execute(req("reset", user="bob", key=thread), app))
    assert isinstance(refused[0], Error) and "started this conversation" in refused[0].text
    assert len(await rows_mentioning(app.db, "owner speaks")) == 1  # the owner's turns are still there

    korean = await collect(execute(Request("reset", {}, UserRef("console:bob", "console"), thread,
                                           locale="ko"), app))
    assert isinstance(korean[0], Error) and "대화를 시작한 사람" in korean[0].text

    done = await collect(execute(req("reset", user="root", key=thread, admin=True), app))
    assert isinstance(done[0], Answer) and await rows_mentioning(app.db, "owner speaks") == []


async def test_export_holds_only_the_requesters_own_messages(app_db: App) -> None:
    app, thread = app_db, "console:thread-2"
    await chat(app, "owner speaks", user="ann", key=thread)
    await chat(app, "guest speaks", user="bob", key=thread)
    cases = (("ann", "owner speaks", "guest speaks"), ("bob", "guest speaks", "owner speaks"))
    for user, mine, theirs in cases:
        replies = await collect(execute(req("export", user=user), app))
        data = json.loads(export_archive(replies).read("data.json"))
        contents = [m["content"] for m in data["tables"]["messages"]]
        assert mine in contents and theirs not in contents, (user, contents)
        assert {m["user_id"] for m in data["tables"]["messages"]} == {f"console:{user}"}


# ---- 15. URLs with passwords ---------------------------------------------------------------------


async def test_database_and_redis_urls_are_masked_in_dumps_and_debug_logs(
        hub_dir: Path, tmp_path: Path, pg_url: str, caplog) -> None:
    # The local server trusts 127.0.0.1, so a password in the URL is accepted and ignored.
    password = "hunter2-db-secret"
    url = pg_url.replace("://postgres@", f"://postgres:{password}@")
    settings = load_settings(hub_dir / "hubbot.toml", database_url=url, data_dir=str(tmp_path / "data"),
                             redis_url="redis://:hunter2-redis-secret@127.0.0.1:6379/0")
    shown = [repr(settings), str(settings), settings.model_dump_json(), str(settings.model_dump()),
             repr(settings.database_url), str(settings.redis_url)]
    for text_ in shown:
        assert "hunter2" not in text_, text_
    assert "postgres:***@127.0.0.1" in repr(settings)  # still says where it points
    assert password in settings.sqlalchemy_url  # what the engine gets is whole

    no_redis = settings.model_copy(update={"redis_url": None})
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("hubbot.test").debug("settings %r / %s", settings, settings)
        async with App.create(no_redis) as app:
            logging.getLogger("hubbot.test").debug("database %r", app.db)
            replies = await collect(execute(req("help"), app))
            assert replies and not isinstance(replies[0], Error)
    assert caplog.records and "hunter2" not in caplog.text


# ---- 16. files on disk ---------------------------------------------------------------------------


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


async def test_sqlite_files_are_private_and_a_forget_leaves_no_trace_in_them(app: App) -> None:
    db_file = Path(app.settings.sqlalchemy_url.split(":///", 1)[1])
    async with app.db.engine.connect() as conn:
        assert (await conn.exec_driver_sql("PRAGMA secure_delete")).scalar() == 1
    await chat(app, f"my secret is {SECRET_PHRASE}")
    drawn = await collect(execute(req("imagine", {"prompt": "a cat", "steps": 1}), app))
    assert any(isinstance(r, Image) for r in drawn)
    wal = db_file.with_name(db_file.name + "-wal")
    assert mode(db_file) == 0o600 and mode(wal) == 0o600
    image = next(p for p in (app.settings.data_path / "artifacts").rglob("*.png"))
    assert mode(image) == 0o600 and mode(image.parent) == 0o700 and mode(app.settings.data_path) == 0o700

    await forget(app, "ann")
    # Checkpointed and overwritten: neither the log nor the free pages keep the deleted rows.
    for path in (db_file, wal):
        assert SECRET_PHRASE.encode() not in path.read_bytes(), path


async def test_purge_sweeps_orphan_image_files_but_spares_new_and_referenced_ones(db_url: str,
                                                                                tmp_path: Path) -> None:
    db = Database(db_url)
    await db.migrate()
    try:
        kept = await artifacts.save(db, tmp_path, png=b"png", user_id="console:ann", kind="upload",
                                    width=1, height=1)
        old_orphan = tmp_path / "artifacts" / "ab" / "abababababababab.png"
        new_orphan = tmp_path / "artifacts" / "cd" / "cdcdcdcdcdcdcdcd.png"
        partial = tmp_path / "artifacts" / "ef" / "efefefefefefefef.part"
        for path in (old_orphan, new_orphan, partial):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(b"left behind")
        hours_ago = time.time() - 2 * 3600
        for path in (old_orphan, partial, artifacts.file_path(tmp_path, kept)):
            os.utime(path, (hours_ago, hours_ago))

        dry = await retention.purge(db, RetentionSection(), tmp_path, dry_run=True)
        assert dry.orphan_files == 2 and old_orphan.exists()
        counts = await retention.purge(db, RetentionSection(), tmp_path)
        assert counts.orphan_files == 2
        assert not old_orphan.exists() and not partial.exists()
        assert new_orphan.exists() and artifacts.file_path(tmp_path, kept).exists()
    finally:
        await db.close()


# ---- 17. votes, comparisons, export of images -----------------------------------------------------


async def test_voter_keys_are_an_hmac_with_a_secret_kept_across_restarts(db_url: str) -> None:
    db = Database(db_url)
    await db.migrate()
    comparison = await arena.create(db, "console:ann", "which is better?", ["a", "b"], blind=True)
    vote = await arena.record_vote(db, comparison, "console:ann", "a")
    await db.close()
    public = hashlib.sha256(f"{comparison.id}:console:ann".encode()).hexdigest()
    assert vote.voter_key != public  # public ids alone no longer find the vote
    assert comparison.prompt_hash != hashlib.sha256(b"which is better?").hexdigest()

    again = Database(db_url)  # a restart (or another process) uses the stored key
    try:
        key = await app_secrets.get(again, app_secrets.VOTE_KEY)
        assert len(key) == 64
        expected = hmac.new(key, f"voter:{comparison.id}:console:ann".encode(), hashlib.sha256).hexdigest()
        assert vote.voter_key == expected
        with pytest.raises(arena.DuplicateVote):
            await arena.record_vote(again, comparison, "console:ann", "b")
    finally:
        await again.close()


async def test_a_vote_key_from_the_environment_is_used_and_never_stored(
        hub_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUBBOT_VOTE_SECRET", "operator-chosen-key")
    settings = load_settings(hub_dir / "hubbot.toml", database_url=f"sqlite+aiosqlite:///{tmp_path / 'h.db'}",
                             data_dir=str(tmp_path / "data"))
    assert "operator-chosen-key" not in repr(settings) + settings.model_dump_json()
    async with App.create(settings) as app:
        comparison = await arena.create(app.db, "console:ann", "p", ["a", "b"], blind=False)
        vote = await arena.record_vote(app.db, comparison, "console:ann", "tie")
        assert await rows_mentioning(app.db, "operator-chosen-key") == []
    expected = hmac.new(b"operator-chosen-key", f"voter:{comparison.id}:console:ann".encode(),
                        hashlib.sha256).hexdigest()
    assert vote.voter_key == expected


async def test_comparisons_are_purged_with_messages_and_their_votes_stay_anonymous(db_url: str) -> None:
    db = Database(db_url)
    await db.migrate()
    try:
        old = await arena.create(db, "console:ann", "old prompt", ["a", "b"], blind=False)
        await arena.record_vote(db, old, "console:ann", "a")
        async with db.session() as session:
            row = await session.get(Comparison, old.id)
            row.created_at = db.now() - timedelta(days=31)
            session.add(row)
        fresh = await arena.create(db, "console:ann", "new prompt", ["a", "b"], blind=False)
        counts = await retention.purge(db, RetentionSection(messages_days=30), Path("/nonexistent"))
        assert counts.comparisons == 1
        assert await arena.get(db, old.id) is None and await arena.get(db, fresh.id) is not None
        async with db.session() as session:
            votes = (await session.execute(text("SELECT comparison_id FROM votes"))).all()
        assert [v[0] for v in votes] == [old.id]  # the leaderboard keeps the vote
        assert Vote.__tablename__ == "votes" and AuditEvent.__tablename__ == "audit_events"
    finally:
        await db.close()


async def test_export_archive_holds_the_users_images(app: App) -> None:
    drawn = await collect(execute(req("imagine", {"prompt": "a lighthouse", "steps": 1}), app))
    image = next(r for r in drawn if isinstance(r, Image))
    archive = export_archive(await collect(execute(req("export"), app)))
    data = json.loads(archive.read("data.json"))
    [row] = data["tables"]["artifacts"]
    assert archive.read(f"images/{row['id']}.png") == image.png
    others = export_archive(await collect(execute(req("export", user="bob"), app)))
    assert [n for n in others.namelist() if n.startswith("images/")] == []
