"""Visual question answering served by an OpenAI-compatible server (vLLM with LLaVA / Qwen-VL,
SGLang, `transformers serve`).

The remote text backend with one difference, the request: the image goes as an `image_url`
content part (a PNG data URL) in the first user turn, the way the local vision backend places
it, so a follow-up question (the whole conversation, resent) still sees the image. Endpoints,
health checks, least-loaded routing, backoff and a broken stream ending as "interrupted" are
the text backend's own.
"""

from __future__ import annotations

import base64
from typing import Any

from hubbot.inference import prompts
from hubbot.inference.backends.openai_text import OpenAITextBackend
from hubbot.inference.jobs import ChatMessage, ImageInputs, Job


def data_url(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def image_messages(messages: list[ChatMessage], png: bytes) -> list[dict[str, Any]]:
    """OpenAI chat messages with the image before the text of the first user turn."""
    rendered: list[dict[str, Any]] = []
    image_placed = False
    for message in prompts.safe_messages(messages):
        if message.role == "user" and not image_placed:
            content: Any = [
                {"type": "image_url", "image_url": {"url": data_url(png)}},
                {"type": "text", "text": message.content},
            ]
            image_placed = True
        else:
            content = message.content
        rendered.append({"role": message.role, "content": content})
    return rendered


class OpenAIVisionBackend(OpenAITextBackend):
    def _request(self, job: Job) -> tuple[str, dict[str, Any]]:
        inputs = job.inputs
        if not isinstance(inputs, ImageInputs) or inputs.image is None:
            raise ValueError(f"job {job.id} has no image")
        body = self._streamed_body(job)
        messages = list(inputs.messages) or [ChatMessage("user", inputs.prompt)]
        body["messages"] = image_messages(messages, inputs.image)
        if self.card.stop:
            body["stop"] = list(self.card.stop)[:4]
        body.update(self.options.extra_body)
        return "/chat/completions", body
