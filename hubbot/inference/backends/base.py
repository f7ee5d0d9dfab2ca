"""The backend protocol. One class per backend kind; the registry builds them from cards.

A backend is synchronous and is only ever called from its device's worker thread; it
reports progress through `emit(job_id, event)`, which is thread-safe.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Protocol, runtime_checkable

from hubbot.config import ModelCard
from hubbot.inference.jobs import Job, JobEvent

Emit = Callable[[str, JobEvent], None]


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


class PromptRenderer(Protocol):
    """What commands need from a text model without loading it: rendering and counting."""

    def render(self, messages: list, *, add_generation_prompt: bool = True) -> str: ...

    def count_tokens(self, text: str) -> int: ...
