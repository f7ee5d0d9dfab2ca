"""What one model could do on this machine, for `hubbot bench` to hold the dispatcher against.

- **bandwidth bound**: a batch-1 decode step reads every weight once, so tokens/s can't pass
  (memory bandwidth) ÷ (weight bytes read per token). Bandwidth is measured here, in the same
  run, by a large tensor copy on the model's device with the model's thread count.
- **batch-1 decode**: plain greedy `generate` of one prompt, prefill timed apart.
- **padded ceiling**: plain left-padded `generate` of a whole batch at once — what batching
  gives without the dispatcher, to compare the dispatcher's many-user ratio with.

Every function here runs on the model's worker thread (`dispatcher.run_on_device`).
"""

from __future__ import annotations

import time
from typing import Any

COPY_MIB = 512  # far past any CPU cache


def _sync(device: Any) -> None:
    import torch

    if getattr(device, "type", str(device)).startswith("cuda"):
        torch.cuda.synchronize(device)


def measure_bandwidth(device: Any, mib: int = COPY_MIB, repeat: int = 5) -> dict[str, float]:
    """Best of `repeat`: a `mib` MiB copy (read + write counted, as STREAM's copy does) and a
    sum over the same buffer (read only, what decoding mostly does). GB/s, 1e9 bytes."""
    import torch

    count = mib * 1024 * 1024 // 4
    source = torch.ones(count, dtype=torch.float32, device=device)
    target = torch.empty_like(source)
    copy_s = read_s = float("inf")
    for _ in range(repeat + 1):  # the first pass faults the pages in
        started = time.perf_counter()
        target.copy_(source)
        _sync(device)
        copy_s = min(copy_s, time.perf_counter() - started)
        started = time.perf_counter()
        source.sum()
        _sync(device)
        read_s = min(read_s, time.perf_counter() - started)
    size = count * 4
    del source, target
    return {"buffer_mib": mib, "copy_gb_s": round(2 * size / copy_s / 1e9, 2),
            "read_gb_s": round(size / read_s / 1e9, 2)}


def weight_bytes_per_token(model: Any) -> int:
    """Bytes of weights one decode step reads: every parameter once (tied embeddings once, as
    the output projection reads the whole matrix); an untied input embedding only gives one
    row per token, so its table is left out."""
    total = sum(p.numel() * p.element_size() for p in model.parameters())
    embed, head = model.get_input_embeddings(), model.get_output_embeddings()
    if embed is not None and head is not None and embed.weight.data_ptr() != head.weight.data_ptr():
        table, row = embed.weight, embed.weight[0]
        total -= (table.numel() - row.numel()) * table.element_size()
    return int(total)


def batch1_decode(backend: Any, prompt_ids: list[int], new_tokens: int, repeat: int) -> dict[str, float]:
    """Decode tokens/s for one sequence: (N-1) tokens ÷ (time for N − time for 1), so prefill
    and the first token are not counted. `min_new_tokens` keeps an early end-of-text out."""
    import torch

    model = backend.model
    tensor = torch.tensor([prompt_ids], device=model.device)

    def generate(tokens: int) -> float:
        started = time.perf_counter()
        with torch.inference_mode():
            model.generate(input_ids=tensor, attention_mask=torch.ones_like(tensor), do_sample=False,
                           max_new_tokens=tokens, min_new_tokens=tokens, temperature=None, top_p=None,
                           top_k=None, pad_token_id=backend.renderer.tokenizer.pad_token_id)
        _sync(model.device)
        return time.perf_counter() - started

    generate(2)  # warm-up
    first = min(generate(1) for _ in range(max(1, repeat)))
    full = min(generate(new_tokens) for _ in range(max(1, repeat)))
    return {"prompt_tokens": len(prompt_ids), "new_tokens": new_tokens, "prefill_s": round(first, 4),
            "decode_tokens_per_s": round((new_tokens - 1) / max(full - first, 1e-9), 2)}


def padded_generate(backend: Any, prompts: list[list[int]], new_tokens: int, batch: int
                    ) -> tuple[float, int]:
    """Plain greedy `generate` over left-padded batches of `batch` prompts; (seconds, tokens
    kept), each row's tokens counted up to its end-of-text as the dispatcher counts them."""
    import torch

    model, tokenizer = backend.model, backend.renderer.tokenizer
    eos = backend._eos_ids()
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else min(eos)
    tokens = 0
    started = time.perf_counter()
    for start in range(0, len(prompts), batch):
        rows = prompts[start:start + batch]
        width = max(len(row) for row in rows)
        ids = torch.tensor([[pad] * (width - len(row)) + row for row in rows], device=model.device)
        mask = torch.tensor([[0] * (width - len(row)) + [1] * len(row) for row in rows], device=model.device)
        with torch.inference_mode():
            out = model.generate(input_ids=ids, attention_mask=mask, max_new_tokens=new_tokens,
                                 do_sample=False, temperature=None, top_p=None, top_k=None,
                                 eos_token_id=sorted(eos), pad_token_id=pad)
        for row in out[:, width:].tolist():
            tokens += next((i for i, token in enumerate(row) if token in eos), len(row))
    _sync(model.device)
    return time.perf_counter() - started, tokens


def padding_drift(backend: Any, prompts: list[list[int]], batch: int) -> dict[str, Any]:
    """Why a batched greedy answer can differ from the same prompt alone: the next-token
    logits of each prompt's prefill, in left-padded batches of `batch` and alone, compared.

    Masks and position ids make padding exact in real arithmetic; in float32 the attention
    over a longer (padded) key axis rounds differently, so logits drift by ~1e-5. A greedy
    answer changes only where that drift meets a near-tie between the top two tokens — a
    real model meets some over 32 tokens, a random tiny one rarely does."""
    import torch

    model, tokenizer = backend.model, backend.renderer.tokenizer
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else min(backend._eos_ids())

    def last_logits(rows: list[list[int]]) -> Any:
        width = max(len(row) for row in rows)
        ids = torch.tensor([[pad] * (width - len(row)) + row for row in rows], device=model.device)
        mask = torch.tensor([[0] * (width - len(row)) + [1] * len(row) for row in rows], device=model.device)
        with torch.inference_mode():
            return model(input_ids=ids, attention_mask=mask,
                         position_ids=(mask.cumsum(-1) - 1).clamp(min=0)).logits[:, -1].float()

    alone = torch.cat([last_logits([row]) for row in prompts])
    batched = torch.cat([last_logits(prompts[start:start + batch])
                         for start in range(0, len(prompts), batch)])
    top2 = alone.topk(2, dim=-1).values
    return {
        "max_logit_drift": float((batched - alone).abs().max()),
        "argmax_equal": int((batched.argmax(-1) == alone.argmax(-1)).sum()),
        "rows": len(prompts),
        "smallest_top2_margin": float((top2[:, 0] - top2[:, 1]).min()),
    }
