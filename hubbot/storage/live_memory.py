"""Conversation turns kept only in this process: the memory of users who opted out of log
storage (or of every user when the message retention period is 0). Nothing here is written
anywhere; it lives as long as the process, and `/reset` and `/forget` clear it like the
stored kind.

Each turn remembers whose it is, so `/forget` removes one user's turns from a conversation
several people talk in, and `/reset` can tell who started it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hubbot.storage.conversations import DOCUMENT

Key = tuple[str, str]  # (platform, conversation key)


@dataclass
class _Conversation:
    owner: str  # who started it
    turns: list[tuple[str, str, str]] = field(default_factory=list)  # (user id, role, content)


class LiveMemory:
    MAX_TURNS = 40

    def __init__(self) -> None:
        self._conversations: dict[Key, _Conversation] = {}

    def owner(self, key: Key) -> str | None:
        found = self._conversations.get(key)
        return found.owner if found else None

    def history(self, key: Key) -> list[tuple[str, str]]:
        """(role, content) of the conversation's turns, oldest first (documents aside)."""
        found = self._conversations.get(key)
        return [(role, content) for _, role, content in found.turns if role != DOCUMENT] if found else []

    def documents(self, key: Key) -> list[str]:
        """The contents of the conversation's documents, oldest first."""
        found = self._conversations.get(key)
        return [content for _, role, content in found.turns if role == DOCUMENT] if found else []

    def add(self, key: Key, user_id: str, turns: list[tuple[str, str]]) -> None:
        """Append one exchange (role, content pairs) that `user_id` had. Past MAX_TURNS the
        oldest turns go; documents stay as long as the conversation."""
        conversation = self._conversations.setdefault(key, _Conversation(user_id))
        conversation.turns += [(user_id, role, content) for role, content in turns]
        excess = sum(1 for turn in conversation.turns if turn[1] != DOCUMENT) - self.MAX_TURNS
        if excess > 0:
            dropped = {i for i, turn in enumerate(conversation.turns) if turn[1] != DOCUMENT}
            dropped = set(sorted(dropped)[:excess])
            conversation.turns = [turn for i, turn in enumerate(conversation.turns) if i not in dropped]

    def reset(self, key: Key) -> int:
        """Forget one conversation. Returns how many turns were dropped."""
        found = self._conversations.pop(key, None)
        return len(found.turns) if found else 0

    def forget_user(self, user_id: str) -> int:
        """Drop every conversation the user started and their turns in anyone else's (an
        answer to them is stored as their turn too). Returns how many turns were dropped."""
        dropped = 0
        for key, conversation in list(self._conversations.items()):
            if conversation.owner == user_id:
                dropped += len(self._conversations.pop(key).turns)
                continue
            kept = [turn for turn in conversation.turns if turn[0] != user_id]
            dropped += len(conversation.turns) - len(kept)
            conversation.turns = kept
        return dropped

    def holds(self, user_id: str) -> bool:
        """Whether anything of the user is kept here."""
        return any(c.owner == user_id or any(turn[0] == user_id for turn in c.turns)
                   for c in self._conversations.values())
