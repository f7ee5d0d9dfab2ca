"""Batching with the tiny text models: a row's output does not depend on its batch.

Random weights: assertions are about structure and equality between runs, never wording.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from prometheus_client import REGISTRY

from hubbot.config import Settings, load_settings
from hubbot.inference.backends.transformers_text import TransformersTextBackend
from hubbot.inference.dispatcher import Dispatcher
from hubbot.inference.jobs import Failed, Finished, Job, JobEvent, JobKind, TextDelta, TextInputs
from hubbot.inference.registry import Registry

PROMPTS = ["hello", "Write a poem about the sea and the moon at night", "KULLM 모델을 소개해 줘",
           "what is 2+2", "코드 예제를 보여줘: def f(x): return x", "안녕하세요, 오늘 날씨 어때요?"]


class Recorder:
    """An emit callable that records (job id, event) in order; `cancelled` ids read as gone."""

    def __init__(self) -> None:
        self.events: list[tuple[str, JobEvent]] = []
        self.cancelled: set[str] = set()
        self.cancel_after_first_delta: set[str] = set()

    def __call__(self, job_id: str, event: JobEvent) -> None:
        self.events.append((job_id, event))
        if isinstance(event, TextDelta) and job_id in self.cancel_after_first_delta:
            self.cancelled.add(job_id)

    def is_cancelled(self, job_id: str) -> bool:
        return job_id in self.cancelled

    def of(self, job: Job) -> list[JobEvent]:
        return [event for job_id, event in self.events if job_id == job.id]

    def final(self, job: Job) -> Finished:
        last = self.of(job)[-1]
        assert isinstance(last, Finished)
        return last


def text_job(prompt: str, model: str = "chat-large", **options: Any) -> Job:
    return Job(JobKind.TEXT, model, TextInputs(prompt=prompt), "u", options={"temperature": 0, **options})


@pytest.fixture(scope="module")
def hub_settings(hub_dir: Path) -> Settings:
    return load_settings(hub_dir / "hubbot.toml")


def with_batching(settings: Settings, batching: str, model: str = "chat-large") -> Settings:
    cards = [c.model_copy(update={"batching": batching}) if c.id == model else c for c in settings.models]
    return settings.model_copy(update={"models": cards})


@pytest.fixture(scope="module")
def large(hub_settings: Settings) -> TransformersTextBackend:
    backend = Registry(with_batching(hub_settings, "padded")).backend("chat-large")
    backend.load()
    return backend  # type: ignore[return-value]


def alone(backend: TransformersTextBackend, job: Job) -> Finished:
    recorder = Recorder()
    backend.run_batch([job], recorder)
    return recorder.final(job)


def streamed(recorder: Recorder, job: Job) -> str:
    return "".join(e.text for e in recorder.of(job) if isinstance(e, TextDelta))


# ---- the padded batch ------------------------------------------------------------------------


def test_batched_rows_equal_their_unbatched_output(large: TransformersTextBackend) -> None:
    jobs = [text_job(p, max_new_tokens=6 + 3 * i) for i, p in enumerate(PROMPTS)]
    expected = [alone(large, Job(j.kind, j.model_id, j.inputs, j.user_id, dict(j.options))) for j in jobs]
    recorder = Recorder()
    large.run_batch(jobs, recorder)
    for job, single in zip(jobs, expected, strict=True):
        final = recorder.final(job)
        assert (final.text, final.finish_reason, final.usage.completion_tokens) == (
            single.text, single.finish_reason, single.usage.completion_tokens)
        assert final.usage.completion_tokens <= job.options["max_new_tokens"]
        assert streamed(recorder, job).strip() == final.text  # the deltas add up to the answer
        assert final.usage.prompt_tokens > 0 and final.usage.total_s > 0
    assert any(expected_one.text for expected_one in expected)  # not a vacuous comparison


def test_rows_that_finish_early_are_answered_before_the_batch_ends(large: TransformersTextBackend) -> None:
    short, long = text_job(PROMPTS[1], max_new_tokens=2), text_job(PROMPTS[2], max_new_tokens=24)
    recorder = Recorder()
    large.run_batch([short, long], recorder)
    order = [(job_id, type(event).__name__) for job_id, event in recorder.events]
    short_done = order.index((short.id, "Finished"))
    assert short_done < order.index((long.id, "Finished"))
    assert (long.id, "TextDelta") in order[short_done:]  # the long row went on streaming
    assert recorder.final(short).finish_reason == "length"
    assert recorder.final(short).usage.completion_tokens == 2


def test_stop_strings_cut_their_own_row_only(large: TransformersTextBackend) -> None:
    plain = alone(large, text_job(PROMPTS[1], max_new_tokens=16)).text
    assert len(plain) >= 6
    stop = plain[3:5]
    stopped = text_job(PROMPTS[1], max_new_tokens=16, stop=[stop])
    other = text_job(PROMPTS[4], max_new_tokens=8)
    other_alone = alone(large, Job(other.kind, other.model_id, other.inputs, "u", dict(other.options)))
    recorder = Recorder()
    large.run_batch([stopped, other], recorder)
    final = recorder.final(stopped)
    assert final.finish_reason == "stop"
    assert final.text == plain[:plain.find(stop)].strip()
    assert stop not in streamed(recorder, stopped)  # held back, never sent
    assert recorder.final(other).text == other_alone.text


def test_greedy_and_sampling_jobs_never_share_a_batch(large: TransformersTextBackend) -> None:
    greedy, warm = text_job("a"), text_job("a", temperature=0.7)
    seeded_1, seeded_2 = text_job("a", temperature=0.7, seed=1), text_job("a", temperature=0.7, seed=2)
    keys = {large.batch_key(job) for job in (greedy, warm, seeded_1, seeded_2)}
    assert len(keys) == 4
    assert large.batch_key(text_job("b", max_new_tokens=3)) == large.batch_key(greedy)  # per row


def test_sampling_rows_use_their_own_settings(large: TransformersTextBackend) -> None:
    # top_k = 1 keeps only the most likely token: that row is greedy whatever the others do.
    nearly_greedy = text_job(PROMPTS[1], temperature=1.5, top_k=1, max_new_tokens=10)
    wild = text_job(PROMPTS[2], temperature=1.5, top_p=0.95, max_new_tokens=10)
    recorder = Recorder()
    large.run_batch([nearly_greedy, wild], recorder)
    assert recorder.final(nearly_greedy).text == alone(large, text_job(PROMPTS[1], max_new_tokens=10)).text
    assert recorder.final(wild).usage.completion_tokens <= 10


def test_a_seed_makes_sampling_reproducible(large: TransformersTextBackend) -> None:
    first = alone(large, text_job(PROMPTS[3], temperature=1.0, seed=42, max_new_tokens=12))
    again = alone(large, text_job(PROMPTS[3], temperature=1.0, seed=42, max_new_tokens=12))
    assert first.text == again.text and first.usage.completion_tokens == again.usage.completion_tokens


def test_a_cancelled_row_stops_silently_while_the_others_finish(large: TransformersTextBackend) -> None:
    kept, dropped = text_job(PROMPTS[1], max_new_tokens=12), text_job(PROMPTS[2], max_new_tokens=12)
    recorder = Recorder()
    recorder.cancel_after_first_delta.add(dropped.id)
    large.run_batch([kept, dropped], recorder)
    assert not any(isinstance(e, Finished | Failed) for e in recorder.of(dropped))
    assert sum(isinstance(e, TextDelta) for e in recorder.of(dropped)) == 1
    assert recorder.final(kept).usage.completion_tokens == 12


# ---- through the dispatcher --------------------------------------------------------------------


@pytest_asyncio.fixture(loop_scope="function")
async def dispatcher(hub_settings: Settings) -> AsyncIterator[Dispatcher]:
    """Padded micro-batches (a CPU's default is rolling batches: tests/inference/test_rolling.py)."""
    section = hub_settings.dispatcher.model_copy(update={"gather_window_ms": 200.0})
    settings = with_batching(hub_settings, "padded").model_copy(update={"dispatcher": section})
    started = Dispatcher(settings, Registry(settings))
    await started.start()
    yield started
    await started.shutdown()


async def collect(dispatcher: Dispatcher, job: Job) -> list[JobEvent]:
    return [event async for event in dispatcher.submit(job)]


def batches(model: str) -> tuple[float, float]:
    labels = {"model": model}
    return (REGISTRY.get_sample_value("hubbot_batch_size_count", labels) or 0.0,
            REGISTRY.get_sample_value("hubbot_batch_size_sum", labels) or 0.0)


async def test_concurrent_jobs_run_as_one_batch_with_unbatched_results(dispatcher: Dispatcher) -> None:
    await collect(dispatcher, text_job("warm-up", max_new_tokens=2))  # loaded before counting
    jobs = [Job(JobKind.TEXT, "chat-large", TextInputs(prompt=p), f"user{i}",
                options={"temperature": 0, "max_new_tokens": 8}) for i, p in enumerate(PROMPTS)]
    count, total = batches("chat-large")
    results = await asyncio.gather(*(collect(dispatcher, job) for job in jobs))
    assert batches("chat-large") == (count + 1, total + len(jobs))  # one batch of all six
    backend = dispatcher.registry.backend("chat-large")
    for job, events in zip(jobs, results, strict=True):
        final = events[-1]
        assert isinstance(final, Finished)
        assert final.text == alone(backend, text_job(job.inputs.prompt, max_new_tokens=8)).text  # type: ignore[union-attr]
        assert final.usage.queue_s >= 0
        assert "".join(e.text for e in events if isinstance(e, TextDelta)).strip() == final.text


async def test_continuous_batching_gives_the_padded_results(hub_settings: Settings) -> None:
    settings = with_batching(hub_settings, "continuous")
    dispatcher = Dispatcher(settings, Registry(settings))
    await dispatcher.start()
    padded = Registry(with_batching(hub_settings, "padded")).backend("chat-large")
    try:
        jobs = [text_job(p, max_new_tokens=4 + i) for i, p in enumerate(PROMPTS[:4])]
        results = await asyncio.gather(*(collect(dispatcher, job) for job in jobs))
        assert dispatcher.health()["models"]["chat-large"]["mode"] == "stream"
        for job, events in zip(jobs, results, strict=True):
            final, single = events[-1], alone(padded, Job(job.kind, job.model_id, job.inputs, "u",
                                                         dict(job.options)))
            assert isinstance(final, Finished)
            assert final.text == single.text
            assert final.usage.completion_tokens == single.usage.completion_tokens

        # A cancelled request leaves the manager serving the others.
        running = dispatcher.submit(text_job(PROMPTS[1], max_new_tokens=400))
        other = dispatcher.submit(text_job(PROMPTS[2], max_new_tokens=6))
        async for event in running:
            if isinstance(event, TextDelta):
                running.cancel()
        assert isinstance((await asyncio.wait_for(_last(other), 30)), Finished)
    finally:
        await dispatcher.shutdown()
    assert not dispatcher.registry.backend("chat-large").loaded  # the manager thread is stopped


async def _last(handle: Any) -> JobEvent:
    events = [event async for event in handle]
    return events[-1]


# ---- the benchmark command ------------------------------------------------------------------------


def test_bench_prints_a_table_and_writes_json(hub_dir: Path, tmp_path: Path, capsys: Any) -> None:
    from hubbot.cli import main

    out = tmp_path / "bench.json"
    code = main(["--config", str(hub_dir / "hubbot.toml"), "bench", "--model", "chat-small",
                 "--only", "text", "fairness", "overhead", "--users", "2", "--prompts", "3",
                 "--new-tokens", "4", "--flood", "3", "--singles", "1", "--overhead-jobs", "20",
                 "--repeat", "1", "--json", str(out)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "text: ratio" in printed and "ms/job" in printed
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["text"]["prompts"] == 3 and figures["text"]["outputs_matching"] == "3/3"
    assert figures["text"]["ratio"] > 0 and figures["overhead"]["ms_per_job"] > 0
    assert figures["fairness"]["wait_ratio"] > 0
    assert figures["images"] == {}  # not asked for


def test_bench_refuses_a_model_it_cannot_measure(hub_dir: Path, capsys: Any) -> None:
    from hubbot.cli import main

    code = main(["--config", str(hub_dir / "hubbot.toml"), "bench", "--model", "imagine", "--only", "text"])
    assert code == 2
    assert "--model" in capsys.readouterr().err
