"""The image cards' diffusers pipelines behind the OpenAI Images API, on Ray Serve.

Bots whose image cards say `backend = "openai-images"` call this application. It runs the bot's
own image backend (`DiffusersImageBackend`, with `marks=False`: the bot marks what it receives),
so an image is the same for a seed whether it was made locally or here.

- `ImagesAPI` (the ingress, FastAPI): `POST /v1/images/generations` (JSON),
  `POST /v1/images/edits` (multipart), `GET /v1/models`, `GET /health`. Answers carry
  `b64_json` PNGs. It holds no model and takes no CPU of its own.
- `DiffusionModel`: one deployment per card, each replica one pipeline on one GPU
  (`num_gpus` per replica; 0 on CPU). Ray Serve's autoscaler adds replicas while more than
  `target_ongoing_requests` wait per replica, up to one per GPU by default; `@serve.batch`
  gathers concurrent requests into one `run_batch` call (the backend groups them by size and
  steps, as in the bot).

Start it with `hubbot serve images --config hubbot.toml`, or `serve run deploy/ray/serve-images.yaml`
(an application builder: `hubbot.serving.ray_images:build`, argument `config`). Settings:
`[serve.images]` in the config (`hubbot.config.ImageServeSection`).
"""

import asyncio
import base64
import io
import logging
import os
import signal
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Literal

from fastapi import FastAPI, HTTPException, Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from ray import serve
from ray.serve import Application
from ray.serve.handle import DeploymentHandle

from hubbot.config import IMAGE_TASKS, ModelCard, Settings, load_settings
from hubbot.errors import ConfigError
from hubbot.inference.backends.diffusers_image import DiffusersImageBackend, ImageOptions
from hubbot.inference.jobs import Failed, GeneratedImage, ImageInputs, Job, JobKind

log = logging.getLogger(__name__)

APP_NAME = "images"


@dataclass
class ImageCall:
    """One request as the ingress hands it to a model replica."""

    prompt: str
    options: dict[str, Any]
    negative_prompt: str = ""
    image: bytes | None = None


@dataclass
class ImageResult:
    images: list[tuple[bytes, int]] = field(default_factory=list)  # (png, seed)
    error: str = ""
    status: int = 400  # with an error: 400 the request's fault, 500 the server's


@serve.deployment(health_check_period_s=10)
class DiffusionModel:
    """One card's pipeline per replica. Concurrent requests meet in `generate` (@serve.batch)."""

    def __init__(self, card: ModelCard, max_batch_size: int, batch_wait_timeout_s: float) -> None:
        self.card = card
        self.backend = DiffusersImageBackend(card, card.source, marks=False)
        self.backend.load()
        self.generate.set_max_batch_size(max_batch_size)
        self.generate.set_batch_wait_timeout_s(batch_wait_timeout_s)
        self.batch_sizes: list[int] = []

    async def __call__(self, call: ImageCall) -> ImageResult:
        return await self.generate(call)

    @serve.batch(max_batch_size=8, batch_wait_timeout_s=0.05)
    async def generate(self, calls: list[ImageCall]) -> list[ImageResult]:
        self.batch_sizes.append(len(calls))
        return await asyncio.to_thread(self._run, calls)

    def stats(self) -> dict[str, Any]:
        """How the requests were batched so far (benchmarks and tests)."""
        return {"batch_sizes": list(self.batch_sizes)}

    def _run(self, calls: list[ImageCall]) -> list[ImageResult]:
        jobs = [
            Job(
                JobKind.IMAGE_EDIT if c.image else JobKind.IMAGE,
                self.card.id,
                ImageInputs(prompt=c.prompt, negative_prompt=c.negative_prompt, image=c.image),
                "serve",
                options=c.options,
            )
            for c in calls
        ]
        results = {job.id: ImageResult() for job in jobs}
        runnable = []
        for job in jobs:
            results[job.id].error = self._problem(job)
            if not results[job.id].error:
                runnable.append(job)

        def emit(job_id: str, event: Any) -> None:
            if isinstance(event, GeneratedImage):
                results[job_id].images.append((event.png, event.seed))
            elif isinstance(event, Failed):
                results[job_id].error = event.message or event.reason

        if runnable:
            try:
                self.backend.run_batch(runnable, emit)
            except Exception as exc:  # the pipeline failed: every request of the batch gets a 500
                log.exception("batch of %d on %s failed", len(runnable), self.card.id)
                for job in runnable:
                    results[job.id] = ImageResult(error=f"{type(exc).__name__}: {exc}"[:300], status=500)
        return [results[job.id] for job in jobs]

    def _problem(self, job: Job) -> str:
        """Why this request can't run here ("" when it can): checked before the batch runs,
        so one bad request does not fail the others."""
        try:
            opts = ImageOptions.of(self.card, job)
        except (TypeError, ValueError) as exc:
            return str(exc)
        needs = "image-edit" if opts.mode == "instruct" else "text-to-image"
        if self.card.task != needs:
            return f"model {self.card.id} ({self.card.task}) cannot run {opts.mode}"
        if opts.mode != "txt2img" and (problem := _image_problem(job)):
            return problem
        if self.card.sizes and f"{opts.width}x{opts.height}" not in self.card.sizes:
            return f"size {opts.width}x{opts.height} is not one of {', '.join(self.card.sizes)}"
        max_steps = int(self.card.generation.get("max_steps", 150))
        if opts.steps > max_steps:
            return f"at most {max_steps} steps"
        return ""


