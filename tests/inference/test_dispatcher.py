"""The dispatcher with a scripted backend: ordering, fairness, priorities, admission refusal,
cancellation, timeouts, shutdown, records and metrics. No model runs here; the backend is a
real implementation of the protocol whose batches the tests can hold open."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import pytest_asyncio
from fakes import FakeBackend

from hubbot.config import DispatcherSection, MetricsSection, ModelCard, Settings
from hubbot.inference.backends.base import Backend, Serving
from hubbot.inference.dispatcher import Dispatcher, JobHandle
from hubbot.inference.jobs import (
    Failed,
    Finished,
    Job,
    JobEvent,
    JobKind,
    Loading,
    Queued,
    Started,
    TextDelta,
    TextInputs,
    Usage,
)
from hubbot.inference.registry import Registry
from hubbot.storage import Database
from hubbot.storage import jobs as job_records


class ScriptedBackend(FakeBackend):
    """Answers each job with its prompt, one `step` at a time; `gate` holds batches open.

    `batches` records the users of each batch in run order. A job whose `is_cancelled`
    turns true stops at its next step without another event."""

    def __init__(self, card: ModelCard, steps: int = 1, step_s: float = 0.0) -> None:
        super().__init__(card)
        self.steps = steps
        self.step_s = step_s
        self.gate = threading.Event()
        self.gate.set()
        self.running = threading.Event()
        self.batches: list[list[str]] = []
        self.stopped_early: list[str] = []
        self.fail_next = False

    def batch_key(self, job: Job) -> Any:
        return (self.card.id, job.options.get("group", ""))

    def run_batch(self, jobs: list[Job], emit: Any) -> None:
        self.batches.append([job.user_id for job in jobs])
        self.running.set()
        self.gate.wait(timeout=20)
        if self.fail_next:
            self.fail_next = False
            raise RuntimeError("the device fell over")
        live = list(jobs)
        for _ in range(self.steps):
            for job in list(live):
                if emit.is_cancelled(job.id):
                    self.stopped_early.append(job.id)
                    live.remove(job)
                else:
                    emit(job.id, TextDelta("x"))
            time.sleep(self.step_s)
        for job in live:
            prompt = job.inputs.prompt if isinstance(job.inputs, TextInputs) else ""
            emit(job.id, Finished(text=prompt or "", usage=Usage(completion_tokens=self.steps)))


class RemoteBackend(Backend):
    """A streaming backend (like the OpenAI one): remote, `capacity` at once, `async stream`."""

    def __init__(self, card: ModelCard, capacity: int = 2) -> None:
        self.card = card
        self.capacity = capacity
        self.in_flight = 0
        self.most_in_flight = 0
        self.release = asyncio.Event()
        self.order: list[str] = []

    loaded = True

    def load(self) -> None:
        pass

    def unload(self) -> None:
        pass

    def memory_bytes(self) -> int:
        return 0

    def batch_key(self, job: Job) -> Any:
        return self.card.id

    def serving(self) -> Serving:
        return Serving(streams=True, remote=True, capacity=self.capacity)

    def run_batch(self, jobs: list[Job], emit: Any) -> None:  # pragma: no cover - not used here
        raise NotImplementedError

    async def stream(self, job: Job, emit: Any) -> None:
        self.order.append(job.user_id)
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await self.release.wait()
            emit(job.id, TextDelta("remote"))
            emit(job.id, Finished(text="remote"))
        finally:
            self.in_flight -= 1


def card(model_id: str = "fake", batch: int = 2, **extra: Any) -> ModelCard:
    return ModelCard(id=model_id, display_name=model_id.title(), task="chat", backend="transformers",
                     source="unused", device="cpu", max_batch_size=batch, **extra)


def make_settings(tmp_path: Path, cards: list[ModelCard], **dispatcher: Any) -> Settings:
    options = {"gather_window_ms": 0.0, "position_update_s": 0.05, **dispatcher}
    return Settings(models=cards, dispatcher=DispatcherSection(**options), config_dir=tmp_path,
                    database_url=f"sqlite+aiosqlite:///{tmp_path / 'hub.db'}")


Factory = Callable[..., Any]


@pytest_asyncio.fixture(loop_scope="function")
async def make(tmp_path: Path) -> AsyncIterator[Factory]:
    """make(*cards, backends={id: card -> backend}, db=False, batch=2, **dispatcher options):
    a started dispatcher (a "fake" model with a ScriptedBackend unless cards are given)."""
    started: list[Dispatcher] = []
    databases: list[Database] = []
    gates: list[threading.Event] = []

    async def factory(*cards: ModelCard, backends: dict[str, Callable[[ModelCard], Any]] | None = None,
                      db: bool = False, batch: int = 2, **options: Any) -> tuple[Dispatcher, dict[str, Any]]:
        cards = cards or (card(batch=batch),)
        settings = make_settings(tmp_path, list(cards), **options)
        registry = Registry(settings)
        made = {}
        for c in cards:
            build = (backends or {}).get(c.id, ScriptedBackend)
            made[c.id] = build(c)
            registry.use_backend(c.id, made[c.id])
            if isinstance(made[c.id], ScriptedBackend):
                gates.append(made[c.id].gate)
        database = None
        if db:
            database = Database(settings.sqlalchemy_url)
            await database.migrate()
            databases.append(database)
        dispatcher = Dispatcher(settings, registry, db=database)
        await dispatcher.start()
        started.append(dispatcher)
        return dispatcher, made

    yield factory
    for gate in gates:
        gate.set()
    for dispatcher in started:
        await dispatcher.shutdown()
    for database in databases:
        await database.close()


def job(user: str, model: str = "fake", prompt: str = "hi", **options: Any) -> Job:
    return Job(JobKind.TEXT, model, TextInputs(prompt=prompt), user, options=options)


async def events(handle: JobHandle, timeout: float = 10) -> list[JobEvent]:
    async def collect() -> list[JobEvent]:
        return [event async for event in handle]

    return await asyncio.wait_for(collect(), timeout)


async def until(condition: Callable[[], bool], timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.005)


# ---- submit, order, fairness ------------------------------------------------------------


async def test_submit_returns_a_handle_with_position_first_event_queued(make: Factory) -> None:
    dispatcher, backends = await make(batch=1)
    backends["fake"].gate.clear()
    handles = [dispatcher.submit(job(f"u{i}", prompt=f"p{i}")) for i in range(3)]
    assert [h.position for h in handles] == [1, 2, 3]
    assert all(h.eta_s is None for h in handles)  # nothing measured yet
    backends["fake"].gate.set()
    for i, handle in enumerate(handles):
        got = await events(handle)
        assert got[0] == Queued(i + 1, None)
        assert Started() in got and any(isinstance(e, TextDelta) for e in got)
        assert isinstance(got[-1], Finished) and got[-1].text == f"p{i}"
        assert got[-1].usage.queue_s >= 0


async def test_a_flood_from_one_user_does_not_delay_another_users_single_job(make: Factory) -> None:
    dispatcher, backends = await make(max_jobs_per_user=50)
    fake = backends["fake"]
    fake.gate.clear()
    flood = [dispatcher.submit(job("flood", prompt=f"f{i}")) for i in range(12)]
    await until(fake.running.is_set)  # the first batch (2 of the flood) holds the worker
    singles = [dispatcher.submit(job(user)) for user in ("ann", "bob", "cho")]
    # Queued behind the 10 waiting flood jobs by arrival, they are 1st-3rd by fairness.
    assert sorted(h.position for h in singles) == [1, 2, 3]
    fake.gate.set()
    for handle in flood + singles:
        assert isinstance((await events(handle))[-1], Finished)
    assert fake.batches[0] == ["flood", "flood"]
    assert sorted(fake.batches[1] + fake.batches[2][:1]) == ["ann", "bob", "cho"]


async def test_fair_order_alternates_between_users_with_many_jobs(make: Factory) -> None:
    dispatcher, backends = await make(batch=1, max_jobs_per_user=10)
    fake = backends["fake"]
    fake.gate.clear()
    first = dispatcher.submit(job("zed"))
    await until(fake.running.is_set)
    handles = [dispatcher.submit(job(user)) for user in ("amy", "ben") for _ in range(3)]
    fake.gate.set()
    for handle in [first, *handles]:
        await events(handle)
    order = [batch[0] for batch in fake.batches[1:]]
    assert order == ["amy", "ben", "amy", "ben", "amy", "ben"]


async def test_admin_priority_runs_before_earlier_jobs(make: Factory) -> None:
    dispatcher, backends = await make(batch=1, admin_users=["boss"], admin_priority=5)
    fake = backends["fake"]
    fake.gate.clear()
    handles = [dispatcher.submit(job(f"u{i}")) for i in range(3)]
    await until(fake.running.is_set)
    boss = dispatcher.submit(job("boss"))
    assert boss.position == 1
    fake.gate.set()
    for handle in [*handles, boss]:
        await events(handle)
    assert [b[0] for b in fake.batches] == ["u0", "boss", "u1", "u2"]


async def test_jobs_gathered_in_the_window_share_a_batch_by_key(make: Factory) -> None:
    dispatcher, backends = await make(batch=4, gather_window_ms=150)
    handles = [dispatcher.submit(job(f"u{i}", group="a" if i % 2 else "b")) for i in range(6)]
    for handle in handles:
        await events(handle)
    batches = backends["fake"].batches
    assert sorted(len(b) for b in batches) == [3, 3]  # two keys, nothing mixed, nothing alone
    assert sorted(map(sorted, batches)) == [["u0", "u2", "u4"], ["u1", "u3", "u5"]]


async def test_position_updates_and_eta_once_throughput_is_known(make: Factory) -> None:
    dispatcher, backends = await make(batch=1)
    fake = backends["fake"]
    await events(dispatcher.submit(job("warm")))  # loads the model: not a fair measure
    await events(dispatcher.submit(job("warm")))  # one batch measured
    fake.gate.clear()
    running = dispatcher.submit(job("a"))
    await until(lambda: len(fake.batches) == 3)
    waiting = [dispatcher.submit(job(u)) for u in ("b", "c")]
    assert waiting[1].position == 2 and waiting[1].eta_s is not None
    waiting[0].cancel()
    await until(lambda: waiting[1].position == 1)  # the next position update
    fake.gate.set()
    got = await events(waiting[1])
    assert [e.position for e in got if isinstance(e, Queued)] == [2, 1]  # told when it moved up
    await events(running)


# ---- admission ----------------------------------------------------------------------------


async def test_a_full_queue_refuses_at_once_with_a_retry_time(make: Factory) -> None:
    dispatcher, backends = await make(batch=1, max_queue_per_model=2)
    backends["fake"].gate.clear()
    first = dispatcher.submit(job("a"))
    await until(backends["fake"].running.is_set)
    queued = [dispatcher.submit(job(u)) for u in ("b", "c")]
    refused = dispatcher.submit(job("d"))
    got = await events(refused)
    assert len(got) == 1 and isinstance(got[0], Failed) and got[0].reason == "busy"
    assert got[0].message.isdigit() and int(got[0].message) > 0
    backends["fake"].gate.set()
    for handle in [first, *queued]:
        assert isinstance((await events(handle))[-1], Finished)


async def test_per_user_limit_counts_queued_and_running_jobs(make: Factory) -> None:
    dispatcher, backends = await make(batch=1, max_jobs_per_user=2)
    backends["fake"].gate.clear()
    mine = [dispatcher.submit(job("a")) for _ in range(2)]
    over = await events(dispatcher.submit(job("a")))
    assert over == [Failed("user_limit", "2")]
    other = dispatcher.submit(job("b"))  # someone else is not affected
    backends["fake"].gate.set()
    for handle in [*mine, other]:
        await events(handle)
    again = await events(dispatcher.submit(job("a")))  # finished jobs free the slots
    assert isinstance(again[-1], Finished)


async def test_user_limit_is_rendered_from_the_catalogue() -> None:
    from hubbot.commands.common import raise_for_failure
    from hubbot.errors import Busy

    with pytest.raises(Busy) as caught:
        raise_for_failure(Failed("user_limit", "2"))
    assert "2" in str(caught.value)


async def test_unknown_model_raises_and_a_broken_batch_key_fails_the_job(make: Factory) -> None:
    from hubbot.inference.registry import UnknownModel

    dispatcher, backends = await make()
    with pytest.raises(UnknownModel):
        dispatcher.submit(job("a", model="nope"))

    def broken_key(_job: Job) -> Any:
        raise ValueError("bad options")

    backends["fake"].batch_key = broken_key
    got = await events(dispatcher.submit(job("a")))
    assert isinstance(got[0], Failed) and got[0].reason == "error" and "bad options" in got[0].message


# ---- cancellation, timeouts, errors -----------------------------------------------------------


async def test_cancelling_a_queued_job_removes_it(make: Factory) -> None:
    dispatcher, backends = await make(batch=1)
    fake = backends["fake"]
    fake.gate.clear()
    first = dispatcher.submit(job("a"))
    await until(fake.running.is_set)
    gone = dispatcher.submit(job("b"))
    later = dispatcher.submit(job("c"))
    gone.cancel()
    assert gone.done and dispatcher.scheduler.queued("fake") == 1
    fake.gate.set()
    got = await events(gone)
    assert isinstance(got[-1], Failed) and got[-1].reason == "cancelled"
    await events(first)
    await events(later)
    assert [b[0] for b in fake.batches] == ["a", "c"]  # b never ran


async def test_cancelling_a_running_job_stops_its_row_and_frees_the_user(make: Factory) -> None:
    dispatcher, backends = await make(batch=2, max_jobs_per_user=1,
                                      backends={"fake": lambda c: ScriptedBackend(c, steps=200, step_s=0.01)})
    fake = backends["fake"]
    stays, goes = dispatcher.submit(job("a")), dispatcher.submit(job("b"))
    await until(lambda: fake.batches != [])
    async for event in goes:
        if isinstance(event, TextDelta):
            goes.cancel()
    assert goes.done
    assert dispatcher.scheduler.unfinished["b"] == 0
    got = await events(stays, timeout=20)
    assert isinstance(got[-1], Finished)  # the other row of the batch went on
    assert fake.stopped_early == [goes.job.id]


async def test_cancel_user_withdraws_queued_and_running_jobs(make: Factory) -> None:
    dispatcher, backends = await make(batch=1, max_jobs_per_user=5)
    fake = backends["fake"]
    fake.gate.clear()
    running = dispatcher.submit(job("forgotten"))
    await until(fake.running.is_set)
    queued = dispatcher.submit(job("forgotten"))
    other = dispatcher.submit(job("stays"))
    assert dispatcher.cancel_user("forgotten") == 2
    for handle in (running, queued):
        assert (await events(handle))[-1] == Failed("cancelled", "user's jobs withdrawn")
    fake.gate.set()
    assert isinstance((await events(other))[-1], Finished)
    assert [b[0] for b in fake.batches] == ["forgotten", "stays"]


async def test_timeouts_end_running_and_queued_jobs(make: Factory) -> None:
    dispatcher, backends = await make(batch=1, job_timeout_s=0.3)
    fake = backends["fake"]
    fake.gate.clear()
    running, queued = dispatcher.submit(job("a")), dispatcher.submit(job("b"))
    for handle in (running, queued):
        last = (await events(handle))[-1]
        assert isinstance(last, Failed) and last.reason == "timeout"
    fake.gate.set()
    await until(lambda: dispatcher.health()["running"] == 0)
    assert dispatcher.scheduler.queued() == 0 and not dispatcher.scheduler.unfinished
    assert fake.batches == [["a"]]  # the queued one never ran


async def test_a_backend_error_fails_its_batch_and_the_next_batch_runs(make: Factory) -> None:
    dispatcher, backends = await make(batch=2)
    backends["fake"].fail_next = True
    broken = [dispatcher.submit(job(u)) for u in ("a", "b")]
    for handle in broken:
        last = (await events(handle))[-1]
        assert isinstance(last, Failed) and last.reason == "error" and "fell over" in last.message
    assert isinstance((await events(dispatcher.submit(job("c"))))[-1], Finished)


async def test_loading_is_reported_before_the_first_run(make: Factory) -> None:
    dispatcher, _ = await make()
    got = await events(dispatcher.submit(job("a")))
    assert Loading("fake") in got
    assert Loading("fake") not in await events(dispatcher.submit(job("a")))


# ---- streaming backends -------------------------------------------------------------------------


async def test_streaming_backends_run_up_to_capacity_in_fair_order(make: Factory) -> None:
    dispatcher, backends = await make(card("remote"), backends={"remote": RemoteBackend},
                                      max_jobs_per_user=10)
    remote = backends["remote"]
    handles = [dispatcher.submit(job("flood", model="remote")) for _ in range(4)]
    await until(lambda: remote.in_flight == 2)
    handles.append(dispatcher.submit(job("single", model="remote")))
    await asyncio.sleep(0.05)
    assert remote.in_flight == 2  # capacity holds
    remote.release.set()
    for handle in handles:
        last = (await events(handle))[-1]
        assert isinstance(last, Finished) and last.text == "remote"
    assert remote.most_in_flight == 2
    assert remote.order[2] == "single"  # ahead of the flood's remaining two


async def test_cancelling_a_streaming_job_cancels_its_task(make: Factory) -> None:
    dispatcher, backends = await make(card("remote"), backends={"remote": RemoteBackend})
    remote = backends["remote"]
    handle = dispatcher.submit(job("a", model="remote"))
    await until(lambda: remote.in_flight == 1)
    handle.cancel()
    await until(lambda: remote.in_flight == 0)
    assert (await events(handle))[-1] == Failed("cancelled")


# ---- shutdown and records ------------------------------------------------------------------------


async def test_shutdown_finishes_running_jobs_and_records_queued_ones_as_interrupted(
        make: Factory) -> None:
    dispatcher, backends = await make(batch=1, db=True, shutdown_grace_s=10)
    fake = backends["fake"]
    fake.gate.clear()
    running = dispatcher.submit(job("a"))
    await until(fake.running.is_set)
    waiting = job("b")
    waiting.command, waiting.reply_to = "chat", {"platform": "discord", "channel_id": 7}
    queued = dispatcher.submit(waiting)
    stopping = asyncio.create_task(dispatcher.shutdown())
    assert (await events(queued))[-1] == Failed("shutdown", "queued at shutdown")
    refused = await events(dispatcher.submit(job("c")))
    assert refused[0].reason == "shutdown"
    fake.gate.set()
    assert isinstance((await events(running))[-1], Finished)  # within the grace period
    await stopping

    db = dispatcher.db
    interrupted = await job_records.interrupted_jobs(db)
    assert [(r.id, r.command, r.reply_to) for r in interrupted] == [
        (waiting.id, "chat", {"platform": "discord", "channel_id": 7})]
    assert await job_records.interrupted_jobs(db, platform="slack") == []
    done = await job_records.get(db, running.job.id)
    assert done is not None and done.status == "done" and done.started_at and done.finished_at
    await job_records.mark_reported(db, [waiting.id])
    assert await job_records.interrupted_jobs(db) == []


async def test_shutdown_interrupts_jobs_still_running_after_the_grace_period(make: Factory) -> None:
    dispatcher, backends = await make(batch=1, db=True, shutdown_grace_s=0.1)
    backends["fake"].gate.clear()
    running = dispatcher.submit(job("a"))
    await until(backends["fake"].running.is_set)
    await dispatcher.shutdown()
    assert (await events(running))[-1] == Failed("shutdown", "still running at shutdown")
    assert [r.id for r in await job_records.interrupted_jobs(dispatcher.db)] == [running.job.id]
    backends["fake"].gate.set()


async def test_every_job_is_recorded_with_its_outcome(make: Factory) -> None:
    dispatcher, _ = await make(batch=4, db=True, max_queue_per_model=100, max_jobs_per_user=100)
    handles = [dispatcher.submit(job(f"u{i % 3}")) for i in range(20)]
    handles[5].cancel()
    for handle in handles:
        await events(handle)
    await dispatcher.ledger.flush()
    rows = [await job_records.get(dispatcher.db, h.job.id) for h in handles]
    assert all(r is not None for r in rows)
    assert [r.status for r in rows].count("done") == 19
    assert rows[5].status == "failed" and rows[5].error == "cancelled"
    assert rows[0].kind == "text" and rows[0].user_id == "u0"


# ---- metrics and health ---------------------------------------------------------------------------


async def test_metrics_and_healthz_endpoints(make: Factory) -> None:
    from hubbot.inference.metrics import MetricsServer

    dispatcher, _ = await make()
    await events(dispatcher.submit(job("a")))
    server = MetricsServer(MetricsSection(port=0), dispatcher)
    await server.start()
    try:
        async with aiohttp.ClientSession() as session:
            async with session.get(f"http://127.0.0.1:{server.port}/metrics") as response:
                assert response.status == 200
                text = await response.text()
            async with session.get(f"http://127.0.0.1:{server.port}/healthz") as response:
                assert response.status == 200
                health = await response.json()
        for name in ("hubbot_queue_length", "hubbot_job_wait_seconds", "hubbot_batch_size",
                     "hubbot_generated_tokens_total", "hubbot_job_failures_total"):
            assert name in text
        assert 'hubbot_jobs_total{model="fake",outcome="done"}' in text
        assert health["accepting"] is True and health["models"]["fake"]["mode"] == "batch"
        await dispatcher.shutdown()
        async with aiohttp.ClientSession() as session, \
                session.get(f"http://127.0.0.1:{server.port}/healthz") as response:
            assert response.status == 503
    finally:
        await server.stop()


async def test_a_taken_metrics_port_does_not_stop_the_bot(make: Factory) -> None:
    from hubbot.inference.metrics import MetricsServer

    dispatcher, _ = await make()
    first = MetricsServer(MetricsSection(port=0), dispatcher)
    await first.start()
    second = MetricsServer(MetricsSection(port=first.port), dispatcher)
    try:
        await second.start()  # logs a warning, raises nothing
        assert second.port is None
    finally:
        await second.stop()
        await first.stop()


async def test_a_record_that_cannot_be_written_does_not_lose_the_others(make: Factory, caplog: Any) -> None:
    dispatcher, _ = await make(db=True, max_jobs_per_user=10)
    twice = job("a")
    await events(dispatcher.submit(twice))
    await dispatcher.ledger.flush()
    again = dispatcher.submit(twice)  # the same id again: its insert fails
    others = [dispatcher.submit(job("b")) for _ in range(3)]
    for handle in [again, *others]:
        assert isinstance((await events(handle))[-1], Finished)
    await dispatcher.ledger.flush()
    rows = [await job_records.get(dispatcher.db, h.job.id) for h in others]
    assert [r.status for r in rows if r is not None] == ["done"] * 3
    assert "one by one" in caplog.text  # the batch write failed and the fallback saved the rest


# ---- the whole path: app, /chat, records ------------------------------------------------------


async def test_chat_through_the_app_is_recorded_and_the_user_limit_explained(settings: Settings) -> None:
    from hubbot.app import App
    from hubbot.bot.console import console_request
    from hubbot.commands.base import Answer, Error
    from hubbot.commands.runner import execute

    section = settings.dispatcher.model_copy(update={"max_jobs_per_user": 1})
    async with App.create(settings.model_copy(update={"dispatcher": section})) as app:
        replies = [r async for r in execute(console_request("chat", {"prompt": "hello"}, "kim", "s1"), app)]
        assert isinstance(replies[-1], Answer)
        await app.dispatcher.ledger.flush()
        rows = await job_records.for_user(app.db, "console:kim")
        assert [(r.kind, r.model_id, r.status) for r in rows] == [("text", "chat-small", "done")]

        long = app.dispatcher.submit(job("console:kim", model="chat-small", max_new_tokens=1500))
        request = console_request("chat", {"prompt": "안녕하세요, 하나 더요"}, "kim", "s1")
        replies = [r async for r in execute(request, app)]
        long.cancel()
        errors = [r for r in replies if isinstance(r, Error)]
        # Explained in the user's language (the prompt is Korean).
        assert len(errors) == 1 and "이미 1개의 요청이 처리 중입니다" in errors[0].text


async def test_run_on_device_uses_the_thread_that_runs_the_models_batches(make: Factory) -> None:
    dispatcher, backends = await make()
    threads: list[int] = []
    original = backends["fake"].run_batch

    def recording(jobs: list[Job], emit: Any) -> None:
        threads.append(threading.get_ident())
        original(jobs, emit)

    backends["fake"].run_batch = recording
    await events(dispatcher.submit(job("a")))
    assert await dispatcher.run_on_device("fake", threading.get_ident) == threads[0]
    assert threads[0] != threading.get_ident()  # and never the event loop's
