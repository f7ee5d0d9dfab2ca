"""Fake backends the tests share (served through the real dispatcher and registry)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hubbot.config import ModelCard
from hubbot.inference.backends.base import Backend
from hubbot.inference.jobs import Finished, Job, TextDelta, Usage


class FakeBackend(Backend):
    """The backend protocol's bookkeeping (load state, memory, one batch per job); subclasses
    say what `run_batch` does."""

    def __init__(self, card: Any) -> None:
        self.card = card
        self._loaded = False

    @property
    def loaded(self) -> bool:
        return self._loaded

    def load(self) -> None:
        self._loaded = True

    def unload(self) -> None:
        self._loaded = False

    def memory_bytes(self) -> int:
        return 0

    def batch_key(self, job: Job) -> Any:
        return job.id


class SaysBackend(FakeBackend):
    """A text backend that streams a fixed answer in pieces, then finishes with all of it, and
    keeps the messages each job was given (`seen`)."""

    def __init__(self, card: ModelCard, pieces: list[str] | str) -> None:
        super().__init__(card)
        self.pieces = [pieces] if isinstance(pieces, str) else pieces
        self.seen: list[list[Any]] = []

    def run_batch(self, jobs: list[Job], emit: Callable[[str, Any], None]) -> None:
        for job in jobs:
            self.seen.append(list(job.inputs.messages))
            for piece in self.pieces:
                emit(job.id, TextDelta(piece))
            emit(job.id, Finished(text="".join(self.pieces), usage=Usage(completion_tokens=len(self.pieces))))
