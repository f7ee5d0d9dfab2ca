"""The dispatcher every front end submits jobs to.

`submit(job)` returns a `JobHandle` at once; iterating the handle yields events until a
terminal one (Finished or Failed). The first event is `Queued(position, eta_s)`, or — when
the job is refused — a terminal `Failed`:

- `Failed("busy", message=<seconds to wait>)`: the model's queue is full;
- `Failed("user_limit", message=<limit>)`: the user already has that many jobs unfinished;
- `Failed("shutdown")`: the dispatcher is stopping.

Refusals are events, never exceptions (an unknown model id still raises `UnknownModel`).

This module is the engine only: it hands out handles, gathers batches, starts streams,
enforces timeouts and cancellation, and exports metrics. Beside it, each readable alone:
`scheduler` decides admission and order (fair per user), `lanes` how and where each model
runs (its backend's `Serving`), `worker` runs micro-batches on one thread per device, and
`ledger` keeps the jobs table. Backends that stream (rolling or continuous batches, remote
servers) get up to `capacity` jobs at once instead of batches.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any, cast

from hubbot.config import ModelCard, Settings
from hubbot.inference import metrics
from hubbot.inference.backends.base import Backend, StreamingBackend
from hubbot.inference.jobs import (
    TERMINAL,
    Failed,
    Finished,
    GeneratedImage,
    Job,
    JobEvent,
    Queued,
    Started,
)
from hubbot.inference.lanes import Lane, lane_device, plan
from hubbot.inference.ledger import JobLedger
from hubbot.inference.registry import Registry
from hubbot.inference.residency import LoadFailed, OverBudget, Residency
from hubbot.inference.scheduler import Refusal, Scheduler, Ticket, job_cost
from hubbot.inference.worker import DeviceWorker, EventPipe, acquire, run_batch

log = logging.getLogger(__name__)

STEP_POLL_S = 0.005  # how often a stepwise job looks whether the device is free again


class JobHandle:
    """What `submit` returns: async-iterate it for events; `cancel()` to give up on the job."""

    def __init__(self, job: Job, position: int, eta_s: float | None,
                 on_cancel: Callable[[JobHandle], None] | None = None) -> None:
        self.job = job
        self.position = position
        self.eta_s = eta_s
        self.cancelled = False
        self._events: asyncio.Queue[JobEvent] = asyncio.Queue()
        self._done = False
        self._on_cancel = on_cancel

    def push(self, event: JobEvent) -> None:
        if not self._done:
            self._done = isinstance(event, TERMINAL)
            self._events.put_nowait(event)

    def cancel(self) -> None:
        if self._done:
            return
        self.cancelled = True
        if self._on_cancel is not None:
            self._on_cancel(self)
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


@dataclass(eq=False)
class _Entry:
    """A job between submit and its terminal event."""

    job: Job
    handle: JobHandle
    lane: Lane
    submitted: float
    ticket: Ticket | None = None  # set while queued
    started: float | None = None
    timer: asyncio.TimerHandle | None = None
    task: asyncio.Task[None] | None = field(default=None, repr=False)  # stream mode


class Dispatcher:
    def __init__(self, settings: Settings, registry: Registry, *, db: Any = None,
                 residency: Residency | None = None, instance_id: str | None = None) -> None:
        self.settings = settings
        self.registry = registry
        self.db = db
        self.ledger = JobLedger(db, instance_id)
        section = settings.dispatcher
        self.scheduler = Scheduler(section.max_queue_per_model, section.max_jobs_per_user,
                                   section.admin_users, section.admin_priority)
        budgets = {d: int(gib * 2**30) for d, gib in settings.gpu.memory_budget_gib.items()}
        self.residency = residency or Residency(budgets, backoff_s=settings.gpu.load_backoff_s,
                                                max_backoff_s=settings.gpu.load_backoff_max_s)
        self.accepting = False
        self._lanes: dict[str, Lane] = {}
        self._workers: dict[str, DeviceWorker] = {}
        self._entries: dict[str, _Entry] = {}
        self._preparing: set[str] = set()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wakeup = asyncio.Event()
        self._wake_timer: asyncio.TimerHandle | None = None
        self._idle = asyncio.Event()
        self._pipe: EventPipe | None = None
        self._background: list[asyncio.Task[None]] = []

    # ---- lifecycle --------------------------------------------------------------------------

    async def start(self) -> None:
        if self.accepting:
            return
        self._loop = asyncio.get_running_loop()
        self._pipe = EventPipe(self._loop, self._deliver, self._is_cancelled)
        self.ledger.start()
        self._background = [
            asyncio.create_task(self._pump(), name="hubbot-dispatcher"),
            asyncio.create_task(self._tick(), name="hubbot-dispatcher-positions"),
        ]
        self.accepting = True

    async def shutdown(self) -> None:
        """Stop admitting; fail queued jobs at once and let running ones finish within
        `shutdown_grace_s`; whatever could not finish is recorded as `interrupted`."""
        if self._loop is None:
            return
        self.accepting = False
        for entry in [e for e in self._entries.values() if e.started is None]:
            self._end(entry, Failed("shutdown", "queued at shutdown"), interrupted=True)
        grace = self.settings.dispatcher.shutdown_grace_s
        if self._entries:
            log.info("waiting up to %.0f s for %d running jobs", grace, len(self._entries))
            self._idle.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._idle.wait(), grace)
        for entry in list(self._entries.values()):
            self._end(entry, Failed("shutdown", "still running at shutdown"), interrupted=True)
        for task in [*self._background, *self._tasks]:
            task.cancel()
        await asyncio.gather(*self._background, *self._tasks, return_exceptions=True)
        for worker in self._workers.values():
            worker.close()
        await self._unload_all()
        await self.ledger.stop()
        self._loop = None

    async def _unload_all(self) -> None:
        # Continuous-batching managers and remote health monitors run their own threads/tasks.
        for lane in self._lanes.values():
            if lane.streams and lane.backend.loaded:
                try:
                    await asyncio.to_thread(lane.backend.unload)
                except Exception:
                    log.exception("unloading %s at shutdown failed", lane.model_id)

    # ---- submitting -------------------------------------------------------------------------

    def submit(self, job: Job) -> JobHandle:
        """Queue a job; returns at once. Raises `UnknownModel` for a model id not configured."""
        card = self.registry.card(job.model_id)
        if not self.accepting:
            return self._refused(job, Failed("shutdown", "not accepting jobs"))
        try:
            lane = self._lane(card)
            key = lane.backend.batch_key(job)
        except Exception as exc:
            log.exception("job %s for %s cannot be queued", job.id, job.model_id)
            return self._refused(job, Failed("error", f"{type(exc).__name__}: {exc}"[:200]))
        refusal = self.scheduler.admit(job)
        if refusal is not None:
            return self._refused(job, self._refusal_event(refusal, lane))
        now = time.monotonic()
        ticket, position = self.scheduler.push(job, key, job_cost(job, card.generation), now)
        eta = lane.eta(position)
        handle = JobHandle(job, position, eta, on_cancel=self._cancel_handle)
        handle.push(Queued(position, eta))
        entry = _Entry(job, handle, lane, now, ticket)
        entry.timer = self._loop.call_later(  # type: ignore[union-attr]
            self.settings.dispatcher.job_timeout_s, self._expire, job.id
        )
        self._entries[job.id] = entry
        self.ledger.new(job)
        self._wake()
        return handle

    def cancel_user(self, user_id: str) -> int:
        """End every queued or running job of a user (they left, or ran /forget)."""
        entries = [e for e in self._entries.values() if e.job.user_id == user_id]
        for entry in entries:
            self._end(entry, Failed("cancelled", "user's jobs withdrawn"))
        return len(entries)

    async def forget_user(self, user_id: str) -> int:
        """For /forget: cancel the user's jobs and drop their job records not yet written (a
        record written after the user's rows are deleted would bring them back). Returns how
        many jobs were cancelled."""
        cancelled = self.cancel_user(user_id)
        await self.ledger.forget_user(user_id)
        return cancelled

    def _refused(self, job: Job, event: Failed) -> JobHandle:
        metrics.FAILURES.labels(job.model_id, event.reason).inc()
        handle = JobHandle(job, 0, None)
        handle.push(event)
        return handle

    @staticmethod
    def _refusal_event(refusal: Refusal, lane: Lane) -> Failed:
        if refusal.reason == "user_limit":
            return Failed("user_limit", str(refusal.limit))
        return Failed("busy", str(lane.retry_after()))

    def _lane(self, card: ModelCard) -> Lane:
        lane = self._lanes.get(card.id)
        if lane is None:
            lane = Lane(card, self.registry.backend(card.id))
            self._lanes[card.id] = lane
        if lane.serving is None and card.id not in self._preparing:
            self._preparing.add(card.id)
            self._spawn(self._prepare(lane))
        return lane

    async def _prepare(self, lane: Lane) -> None:
        """Decide once, off the loop (it may import torch), how and where a model runs."""
        try:
            serving, device = await asyncio.to_thread(plan, lane.card, lane.backend)
        except Exception as exc:
            log.exception("model %s cannot run", lane.model_id)
            self._lanes.pop(lane.model_id, None)
            for entry in [e for e in self._entries.values() if e.lane is lane]:
                self._end(entry, Failed("unavailable", f"{type(exc).__name__}: {exc}"[:200]))
            return
        finally:
            self._preparing.discard(lane.model_id)
            lane.prepared.set()
        lane.serving, lane.device = serving, device
        if lane.batches:
            self._workers.setdefault(device, DeviceWorker(device))
        log.info("model %s runs in %s mode on %s", lane.model_id, lane.mode, device or "a remote server")
        self._wake()

    async def run_on_device(self, model_id: str, fn: Callable[..., Any], *args: Any) -> Any:
        """Run `fn(*args)` on the thread that runs this model's batches (warm-ups, benchmarks).
        Torch work is fastest kept on one thread: each calling thread gets its own OpenMP team.
        Models without a device worker (remote, continuous batching) use a plain thread."""
        lane = self._lane(self.registry.card(model_id))
        await lane.prepared.wait()
        worker = self._workers.get(lane.device) if lane.batches else None
        if worker is None:
            return await asyncio.to_thread(fn, *args)
        return await worker.call(fn, *args)

    async def run_step(self, model_id: str, fn: Callable[..., Any], *args: Any) -> Any:
        """One step of a job that runs in steps (training, `JobKind.TRAIN`) on the device thread
        of `model_id`, between batches: it waits while a batch runs or is queued on that device,
        holds the device for this one step, then hands it back. So a /chat on the same device
        waits at most about one step while a model trains."""
        if not self.accepting:
            raise RuntimeError("the dispatcher is not accepting jobs")
        lane = self._lane(self.registry.card(model_id))
        await lane.prepared.wait()
        device = lane.device if lane.batches else await asyncio.to_thread(lane_device, lane.card)
        worker = self._workers.setdefault(device, DeviceWorker(device))
        while worker.busy or self._next_lane(device) is not None:
            await asyncio.sleep(STEP_POLL_S)
        worker.busy = True
        try:
            return await worker.call(fn, *args)
        finally:
            worker.busy = False
            self._wake()

    async def warm_up(self) -> list[str]:
        """Load every pinned model now, on its own device thread, so the first user does not
        wait for it. Returns the models loaded; a model that cannot load is logged and skipped."""
        warmed = []
        for card in [c for c in self.registry.cards.values() if c.pinned]:
            lane = self._lane(card)
            await lane.prepared.wait()
            if lane.serving is None:
                continue
            try:
                await self.run_on_device(card.id, _hold_resident, self.residency, card.id,
                                         lane.backend, lane.device or "cpu")
            except LoadFailed:
                continue  # logged with its traceback by the residency
            except Exception:
                log.exception("warming up %s failed", card.id)
                continue
            warmed.append(card.id)
        log.info("warmed up pinned models: %s", ", ".join(warmed) or "none")
        return warmed

    # ---- choosing what runs -------------------------------------------------------------------

    def _wake(self) -> None:
        self._wakeup.set()

    async def _pump(self) -> None:
        while True:
            await self._wakeup.wait()
            self._wakeup.clear()
            try:
                self._schedule()
            except Exception:
                log.exception("dispatcher scheduling failed")

    def _schedule(self) -> None:
        now = time.monotonic()
        wake_at: float | None = None
        for lane in self._lanes.values():
            if lane.streams:
                self._start_streams(lane)
        for worker in self._workers.values():
            if worker.busy:
                continue
            lane = self._next_lane(worker.device)
            if lane is None:
                continue
            ready_at = self._gathered_at(lane)
            if ready_at > now:
                wake_at = ready_at if wake_at is None else min(wake_at, ready_at)
                continue
            entries = self._begin(self.scheduler.take(lane.model_id, lane.card.max_batch_size))
            if entries:
                worker.busy = True  # before the task starts: the next pass must see it taken
                self._spawn(self._run_batch(worker, lane, entries))
        if wake_at is not None:
            self._wake_later(wake_at)

    def _next_lane(self, device: str) -> Lane | None:
        """Among this device's models with queued jobs: the highest priority, then the one
        whose next job has waited longest."""
        best: tuple[tuple[int, float], Lane] | None = None
        for lane in self._lanes.values():
            if not lane.batches or lane.device != device:
                continue
            head = self.scheduler.queues.get(lane.model_id)
            ticket = head.head() if head else None
            if ticket is None:
                continue
            rank = (-ticket.priority, ticket.enqueued)
            if best is None or rank < best[0]:
                best = (rank, lane)
        return best[1] if best else None

    def _gathered_at(self, lane: Lane) -> float:
        """When the lane's next batch should start: at once if it is full, else once its
        first job has waited the gathering window (so others can join it)."""
        queue = self.scheduler.queues[lane.model_id]
        head = queue.head()
        assert head is not None
        limit = lane.card.max_batch_size
        if queue.count_key(head.key, limit) >= limit:
            return 0.0
        return head.enqueued + self.settings.dispatcher.gather_window_ms / 1000

    def _wake_later(self, when: float) -> None:
        assert self._loop is not None
        delay = max(0.0, when - time.monotonic())
        if self._wake_timer is not None:
            self._wake_timer.cancel()
        self._wake_timer = self._loop.call_later(delay, self._wake)

    # ---- running ------------------------------------------------------------------------------

    def _begin(self, tickets: list[Ticket]) -> list[_Entry]:
        now = time.monotonic()
        entries = []
        for ticket in tickets:
            entry = self._entries.get(ticket.job.id)
            if entry is None:
                continue
            entry.ticket, entry.started = None, now
            entry.lane.running += 1
            entry.handle.push(Started())
            metrics.WAIT_SECONDS.labels(entry.lane.model_id).observe(now - entry.submitted)
            self.ledger.change(entry.job, status="running", started_at=self.ledger.now())
            entries.append(entry)
        return entries

    async def _run_batch(self, worker: DeviceWorker, lane: Lane, entries: list[_Entry]) -> None:
        assert self._pipe is not None
        metrics.BATCH_SIZE.labels(lane.model_id).observe(len(entries))
        started, warm = time.monotonic(), lane.backend.loaded  # a load would skew the estimate
        try:
            await worker.call(run_batch, self.residency, lane.model_id, lane.backend, lane.device,
                              [e.job for e in entries], self._pipe)
        except Exception as exc:  # the worker itself failed (e.g. closed at shutdown)
            for entry in entries:
                self._pipe(entry.job.id, Failed("error", type(exc).__name__))
        finally:
            worker.busy = False
            lane.running -= len(entries)
            if warm:
                lane.observe(time.monotonic() - started)
            self._settle(entries)

    def _start_streams(self, lane: Lane) -> None:
        while True:
            queue = self.scheduler.queues.get(lane.model_id)
            head = queue.head() if queue else None
            if head is None:
                return
            if lane.running >= lane.stream_limit(self._has_running_job(lane, head.job.user_id)):
                return
            entries = self._begin(self.scheduler.take(lane.model_id, 1))
            for entry in entries:
                entry.task = self._spawn(self._run_stream(lane, entry))
                entry.task.add_done_callback(lambda _t, lane=lane, e=entry: self._stream_done(lane, e))

    def _has_running_job(self, lane: Lane, user_id: str) -> bool:
        return any(e.lane is lane and e.started is not None and e.job.user_id == user_id
                   for e in self._entries.values())

    async def _run_stream(self, lane: Lane, entry: _Entry) -> None:
        assert self._pipe is not None and self._loop is not None
        job, held = entry.job, False
        try:
            if not lane.remote:
                await asyncio.to_thread(acquire, self.residency, lane.model_id, lane.backend,
                                        lane.device, [job], self._pipe)
                held = True
            await cast(StreamingBackend, lane.backend).stream(job, self._pipe)
        except asyncio.CancelledError:
            pass  # the job ended (cancelled, timed out, shutdown); the backend cleaned up
        except (LoadFailed, OverBudget) as exc:  # a failed load was logged by the residency
            if isinstance(exc, OverBudget):
                log.error("%s", exc)
            self._pipe(job.id, Failed("unavailable", str(exc)[:200]))
        except Exception as exc:
            log.exception("job %s on %s failed", job.id, lane.model_id)
            self._pipe(job.id, Failed("error", f"{type(exc).__name__}: {exc}"[:200]))
        finally:
            if held:  # off the loop: the residency lock may be held by a loading thread
                self._loop.run_in_executor(None, self.residency.release, lane.model_id)

    def _stream_done(self, lane: Lane, entry: _Entry) -> None:
        # A done callback, not a `finally`: it also runs for a task cancelled before it started.
        lane.running -= 1
        if entry.started is not None:
            lane.observe(time.monotonic() - entry.started)
        self._settle([entry])

    def _settle(self, entries: list[_Entry]) -> None:
        """After a run: deliver what the backend emitted, end jobs it left without a result."""
        assert self._pipe is not None
        self._pipe.flush()
        for entry in entries:
            if self._entries.get(entry.job.id) is entry:
                self._end(entry, Failed("error", "the backend ended without a result"))
        self._wake()

    # ---- events and endings ---------------------------------------------------------------------

    def _is_cancelled(self, job_id: str) -> bool:
        # Called from worker threads: a job is cancelled once it has no live entry.
        return job_id not in self._entries

    def _deliver(self, job_id: str, event: JobEvent) -> None:
        entry = self._entries.get(job_id)
        if entry is None:
            return  # ended already (cancelled, timed out): late events are dropped
        if isinstance(event, GeneratedImage):
            metrics.IMAGES.labels(entry.lane.model_id).inc()
        if isinstance(event, TERMINAL):
            self._end(entry, event)
        else:
            entry.handle.push(event)

    def _cancel_handle(self, handle: JobHandle) -> None:
        entry = self._entries.get(handle.job.id)
        if entry is not None and entry.handle is handle:
            self._end(entry, Failed("cancelled"))

    def _expire(self, job_id: str) -> None:
        entry = self._entries.get(job_id)
        if entry is not None:
            self._end(entry, Failed("timeout", f"over {self.settings.dispatcher.job_timeout_s:.0f} s"))

    def _end(self, entry: _Entry, event: JobEvent, *, interrupted: bool = False) -> None:
        """The one place a job ends: bookkeeping, metrics, the record, the terminal event."""
        job, model = entry.job, entry.lane.model_id
        if self._entries.get(job.id) is not entry:
            return
        del self._entries[job.id]
        if entry.ticket is not None:
            self.scheduler.remove(entry.ticket)
        if entry.timer is not None:
            entry.timer.cancel()
        if entry.task is not None and not entry.task.done() and entry.task is not asyncio.current_task():
            entry.task.cancel()
        self.scheduler.finished(job)
        now = time.monotonic()
        if isinstance(event, Finished):
            queue_s = (entry.started or now) - entry.submitted
            event = dataclasses.replace(event, usage=dataclasses.replace(event.usage, queue_s=queue_s))
            metrics.TOKENS.labels(model).inc(event.usage.completion_tokens)
            if event.finish_reason == "interrupted":
                # A remote stream broke mid-answer: the user keeps the partial text, the job failed.
                metrics.JOBS.labels(model, "interrupted").inc()
                metrics.FAILURES.labels(model, "interrupted").inc()
                self.ledger.change(job, status="failed", error="interrupted: the stream broke mid-answer",
                             finished_at=self.ledger.now())
            else:
                metrics.JOBS.labels(model, "done").inc()
                self.ledger.change(job, status="done", finished_at=self.ledger.now())
        else:
            assert isinstance(event, Failed)
            metrics.JOBS.labels(model, event.reason).inc()
            metrics.FAILURES.labels(model, event.reason).inc()
            status = "interrupted" if interrupted else "failed"
            error = f"{event.reason}: {event.message}" if event.message else event.reason
            self.ledger.change(job, status=status, error=error[:200], finished_at=self.ledger.now())
        if entry.started is not None:
            metrics.RUN_SECONDS.labels(model).observe(now - entry.started)
        entry.handle.push(event)
        if not self._entries:
            self._idle.set()

    # ---- position updates, health ------------------------------------------------------------

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(self.settings.dispatcher.position_update_s)
            try:
                self._update_positions()
            except Exception:
                log.exception("position update failed")

    def _update_positions(self) -> None:
        for model_id, lane in self._lanes.items():
            metrics.QUEUE_LENGTH.labels(model_id).set(self.scheduler.queued(model_id))
            metrics.RUNNING.labels(model_id).set(lane.running)
            for ticket, position in self.scheduler.positions(model_id):
                entry = self._entries.get(ticket.job.id)
                if entry is None or entry.handle.position == position:
                    continue
                eta = lane.eta(position)
                entry.handle.position, entry.handle.eta_s = position, eta
                entry.handle.push(Queued(position, eta))

    def is_running(self, job_id: str) -> bool:
        """Whether the job has started and not yet ended."""
        entry = self._entries.get(job_id)
        return entry is not None and entry.started is not None

    def health(self) -> dict[str, Any]:
        models = {
            lane.model_id: {"mode": lane.mode, "device": lane.device, "loaded": lane.backend.loaded,
                            "queued": self.scheduler.queued(lane.model_id), "running": lane.running,
                            "batch_s": lane.batch_s, **self.residency.health(lane.model_id)}
            for lane in self._lanes.values()
        }
        return {
            "accepting": self.accepting,
            "queued": self.scheduler.queued(),
            "running": sum(lane.running for lane in self._lanes.values()),
            # A model that fails to load does not stop the bot (others still serve): listed here,
            # not a 503.
            "unhealthy_models": sorted(m for m, state in models.items() if not state["healthy"]),
            "models": models,
            "workers": {device: {"busy": w.busy} for device, w in self._workers.items()},
        }

    def _spawn(self, coroutine: Any) -> asyncio.Task[Any]:
        task = asyncio.create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task


def _hold_resident(residency: Residency, model_id: str, backend: Backend, device: str) -> None:
    residency.acquire(model_id, backend, device, pinned=True)
    residency.release(model_id)
