"""Text-to-image and image editing served by an OpenAI Images API server (`backend =
"openai-images"`): `hubbot serve images` (Ray Serve, deploy/ray/), or any server that speaks it.

Requests: `POST /images/generations` (JSON) for text-to-image, `POST /images/edits`
(multipart, the image as a PNG file) for instruct edits and img2img, always with
`response_format = "b64_json"`. Beside the standard `prompt`, `n` and `size`, the diffusers
settings go as the extra fields such servers accept: `seed`, `num_inference_steps`,
`guidance_scale`, `negative_prompt`, `image_guidance_scale`, `strength`, `mode`.

Endpoints, health checks, least-loaded routing, backoff and timeouts are the remote text
backend's (this class extends it). Images are not streamed, so a request that breaks after the
server took it is retried once on another endpoint. What comes back is only pixels: the image is
decoded and re-encoded here with the AI marks (`watermark.mark_image`), so no mark or metadata
is ever taken from the server; safety checks run on it in commands/, as for local images.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import io
import time
from dataclasses import replace
from typing import Any

import aiohttp

from hubbot.inference.backends.base import Emit
from hubbot.inference.backends.diffusers_image import ImageOptions
from hubbot.inference.backends.openai_text import (
    Endpoint,
    OpenAITextBackend,
    _check_status,
    _describe,
    _is_down,
    _Rejected,
    _Retry,
)
from hubbot.inference.jobs import Finished, GeneratedImage, ImageInputs, Job, Usage

# A server's image may be at most this many times the pixels asked for (a decompression-bomb guard).
MAX_PIXEL_RATIO = 4


class OpenAIImagesBackend(OpenAITextBackend):
    def _request(self, job: Job) -> tuple[str, dict[str, Any]]:
        """The path and fields for a job; the input image (edits) travels as `image`."""
        inputs = job.inputs
        if not isinstance(inputs, ImageInputs):
            raise TypeError(f"job {job.id} is not an image job")
        opts = ImageOptions.of(self.card, job)
        fields: dict[str, Any] = {
            "prompt": inputs.prompt,
            "n": opts.count,
            "size": f"{opts.width}x{opts.height}",
            "response_format": "b64_json",
            "seed": opts.seed,
            "num_inference_steps": opts.steps,
            "guidance_scale": opts.guidance,
        }
        if self.card.remote_model:
            fields["model"] = self.card.remote_model
        if inputs.negative_prompt:
            fields["negative_prompt"] = inputs.negative_prompt
        fields.update(self.options.extra_body)
        if opts.mode == "txt2img":
            return "/images/generations", fields
        if inputs.image is None:
            raise ValueError(f"{opts.mode} needs an input image (job {job.id})")
        fields["mode"] = opts.mode
        if opts.mode == "instruct":
            fields["image_guidance_scale"] = opts.image_guidance
        else:
            fields["strength"] = opts.strength
        return "/images/edits", {**fields, "image": inputs.image}

    async def _attempt(
        self, endpoint: Endpoint, path: str, body: dict[str, Any], job: Job, emit: Emit, started: float
    ) -> None:
        timeout = aiohttp.ClientTimeout(
            sock_connect=self.options.connect_timeout_s, sock_read=self.options.read_timeout_s
        )
        try:
            async with (
                aiohttp.ClientSession(timeout=timeout, headers=self._headers()) as session,
                session.post(endpoint.url + path, **_payload(body)) as response,
            ):
                await _check_status(response)
                reply = await response.json(content_type=None)
        except (_Retry, _Rejected):
            raise
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            reached = not isinstance(exc, aiohttp.ClientConnectorError | aiohttp.ConnectionTimeoutError)
            raise _Retry(_describe(exc), endpoint_down=_is_down(exc), mid_request=reached) from None
        opts = replace(ImageOptions.of(self.card, job), seed=int(body["seed"]))  # the seed sent
        images = await asyncio.to_thread(self._marked, reply, opts)
        for index, (png, width, height) in enumerate(images):
            emit(job.id, GeneratedImage(png, width, height, (opts.seed + index) % 2**32, index))
        emit(job.id, Finished(finish_reason="stop", usage=Usage(total_s=time.perf_counter() - started)))

    def _marked(self, reply: Any, opts: ImageOptions) -> list[tuple[bytes, int, int]]:
        """The reply's images as PNGs with our AI marks (a malformed reply is rejected)."""
        items = reply.get("data") if isinstance(reply, dict) else None
        if not isinstance(items, list) or len(items) != opts.count:
            raise _Rejected(f"expected {opts.count} images in `data`, got {type(items).__name__}")
        return [self._mark_one(item, opts) for item in items]

    def _mark_one(self, item: Any, opts: ImageOptions) -> tuple[bytes, int, int]:
        import numpy as np
        from PIL import Image

        from hubbot.inference.watermark import mark_image

        try:
            data = base64.b64decode(item["b64_json"], validate=True)
            with Image.open(io.BytesIO(data)) as image:
                if image.width * image.height > MAX_PIXEL_RATIO * opts.width * opts.height:
                    raise _Rejected(f"the server sent a {image.width}x{image.height} image")
                rgb = np.asarray(image.convert("RGB"))
        except (KeyError, TypeError, binascii.Error, OSError) as exc:
            raise _Rejected(f"not a base64 image: {_describe(exc)}") from None
        height, width = rgb.shape[:2]
        return mark_image(rgb, self.card.display_name, visible=opts.visible_mark), width, height


def _payload(body: dict[str, Any]) -> dict[str, Any]:
    """aiohttp keyword arguments: JSON, or a fresh multipart form when there is an image."""
    if "image" not in body:
        return {"json": body}
    form = aiohttp.FormData()
    for key, value in body.items():
        if key == "image":
            form.add_field("image", value, filename="image.png", content_type="image/png")
        else:
            form.add_field(key, str(value))
    return {"data": form}
