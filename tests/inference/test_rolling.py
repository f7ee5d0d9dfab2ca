"""Rolling batches (a CPU's default): rows join a running batch at a step boundary, leave when
they end, and give the tokens they give alone. Tiny random-weight models: assertions are about
structure and equality with the padded path, never wording."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import REGISTRY

from hubbot.config import Settings, load_settings
from hubbot.inference import rolling
from hubbot.inference.backends.transformers_text import ROLLING_MIN_BYTES, TransformersTextBackend
from hubbot.inference.dispatcher import Dispatcher
from hubbot.inference.jobs import Failed, Finished, Job, TextDelta
from hubbot.inference.registry import Registry
from tests.inference.test_batching import PROMPTS, Recorder, alone, streamed, text_job, with_batching


@pytest.fixture(scope="module")
def hub_settings(hub_dir: Path) -> Settings:
    return load_settings(hub_dir / "hubbot.toml")


@pytest.fixture(scope="module")
def padded(hub_settings: Settings) -> TransformersTextBackend:
    backend = Registry(with_batching(hub_settings, "padded")).backend("chat-large")
    backend.load()
    return backend  # type: ignore[return-value]


@pytest.fixture
def rolled(hub_settings: Settings) -> Any:
    backend = Registry(with_batching(hub_settings, "rolling")).backend("chat-large")
    yield backend
    backend.unload()


def copy(job: Job) -> Job:
    return Job(job.kind, job.model_id, job.inputs, job.user_id, dict(job.options))


async def run_together(backend: TransformersTextBackend, jobs: list[Job], recorder: Recorder) -> None:
    await asyncio.gather(*(backend.stream(job, recorder) for job in jobs))


def step_rows(model: str = "chat-large") -> tuple[float, float]:
    labels = {"model": model}
    return (REGISTRY.get_sample_value("hubbot_step_rows_count", labels) or 0.0,
            REGISTRY.get_sample_value("hubbot_step_rows_sum", labels) or 0.0)


async def test_rows_decoded_together_equal_their_unbatched_output(
        rolled: TransformersTextBackend, padded: TransformersTextBackend) -> None:
    jobs = [text_job(p, max_new_tokens=6 + 3 * i) for i, p in enumerate(PROMPTS)]
    steps, rows = step_rows()
    recorder = Recorder()
    await run_together(rolled, jobs, recorder)
    new_steps, new_rows = step_rows()
    assert new_rows - rows > new_steps - steps  # more than one row per step on average
    for job in jobs:
        final, single = recorder.final(job), alone(padded, copy(job))
        assert (final.text, final.finish_reason, final.usage.completion_tokens) == (
            single.text, single.finish_reason, single.usage.completion_tokens)
        assert streamed(recorder, job).strip() == final.text
        assert final.usage.first_token_s is not None and final.usage.prompt_tokens > 0
    assert any(recorder.final(job).text for job in jobs)


async def test_a_request_joins_the_running_batch_at_the_next_step(rolled: TransformersTextBackend) -> None:
    long, short = text_job(PROMPTS[1], max_new_tokens=200, stop=[]), text_job(PROMPTS[3], max_new_tokens=3)
    recorder = Recorder()
    running = asyncio.create_task(rolled.stream(long, recorder))
    while not recorder.of(long):
        await asyncio.sleep(0.005)
    await rolled.stream(short, recorder)
    assert not running.done()  # the short one came later and finished first
    assert recorder.final(short).usage.completion_tokens == 3
    await running
    order = [(job_id, type(event).__name__) for job_id, event in recorder.events]
    assert order.index((short.id, "Finished")) < order.index((long.id, "Finished"))


async def test_stop_strings_and_lengths_are_per_row(
        rolled: TransformersTextBackend, padded: TransformersTextBackend) -> None:
    plain = alone(padded, text_job(PROMPTS[1], max_new_tokens=16)).text
    assert len(plain) >= 6
    stop = plain[3:5]
    stopped = text_job(PROMPTS[1], max_new_tokens=16, stop=[stop])
    other = text_job(PROMPTS[4], max_new_tokens=2)
    recorder = Recorder()
    await run_together(rolled, [stopped, other], recorder)
    assert recorder.final(stopped).finish_reason == "stop"
    assert recorder.final(stopped).text == plain[:plain.find(stop)].strip()
    assert stop not in streamed(recorder, stopped)
    other_final = recorder.final(other)
    assert (other_final.finish_reason, other_final.usage.completion_tokens) == ("length", 2)


async def test_sampling_rows_keep_their_own_settings_and_seeds(
        rolled: TransformersTextBackend, padded: TransformersTextBackend) -> None:
    seeded = text_job(PROMPTS[3], temperature=1.0, seed=42, max_new_tokens=12)
    recorder = Recorder()
    await rolled.stream(seeded, recorder)
    alone_text = recorder.final(seeded).text
    # The same seed among other rows (greedy, other seeds, top-k 1) gives the same answer.
    again = copy(seeded)
    nearly_greedy = text_job(PROMPTS[1], temperature=1.5, top_k=1, max_new_tokens=10)
    others = [text_job(PROMPTS[2], temperature=0.9, seed=7, max_new_tokens=12), text_job(PROMPTS[5])]
    recorder = Recorder()
    await run_together(rolled, [again, nearly_greedy, *others], recorder)
    assert recorder.final(again).text == alone_text
    assert recorder.final(nearly_greedy).text == alone(padded, text_job(PROMPTS[1], max_new_tokens=10)).text


async def test_penalties_match_the_padded_path(rolled: TransformersTextBackend,
                                               padded: TransformersTextBackend) -> None:
    jobs = [text_job(PROMPTS[1], max_new_tokens=20, repetition_penalty=1.3),
            text_job(PROMPTS[2], max_new_tokens=20, no_repeat_ngram_size=2)]
    recorder = Recorder()
    await run_together(rolled, jobs, recorder)
    for job in jobs:
        assert recorder.final(job).text == alone(padded, copy(job)).text


async def test_a_cancelled_row_leaves_silently(rolled: TransformersTextBackend) -> None:
    kept, dropped = text_job(PROMPTS[1], max_new_tokens=12), text_job(PROMPTS[2], max_new_tokens=12)
    recorder = Recorder()
    recorder.cancel_after_first_delta.add(dropped.id)
    await run_together(rolled, [kept, dropped], recorder)
    assert not any(isinstance(e, Finished | Failed) for e in recorder.of(dropped))
    assert recorder.final(kept).usage.completion_tokens == 12


def test_leaving_rows_take_their_padding_with_them(rolled: TransformersTextBackend) -> None:
    import torch

    rolled.load()
    batch = rolling.RollingBatch(rolled.model)
    rows = [rolling.Row(prompt=list(range(5, 5 + n)), push=lambda _t: False, on_end=lambda: None)
            for n in (3, 9)]
    with torch.inference_mode():
        caches = [batch.prefill(row)[1] for row in rows]
        for row in rows:
            row.take(7)
        batch.join(rows, caches)
        assert batch.mask.tolist() == [[0] * 6 + [1] * 3, [1] * 9]
        batch.step()
        batch.keep([0])  # the long prompt leaves: its padding goes too
    assert batch.mask.tolist() == [[1] * 4]
    assert all(layer.keys.shape[2] == 4 for layer in batch.cache.layers)


def test_auto_is_rolling_on_a_cpu_for_real_sized_models_only(hub_settings: Settings, tmp_path: Path) -> None:
    tiny = Registry(hub_settings).backend("chat-large")
    assert tiny.mode == "padded"  # a tiny model: per-forward overhead, one padded generate wins
    big = tmp_path / "big"
    shutil.copytree(tiny.source, big)
    with (big / "padding.safetensors").open("wb") as file:  # sparse: only its size counts
        file.truncate(ROLLING_MIN_BYTES)
    card = hub_settings.model("chat-large").model_copy(update={"source": str(big)})  # type: ignore[union-attr]
    assert TransformersTextBackend(card, str(big)).mode == "rolling"
    assert TransformersTextBackend(card.model_copy(update={"batching": "padded"}), str(big)).mode == "padded"


def test_sliding_window_models_keep_padded_batches() -> None:
    from transformers import LlamaConfig, MistralConfig

    assert rolling.supports_config(LlamaConfig())
    assert not rolling.supports_config(MistralConfig(sliding_window=64))


@pytest.mark.parametrize("batching", ["rolling", "continuous"])
async def test_a_newcomer_joins_at_once_during_a_flood(hub_settings: Settings, batching: str) -> None:
    """Continuous batching (transformers' manager, chosen on a GPU) too: before it ran the rows
    kept for newcomers, they queued inside it behind the flood (hubbot bench on an H200)."""
    limits = hub_settings.dispatcher.model_copy(update={"max_jobs_per_user": 64, "max_queue_per_model": 64})
    settings = with_batching(hub_settings, batching).model_copy(update={"dispatcher": limits})
    dispatcher = Dispatcher(settings, Registry(settings))
    await dispatcher.start()
    try:
        capacity = settings.model("chat-large").max_batch_size  # type: ignore[union-attr]
        flood = [dispatcher.submit(text_job(PROMPTS[i % 6], max_new_tokens=40)) for i in range(capacity + 8)]
        while not any(dispatcher.is_running(h.job.id) for h in flood):
            await asyncio.sleep(0.005)
        single = text_job(PROMPTS[3], max_new_tokens=4)
        handle = dispatcher.submit(Job(single.kind, single.model_id, single.inputs, "newcomer",
                                       single.options))
        finished_at_first_token = -1
        async for event in handle:
            if isinstance(event, TextDelta) and finished_at_first_token < 0:
                finished_at_first_token = sum(h.done for h in flood)
        assert isinstance(event, Finished)
        # It joined beside the flood's first rows instead of waiting for one of them to end.
        assert finished_at_first_token == 0
        for h in flood:
            h.cancel()
    finally:
        await dispatcher.shutdown()


async def test_a_follow_up_prefills_only_what_is_new(rolled: TransformersTextBackend,
                                                     padded: TransformersTextBackend) -> None:
    opening = PROMPTS[1] + " " + PROMPTS[3] + " " + PROMPTS[1]
    first = text_job(opening, max_new_tokens=10)
    recorder = Recorder()
    await rolled.stream(first, recorder)
    prefixes = rolled._rolling_engine().prefixes
    hits, reused = prefixes.hits, prefixes.reused_tokens
    follow_up = text_job(opening + recorder.final(first).text + " 그리고?", max_new_tokens=10)
    await rolled.stream(follow_up, recorder)
    assert prefixes.hits == hits + 1
    assert prefixes.reused_tokens - reused >= recorder.final(first).usage.prompt_tokens
    assert recorder.final(follow_up).text == alone(padded, copy(follow_up)).text


def test_a_user_with_nothing_running_is_prefilled_first() -> None:
    def row(owner: str, tokens: int = 10) -> rolling.Row:
        return rolling.Row(prompt=[1] * tokens, push=lambda _t: False, on_end=lambda: None, owner=owner)

    running = [row("flood"), row("flood")]
    inbox = [row("flood"), row("flood"), row("newcomer"), row("flood")]
    taken, waiting = rolling.next_newcomers(inbox, running, budget=25)
    assert [r.owner for r in taken] == ["newcomer", "flood"]  # then arrival order, within 25 tokens
    assert waiting == [inbox[1], inbox[3]]
    taken, _ = rolling.next_newcomers([row("a", 900)], running, budget=25)
    assert len(taken) == 1  # one prompt always goes, however long


def test_the_prefix_cache_keeps_the_longest_start_within_its_bytes() -> None:
    import torch

    def layers(tokens: int) -> list[tuple[Any, Any]]:
        return [(torch.zeros(1, 1, tokens, 4), torch.zeros(1, 1, tokens, 4))]  # 32 bytes a token

    cache = rolling.PrefixCache(max_bytes=32 * 50, min_tokens=4)
    cache.add(list(range(20)), layers(20))
    cache.add(list(range(10)) + [99] * 20, layers(30))
    reused, kept = cache.longest([*range(20), 7])
    assert reused == 20 and kept is not None and kept[0][0].shape[2] == 20
    assert cache.longest([*range(3), 7]) == (0, None)  # under min_tokens
    cache.add(list(range(100, 130)), layers(30))  # over 50 tokens' bytes: the least recently used goes
    assert cache.bytes <= 32 * 50
    assert list(cache.entries) == [tuple(range(20)), tuple(range(100, 130))]
    cache.add(list(range(200, 300)), layers(100))  # larger than the whole cache: not kept
    assert tuple(range(200, 300)) not in cache.entries
