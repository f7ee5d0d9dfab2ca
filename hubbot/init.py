"""`hubbot init --dir DIR`: the embedded default — a config, tiny local models, SQLite.

Each model is built only when its directory is missing or incomplete, so running it again
is quick and changes nothing. Nothing is downloaded.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hubbot.inference.prompts import DEFAULT_SYSTEM_PROMPT

log = logging.getLogger(__name__)

DONE_MARKER = ".hubbot-built"


@dataclass(frozen=True)
class TinyModel:
    id: str
    builder: str  # "module:function(out_dir, **kwargs)"
    kwargs: dict[str, Any]
    card: dict[str, Any]


def _chat_card(size: str, display: str, params: str, hardware: str, hours: str) -> dict[str, Any]:
    return {
        "display_name": display,
        "task": "chat",
        "backend": "transformers",
        "prompt_format": "chat_template",
        "system_prompt": DEFAULT_SYSTEM_PROMPT,
        "context_length": 1024,
        "generation": {"max_new_tokens": 64, "temperature": 0.7},
        "info": {
            "modality": "Text to Text",
            "training_hardware": hardware,
            "training_time": hours,
            "parameters": params,
            "license": "Apache-2.0 (tiny random weights for the demo)",
            "description": f"Tiny {size} chatbot with random weights: answers are gibberish by design.",
        },
    }


TEXT_MODELS = [
    TinyModel("chat-small", "hubbot.inference.tiny.text:build_text_model", {"size": "small", "seed": 1},
              _chat_card("small", "Chatbot Small", "", "AMD MI250 × 1", "1 minute")),
    TinyModel("chat-medium", "hubbot.inference.tiny.text:build_text_model", {"size": "medium", "seed": 2},
              _chat_card("medium", "Chatbot Medium", "", "AMD MI250 × 2", "3 minutes")),
    TinyModel("chat-large", "hubbot.inference.tiny.text:build_text_model", {"size": "large", "seed": 3},
              _chat_card("large", "Chatbot Large", "", "AMD MI250 × 8", "10 minutes")),
    TinyModel("code", "hubbot.inference.tiny.text:build_text_model", {"size": "code", "seed": 4}, {
        **_chat_card("code", "Code Generator", "", "AMD MI250 × 2", "5 minutes"),
        "task": "code",
        "system_prompt": "You are a coding assistant. Put code in fenced blocks with a language tag.",
        "generation": {"max_new_tokens": 96, "temperature": 0.2},
        "info": {"modality": "Text to Code", "training_hardware": "AMD MI250 × 2",
                 "training_time": "5 minutes", "license": "Apache-2.0 (tiny random weights)"},
    }),
]

# Other layers append their tiny models here (image, edit, vision, LoRA variants).
EXTRA_MODELS: list[TinyModel] = []


def all_models() -> list[TinyModel]:
    _load_extras()
    return TEXT_MODELS + EXTRA_MODELS


def _load_extras() -> None:
    """Import the modules that contribute tiny models (each appends to EXTRA_MODELS once)."""
    import importlib
    import pkgutil

    import hubbot.inference.tiny as tiny

    for info in pkgutil.iter_modules(tiny.__path__):
        module = importlib.import_module(f"{tiny.__name__}.{info.name}")
        for model in getattr(module, "TINY_MODELS", []):
            if all(m.id != model.id for m in EXTRA_MODELS):
                EXTRA_MODELS.append(model)


def _call(path: str) -> Callable[..., Any]:
    import importlib

    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


def build_models(models_dir: Path, progress: Callable[[str], None] = lambda _: None) -> dict[str, int]:
    """Build each missing model; returns {model id: parameter count} (0 = already there)."""
    built: dict[str, int] = {}
    for model in all_models():
        out = models_dir / model.id
        marker = out / DONE_MARKER
        if marker.is_file():
            built[model.id] = 0
            continue
        started = time.perf_counter()
        count = _call(model.builder)(out, **model.kwargs) or 0
        marker.write_text(json.dumps({"parameters": count}))
        built[model.id] = int(count)
        progress(f"built {model.id} in {time.perf_counter() - started:.1f}s")
    return built


def parameter_count(models_dir: Path, model_id: str) -> int:
    marker = models_dir / model_id / DONE_MARKER
    return json.loads(marker.read_text()).get("parameters", 0) if marker.is_file() else 0


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def render_config(models_dir: Path) -> str:
    lines = [
        "# hubbot configuration, written by `hubbot init`. Secrets come from the environment",
        "# (DISCORD_TOKEN, SLACK_BOT_TOKEN, ...), never from this file.",
        'log_level = "INFO"',
        'data_dir = "data"',
        'database_url = "sqlite+aiosqlite:///hubbot.db"',
        "",
        "[defaults]",
        'chat_model = "chat-small"',
        'language = "en"',
        "",
    ]
    for model in all_models():
        card = dict(model.card)
        params = parameter_count(models_dir, model.id)
        info = dict(card.pop("info", {}))
        if params and not info.get("parameters"):
            info["parameters"] = f"{params / 1e6:.2f}M"
        lines.append("[[models]]")
        lines.append(f"id = {_toml_value(model.id)}")
        card.setdefault("source", f"models/{model.id}")
        for key, value in card.items():
            lines.append(f"{key} = {_toml_value(value)}")
        lines.append(f"info = {_toml_value(info)}")
        lines.append("")
    return "\n".join(lines)


def _digest(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write_config(config: Path, text: str) -> None:
    """Write the generated config, unless the operator edited the one `init` wrote before:
    then keep theirs and put the new default beside it as hubbot.toml.default."""
    stamp = config.with_name(".hubbot-config.sha256")
    if config.is_file():
        current = config.read_text(encoding="utf-8")
        if current == text:
            return
        generated_before = stamp.is_file() and stamp.read_text().strip() == _digest(current)
        if not generated_before:
            log.warning("keeping your edited %s; the new default is in %s.default", config, config.name)
            config.with_name(config.name + ".default").write_text(text, encoding="utf-8")
            return
    config.write_text(text, encoding="utf-8")
    stamp.write_text(_digest(text))


def init(directory: Path, progress: Callable[[str], None] = lambda _: None) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    models_dir = directory / "models"
    build_models(models_dir, progress)
    config = directory / "hubbot.toml"
    write_config(config, render_config(models_dir))
    (directory / "data").mkdir(exist_ok=True)
    return config
