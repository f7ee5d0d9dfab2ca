"""Text generation with transformers on a local directory (chat and code models)."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Hashable
from typing import Any

from hubbot.config import ModelCard
from hubbot.inference import prompts
from hubbot.inference.backends.base import Emit
from hubbot.inference.devices import resolve_device, resolve_dtype
from hubbot.inference.jobs import Finished, Job, TextDelta, TextInputs, Usage

log = logging.getLogger(__name__)


class TextRenderer:
    """Renders messages with the card's prompt format and counts tokens; tokenizer only."""

    def __init__(self, card: ModelCard, source: str) -> None:
        from transformers import AutoTokenizer

        self.card = card
        self.tokenizer = AutoTokenizer.from_pretrained(source)

    def render(self, messages: list, *, add_generation_prompt: bool = True) -> str:
        return prompts.render(self.card.prompt_format, messages, self.tokenizer, add_generation_prompt)

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text, add_special_tokens=False)["input_ids"])


class TransformersTextBackend:
    def __init__(self, card: ModelCard, source: str) -> None:
        self.card = card
        self.source = source
        self.model: Any = None
        self.renderer: TextRenderer | None = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self.model is not None

    def load(self) -> None:
        with self._lock:
            if self.model is not None:
                return
            from transformers import AutoModelForCausalLM

            device = resolve_device(self.card.device)
            kwargs: dict[str, Any] = {"dtype": resolve_dtype(self.card.dtype, device)}
            if self.card.attn_implementation:
                kwargs["attn_implementation"] = self.card.attn_implementation
            started = time.perf_counter()
            model = AutoModelForCausalLM.from_pretrained(self.source, **kwargs).to(device)
            model.eval()
            if self.card.adapter:
                from peft import PeftModel

                model = PeftModel.from_pretrained(model, self.card.adapter)
            self.renderer = TextRenderer(self.card, self.source)
            self.model = model
            log.info("loaded %s on %s in %.2fs", self.card.id, device, time.perf_counter() - started)

    def unload(self) -> None:
        with self._lock:
            self.model = None

    def memory_bytes(self) -> int:
        if self.model is None:
            return 0
        return sum(p.numel() * p.element_size() for p in self.model.parameters())

    def batch_key(self, job: Job) -> Hashable:
        return self.card.id

    def prompt_text(self, job: Job) -> str:
        assert isinstance(job.inputs, TextInputs) and self.renderer is not None
        if job.inputs.prompt is not None:
            return job.inputs.prompt
        return self.renderer.render(job.inputs.messages)

    def run_batch(self, jobs: list[Job], emit: Emit) -> None:
        for job in jobs:
            self._run_one(job, emit)

    def _run_one(self, job: Job, emit: Emit) -> None:
        import torch
        from transformers.generation.streamers import BaseStreamer

        self.load()
        assert self.renderer is not None
        tokenizer = self.renderer.tokenizer
        started = time.perf_counter()
        encoded = tokenizer(self.prompt_text(job), return_tensors="pt", add_special_tokens=False)
        encoded = encoded.to(self.model.device)
        prompt_len = encoded["input_ids"].shape[1]
        stops = list(self.card.stop) + prompts.stop_strings(self.card.prompt_format)
        state = {"ids": [], "sent": "", "first": None}

        class RowStreamer(BaseStreamer):
            def put(self, value: Any) -> None:
                if value.dim() > 1 and value.shape[-1] == prompt_len:
                    return  # the prompt itself
                state["ids"].extend(value.reshape(-1).tolist())
                text = _cut_at_stop(tokenizer.decode(state["ids"], skip_special_tokens=True), stops)
                if state["first"] is None:
                    state["first"] = time.perf_counter() - started
                delta = text[len(state["sent"]) :]
                # A multi-byte character split across tokens decodes as U+FFFD: wait for the rest.
                if delta and not text.endswith("\ufffd") and text.startswith(state["sent"]):
                    state["sent"] = text
                    emit(job.id, TextDelta(delta))

            def end(self) -> None:
                pass

        options = {**self.card.generation, **job.options}
        temperature = float(options.get("temperature", 0.0))
        generate_args: dict[str, Any] = {
            "max_new_tokens": int(options.get("max_new_tokens", 256)),
            "do_sample": temperature > 0,
            "pad_token_id": tokenizer.pad_token_id,
            "stop_strings": stops or None,
            "tokenizer": tokenizer,
        }
        if temperature > 0:
            generate_args["temperature"] = temperature
            generate_args["top_p"] = float(options.get("top_p", 1.0))
        if "seed" in options:
            torch.manual_seed(int(options["seed"]))
        with torch.inference_mode():
            output = self.model.generate(**encoded, **generate_args, streamer=RowStreamer())
        new_ids = output[0, prompt_len:].tolist()
        text = _cut_at_stop(tokenizer.decode(new_ids, skip_special_tokens=True), stops)
        reason = "length" if len(new_ids) >= generate_args["max_new_tokens"] else "stop"
        usage = Usage(
            prompt_tokens=prompt_len,
            completion_tokens=len(new_ids),
            first_token_s=state["first"],
            total_s=time.perf_counter() - started,
        )
        emit(job.id, Finished(text=text.strip(), finish_reason=reason, usage=usage))


def _cut_at_stop(text: str, stops: list[str]) -> str:
    cut = min((i for s in stops if (i := text.find(s)) >= 0), default=-1)
    return text if cut < 0 else text[:cut]
