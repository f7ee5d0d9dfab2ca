"""Real-size random-weight models for GPU benchmarks, built locally (nothing downloaded).

`hubbot bench-models --dir DIR` writes a Llama of SmolLM2-135M's shape or of about 1B or 3B
parameters (fp16) and an
SD-1.5-sized text-to-image pipeline, plus a hubbot.toml pointing at them, so
`hubbot bench` on a GPU measures what a real deployment would see: decode bandwidth,
batching gains and image throughput do not depend on the weights' values.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

# name -> (hidden, layers, heads, kv_heads, intermediate, vocab): SmolLM2-135M (the embedded
# default's real model, a Llama) and Llama-3.2-1B / 3B shapes.
LLAMA_SHAPES: dict[str, tuple[int, int, int, int, int, int]] = {
    "135m": (576, 30, 9, 3, 1536, 49152),
    "1b": (2048, 16, 32, 8, 8192, 32000),
    "3b": (3072, 28, 24, 8, 8192, 32000),
}


def llama_config(shape: str, tokenizer: Any) -> Any:
    from transformers import LlamaConfig

    hidden, layers, heads, kv_heads, intermediate, vocab_size = LLAMA_SHAPES[shape]
    return LlamaConfig(
        vocab_size=max(vocab_size, len(tokenizer)), hidden_size=hidden, intermediate_size=intermediate,
        num_hidden_layers=layers, num_attention_heads=heads, num_key_value_heads=kv_heads,
        max_position_embeddings=4096, bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id,
        tie_word_embeddings=True, torch_dtype="float16",
    )


def build_llama(out_dir: Path, shape: str = "1b") -> int:
    import torch
    from transformers import LlamaForCausalLM

    from hubbot.inference.tiny.text import build_tokenizer

    out_dir.mkdir(parents=True, exist_ok=True)
    config = llama_config(shape, build_tokenizer(out_dir))
    with torch.device("cuda" if torch.cuda.is_available() else "cpu"):
        model = LlamaForCausalLM(config).to(torch.float16)
    model.save_pretrained(out_dir)
    count = sum(p.numel() for p in model.parameters())
    log.info("built %s Llama with %.2fB parameters in %s", shape, count / 1e9, out_dir)
    return count


def build_sd(out_dir: Path) -> int:
    """SD-1.5-sized UNet (≈860M), CLIP-L-sized text encoder and the standard VAE, in fp16."""
    import torch
    from diffusers import AutoencoderKL, DDIMScheduler, StableDiffusionPipeline, UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel

    from hubbot.inference.tiny.image import write_clip_tokenizer

    out_dir.mkdir(parents=True, exist_ok=True)
    unet = UNet2DConditionModel(
        sample_size=64, cross_attention_dim=768, attention_head_dim=8,
        block_out_channels=(320, 640, 1280, 1280),
    )
    vae = AutoencoderKL(
        block_out_channels=(128, 256, 512, 512), latent_channels=4, layers_per_block=2,
        down_block_types=("DownEncoderBlock2D",) * 4, up_block_types=("UpDecoderBlock2D",) * 4,
    )
    text_encoder = CLIPTextModel(CLIPTextConfig(hidden_size=768, intermediate_size=3072,
                                                num_attention_heads=12, num_hidden_layers=12,
                                                vocab_size=49408, max_position_embeddings=77))
    pipe = StableDiffusionPipeline(
        vae=vae, text_encoder=text_encoder, tokenizer=write_clip_tokenizer(out_dir / "tokenizer"),
        unet=unet, scheduler=DDIMScheduler(steps_offset=1), safety_checker=None,
        feature_extractor=None, requires_safety_checker=False,
    ).to(torch.float16)
    pipe.save_pretrained(out_dir)
    return sum(p.numel() for p in unet.parameters())


def bench_config(llama_shape: str) -> str:
    """A hubbot.toml for the real-size models (written next to them)."""
    return f'''# Real-size random-weight models for `hubbot bench` on a GPU (hubbot bench-models).
database_url = "sqlite+aiosqlite:///bench.db"

[defaults]
chat_model = "bench-llama"
image_model = "bench-sd"

[[models]]
id = "bench-llama"
display_name = "Llama {llama_shape.upper()} shape (random weights)"
task = "chat"
backend = "transformers"
source = "models/bench-llama"
dtype = "float16"
max_batch_size = 32
pinned = true
generation = {{ max_new_tokens = 128, temperature = 0.0 }}

[[models]]
id = "bench-sd"
display_name = "SD 1.5 shape (random weights)"
task = "text-to-image"
backend = "diffusers"
source = "models/bench-sd"
dtype = "float16"
sizes = ["512x512"]
max_batch_size = 8
generation = {{ steps = 20, guidance = 7.5 }}
'''
