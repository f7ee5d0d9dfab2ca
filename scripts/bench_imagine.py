#!/usr/bin/env python
"""Time /imagine end to end (command, dispatcher, pipeline, AI marks, artifact storage).

    .venv/bin/python scripts/bench_imagine.py [--dir HUB] [--steps 4] [--repeat 3]

Builds the embedded default in a temporary directory unless --dir points at one
(`hubbot init` output). Reports the best of --repeat runs for: one /imagine; eight run one
after another; eight submitted at once (the dispatcher batches compatible jobs).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

PROMPTS = ["a frog wearing a crown", "a round red chair", "a river in a meadow", "a bench at sunset",
           "a lighthouse in a storm", "a fox in the snow", "a cup of coffee", "a city of gardens"]


async def imagine(app, user: str, prompt: str, steps: int) -> int:
    from hubbot.commands.base import Error, Image, Request, UserRef
    from hubbot.commands.runner import execute

    request = Request("imagine", {"prompt": prompt, "steps": steps, "seed": 1},
                      UserRef(f"bench:{user}", "bench", user), f"bench:{user}")
    images = 0
    async for reply in execute(request, app):
        if isinstance(reply, Error):
            raise RuntimeError(reply.text)
        images += isinstance(reply, Image)
    return images


async def timed(coroutine) -> float:
    started = time.perf_counter()
    await coroutine
    return time.perf_counter() - started


async def main(hub: Path, steps: int, repeat: int) -> None:
    from hubbot.app import App
    from hubbot.config import load_settings

    with tempfile.TemporaryDirectory() as scratch:
        settings = load_settings(hub / "hubbot.toml", database_url=f"sqlite+aiosqlite:///{scratch}/bench.db",
                                 data_dir=scratch)
        async with App.create(settings) as app:
            await imagine(app, "warm", "warm-up", steps)  # loads the pipeline
            one = sequential = concurrent = float("inf")
            for _ in range(repeat):
                one = min(one, await timed(imagine(app, "u0", PROMPTS[0], steps)))

                async def one_by_one() -> None:
                    for i, prompt in enumerate(PROMPTS):
                        await imagine(app, f"u{i}", prompt, steps)

                sequential = min(sequential, await timed(one_by_one()))
                together = asyncio.gather(*(imagine(app, f"u{i}", p, steps) for i, p in enumerate(PROMPTS)))
                concurrent = min(concurrent, await timed(together))
    card = settings.model(settings.defaults.image_model)
    print(f"model {card.id} ({card.sizes[0]}, {steps} steps), torch threads {torch_threads()}")
    print(f"one /imagine:                {one:.3f} s")
    print(f"eight, one after another:    {sequential:.3f} s ({sequential / 8:.3f} s each)")
    print(f"eight at once (batched):     {concurrent:.3f} s ({concurrent / 8:.3f} s each), "
          f"{sequential / concurrent:.2f}x the sequential throughput")


def torch_threads() -> int:
    import torch

    return torch.get_num_threads()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, help="a `hubbot init` directory (default: build one)")
    parser.add_argument("--steps", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if args.dir:
        asyncio.run(main(args.dir, args.steps, args.repeat))
    else:
        from hubbot.init import init

        with tempfile.TemporaryDirectory() as directory:
            init(Path(directory))
            asyncio.run(main(Path(directory), args.steps, args.repeat))
