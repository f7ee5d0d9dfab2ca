"""Device and dtype choice. ROCm and CUDA both appear as `cuda` in torch."""

from __future__ import annotations

from typing import Any


def resolve_device(requested: str) -> str:
    """"auto" = the GPU with the most free memory (ROCm or CUDA), else the CPU."""
    import torch

    if requested in ("", "auto"):
        if not torch.cuda.is_available():
            return "cpu"
        free = [torch.cuda.mem_get_info(i)[0] for i in range(torch.cuda.device_count())]
        return f"cuda:{free.index(max(free))}"
    if requested.startswith("cuda") and not torch.cuda.is_available():
        raise RuntimeError(f"device {requested} requested but torch sees no GPU")
    return requested


def resolve_dtype(requested: str, device: str) -> Any:
    import torch

    if requested in ("", "auto"):
        if device.startswith("cuda"):
            return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        return torch.float32
    return getattr(torch, requested)


def device_map_for(requested: str) -> str | None:
    """`device = "split"` spreads a model over every GPU with accelerate's device_map."""
    return "auto" if requested == "split" else None


def device_label(device: str) -> str:
    """The real device name for a model card: the GPU's marketing name (ROCm GPUs too: torch
    calls them "cuda"), or "CPU"."""
    if not device.startswith("cuda"):
        return "CPU"
    import torch

    index = int(device.split(":", 1)[1]) if ":" in device else 0
    return torch.cuda.get_device_name(index)
