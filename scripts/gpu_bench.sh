#!/usr/bin/env bash
# `hubbot bench` on a GPU with real-size random-weight models built on the spot (nothing is
# downloaded): the SmolLM2-135M shape (the embedded default's real model), then the
# Llama-3.2-1B and SD-1.5 shapes. Figures go to OUT_DIR as JSON beside the printed tables.
#   scripts/gpu_bench.sh OUT_DIR          (HUBBOT="python -m hubbot" to run from a checkout)
set -u -o pipefail
out=$(realpath "${1:?usage: scripts/gpu_bench.sh OUT_DIR}")
hubbot=${HUBBOT:-hubbot}
device=${DEVICE:-cuda}
work=$(mktemp -d)
mkdir -p "$out"
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv | tee "$out/gpu.txt"
python3 -c 'import torch, transformers; print("torch", torch.__version__, "transformers", transformers.__version__)'
status=0
$hubbot bench-models --dir "$work/135m" --llama 135m --skip-image \
    && (cd "$work/135m" && $hubbot bench --device "$device" --only decode text fairness --users 16 \
        --json "$out/bench-135m.json") || status=1
$hubbot bench-models --dir "$work/1b" --llama 1b \
    && (cd "$work/1b" && $hubbot bench --device "$device" --users 32 --json "$out/bench-1b.json") \
    || status=1
rm -rf "$work"
exit $status
