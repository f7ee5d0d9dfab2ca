"""A tiny LoRA fine-tune of chat-small, so /compare can put a base and its variant side by
side the way the fine-tuning service shows fine-tuned outputs beside the base."""

from __future__ import annotations

from pathlib import Path

from hubbot.init import TinyModel


def build_lora_adapter(out_dir: Path, *, base: str, seed: int = 0) -> int:
    """Apply a rank-8 LoRA to q/v projections of `base` (a sibling directory), give the B
    matrices random values (a fresh LoRA is a no-op: B starts at zero) and save the adapter."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(out_dir.parent / base)
    peft_model = get_peft_model(model, LoraConfig(r=8, lora_alpha=16, target_modules=["q_proj", "v_proj"]))
    generator = torch.Generator().manual_seed(seed)
    trainable = 0
    with torch.no_grad():
        for name, parameter in peft_model.named_parameters():
            if "lora_B" in name:
                parameter.copy_(torch.randn(parameter.shape, generator=generator) * 0.5)
            if "lora_" in name:
                trainable += parameter.numel()
    peft_model.save_pretrained(out_dir)
    return trainable


TINY_MODELS = [
    TinyModel(
        "chat-small-ft",
        "hubbot.inference.tiny.lora:build_lora_adapter",
        {"base": "chat-small", "seed": 5},
        {
            "display_name": "Chatbot Small fine-tuned (random weights)",
            "task": "chat",
            "backend": "transformers",
            "source": "models/chat-small",
            "adapter": "models/chat-small-ft",
            "base_model": "chat-small",
            "prompt_format": "chat_template",
            "context_length": 1024,
            "generation": {"max_new_tokens": 64, "temperature": 0.7},
            "info": {
                "modality": "Text to Text",
                "origin": "a LoRA adapter (r=8) with random weights over Chatbot Small, built locally",
                "license": "Apache-2.0",
                "description": "A random LoRA over Chatbot Small, to compare a variant with its base.",
            },
        },
    ),
]
