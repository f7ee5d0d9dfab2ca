"""Storage on both SQLite and PostgreSQL: migrations, conversations, users, audit."""

from __future__ import annotations

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