def _image_problem(job: Job) -> str:
    from PIL import Image, UnidentifiedImageError

    data = job.inputs.image if isinstance(job.inputs, ImageInputs) else None
    if not data:
        return "this mode needs an input image"
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError) as exc:
        return f"the input image cannot be read: {type(exc).__name__}"
    return ""


# ---- the OpenAI Images API ---------------------------------------------------------------------


class GenerationBody(BaseModel):
    """`/v1/images/generations`: the OpenAI fields, plus the diffusers ones as extra fields."""

    model_config = ConfigDict(extra="ignore")

    prompt: str = Field(max_length=4000)
    model: str | None = None
    n: int = Field(1, ge=1, le=16)
    size: str | None = Field(None, pattern=r"^\d{1,5}x\d{1,5}$")
    response_format: Literal["b64_json"] = "b64_json"
    seed: int | None = Field(None, ge=0)
    num_inference_steps: int | None = Field(None, ge=1)
    guidance_scale: float | None = Field(None, ge=0, le=50)
    negative_prompt: str = Field("", max_length=4000)

    def options(self) -> dict[str, Any]:
        options: dict[str, Any] = {"count": self.n}
        if self.size:
            width, _, height = self.size.partition("x")
            options.update(width=int(width), height=int(height))
        for key, value in (
            ("seed", self.seed),
            ("steps", self.num_inference_steps),
            ("guidance", self.guidance_scale),
        ):
            if value is not None:
                options[key] = value
        return options


class EditBody(GenerationBody):
    """`/v1/images/edits` (multipart; the image is the `image` file)."""

    mode: Literal["instruct", "img2img"] | None = None
    image_guidance_scale: float | None = Field(None, ge=0, le=50)
    strength: float | None = Field(None, gt=0, le=1)

    def options(self) -> dict[str, Any]:
        options = super().options()
        for key, value in (
            ("mode", self.mode),
            ("image_guidance", self.image_guidance_scale),
            ("strength", self.strength),
        ):
            if value is not None:
                options[key] = value
        return options


api = FastAPI(title="hubbot images", description="hubbot's image cards behind the OpenAI Images API")


