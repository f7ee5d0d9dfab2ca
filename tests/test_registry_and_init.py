"""Model registry, cards, lazy loading, and `hubbot init` (offline, idempotent)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from hubbot.config import load_settings
from hubbot.inference.jobs import ChatMessage
from hubbot.inference.registry import Registry, UnknownModel
from hubbot.init import DONE_MARKER, all_models, init


def test_init_builds_every_model_with_real_loading_code(hub_dir: Path) -> None:
    settings = load_settings(hub_dir / "hubbot.toml")
    ids = {card.id for card in settings.models}
    assert {"chat-small", "chat-medium", "chat-large", "code"} <= ids
    assert {m.id for m in all_models()} == ids
    for card in settings.models:
        assert (settings.resolve_path(card.source) / DONE_MARKER).is_file() or card.adapter
    sizes = {c.id: c.info.parameters for c in settings.models}
    small, medium, large = (float(sizes[f"chat-{s}"].rstrip("M")) for s in ("small", "medium", "large"))
    assert small < medium < large


def test_init_is_idempotent_and_keeps_an_edited_config(hub_dir: Path) -> None:
    config = hub_dir / "hubbot.toml"
    before = {p: p.stat().st_mtime_ns for p in (hub_dir / "models").rglob("*") if p.is_file()}
    started = time.perf_counter()
    init(hub_dir)
    assert time.perf_counter() - started < 10  # nothing rebuilt
    after = {p: p.stat().st_mtime_ns for p in (hub_dir / "models").rglob("*") if p.is_file()}
    assert before == after
    edited = config.read_text(encoding="utf-8") + "\n# my edit\n"
    config.write_text(edited, encoding="utf-8")
    try:
        init(hub_dir)
        assert config.read_text(encoding="utf-8") == edited
        assert (hub_dir / "hubbot.toml.default").is_file()
    finally:
        config.write_text(edited.removesuffix("\n# my edit\n"), encoding="utf-8")
        (hub_dir / "hubbot.toml.default").unlink(missing_ok=True)


def test_unknown_model_lists_the_valid_ones(settings) -> None:
    registry = Registry(settings)
    with pytest.raises(UnknownModel) as caught:
        registry.card("chat-huge", tasks={"chat"})
    assert "chat-small" in caught.value.params["valid"]
    assert "code" not in caught.value.params["valid"].split(", ")
    assert "chat-small" in str(caught.value)


def test_models_load_lazily_from_their_directories(settings) -> None:
    registry = Registry(settings)
    backend = registry.backend("chat-small")
    assert not backend.loaded and registry.loaded_backends() == {}
    renderer = registry.renderer("chat-small")
    prompt = renderer.render([ChatMessage("user", "안녕")])
    assert prompt.endswith("<|im_start|>assistant\n")
    assert renderer.count_tokens("hello world") > 0
    assert not backend.loaded  # rendering needs the tokenizer only
    backend.load()
    assert backend.loaded and backend.memory_bytes() > 0
    assert set(registry.loaded_backends()) == {"chat-small"}
