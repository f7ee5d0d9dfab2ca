"""Image generation with diffusers on a local pipeline directory.

One class serves both image tasks:
- a text-to-image card (e.g. Stable Diffusion) runs `txt2img`, and `img2img` through
  `AutoPipelineForImage2Image.from_pipe`, which reuses the loaded weights;
- an image-edit card (an InstructPix2Pix-style pipeline) runs `instruct` edits.
A card with an `adapter` (a /finetune image variant) is its base pipeline plus that LoRA,
loaded with diffusers' `load_lora_weights`.

Jobs with the same `batch_key` (model, mode, size, steps, guidance...) run as one pipeline
call; each image gets its own `torch.Generator`, so a seed gives the same image whatever
else is in the batch (up to float rounding in batched matrix products, see `run_batch`).
Every image leaves with the AI marks (`hubbot.inference.watermark`), except in an image server
(`marks=False`, hubbot.serving): there the bot that receives the pixels marks them itself.
"""

from __future__ import annotations

import gc
import io
import logging
import random
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from hubbot.config import ModelCard
from hubbot.inference.backends.base import Emit, LocalBackend
from hubbot.inference.devices import device_map_for, resolve_device, resolve_dtype
from hubbot.inference.jobs import Finished, GeneratedImage, ImageInputs, Job, Progress, Usage

log = logging.getLogger(__name__)

MODES = ("txt2img", "img2img", "instruct")
SEED_RANGE = 2**32
DEFAULT_STEPS = 30
DEFAULT_GUIDANCE = 7.5
DEFAULT_IMAGE_GUIDANCE = 1.5
DEFAULT_STRENGTH = 0.6


def parse_size(size: str) -> tuple[int, int]:
    width, _, height = size.lower().partition("x")
    return int(width), int(height)


@dataclass(frozen=True)
class ImageOptions:
    """A job's options with the card's defaults filled in. Everything but `seed`, `count`
    and `visible_mark` is part of the batch key."""

    mode: str
    width: int
    height: int
    steps: int
    guidance: float
    image_guidance: float
    strength: float
    seed: int
    count: int
    visible_mark: bool

    @classmethod
    def of(cls, card: ModelCard, job: Job) -> ImageOptions:
        options = {**card.generation, **job.options}
        has_image = isinstance(job.inputs, ImageInputs) and job.inputs.image is not None
        default_mode = ("instruct" if card.task == "image-edit" else "img2img") if has_image else "txt2img"
        mode = str(options.get("mode") or default_mode)
        if mode not in MODES:
            raise ValueError(f"unknown image mode {mode!r}")
        default_w, default_h = parse_size(card.sizes[0]) if card.sizes else (512, 512)
        seed = options.get("seed")
        return cls(
            mode=mode,
            width=int(options.get("width") or default_w),
            height=int(options.get("height") or default_h),
            steps=int(options.get("steps") or DEFAULT_STEPS),
            guidance=float(options.get("guidance", DEFAULT_GUIDANCE)),
            image_guidance=float(options.get("image_guidance", DEFAULT_IMAGE_GUIDANCE)),
            strength=float(options.get("strength", DEFAULT_STRENGTH)),
            seed=int(seed) % SEED_RANGE if seed is not None else random.randrange(SEED_RANGE),
            count=max(1, int(options.get("count", 1))),
            visible_mark=bool(options.get("visible_mark", True)),
        )

    def key(self) -> tuple[Any, ...]:
        # Settings a pipeline call shares across its whole batch.
        shared = [self.mode, self.width, self.height, self.steps, self.guidance]
        if self.mode == "instruct":
            shared.append(self.image_guidance)
        if self.mode == "img2img":
            shared.append(self.strength)
        return tuple(shared)


@dataclass
class _Slot:
    """One image of the batch: which job it belongs to, its index and seed."""

    job: Job
    index: int
    seed: int


