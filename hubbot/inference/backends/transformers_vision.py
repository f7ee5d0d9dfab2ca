"""Visual question answering with transformers' image-text-to-text models (LLaVA-style).

The job carries the image (PNG bytes from the safe image loader) and the conversation; the
image is placed in the first user turn, so follow-up questions about the same image keep
their context. Answers stream as `TextDelta`s and end with one `Finished`.
"""

from __future__ import annotations

import io
import logging
import time
from collections.abc import Hashable
from typing import Any

from hubbot.config import ModelCard
from hubbot.inference import prompts
from hubbot.inference.backends.base import Emit, LocalBackend
from hubbot.inference.devices import device_map_for, resolve_device, resolve_dtype
from hubbot.inference.jobs import ChatMessage, Finished, ImageInputs, Job, TextDelta, Usage

log = logging.getLogger(__name__)


def cut_at_stop(text: str, stops: list[str]) -> str:
    cut = min((i for s in stops if (i := text.find(s)) >= 0), default=-1)
    return text if cut < 0 else text[:cut]


def template_messages(messages: list[ChatMessage]) -> list[dict[str, Any]]:
    """Chat messages in the content-list form processors expect, the image in the first
    user turn (VLM chat templates iterate over content items, so plain strings won't do)."""
    rendered: list[dict[str, Any]] = []
    image_placed = False
    for message in messages:
        content: list[dict[str, str]] = [{"type": "text", "text": message.content}]
        if message.role == "user" and not image_placed:
            content.insert(0, {"type": "image"})
            image_placed = True
        rendered.append({"role": message.role, "content": content})
    return rendered


class VisionBackend(LocalBackend):
    def __init__(self, card: ModelCard, source: str) -> None:
        super().__init__(card, source)
        self.model: Any = None
        self.processor: Any = None

    def modules(self) -> list[Any]:
        return [self.model] if self.model is not None else []

    def load(self) -> None:
        with self._lock:
            if self.model is not None:
                return
            from transformers import AutoModelForImageTextToText, AutoProcessor

            device_map = device_map_for(self.card.device)  # "split": layers spread over the GPUs
            device = "cuda" if device_map else resolve_device(self.card.device)
            kwargs: dict[str, Any] = {"dtype": resolve_dtype(self.card.dtype, device)}
            if device_map:
                kwargs["device_map"] = device_map
            if self.card.attn_implementation:
                kwargs["attn_implementation"] = self.card.attn_implementation
            started = time.perf_counter()
            processor = AutoProcessor.from_pretrained(self.source)
            model = AutoModelForImageTextToText.from_pretrained(self.source, **kwargs)
            if not device_map:
                model = model.to(device)
            model.eval()
            self.processor, self.model = processor, model
            log.info("loaded %s on %s in %.2fs", self.card.id, device, time.perf_counter() - started)

    def unload(self) -> None:
        with self._lock:
            self.model = self.processor = None

    def batch_key(self, job: Job) -> Hashable:
        return self.card.id

    def run_batch(self, jobs: list[Job], emit: Emit) -> None:
        self.load()
        for job in jobs:
            self._answer(job, emit)

    def _inputs(self, job: Job) -> tuple[Any, str]:
        from PIL import Image

        inputs = job.inputs
        if not isinstance(inputs, ImageInputs) or inputs.image is None:
            raise ValueError(f"job {job.id} has no image")
        with Image.open(io.BytesIO(inputs.image)) as image:
            rgb = image.convert("RGB")
        messages = list(inputs.messages) or [ChatMessage("user", inputs.prompt)]
        prompt = self.processor.apply_chat_template(
            template_messages(prompts.safe_messages(messages, self.processor.tokenizer)),
            add_generation_prompt=True, tokenize=False
        )
        return rgb, prompt

    def _answer(self, job: Job, emit: Emit) -> None:
        import torch
        from transformers.generation.streamers import BaseStreamer

        started = time.perf_counter()
        image, prompt = self._inputs(job)
        tokenizer = self.processor.tokenizer
        encoded = self.processor(images=[image], text=prompt, return_tensors="pt").to(self.model.device)
        if "pixel_values" in encoded:
            encoded["pixel_values"] = encoded["pixel_values"].to(self.model.dtype)
        prompt_len = encoded["input_ids"].shape[1]
        stops = list(self.card.stop) + prompts.stop_strings(self.card.prompt_format)
        state: dict[str, Any] = {"ids": [], "sent": "", "first": None}

        class AnswerStreamer(BaseStreamer):
            def put(self, value: Any) -> None:
                if value.dim() > 1 and value.shape[-1] == prompt_len:
                    return  # the prompt itself
                state["ids"].extend(value.reshape(-1).tolist())
                text = cut_at_stop(tokenizer.decode(state["ids"], skip_special_tokens=True), stops)
                if state["first"] is None:
                    state["first"] = time.perf_counter() - started
                delta = text[len(state["sent"]):]
                # A character split across tokens decodes as U+FFFD until its last byte arrives.
                if delta and not text.endswith("\ufffd") and text.startswith(state["sent"]):
                    state["sent"] = text
                    emit(job.id, TextDelta(delta))

            def end(self) -> None:
                pass

        options = {**self.card.generation, **job.options}
        temperature = float(options.get("temperature", 0.0))
        generate_args: dict[str, Any] = {
            "max_new_tokens": int(options.get("max_new_tokens", 128)),
            "do_sample": temperature > 0,
            "pad_token_id": tokenizer.pad_token_id,
            "stop_strings": stops or None,
            "tokenizer": tokenizer,
        }
        if temperature > 0:
            generate_args.update(temperature=temperature, top_p=float(options.get("top_p", 1.0)))
        if "seed" in options:
            torch.manual_seed(int(options["seed"]))
        with torch.inference_mode():
            output = self.model.generate(**encoded, **generate_args, streamer=AnswerStreamer())
        new_ids = output[0, prompt_len:].tolist()
        text = cut_at_stop(tokenizer.decode(new_ids, skip_special_tokens=True), stops).strip()
        reason = "length" if len(new_ids) >= generate_args["max_new_tokens"] else "stop"
        usage = Usage(prompt_tokens=prompt_len, completion_tokens=len(new_ids),
                      first_token_s=state["first"], total_s=time.perf_counter() - started)
        emit(job.id, Finished(text=text, finish_reason=reason, usage=usage))
