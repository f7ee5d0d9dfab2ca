"""Storage on both SQLite and PostgreSQL: migrations, conversations, users, audit."""

from __future__ import annotations

import asyncio

from sqlmodel import select

from hubbot.storage import Database, audit, conversations, users
from hubbot.storage.models import AuditEvent, Message


async def test_migrations_conversation_roundtrip(db_url: str) -> None:
    db = Database(db_url)
    try:
        await db.migrate()
        await db.migrate()  # idempotent at head
        await users.touch(db, "console:ann", "console", "Ann")
        conv = await conversations.get_or_create(db, "console", "console:s1", "console:ann", "chat-small")
        again = await conversations.get_or_create(db, "console", "console:s1", "console:ann")
        assert again.id == conv.id
        await conversations.add_messages(db, conv.id, [
            Message(conversation_id=conv.id, user_id="console:ann", role="user", content="안녕"),
            Message(conversation_id=conv.id, user_id="console:ann", role="assistant", content="hi"),
        ])
        history = await conversations.history(db, conv.id)
        assert [(m.role, m.content) for m in history] == [("user", "안녕"), ("assistant", "hi")]
        assert history[0].created_at.tzinfo is not None
        assert await conversations.reset(db, "console", "console:s1") == 2
        assert await conversations.find(db, "console", "console:s1") is None
        await audit.record(db, user_id="console:ann", command="chat", outcome="ok")
        async with db.session() as session:
            events = (await session.exec(select(AuditEvent))).all()
        assert [(e.command, e.outcome) for e in events] == [("chat", "ok")]
    finally:
        await db.close()


async def test_job_writer_stop_during_a_flush_loses_nothing(db_url: str) -> None:
    """Stopping the writer while its timer flush is mid-write (the end of a one-shot CLI run)
    must still leave every row in the database."""
    from hubbot.storage.jobs import JobWriter
    from hubbot.storage.models import JobRow

    db = Database(db_url)
    try:
        await db.migrate()
        writer = JobWriter(db, flush_every_s=3600)
        writer.start()
        await asyncio.sleep(0)  # the writer task is now waiting for its timer
        writer.insert({"id": "j1", "user_id": "console:ann", "command": "chat", "kind": "text",
                       "model_id": "m", "status": "queued", "reply_to": {}, "options": {},
                       "created_at": db.now()})
        writer.change("j1", "console:ann", status="done")
        writer._wake.set()
        for _ in range(3):  # let the timer flush take the rows and start writing them
            await asyncio.sleep(0)
        await writer.stop()
        async with db.session() as session:
            rows = (await session.exec(select(JobRow))).all()
        assert [(r.id, r.status) for r in rows] == [("j1", "done")]
    finally:
        await db.close()
