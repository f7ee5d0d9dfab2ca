"""Tiny random-weight Stable Diffusion pipelines, built offline in about a second each.

Text-to-image is a real `StableDiffusionPipeline` (UNet, VAE, CLIP text encoder, CLIP
tokenizer, DDIM scheduler) and image editing a real `StableDiffusionInstructPix2PixPipeline`
(a UNet with 8 input channels: noisy latents plus the source image's latents). Both are
saved with `save_pretrained`, so serving them is the same `from_pretrained` code path a
real checkpoint takes. The images are noise by design.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from hubbot.init import RANDOM_WEIGHTS, TinyModel

log = logging.getLogger(__name__)

TEXT_HIDDEN = 32  # CLIP text width = the UNet's cross-attention dimension
START, END = "<|startoftext|>", "<|endoftext|>"


def _byte_symbols() -> list[str]:
    """The 256 printable stand-ins GPT-2/CLIP byte-level BPE uses for raw bytes."""
    printable = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1))
    printable += list(range(ord("®"), ord("ÿ") + 1))
    codes, extra = list(printable), 0
    for byte in range(256):
        if byte not in printable:
            printable.append(byte)
            codes.append(256 + extra)
            extra += 1
    return [chr(code) for code in codes]


def write_clip_tokenizer(out_dir: Path) -> Any:
    """A CLIPTokenizer over bytes: every byte and its end-of-word form, no merges.

    Korean and English prompts both tokenize (one token per UTF-8 byte); truncation at 77
    tokens behaves as with the real CLIP vocabulary.
    """
    from transformers import CLIPTokenizer

    symbols = _byte_symbols()
    vocab = {symbol: i for i, symbol in enumerate(symbols)}
    vocab.update({symbol + "</w>": len(symbols) + i for i, symbol in enumerate(symbols)})
    vocab[START] = len(vocab)
    vocab[END] = len(vocab)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    (out_dir / "merges.txt").write_text("#version: 0.2\n", encoding="utf-8")
    tokenizer = CLIPTokenizer(vocab=vocab, merges=[], model_max_length=77)
    tokenizer.save_pretrained(out_dir)
    return tokenizer


def _text_encoder(tokenizer: Any) -> Any:
    from transformers import CLIPTextConfig, CLIPTextModel

    config = CLIPTextConfig(
        vocab_size=len(tokenizer),
        hidden_size=TEXT_HIDDEN,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        max_position_embeddings=77,
        bos_token_id=tokenizer.convert_tokens_to_ids(START),
        eos_token_id=tokenizer.convert_tokens_to_ids(END),
        pad_token_id=tokenizer.convert_tokens_to_ids(END),
        projection_dim=TEXT_HIDDEN,
    )
    return CLIPTextModel(config)


def _unet(in_channels: int) -> Any:
    from diffusers import UNet2DConditionModel

    return UNet2DConditionModel(
        sample_size=32,
        in_channels=in_channels,
        out_channels=4,
        block_out_channels=(32, 64),
        layers_per_block=1,
        down_block_types=("DownBlock2D", "CrossAttnDownBlock2D"),
        up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"),
        cross_attention_dim=TEXT_HIDDEN,
        attention_head_dim=8,
        norm_num_groups=16,
    )


def _vae() -> Any:
    from diffusers import AutoencoderKL

    return AutoencoderKL(
        in_channels=3,
        out_channels=3,
        block_out_channels=(16, 32),
        down_block_types=("DownEncoderBlock2D", "DownEncoderBlock2D"),
        up_block_types=("UpDecoderBlock2D", "UpDecoderBlock2D"),
        latent_channels=4,
        layers_per_block=1,
        norm_num_groups=16,
        sample_size=64,
    )


def _scheduler() -> Any:
    from diffusers import DDIMScheduler

    return DDIMScheduler(
        beta_start=0.00085,
        beta_end=0.012,
        beta_schedule="scaled_linear",
        clip_sample=False,
        set_alpha_to_one=False,
        steps_offset=1,
    )


def build_diffusion_pipeline(out_dir: Path, *, kind: str = "text-to-image", seed: int = 0) -> int:
    """Build a tiny `StableDiffusionPipeline` ("text-to-image") or
    `StableDiffusionInstructPix2PixPipeline` ("image-edit") under `out_dir`."""
    import torch
    from diffusers import StableDiffusionInstructPix2PixPipeline, StableDiffusionPipeline

    out_dir.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(seed)
    tokenizer = write_clip_tokenizer(out_dir / "tokenizer")
    edit = kind == "image-edit"
    pipeline_class = StableDiffusionInstructPix2PixPipeline if edit else StableDiffusionPipeline
    pipe = pipeline_class(
        vae=_vae(),
        text_encoder=_text_encoder(tokenizer),
        tokenizer=tokenizer,
        unet=_unet(8 if edit else 4),  # InstructPix2Pix: noisy latents + source-image latents
        scheduler=_scheduler(),
        safety_checker=None,
        feature_extractor=None,
        requires_safety_checker=False,
    )
    pipe.save_pretrained(out_dir, safe_serialization=True)
    count = sum(
        sum(p.numel() for p in module.parameters()) for module in (pipe.unet, pipe.vae, pipe.text_encoder)
    )
    log.info("built tiny %s pipeline %s (%.2fM parameters)", kind, out_dir.name, count / 1e6)
    return count


_INFO_COMMON = {"origin": RANDOM_WEIGHTS, "license": "Apache-2.0"}

TINY_MODELS = [
    TinyModel(
        "imagine",
        "hubbot.inference.tiny.image:build_diffusion_pipeline",
        {"kind": "text-to-image", "seed": 11},
        {
            "display_name": "Text to Image (random weights)",
            "task": "text-to-image",
            "backend": "diffusers",
            "sizes": ["64x64", "96x64", "64x96"],
            "max_batch_size": 8,
            "generation": {"steps": 4, "guidance": 7.5, "strength": 0.6, "max_steps": 50},
            "info": {
                **_INFO_COMMON,
                "modality": "Text to Image",
                "description": "Tiny Stable Diffusion with random weights: the images are noise by design.",
            },
        },
    ),
    TinyModel(
        "edit",
        "hubbot.inference.tiny.image:build_diffusion_pipeline",
        {"kind": "image-edit", "seed": 12},
        {
            "display_name": "Image Editing (random weights)",
            "task": "image-edit",
            "backend": "diffusers",
            "max_batch_size": 8,
            "generation": {"steps": 4, "guidance": 7.5, "image_guidance": 1.5, "max_pixels": 96 * 64,
                           "max_steps": 50},
            "info": {
                **_INFO_COMMON,
                "modality": "Text + Image to Image",
                "description": "Tiny InstructPix2Pix with random weights: edits are noise by design.",
            },
        },
    ),
]
