"""Remote image cards (`backend = "openai-images"`) against the shipped Ray Serve application
(hubbot/serving/ray_images.py) serving the tiny diffusion models on CPU.

One Ray instance for the module (2 CPUs, no dashboard): the ingress plus one replica per card.
Failures of a host are played by reverse proxies in front of the real server
(tests/standins/remote_servers.py).
"""

from __future__ import annotations

import asyncio
import base64
import io
import json
import urllib.request
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image as PILImage

from hubbot.app import App
from hubbot.commands.base import Error, Image, Request, UserRef
from hubbot.commands.runner import execute
from hubbot.config import ModelCard, Settings, load_settings
from hubbot.inference import watermark
from hubbot.inference.backends.openai_images import OpenAIImagesBackend
from hubbot.inference.jobs import Failed, Finished, GeneratedImage, ImageInputs, Job, JobKind
from hubbot.inference.registry import Registry
from tests.standins.remote_servers import BreakingProxy, free_port

pytestmark = pytest.mark.ray


@pytest.fixture(scope="module")
def ray_url(hub_dir: Path) -> Iterator[str]:
    """`hubbot serve images`' application on 127.0.0.1, one Ray instance for the whole module."""
    import ray
    from ray import serve

    from hubbot.serving.ray_images import APP_NAME, build_app

    port = free_port()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        serve.start(http_options={"host": "127.0.0.1", "port": port})
        serve.run(build_app(load_settings(hub_dir / "hubbot.toml")), name=APP_NAME, route_prefix="/")
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        serve.shutdown()
        ray.shutdown()


def remote_settings(hub_dir: Path, tmp_path: Path, endpoints: list[str]) -> Settings:
    """The init config with `imagine` and `edit` served remotely from `endpoints`."""
    base = load_settings(hub_dir / "hubbot.toml")
    models = [card.model_dump() for card in base.models]
    for model in models:
        if model["id"] in ("imagine", "edit"):
            model.update(
                backend="openai-images",
                endpoints=endpoints,
                remote={"backoff_s": 0.01, "health_interval_s": 30.0},
            )
    return load_settings(
        hub_dir / "hubbot.toml",
        models=models,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'hub.db'}",
        data_dir=str(tmp_path / "data"),
    )


def image_job(model_id: str = "imagine", image: bytes | None = None, **options: Any) -> Job:
    options = {"steps": 2, "seed": 5, "width": 64, "height": 64, **options}
    kind = JobKind.IMAGE_EDIT if image else JobKind.IMAGE
    return Job(kind, model_id, ImageInputs(prompt="a red boat", image=image), "tester", options=options)


async def run(backend: OpenAIImagesBackend, job: Job) -> tuple[list[GeneratedImage], Any]:
    images: list[GeneratedImage] = []
    terminal: list[Any] = []

    def emit(job_id: str, event: Any) -> None:
        assert job_id == job.id
        (images if isinstance(event, GeneratedImage) else terminal).append(event)

    await backend.stream(job, emit)
    assert len(terminal) == 1, terminal
    return images, terminal[0]


@pytest.fixture
async def remote(hub_dir: Path, tmp_path: Path) -> AsyncIterator[Any]:
    """make(endpoints, model_id) -> an OpenAIImagesBackend for that card; all unloaded after."""
    made: list[OpenAIImagesBackend] = []

    def make(endpoints: list[str], model_id: str = "imagine") -> OpenAIImagesBackend:
        card: ModelCard = remote_settings(hub_dir, tmp_path, endpoints).model(model_id)  # type: ignore[assignment]
        backend = OpenAIImagesBackend(card, "")
        made.append(backend)
        return backend

    yield make
    for backend in made:
        backend.unload()


def pixels(png: bytes) -> np.ndarray:
    return np.asarray(PILImage.open(io.BytesIO(png)).convert("RGB")).astype(int)


def post_json(url: str, body: dict[str, Any]) -> dict[str, Any]:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=120) as reply:
        return json.loads(reply.read())


def console(command: str, **options: Any) -> Request:
    return Request(
        command=command,
        options=options,
        user=UserRef("console:ana", "console", "ana"),
        conversation_key="console:ana",
    )


