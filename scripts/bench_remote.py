"""Local against remote on this machine: the same /imagine (and /ask-image) load through the
bot's whole command path, once with the local backend and once against the real servers.

    .venv/bin/python scripts/bench_remote.py --config HUB/hubbot.toml [--repeat 5] [--no-vision]

- imagine: one /imagine at a time (latency) and `--images` at once (wall time), local diffusers
  against the Ray Serve application (`hubbot serve images`' app, one Ray instance started here);
  the overhead of going remote is the ratio remote / local.
- Ray batching: `--images` concurrent requests straight to Ray Serve (one @serve.batch call where
  they meet) against the same requests one after another through Ray; ratio = one-at-a-time /
  concurrent. The batch sizes Ray formed are printed.
- ask-image: one question at a time, the local vision backend against `transformers serve` on the
  same model directory.

It is a benchmark, not a test: figures depend on what else runs (the load average is printed).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TQDM_DISABLE", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hubbot.app import App
from hubbot.commands.base import Answer, Error, Image, Request, UserRef
from hubbot.commands.image_input import file_attachment
from hubbot.commands.runner import execute
from hubbot.config import Settings, load_settings
from tests.standins.remote_servers import Server, free_port


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def settings_with(config: Path, work: Path, **remote: dict[str, Any]) -> Settings:
    base = load_settings(config)
    models = [card.model_dump() for card in base.models]
    for model in models:
        if model["id"] in remote:
            model.update(remote[model["id"]])
    return load_settings(
        config,
        models=models,
        database_url=f"sqlite+aiosqlite:///{work / 'b.db'}",
        data_dir=str(work / "data"),
    )


def request(command: str, key: str, attachments: Any = (), **options: Any) -> Request:
    return Request(
        command,
        options,
        UserRef(f"console:{key}", "console", key),
        f"console:{key}",
        attachments=list(attachments),
    )


async def one(app: App, req: Request, kind: type) -> float:
    started = time.perf_counter()
    out = [r async for r in execute(req, app)]
    errors = [r for r in out if isinstance(r, Error)]
    assert not errors and any(isinstance(r, kind) for r in out), errors or out
    return time.perf_counter() - started


async def imagine_figures(settings: Settings, repeat: int, images: int, steps: int) -> dict[str, float]:
    async with App.create(settings) as app:
        await one(app, request("imagine", "warm", prompt="warm up", steps=steps, seed=1), Image)
        alone = [
            await one(
                app, request("imagine", f"u{i}", prompt="a lighthouse at dusk", steps=steps, seed=i), Image
            )
            for i in range(repeat)
        ]
        started = time.perf_counter()
        await asyncio.gather(
            *(
                one(app, request("imagine", f"c{i}", prompt="a red boat", steps=steps, seed=i), Image)
                for i in range(images)
            )
        )
        together = time.perf_counter() - started
    return {"median_s": statistics.median(alone), "min_s": min(alone), "concurrent_s": together}


def post(url: str, body: dict[str, Any]) -> None:
    req = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=300) as reply:
        assert reply.status == 200


async def ray_batching(url: str, images: int, steps: int) -> dict[str, Any]:
    from ray import serve

    handle = serve.get_deployment_handle("diffusion-imagine", app_name="images")
    body = {"prompt": "a red boat", "size": "64x64", "num_inference_steps": steps}
    post(url + "/images/generations", {**body, "seed": 99})  # warm
    started = time.perf_counter()
    for i in range(images):
        post(url + "/images/generations", {**body, "seed": i})
    sequential = time.perf_counter() - started
    before = len((await handle.stats.remote())["batch_sizes"])
    started = time.perf_counter()
    await asyncio.gather(
        *(asyncio.to_thread(post, url + "/images/generations", {**body, "seed": i}) for i in range(images))
    )
    concurrent = time.perf_counter() - started
    sizes = (await handle.stats.remote())["batch_sizes"][before:]
    return {
        "one_at_a_time_s": sequential,
        "concurrent_s": concurrent,
        "ratio": sequential / concurrent,
        "batch_sizes": sizes,
    }


async def vision_figures(settings: Settings, repeat: int, picture: Path) -> dict[str, float]:
    async with App.create(settings) as app:
        await one(app, request("ask-image", "vw", [file_attachment(picture)], question="warm up"), Answer)
        times = [
            await one(
                app,
                request(
                    "ask-image", f"v{i}", [file_attachment(picture)], question="What is in this picture?"
                ),
                Answer,
            )
            for i in range(repeat)
        ]
    return {"median_s": statistics.median(times), "min_s": min(times)}


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", type=Path, required=True, help="a `hubbot init --tiny` config")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--images", type=int, default=8)
    parser.add_argument("--steps", type=int, default=4)
    parser.add_argument("--no-vision", action="store_true")
    args = parser.parse_args()
    import ray
    from ray import serve

    from hubbot.serving.ray_images import APP_NAME, build_app

    work = Path(tempfile.mkdtemp(prefix="bench-remote-"))
    port = free_port()
    print(f"load average at start: {load()}", flush=True)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    serve.start(http_options={"host": "127.0.0.1", "port": port})
    serve.run(build_app(load_settings(args.config)), name=APP_NAME, route_prefix="/")
    url = f"http://127.0.0.1:{port}/v1"
    try:
        local = await imagine_figures(
            settings_with(args.config, work / "l"), args.repeat, args.images, args.steps
        )
        remote_card = {"backend": "openai-images", "endpoints": [url]}
        remote = await imagine_figures(
            settings_with(args.config, work / "r", imagine=remote_card), args.repeat, args.images, args.steps
        )
        print(
            f"/imagine one at a time (median of {args.repeat}): local {local['median_s']:.3f} s, "
            f"Ray Serve {remote['median_s']:.3f} s, "
            f"overhead ratio {remote['median_s'] / local['median_s']:.2f}"
        )
        print(
            f"/imagine {args.images} at once: local {local['concurrent_s']:.3f} s, "
            f"Ray Serve {remote['concurrent_s']:.3f} s, "
            f"ratio {remote['concurrent_s'] / local['concurrent_s']:.2f}"
        )
        batching = await ray_batching(url, args.images, args.steps)
        print(
            f"Ray Serve, {args.images} images: one at a time {batching['one_at_a_time_s']:.3f} s, concurrent "
            f"{batching['concurrent_s']:.3f} s, batching ratio {batching['ratio']:.2f} "
            f"(batches formed: {batching['batch_sizes']}); load average {load()}",
            flush=True,
        )
    finally:
        serve.shutdown()
        ray.shutdown()
    if args.no_vision:
        return
    model_dir = (args.config.parent / load_settings(args.config).model("vision").source).resolve()  # type: ignore[union-attr]
    server = Server(model_dir, work, "vision", continuous=False)
    picture = work / "photo.png"
    from PIL import Image as PILImage

    PILImage.new("RGB", (48, 40), (30, 140, 60)).save(picture)
    try:
        server.wait_ready()
        local_v = await vision_figures(settings_with(args.config, work / "lv"), args.repeat, picture)
        remote_v = await vision_figures(
            settings_with(args.config, work / "rv", vision={"backend": "openai", "endpoints": [server.url]}),
            args.repeat,
            picture,
        )
    finally:
        server.stop()
    print(
        f"/ask-image one at a time (median of {args.repeat}): local {local_v['median_s']:.3f} s, "
        f"transformers serve {remote_v['median_s']:.3f} s, "
        f"ratio {remote_v['median_s'] / local_v['median_s']:.2f}; "
        f"load average {load()}"
    )


if __name__ == "__main__":
    asyncio.run(main())
