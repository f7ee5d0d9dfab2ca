"""Conversations and their messages. A document attached to a conversation is a message of role
`DOCUMENT` (`hubbot.commands.documents`): retention, /export, /forget and /reset reach it as
they reach every message; it is not a turn, so `history` leaves it out and `documents` gives it."""

from __future__ import annotations

import uuid

from sqlmodel import col, delete, select

from hubbot.storage.database import Database
from hubbot.storage.models import Conversation, Message

DOCUMENT = "document"  # Message.role of a document's text


async def get_or_create(
    db: Database, platform: str, key: str, user_id: str, model_id: str | None = None
) -> Conversation:
    async with db.session() as session:
        found = (
            await session.exec(
                select(Conversation).where(Conversation.platform == platform, Conversation.key == key)
            )
        ).first()
        if found is not None:
            return found
        conversation = Conversation(
            id=str(uuid.uuid4()), platform=platform, key=key, user_id=user_id, model_id=model_id,
            created_at=db.now(), updated_at=db.now(),
        )
        session.add(conversation)
        return conversation


async def find(db: Database, platform: str, key: str) -> Conversation | None:
    async with db.session() as session:
        query = select(Conversation).where(Conversation.platform == platform, Conversation.key == key)
        return (await session.exec(query)).first()


async def history(db: Database, conversation_id: str, limit: int = 200) -> list[Message]:
    """The latest `limit` turns (documents aside), oldest first."""
    async with db.session() as session:
        query = (
            select(Message)
            .where(Message.conversation_id == conversation_id, Message.role != DOCUMENT)
            .order_by(col(Message.created_at).desc(), col(Message.id).desc())
            .limit(limit)
        )
        return list(reversed((await session.exec(query)).all()))


async def documents(db: Database, conversation_id: str) -> list[Message]:
    """The conversation's documents, oldest first (kept whatever the turns' length)."""
    async with db.session() as session:
        query = (
            select(Message)
            .where(Message.conversation_id == conversation_id, Message.role == DOCUMENT)
            .order_by(col(Message.created_at), col(Message.id))
        )
        return list((await session.exec(query)).all())


async def add_messages(db: Database, conversation_id: str, messages: list[Message]) -> None:
    """Store a whole exchange at once: nothing is stored half-way."""
    async with db.session() as session:
        conversation = await session.get(Conversation, conversation_id)
        if conversation is None:
            return
        for message in messages:
            message.conversation_id = conversation_id
            message.created_at = message.created_at or db.now()
            session.add(message)
        conversation.updated_at = db.now()
        session.add(conversation)


async def reset(db: Database, platform: str, key: str) -> int:
    """Forget a conversation's stored turns (the `/reset` command). Returns messages removed."""
    async with db.session() as session:
        conversation = (
            await session.exec(
                select(Conversation).where(Conversation.platform == platform, Conversation.key == key)
            )
        ).first()
        if conversation is None:
            return 0
        result = await session.exec(delete(Message).where(Message.conversation_id == conversation.id))
        await session.delete(conversation)
        return result.rowcount or 0