async def test_ray_imagine_through_the_bot_is_the_local_image_with_the_bots_own_marks(
    ray_url: str, hub_dir: Path, tmp_path: Path
) -> None:
    async with App.create(remote_settings(hub_dir, tmp_path, [ray_url])) as app:
        out = [
            r
            async for r in execute(
                console("imagine", prompt="a lighthouse", seed=7, steps=3, size="96x64"), app
            )
        ]
    assert not [r for r in out if isinstance(r, Error)], out
    (image,) = [r for r in out if isinstance(r, Image)]
    assert PILImage.open(io.BytesIO(image.png)).size == (96, 64) and "seed 7" in image.caption
    report = watermark.detect(image.png)
    assert report.invisible and report.model == "Text to Image (random weights)"

    # The same run on the local backend: the same picture (up to float rounding across thread
    # counts), and the same marks, applied by the bot in both cases.
    local = Registry(load_settings(hub_dir / "hubbot.toml")).backend("imagine")
    job = Job(
        JobKind.IMAGE,
        "imagine",
        ImageInputs(prompt="a lighthouse"),
        "tester",
        options={"mode": "txt2img", "width": 96, "height": 64, "steps": 3, "guidance": 7.5, "seed": 7},
    )
    events: list = []
    local.run_batch([job], lambda _id, event: events.append(event))
    (local_image,) = [e for e in events if isinstance(e, GeneratedImage)]
    assert np.abs(pixels(local_image.png) - pixels(image.png)).max() <= 3

    # What the server itself answers carries no mark: nothing of it is trusted or needed.
    raw = post_json(
        ray_url + "/images/generations",
        {"prompt": "a lighthouse", "size": "96x64", "seed": 7, "num_inference_steps": 3},
    )
    (item,) = raw["data"]
    assert item["seed"] == 7 and not watermark.detect(base64.b64decode(item["b64_json"])).marked


async def test_ray_edit_keeps_the_size_and_a_bad_request_is_refused_without_retry(
    ray_url: str, remote: Any
) -> None:
    source = io.BytesIO()
    PILImage.new("RGB", (64, 64), (20, 120, 200)).save(source, "PNG")
    images, final = await run(
        remote([ray_url], "edit"), image_job("edit", source.getvalue(), mode="instruct")
    )
    assert isinstance(final, Finished) and len(images) == 1
    assert (images[0].width, images[0].height) == (64, 64) and watermark.detect(images[0].png).marked

    images, final = await run(remote([ray_url], "edit"), image_job("edit", b"not an image", mode="instruct"))
    assert isinstance(final, Failed) and final.reason == "error" and "cannot be read" in final.message

    proxy = await BreakingProxy(ray_url).start()
    try:
        images, final = await run(remote([proxy.url]), image_job(steps=500))  # over the card's max_steps
    finally:
        await proxy.stop()
    assert isinstance(final, Failed) and final.reason == "error" and "50 steps" in final.message
    assert proxy.posts == 1 and not images


async def test_ray_batches_eight_concurrent_images(ray_url: str, remote: Any) -> None:
    from ray import serve

    handle = serve.get_deployment_handle("diffusion-imagine", app_name="images")
    before = len((await handle.stats.remote())["batch_sizes"])
    backend = remote([ray_url])
    results = await asyncio.gather(*(run(backend, image_job(seed=i)) for i in range(8)))
    assert all(isinstance(final, Finished) and len(images) == 1 for images, final in results)
    assert len({images[0].png for images, _ in results}) == 8  # eight seeds, eight images
    sizes = (await handle.stats.remote())["batch_sizes"][before:]
    assert sum(sizes) == 8 and max(sizes) > 1  # Ray Serve put concurrent requests in one pipeline call


async def test_remote_image_endpoint_dying_mid_request_fails_over_and_stays_out(
    ray_url: str, remote: Any
) -> None:
    first, second = await BreakingProxy(ray_url).start(), await BreakingProxy(ray_url).start()
    try:
        first.die_on_post = True
        backend = remote([first.url, second.url])
        images, final = await run(backend, image_job())
        assert isinstance(final, Finished) and len(images) == 1  # retried on the other endpoint
        assert (first.posts, second.posts) == (1, 1)
        assert not backend.pool.endpoints[0].healthy
        for seed in (1, 2):
            images, final = await run(backend, image_job(seed=seed))
            assert isinstance(final, Finished) and len(images) == 1
        assert (first.posts, second.posts) == (1, 3)  # the next requests went to the live one
    finally:
        await first.stop()
        await second.stop()


async def test_remote_image_request_broken_twice_is_not_tried_a_third_time(ray_url: str, remote: Any) -> None:
    proxies = [await BreakingProxy(ray_url).start() for _ in range(3)]
    try:
        for proxy in proxies:
            proxy.break_posts = True
        images, final = await run(remote([p.url for p in proxies]), image_job())
    finally:
        for proxy in proxies:
            await proxy.stop()
    assert isinstance(final, Failed) and final.reason == "unavailable" and not images
    assert sum(p.posts for p in proxies) == 2  # the first try and one retry elsewhere
