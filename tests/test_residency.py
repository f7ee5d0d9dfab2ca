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
