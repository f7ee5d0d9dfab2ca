"""The model registry: model cards from the config, backends built lazily from them."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any

from hubbot.config import TEXT_TASKS, ModelCard, Settings
from hubbot.errors import UserError
from hubbot.inference.backends.base import Backend, PromptRenderer

log = logging.getLogger(__name__)


class UnknownModel(UserError):
    def __init__(self, model_id: str, valid: list[str]) -> None:
        super().__init__("error.unknown_model", model=model_id, valid=", ".join(valid))
        self.model_id = model_id
        self.valid = valid


@dataclass
class Access:
    """Who may see a fine-tuned variant: its owner (None once they ran /forget), everyone once
    shared."""

    owner: str | None
    shared: bool = False


class Registry:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.cards: dict[str, ModelCard] = {card.id: card for card in settings.models}
        self.access: dict[str, Access] = {}  # fine-tuned variants only; config models are public
        self._backends: dict[str, Backend] = {}
        self._renderers: dict[str, PromptRenderer] = {}
        self._lock = threading.Lock()

    def card(self, model_id: str, *, tasks: frozenset[str] | set[str] | None = None) -> ModelCard:
        """The card for `model_id`, or UnknownModel listing the valid ids for these tasks."""
        card = self.cards.get(model_id)
        if card is None or (tasks is not None and card.task not in tasks):
            raise UnknownModel(model_id, self.public_ids(tasks))
        return card

    def public_ids(self, tasks: frozenset[str] | set[str] | None = None) -> list[str]:
        """The ids anyone may see (no private variant is ever named to another user)."""
        return [i for i in self.ids(tasks) if i not in self.access or self.access[i].shared]

    def add_variant(self, card: ModelCard, access: Access) -> None:
        """Register a fine-tuned variant (its adapter is complete on disk)."""
        with self._lock:
            self.cards[card.id] = card
            self.access[card.id] = access

    def remove_variant(self, model_id: str) -> None:
        with self._lock:
            self.cards.pop(model_id, None)
            self.access.pop(model_id, None)
            self._backends.pop(model_id, None)
            self._renderers.pop(model_id, None)

    def visible(self, model_id: str, user_id: str, *, is_admin: bool = False) -> bool:
        """Whether this user may see and use the model (a private variant: its owner and admins)."""
        access = self.access.get(model_id)
        return access is None or access.shared or is_admin or access.owner == user_id

    def ids(self, tasks: frozenset[str] | set[str] | None = None) -> list[str]:
        return [c.id for c in self.cards.values() if tasks is None or c.task in tasks]

    def source(self, card: ModelCard) -> str:
        return str(self.settings.resolve_path(card.source)) if card.source else ""

    def backend(self, model_id: str) -> Backend:
        """The backend object for a model (built on first use; weights load separately)."""
        with self._lock:
            backend = self._backends.get(model_id)
            if backend is None:
                backend = self._build(self.card(model_id))
                self._backends[model_id] = backend
            return backend

    def use_backend(self, model_id: str, backend: Backend) -> None:
        """Serve a configured model with this backend object (benchmarks, tests, embedding)."""
        self.card(model_id)
        with self._lock:
            self._backends[model_id] = backend

    def loaded_backends(self) -> dict[str, Backend]:
        return {k: b for k, b in self._backends.items() if b.loaded}

    def renderer(self, model_id: str) -> PromptRenderer:
        """Prompt rendering and token counting for a text model, without loading weights."""
        card = self.card(model_id, tasks=TEXT_TASKS | {"vision-qa"})
        with self._lock:
            renderer = self._renderers.get(model_id)
            if renderer is None:
                renderer = _build_renderer(card, self.source(card))
                self._renderers[model_id] = renderer
            return renderer

    def warm_up_renderers(self) -> None:
        """Load every text and vision model's tokenizer (and the libraries behind it) now. Front
        ends call this in a worker thread before they take requests: the first request would
        otherwise load it on the event loop (seconds for a real tokenizer: past Discord's and
        Slack's 3 s acknowledgement, and every other user waits too)."""
        for model_id in self.ids(TEXT_TASKS | {"vision-qa"}):
            try:
                self.renderer(model_id)
            except Exception:
                log.warning("could not prepare the tokenizer of %s", model_id, exc_info=True)

    def _build(self, card: ModelCard) -> Backend:
        card = self._with_resolved_paths(card)
        source = card.source
        if card.backend == "transformers" and card.task in TEXT_TASKS:
            from hubbot.inference.backends.transformers_text import TransformersTextBackend

            return TransformersTextBackend(card, source)
        return _plugin_backend(card, source)

    def _with_resolved_paths(self, card: ModelCard) -> ModelCard:
        updates: dict[str, Any] = {}
        if card.source:
            updates["source"] = self.source(card)
        if card.adapter:
            updates["adapter"] = str(self.settings.resolve_path(card.adapter))
        return card.model_copy(update=updates)


BACKEND_BUILDERS: dict[tuple[str, str], str] = {
    # (backend, task) -> "module:Class"; each backend kind is one module.
    ("diffusers", "text-to-image"): "hubbot.inference.backends.diffusers_image:DiffusersImageBackend",
    ("diffusers", "image-edit"): "hubbot.inference.backends.diffusers_image:DiffusersImageBackend",
    ("transformers", "vision-qa"): "hubbot.inference.backends.transformers_vision:VisionBackend",
    ("openai", "chat"): "hubbot.inference.backends.openai_text:OpenAITextBackend",
    ("openai", "code"): "hubbot.inference.backends.openai_text:OpenAITextBackend",
    ("openai", "vision-qa"): "hubbot.inference.backends.openai_vision:OpenAIVisionBackend",
    ("openai-images", "text-to-image"): "hubbot.inference.backends.openai_images:OpenAIImagesBackend",
    ("openai-images", "image-edit"): "hubbot.inference.backends.openai_images:OpenAIImagesBackend",
    ("transformers", "moderation"): "hubbot.inference.backends.moderation:LocalModerationBackend",
    ("openai", "moderation"): "hubbot.inference.backends.moderation:RemoteModerationBackend",
}


def _import(path: str) -> Any:
    import importlib

    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


def _plugin_backend(card: ModelCard, source: str) -> Backend:
    target = BACKEND_BUILDERS.get((card.backend, card.task))
    if target is None:
        raise ValueError(f"no backend for {card.backend} / {card.task} (model {card.id})")
    return _import(target)(card, source)


def _build_renderer(card: ModelCard, source: str) -> PromptRenderer:
    if card.backend == "openai":
        return _import("hubbot.inference.backends.openai_text:OpenAIRenderer")(card, source)
    from hubbot.inference.backends.transformers_text import TextRenderer

    return TextRenderer(card, source)
