"""The backend protocol. One class per backend kind; the registry builds them from cards.

A backend is synchronous and is only ever called from its device's worker thread; it
reports progress through `emit(job_id, event)`, which is thread-safe.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from hubbot.config import ModelCard
from hubbot.inference.jobs import Job, JobEvent

Emit = Callable[[str, JobEvent], None]


@dataclass(frozen=True)
class Serving:
    """How the dispatcher runs a backend's jobs.

    By default as micro-batches: `run_batch` on the device's worker thread, one batch at a
    time. A backend that `streams` takes each job through `async stream(job, emit)` instead,
    up to `capacity` at once — it joins a running batch (rolling or continuous batching) or
    a remote server's queue. A `remote` backend has no local device, weights or residency."""

    streams: bool = False
    remote: bool = False
    capacity: int = 1


NEWCOMER_SHARE = 4  # a local joining batch keeps capacity / 4 extra rows for users with nothing running


def joining_rows(capacity: int) -> int:
    """Rows a local joining batch (rolling or continuous) may run at once: its capacity, plus a
    few kept for users with nothing running so that they join at the next step instead of
    waiting for a flood's rows to drain (the dispatcher's fair queue puts them first)."""
    return capacity + max(1, capacity // NEWCOMER_SHARE)


@runtime_checkable
class Backend(Protocol):
    card: ModelCard

    @property
    def loaded(self) -> bool: ...

    def load(self) -> None:
        """Load weights (from_pretrained on a local directory). Idempotent."""

    def unload(self) -> None:
        """Free the weights."""

    def batch_key(self, job: Job) -> Hashable:
        """Jobs with equal keys may run together in one `run_batch` call."""

    def run_batch(self, jobs: list[Job], emit: Emit) -> None:
        """Run the jobs, emitting deltas/images/progress and exactly one terminal event
        (Finished or Failed) per job. `is_cancelled(job_id)` may be polled via emit's owner."""

    def memory_bytes(self) -> int:
        """Bytes the loaded weights take (0 when unloaded or unknown)."""

    def serving(self) -> Serving:
        """How the dispatcher should run this backend's jobs (asked once, off the event loop:
        it may import torch). Backends that subclass `Backend` get micro-batches."""
        return Serving()


class LocalBackend(Backend):
    """What backends with their weights in this process share: a lock so `load` runs once,
    `loaded` while weights are held, and their memory counted from the modules' parameters.
    A subclass loads under `self._lock` and says which torch modules hold its weights."""

    def __init__(self, card: ModelCard, source: str) -> None:
        self.card = card
        self.source = source
        self._lock = threading.Lock()

    def modules(self) -> list[Any]:
        """The torch modules holding the weights; [] while unloaded."""
        raise NotImplementedError

    @property
    def loaded(self) -> bool:
        return bool(self.modules())

    def memory_bytes(self) -> int:
        return sum(p.numel() * p.element_size() for module in self.modules() for p in module.parameters())


@runtime_checkable
class StreamingBackend(Backend, Protocol):
    """A backend whose `serving()` says it streams."""

    async def stream(self, job: Job, emit: Emit) -> None:
        """Run one job to its terminal event, emitting as it goes; cancelled by task cancel."""


class PromptRenderer(Protocol):
    """What commands need from a text model without loading it: rendering and counting."""

    def render(self, messages: list, *, add_generation_prompt: bool = True) -> str: ...

    def count_tokens(self, text: str) -> int: ...
