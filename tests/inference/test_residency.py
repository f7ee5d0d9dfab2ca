"""Residency: lazy loads, LRU eviction within a per-device budget, never busy or pinned."""

from __future__ import annotations

import pytest

from hubbot.inference.registry import Registry
from hubbot.inference.residency import OverBudget, Residency, estimate_bytes


class Tick:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 1
        return self.now


def sizes(registry: Registry, *ids: str) -> dict[str, int]:
    out = {}
    for model_id in ids:
        backend = registry.backend(model_id)
        backend.load()
        out[model_id] = backend.memory_bytes()
        backend.unload()
    return out


def test_lru_idle_model_is_evicted_to_make_room(settings) -> None:
    registry = Registry(settings)
    size = sizes(registry, "chat-small", "chat-medium", "chat-large")
    budget = size["chat-large"] + size["chat-medium"] + size["chat-small"] // 2
    residency = Residency({"cpu": budget}, clock=Tick())
    for model_id in ("chat-small", "chat-medium"):
        with residency.use(model_id, registry.backend(model_id), "cpu"):
            pass
    with residency.use("chat-small", registry.backend("chat-small"), "cpu"):
        pass  # small is now the most recently used
    with residency.use("chat-large", registry.backend("chat-large"), "cpu",
                       estimate=size["chat-large"]):
        assert set(residency.resident("cpu")) == {"chat-small", "chat-large"}
    assert not registry.backend("chat-medium").loaded  # the least recently used went
    assert residency.used_bytes("cpu") <= budget


def test_busy_and_pinned_models_are_never_evicted(settings) -> None:
    registry = Registry(settings)
    size = sizes(registry, "chat-small", "chat-medium", "chat-large")
    residency = Residency({"cpu": size["chat-small"] + size["chat-large"]}, clock=Tick())
    residency.acquire("chat-small", registry.backend("chat-small"), "cpu", pinned=True)
    residency.release("chat-small")
    residency.acquire("chat-medium", registry.backend("chat-medium"), "cpu")  # busy: not released
    with pytest.raises(OverBudget):
        residency.acquire("chat-large", registry.backend("chat-large"), "cpu", estimate=size["chat-large"])
    assert registry.backend("chat-small").loaded and registry.backend("chat-medium").loaded
    residency.release("chat-medium")
    residency.acquire("chat-large", registry.backend("chat-large"), "cpu", estimate=size["chat-large"])
    assert registry.backend("chat-small").loaded  # pinned stays
    assert not registry.backend("chat-medium").loaded


def test_unbudgeted_device_keeps_everything(settings) -> None:
    registry = Registry(settings)
    residency = Residency()
    for model_id in ("chat-small", "chat-medium"):
        residency.acquire(model_id, registry.backend(model_id), "cpu")
        residency.release(model_id)
    assert set(residency.resident()) == {"chat-small", "chat-medium"}


def test_estimate_comes_from_weight_files(settings) -> None:
    card = settings.model("chat-large")
    assert estimate_bytes(settings.resolve_path(card.source)) > estimate_bytes(
        settings.resolve_path(settings.model("chat-small").source))


async def test_dispatcher_evicts_under_a_tight_budget_and_warms_pinned_models(settings) -> None:
    """Through the real dispatcher: a budget that holds one model at a time forces each job
    to load its model (jobs see Loading) and evict the idle one; a pinned model is loaded at
    start-up and never evicted."""
    from hubbot.app import App
    from hubbot.inference.jobs import Finished, Job, JobKind, Loading, TextInputs

    registry = Registry(settings)
    size = sizes(registry, "chat-small", "chat-medium", "chat-large")
    pinned = [c.model_copy(update={"pinned": True}) if c.id == "chat-small" else c for c in settings.models]
    budget_gib = (size["chat-small"] + size["chat-large"] + size["chat-medium"] // 2) / 2**30
    tight = settings.model_copy(update={
        "models": pinned,
        "gpu": settings.gpu.model_copy(update={"memory_budget_gib": {"cpu": budget_gib}}),
    })
    async with App.create(tight, serve=True) as app:
        assert app.dispatcher.residency.resident() == ["chat-small"]  # warmed up at start
        for model_id in ("chat-medium", "chat-large", "chat-medium"):
            job = Job(JobKind.TEXT, model_id, TextInputs(prompt="hi"), "u",
                      options={"max_new_tokens": 2, "temperature": 0})
            events = [event async for event in app.dispatcher.submit(job)]
            assert any(isinstance(e, Loading) for e in events)  # it had to be (re)loaded
            assert isinstance(events[-1], Finished)
            assert set(app.dispatcher.residency.resident()) == {"chat-small", model_id}
