"""Tiny random-weight text models with real tokenizers, built offline in seconds.

The tokenizer is a byte-level BPE trained on a few hundred lines of mixed Korean/English
text; the model is a small `LlamaConfig`. Both are saved with `save_pretrained` so the
real loading code (`from_pretrained` on a directory) is what runs them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from hubbot.inference.tiny.corpus import corpus_lines

log = logging.getLogger(__name__)

CHATML_TEMPLATE = (
    "{% for message in messages %}<|im_start|>{{ message['role'] }}\n{{ message['content'] }}"
    "<|im_end|>\n{% endfor %}{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}"
)
SPECIAL_TOKENS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>", "<pad>"]

# name -> (hidden, layers, heads, intermediate); three clearly different sizes.
TEXT_SIZES: dict[str, tuple[int, int, int, int]] = {
    "small": (64, 2, 4, 128),
    "medium": (128, 3, 4, 344),
    "large": (192, 4, 6, 512),
    "code": (96, 2, 4, 256),
}


def build_tokenizer(out_dir: Path, vocab_size: int = 2048, chat_template: str | None = CHATML_TEMPLATE):
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tokenizer.train_from_iterator(corpus_lines(), trainer=trainer)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        bos_token="<|im_start|>",
        eos_token="<|im_end|>",
        pad_token="<pad>",
        unk_token="<|endoftext|>",
        model_max_length=2048,
        padding_side="left",
    )
    if chat_template:
        fast.chat_template = chat_template
    fast.save_pretrained(out_dir)
    return fast


def build_text_model(out_dir: Path, size: str, *, seed: int = 0, tokenizer_dir: Path | None = None) -> int:
    """Build (or rebuild) a tiny Llama under `out_dir`. Returns its parameter count."""
    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    out_dir.mkdir(parents=True, exist_ok=True)
    if tokenizer_dir is not None:
        tokenizer = AutoTokenizer.from_pretrained(tokenizer_dir)
        tokenizer.save_pretrained(out_dir)
    else:
        tokenizer = build_tokenizer(out_dir)
    hidden, layers, heads, intermediate = TEXT_SIZES[size]
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=hidden,
        intermediate_size=intermediate,
        num_hidden_layers=layers,
        num_attention_heads=heads,
        num_key_value_heads=heads,
        max_position_embeddings=2048,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        tie_word_embeddings=True,
    )
    torch.manual_seed(seed)
    model = LlamaForCausalLM(config)
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    model.generation_config.eos_token_id = tokenizer.eos_token_id
    model.save_pretrained(out_dir)
    count = sum(p.numel() for p in model.parameters())
    log.info("built tiny text model %s (%s, %.1fM parameters)", out_dir.name, size, count / 1e6)
    return count
