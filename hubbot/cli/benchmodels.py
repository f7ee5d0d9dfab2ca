"""`hubbot bench-models --dir DIR [--llama 135m|1b|3b]`: real-size random models for GPU benchmarks."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from hubbot.inference.benchmodels import LLAMA_SHAPES


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bench-models", help="build real-size random-weight models for GPU benchmarks")
    p.add_argument("--dir", type=Path, required=True)
    p.add_argument("--llama", choices=sorted(LLAMA_SHAPES), default="1b")
    p.add_argument("--skip-image", action="store_true")
    p.set_defaults(func=cmd_bench_models)


def cmd_bench_models(args: argparse.Namespace) -> int:
    from hubbot.inference.benchmodels import bench_config, build_llama, build_sd

    started = time.perf_counter()
    models = args.dir / "models"
    count = build_llama(models / "bench-llama", args.llama)
    print(f"bench-llama: {count / 1e9:.2f}B parameters")
    if not args.skip_image:
        print(f"bench-sd: UNet {build_sd(models / 'bench-sd') / 1e6:.0f}M parameters")
    (args.dir / "hubbot.toml").write_text(bench_config(args.llama), encoding="utf-8")
    print(f"ready in {time.perf_counter() - started:.0f}s: cd {args.dir} && hubbot bench --device cuda")
    return 0
