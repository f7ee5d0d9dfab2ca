"""One model as the dispatcher sees it: how its jobs run, on which device, and how fast."""

from __future__ import annotations

import asyncio
import math
from dataclasses import dataclass, field

from hubbot.config import ModelCard
from hubbot.inference.backends.base import Backend, Serving, joining_rows

EWMA = 0.3  # weight of the newest batch in the measured batch time
DEFAULT_RETRY_S = 30


@dataclass(eq=False)
class Lane:
    card: ModelCard
    backend: Backend
    serving: Serving | None = None  # None until prepared
    device: str = ""  # the device worker for micro-batches; "" for a remote model
    running: int = 0
    batch_s: float | None = None  # measured: a batch (micro-batches) or a job (streams)
    prepared: asyncio.Event = field(default_factory=asyncio.Event)  # set once planned (or failed)

    @property
    def model_id(self) -> str:
        return self.card.id

    @property
    def batches(self) -> bool:
        """Micro-batches on the device's worker thread (else streams)."""
        return self.serving is not None and not self.serving.streams

    @property
    def streams(self) -> bool:
        return self.serving is not None and self.serving.streams

    @property
    def remote(self) -> bool:
        return self.serving is not None and self.serving.remote

    @property
    def capacity(self) -> int:
        """Jobs at once: a batch's rows, or concurrent streams."""
        if self.serving is None or not self.serving.streams:
            return self.card.max_batch_size
        return max(1, self.serving.capacity)

    def stream_limit(self, has_running_job: bool) -> int:
        """Jobs that may stream at once when the next job's user has (or has not) one running
        (a local joining batch keeps a few rows for newcomers: `joining_rows`)."""
        if self.remote or has_running_job:
            return self.capacity
        return joining_rows(self.capacity)

    def observe(self, seconds: float) -> None:
        self.batch_s = seconds if self.batch_s is None else EWMA * seconds + (1 - EWMA) * self.batch_s

    def eta(self, position: int) -> float | None:
        if self.batch_s is None:
            return None
        return math.ceil(position / self.capacity) * self.batch_s

    def retry_after(self) -> int:
        if self.batch_s is None:
            return DEFAULT_RETRY_S
        return min(600, max(5, math.ceil(self.batch_s)))

    @property
    def mode(self) -> str | None:
        """"batch" or "stream" (health and logs); None until prepared."""
        if self.serving is None:
            return None
        return "stream" if self.serving.streams else "batch"


def plan(card: ModelCard, backend: Backend) -> tuple[Serving, str]:
    """(how, device) for a model. Runs in a thread: it may import torch."""
    serving = backend.serving()
    return serving, "" if serving.remote else lane_device(card)


def lane_device(card: ModelCard) -> str:
    """The device whose worker thread runs this model ("split" models get their own)."""
    if card.device in ("", "auto"):
        from hubbot.inference.devices import resolve_device

        return resolve_device("auto")
    return card.device
