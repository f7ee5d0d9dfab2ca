"""The dispatcher every front end submits jobs to.

`submit()` returns a `JobHandle` at once; iterating the handle yields `JobEvent`s until a
terminal one (Finished or Failed). Model work runs in one worker thread per device, so
the event loop never waits on a model.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor

from hubbot.config import Settings
from hubbot.inference.jobs import TERMINAL, Failed, Job, JobEvent, Queued, Started
from hubbot.inference.registry import Registry

log = logging.getLogger(__name__)


class JobHandle:
    def __init__(self, job: Job, position: int, eta_s: float | None) -> None:
        self.job = job
        self.position = position
        self.eta_s = eta_s
        self.cancelled = False
        self._events: asyncio.Queue[JobEvent] = asyncio.Queue()
        self._done = False

    def push(self, event: JobEvent) -> None:
        if not self._done:
            self._done = isinstance(event, TERMINAL)
            self._events.put_nowait(event)

    def cancel(self) -> None:
        if not self._done:
            self.cancelled = True
            self.push(Failed("cancelled"))

    @property
    def done(self) -> bool:
        return self._done

    async def __aiter__(self) -> AsyncIterator[JobEvent]:
        while True:
            event = await self._events.get()
            yield event
            if isinstance(event, TERMINAL):
                return


class Dispatcher:
    """Minimal FIFO dispatcher: one job at a time on one worker thread."""

    def __init__(self, settings: Settings, registry: Registry) -> None:
        self.settings = settings
        self.registry = registry
        self._queue: asyncio.Queue[JobHandle] = asyncio.Queue()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hubbot-device")
        self._task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._task = asyncio.create_task(self._run(), name="hubbot-dispatcher")

    def submit(self, job: Job) -> JobHandle:
        self.registry.card(job.model_id)
        handle = JobHandle(job, self._queue.qsize() + 1, None)
        handle.push(Queued(handle.position, None))
        self._queue.put_nowait(handle)
        return handle

    async def _run(self) -> None:
        assert self._loop is not None
        while True:
            handle = await self._queue.get()
            if handle.done:
                continue
            handle.push(Started())
            backend = self.registry.backend(handle.job.model_id)

            def emit(_job_id: str, event: JobEvent, handle: JobHandle = handle) -> None:
                self._loop.call_soon_threadsafe(handle.push, event)  # type: ignore[union-attr]

            try:
                await self._loop.run_in_executor(self._worker, backend.run_batch, [handle.job], emit)
            except Exception as exc:
                log.exception("job %s failed", handle.job.id)
                handle.push(Failed("error", type(exc).__name__))

    async def shutdown(self) -> None:
        if self._task:
            self._task.cancel()
        self._worker.shutdown(wait=False, cancel_futures=True)
