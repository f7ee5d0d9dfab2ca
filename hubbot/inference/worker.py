"""The model side of the dispatcher: one worker thread per device, and the event pipe back.

A `DeviceWorker` runs one batch at a time on its own thread, so a long generation never
blocks the event loop. Backends report through an `EventPipe`: a thread-safe `emit(job_id,
event)` that buffers events and wakes the loop once per burst rather than once per token,
and `is_cancelled(job_id)`, which backends poll to drop rows whose job is gone.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from hubbot.inference.backends.base import Backend
from hubbot.inference.jobs import Failed, Job, JobEvent, Loading, TextDelta
from hubbot.inference.residency import LoadFailed, OverBudget, Residency, estimate_bytes

log = logging.getLogger(__name__)


class EventPipe:
    """`emit` from any thread; events reach `deliver(job_id, event)` on the loop, in order.

    Events travel in bursts, at most one every `interval_s`: a batch of 16 rows streaming
    tokens would otherwise wake the loop hundreds of times a second. Within a burst, a job's
    consecutive text deltas are merged into one (chat front ends edit messages about once a
    second, so nobody sees the difference; the loop and the worker thread do)."""

    def __init__(self, loop: asyncio.AbstractEventLoop, deliver: Callable[[str, JobEvent], None],
                 is_cancelled: Callable[[str], bool], interval_s: float = 0.02) -> None:
        self._loop = loop
        self._deliver = deliver
        self.is_cancelled = is_cancelled
        self.interval_s = interval_s
        self._pending: list[tuple[str, JobEvent]] = []
        self._lock = threading.Lock()
        self._scheduled = False
        self._last_flush = 0.0

    def __call__(self, job_id: str, event: JobEvent) -> None:
        with self._lock:
            self._pending.append((job_id, event))
            if self._scheduled:
                return
            self._scheduled = True
            delay = self._last_flush + self.interval_s - time.monotonic()
        with contextlib.suppress(RuntimeError):  # a closed loop: nobody is listening any more
            if delay <= 0:
                self._loop.call_soon_threadsafe(self.flush)
            else:
                self._loop.call_soon_threadsafe(self._loop.call_later, delay, self.flush)

    def flush(self) -> None:
        """Deliver what is buffered now (on the loop)."""
        with self._lock:
            pending, self._pending = self._pending, []
            self._scheduled = False
            self._last_flush = time.monotonic()
        for job_id, event in merge_deltas(pending):
            self._deliver(job_id, event)


def merge_deltas(events: list[tuple[str, JobEvent]]) -> list[tuple[str, JobEvent]]:
    """Each job's runs of consecutive TextDeltas become one; every other event keeps its place."""
    out: list[tuple[str, JobEvent]] = []
    open_delta: dict[str, int] = {}  # job id -> index in `out` of its delta still open to merging
    for job_id, event in events:
        if isinstance(event, TextDelta):
            index = open_delta.get(job_id)
            if index is not None:
                merged = out[index][1].text + event.text  # type: ignore[union-attr]
                out[index] = (job_id, TextDelta(merged))
                continue
            open_delta[job_id] = len(out)
        else:
            open_delta.pop(job_id, None)
        out.append((job_id, event))
    return out


class DeviceWorker:
    """One thread for one device ("cpu", "cuda:0", ...): batches on it run one at a time."""

    def __init__(self, device: str) -> None:
        self.device = device
        self.busy = False
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"hubbot-{device}")

    async def call(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    def close(self) -> None:
        # A running batch cannot be interrupted from outside; its jobs are already cancelled,
        # so backends stop at their next step. Queued calls are dropped.
        self._executor.shutdown(wait=False, cancel_futures=True)


def run_batch(residency: Residency, model_id: str, backend: Backend, device: str, jobs: list[Job],
              emit: EventPipe) -> None:
    """Worker-thread body: hold the model resident, run the batch, and make sure every job
    ends with a terminal event even when the backend raises."""
    live = [job for job in jobs if not emit.is_cancelled(job.id)]
    if not live:
        return
    try:
        acquire(residency, model_id, backend, device, live, emit)
    except OverBudget as exc:
        log.error("%s", exc)
        for job in live:
            emit(job.id, Failed("unavailable", str(exc)))
        return
    except LoadFailed as exc:  # logged by the residency, once per attempt
        for job in live:
            emit(job.id, Failed("unavailable", str(exc)))
        return
    try:
        backend.run_batch(live, emit)
    except Exception as exc:
        log.exception("batch of %d on %s failed", len(live), model_id)
        for job in live:  # jobs that already ended ignore this
            emit(job.id, Failed("error", f"{type(exc).__name__}: {exc}"[:200]))
    finally:
        residency.release(model_id)


def acquire(residency: Residency, model_id: str, backend: Backend, device: str, jobs: list[Job],
            emit: EventPipe) -> None:
    """Make the model resident (loading it if needed), telling the jobs while it loads."""
    if not backend.loaded:
        for job in jobs:
            emit(job.id, Loading(model_id))
    source = getattr(backend, "source", "")
    residency.acquire(model_id, backend, device, pinned=backend.card.pinned,
                      estimate=estimate_bytes(source) if source and not backend.loaded else 0)