@serve.deployment(ray_actor_options={"num_cpus": 0}, max_ongoing_requests=256)
@serve.ingress(api)
class ImagesAPI:
    def __init__(self, models: dict[str, DeploymentHandle], tasks: dict[str, str]) -> None:
        self.models = models
        self.tasks = tasks

    @api.get("/health")
    async def health(self) -> dict[str, Any]:
        return {"status": "ok", "models": sorted(self.models)}

    @api.get("/v1/models")
    async def list_models(self) -> dict[str, Any]:
        return {
            "object": "list",
            "data": [
                {"id": model_id, "object": "model", "owned_by": "hubbot", "task": task}
                for model_id, task in self.tasks.items()
            ],
        }

    @api.post("/v1/images/generations")
    async def generations(self, body: GenerationBody) -> dict[str, Any]:
        return await self._run(body, None)

    @api.post("/v1/images/edits")
    async def edits(self, request: Request) -> dict[str, Any]:
        form = await request.form()
        upload = form.get("image")
        if upload is None or isinstance(upload, str):
            raise HTTPException(400, "an edit needs the image as the multipart file `image`")
        data = await upload.read()
        try:
            body = EditBody.model_validate({k: v for k, v in form.items() if k != "image"})
        except ValidationError as exc:
            raise HTTPException(422, exc.errors(include_input=False, include_url=False)) from None
        return await self._run(body, data)

    async def _run(self, body: GenerationBody, image: bytes | None) -> dict[str, Any]:
        model_id = body.model or self._default(image is not None)
        handle = self.models.get(model_id)
        if handle is None:
            raise HTTPException(404, f"model {model_id!r} is not served here ({', '.join(self.models)})")
        call = ImageCall(body.prompt, body.options(), body.negative_prompt, image)
        result: ImageResult = await handle.remote(call)
        if result.error:
            raise HTTPException(result.status, result.error)
        return {
            "created": int(time.time()),
            "data": [
                {"b64_json": base64.b64encode(png).decode("ascii"), "seed": seed}
                for png, seed in result.images
            ],
        }

    def _default(self, edit: bool) -> str:
        order = ("image-edit", "text-to-image") if edit else ("text-to-image",)
        for task in order:
            for model_id, card_task in self.tasks.items():
                if card_task == task:
                    return model_id
        raise HTTPException(404, "no model here serves this request")


# ---- building and running the application --------------------------------------------------------


def serve_cards(settings: Settings) -> list[ModelCard]:
    """The image cards this server runs, their source paths resolved."""
    wanted = settings.serve.images.models
    cards = [
        c for c in settings.models if c.task in IMAGE_TASKS and c.source and (not wanted or c.id in wanted)
    ]
    missing = set(wanted) - {c.id for c in cards}
    if missing:
        raise ConfigError(
            f"[serve.images] models: no image card with a source named {', '.join(sorted(missing))}"
        )
    if not cards:
        raise ConfigError("no text-to-image or image-edit card with a source directory to serve")
    return [c.model_copy(update={"source": str(settings.resolve_path(c.source))}) for c in cards]


def gpu_count() -> int:
    import torch

    return torch.cuda.device_count() if torch.cuda.is_available() else 0


def build_app(settings: Settings) -> Application:
    """The application: one DiffusionModel deployment per card behind the ImagesAPI ingress."""
    options = settings.serve.images
    cards = serve_cards(settings)
    gpus = gpu_count()
    bound = {}
    for card in cards:
        num_gpus = (
            options.num_gpus
            if options.num_gpus is not None
            else (1.0 if gpus and card.device != "cpu" else 0.0)
        )
        max_replicas = options.max_replicas or max(1, gpus if num_gpus else 1)
        bound[card.id] = DiffusionModel.options(
            name=f"diffusion-{card.id}",
            ray_actor_options={"num_cpus": options.num_cpus, "num_gpus": num_gpus},
            max_ongoing_requests=options.max_ongoing_requests,
            autoscaling_config={
                "min_replicas": options.min_replicas,
                "initial_replicas": max(1, options.min_replicas),
                "max_replicas": max(max_replicas, options.min_replicas, 1),
                "target_ongoing_requests": options.target_ongoing_requests,
            },
        ).bind(card, card.max_batch_size, options.batch_wait_timeout_s)
    return ImagesAPI.bind(bound, {card.id: card.task for card in cards})


def build(args: dict[str, str]) -> Application:
    """The application builder for `serve run hubbot.serving.ray_images:build config=PATH`."""
    return build_app(load_settings(args.get("config") or None))


def serve_forever(settings: Settings, *, host: str | None = None, port: int | None = None) -> None:
    """`hubbot serve images`: start (or join, with $RAY_ADDRESS) Ray, run the application, wait
    for SIGTERM / Ctrl-C, shut down."""
    import ray

    options = settings.serve.images
    host, port = host or options.host, port if port is not None else options.port
    ray.init(address=os.environ.get("RAY_ADDRESS") or None, include_dashboard=False, log_to_driver=False)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    try:
        serve.start(http_options={"host": host, "port": port})
        serve.run(build_app(settings), name=APP_NAME, route_prefix="/")
        models = ", ".join(card.id for card in serve_cards(settings))
        print(f"serving {models} on http://{host}:{port}/v1 (OpenAI Images API); Ctrl-C stops", flush=True)
        stop.wait()
    finally:
        serve.shutdown()
        ray.shutdown()
