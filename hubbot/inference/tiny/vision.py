"""A tiny random-weight LLaVA for visual question answering, built offline in seconds.

`LlavaConfig` joins a tiny CLIP vision tower (32x32 input, 8x8 patches) and a tiny Llama;
the `LlavaProcessor` has `patch_size` set so the `<image>` placeholder expands to exactly
the number of image features the model produces (16). Loaded back with
`AutoProcessor` / `AutoModelForImageTextToText`, the same code path as a real checkpoint.
"""

from __future__ import annotations

import logging
from pathlib import Path

from hubbot.init import RANDOM_WEIGHTS, TinyModel

log = logging.getLogger(__name__)

IMAGE_TOKEN = "<image>"
IMAGE_SIZE, PATCH_SIZE = 32, 8

# ChatML, where a message's content may be a string or a list of {"type": "image"|"text"}.
VISION_CHAT_TEMPLATE = (
    "{% for message in messages %}<|im_start|>{{ message['role'] }}\n"
    "{% if message['content'] is string %}{{ message['content'] }}"
    "{% else %}{% for item in message['content'] %}"
    "{% if item['type'] == 'image' %}<image>\n{% elif item['type'] == 'text' %}{{ item['text'] }}{% endif %}"
    "{% endfor %}{% endif %}<|im_end|>\n{% endfor %}"
    "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)


def build_vision_model(out_dir: Path, *, seed: int = 0) -> int:
    """Build a tiny LLaVA (model, tokenizer, image processor, processor) under `out_dir`."""
    import torch
    from transformers import (
        CLIPVisionConfig,
        LlamaConfig,
        LlavaConfig,
        LlavaForConditionalGeneration,
        LlavaProcessor,
    )
    from transformers.models.clip.image_processing_pil_clip import CLIPImageProcessorPil

    from hubbot.inference.tiny.text import build_tokenizer

    out_dir.mkdir(parents=True, exist_ok=True)
    tokenizer = build_tokenizer(out_dir, vocab_size=1024, chat_template=VISION_CHAT_TEMPLATE)
    tokenizer.add_special_tokens({"additional_special_tokens": [IMAGE_TOKEN]})
    image_processor = CLIPImageProcessorPil(
        size={"shortest_edge": IMAGE_SIZE},
        crop_size={"height": IMAGE_SIZE, "width": IMAGE_SIZE},
    )
    processor = LlavaProcessor(
        image_processor=image_processor,
        tokenizer=tokenizer,
        patch_size=PATCH_SIZE,
        vision_feature_select_strategy="default",
        num_additional_image_tokens=1,  # CLIP's class token, dropped by the "default" strategy
        chat_template=VISION_CHAT_TEMPLATE,
    )
    vision = CLIPVisionConfig(
        hidden_size=32, intermediate_size=64, num_hidden_layers=2, num_attention_heads=4,
        image_size=IMAGE_SIZE, patch_size=PATCH_SIZE, projection_dim=32,
    )
    text = LlamaConfig(
        vocab_size=len(tokenizer), hidden_size=64, intermediate_size=128, num_hidden_layers=2,
        num_attention_heads=4, num_key_value_heads=4, max_position_embeddings=1024,
        bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    config = LlavaConfig(
        vision_config=vision,
        text_config=text,
        image_token_index=tokenizer.convert_tokens_to_ids(IMAGE_TOKEN),
        vision_feature_select_strategy="default",
        vision_feature_layer=-1,
        projector_hidden_act="gelu",
    )
    torch.manual_seed(seed)
    model = LlavaForConditionalGeneration(config)
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    model.save_pretrained(out_dir)
    processor.save_pretrained(out_dir)
    count = sum(p.numel() for p in model.parameters())
    log.info("built tiny vision model %s (%.2fM parameters)", out_dir.name, count / 1e6)
    return count


TINY_MODELS = [
    TinyModel(
        "vision",
        "hubbot.inference.tiny.vision:build_vision_model",
        {"seed": 21},
        {
            "display_name": "Visual Question Answering (random weights)",
            "task": "vision-qa",
            "backend": "transformers",
            "prompt_format": "chat_template",
            "system_prompt": "You answer questions about the image. Answer in the user's language.",
            "context_length": 1024,
            "generation": {"max_new_tokens": 48, "temperature": 0.0},
            "info": {
                "modality": "Image + Text to Text",
                "origin": RANDOM_WEIGHTS,
                "license": "Apache-2.0",
                "description": "Tiny LLaVA with random weights: answers are gibberish by design.",
            },
        },
    ),
]