class DiffusersImageBackend(LocalBackend):
    def __init__(self, card: ModelCard, source: str, *, marks: bool = True) -> None:
        super().__init__(card, source)
        self.marks = marks
        self.pipe: Any = None
        self._img2img: Any = None
        self.device = "cpu"

    # ---- lifecycle ------------------------------------------------------------------------

    def modules(self) -> list[Any]:
        if self.pipe is None:
            return []
        return [c for c in self.pipe.components.values() if callable(getattr(c, "parameters", None))]

    def load(self) -> None:
        with self._lock:
            if self.pipe is not None:
                return
            from diffusers import DiffusionPipeline

            started = time.perf_counter()
            # model_index.json names the pipeline class (SD, SDXL, InstructPix2Pix, ...).
            if device_map_for(self.card.device):  # "split": components spread over the GPUs
                device = "cuda"
                pipe = DiffusionPipeline.from_pretrained(
                    self.source, dtype=resolve_dtype(self.card.dtype, device), device_map="balanced"
                )
            else:
                device = resolve_device(self.card.device)
                dtype = resolve_dtype(self.card.dtype, device)
                pipe = DiffusionPipeline.from_pretrained(self.source, dtype=dtype).to(device)
            pipe.set_progress_bar_config(disable=True)
            if self.card.adapter:  # a /finetune variant: the base pipeline plus its UNet LoRA
                pipe.load_lora_weights(self.card.adapter)
            if device.startswith("cuda"):
                _fit_to_gpu(pipe, device, compile_unet=self.card.compile)
            self.device, self.pipe = device, pipe
            log.info("loaded %s (%s) on %s in %.2fs", self.card.id, type(pipe).__name__, device,
                     time.perf_counter() - started)

    def unload(self) -> None:
        with self._lock:
            self.pipe = self._img2img = None
        gc.collect()
        if self.device.startswith("cuda"):
            import torch

            torch.cuda.empty_cache()

    # ---- batching ---------------------------------------------------------------------------

    def batch_key(self, job: Job) -> Hashable:
        return (self.card.id, *ImageOptions.of(self.card, job).key())

    def run_batch(self, jobs: list[Job], emit: Emit) -> None:
        """Run the jobs, grouping those with equal keys into pipeline calls of at most
        `card.max_batch_size` images.

        A job's image is the same for a seed whether it runs alone or beside others, except
        for float rounding: batched matrix products may differ in the last bits, so now and
        then a pixel differs by one level. Alone, or in the same batch, it is byte-identical.
        """
        self.load()
        is_cancelled: Callable[[str], bool] = getattr(emit, "is_cancelled", lambda _job_id: False)
        options = {job.id: ImageOptions.of(self.card, job) for job in jobs}
        groups: dict[tuple[Any, ...], list[Job]] = {}
        for job in jobs:
            groups.setdefault(options[job.id].key(), []).append(job)
        for group in groups.values():
            for chunk in self._chunks(group, options):
                self._run_chunk(chunk, options, emit, is_cancelled)

    def _chunks(self, group: list[Job], options: dict[str, ImageOptions]) -> list[list[_Slot]]:
        """The group's images in chunks of at most max_batch_size; a job's images stay in one
        chunk unless it alone is larger than that."""
        limit = self.card.max_batch_size
        chunks: list[list[_Slot]] = [[]]
        for job in group:
            opts = options[job.id]
            slots = [_Slot(job, i, (opts.seed + i) % SEED_RANGE) for i in range(opts.count)]
            if chunks[-1] and len(chunks[-1]) + len(slots) > limit:
                chunks.append([])
            for slot in slots:
                if len(chunks[-1]) >= limit:
                    chunks.append([])
                chunks[-1].append(slot)
        return [chunk for chunk in chunks if chunk]

    # ---- one pipeline call ------------------------------------------------------------------

    def _run_chunk(self, slots: list[_Slot], options: dict[str, ImageOptions], emit: Emit,
                   is_cancelled: Callable[[str], bool]) -> None:
        import torch

        first = options[slots[0].job.id]
        job_ids = list(dict.fromkeys(slot.job.id for slot in slots))
        started = time.perf_counter()

        def on_step_end(pipe: Any, step: int, _timestep: Any, callback_kwargs: dict) -> dict:
            total = getattr(pipe, "num_timesteps", None) or first.steps
            for job_id in job_ids:
                emit(job_id, Progress(step + 1, int(total)))
            if all(is_cancelled(job_id) for job_id in job_ids):
                pipe._interrupt = True  # diffusers' documented way to stop between steps
            return callback_kwargs

        arguments: dict[str, Any] = {
            "prompt": [self._inputs(slot.job).prompt for slot in slots],
            "negative_prompt": [self._inputs(slot.job).negative_prompt or "" for slot in slots],
            "num_inference_steps": first.steps,
            "guidance_scale": first.guidance,
            # CPU generators: the same seed gives the same noise on any device.
            "generator": [torch.Generator("cpu").manual_seed(slot.seed) for slot in slots],
            "output_type": "np",
            "callback_on_step_end": on_step_end,
        }
        pipe = self._pipeline_for(first, arguments, slots)
        result = pipe(**arguments)
        images = result.images
        for slot, pixels in zip(slots, images, strict=True):
            if is_cancelled(slot.job.id):
                continue  # nobody is waiting for it: skip the marks and the encoding
            png = self._finish_image(pixels, options[slot.job.id])
            emit(slot.job.id, GeneratedImage(png, first.width, first.height, slot.seed, slot.index))
            if slot.index == options[slot.job.id].count - 1:
                usage = Usage(total_s=time.perf_counter() - started)
                emit(slot.job.id, Finished(finish_reason="stop", usage=usage))

    def _pipeline_for(self, opts: ImageOptions, arguments: dict[str, Any], slots: list[_Slot]) -> Any:
        if opts.mode == "txt2img":
            self._require_task("text-to-image", opts.mode)
            arguments.update(width=opts.width, height=opts.height)
            return self.pipe
        sources = [self._source_image(slot.job, opts) for slot in slots]
        arguments["image"] = sources
        if opts.mode == "instruct":
            self._require_task("image-edit", opts.mode)
            arguments["image_guidance_scale"] = opts.image_guidance
            return self.pipe
        self._require_task("text-to-image", opts.mode)
        arguments["strength"] = opts.strength
        return self._image_to_image()

    def _require_task(self, task: str, mode: str) -> None:
        if self.card.task != task:
            raise ValueError(f"model {self.card.id} ({self.card.task}) cannot run {mode}")

    def _image_to_image(self) -> Any:
        if self._img2img is None:
            from diffusers import AutoPipelineForImage2Image

            self._img2img = AutoPipelineForImage2Image.from_pipe(self.pipe)
            self._img2img.set_progress_bar_config(disable=True)
        return self._img2img

    @staticmethod
    def _inputs(job: Job) -> ImageInputs:
        if not isinstance(job.inputs, ImageInputs):
            raise TypeError(f"job {job.id} is not an image job")
        return job.inputs

    def _source_image(self, job: Job, opts: ImageOptions) -> Any:
        from PIL import Image

        data = self._inputs(job).image
        if data is None:
            raise ValueError(f"{opts.mode} needs an input image (job {job.id})")
        with Image.open(io.BytesIO(data)) as image:
            rgb = image.convert("RGB")
        if rgb.size != (opts.width, opts.height):
            rgb = rgb.resize((opts.width, opts.height), Image.Resampling.LANCZOS)
        return rgb

    def _finish_image(self, pixels: Any, opts: ImageOptions) -> bytes:
        import numpy as np

        from hubbot.inference.watermark import mark_image

        rgb = (np.clip(pixels, 0.0, 1.0) * 255).round().astype(np.uint8)
        if not self.marks:
            from PIL import Image

            out = io.BytesIO()
            Image.fromarray(rgb, "RGB").save(out, format="PNG", compress_level=1)
            return out.getvalue()
        return mark_image(rgb, self.card.display_name, visible=opts.visible_mark)


# Below this much free memory after loading, trade speed for room (batches of 512x512 need it).
LOW_MEMORY_BYTES = 3 * 2**30


def _fit_to_gpu(pipe: Any, device: str, *, compile_unet: bool) -> None:
    """Attention slicing and VAE tiling only when memory is short (they cost speed); the UNet
    compiled with torch.compile when the card asks for it."""
    import torch

    free, _total = torch.cuda.mem_get_info(torch.device(device))
    if free < LOW_MEMORY_BYTES:
        log.info("%.1f GiB free on %s: enabling attention slicing and VAE tiling", free / 2**30, device)
        pipe.enable_attention_slicing()
        if hasattr(pipe, "enable_vae_tiling"):
            pipe.enable_vae_tiling()
    if compile_unet:
        pipe.unet = torch.compile(pipe.unet, mode="reduce-overhead")
