"""A tiny random-weight moderation classifier: the `moderation` path (config, loading with
`AutoModelForSequenceClassification`, label mapping, the layer behind the word list) runs
offline. Its verdicts are noise by design; operators point the card at a real classifier."""

from __future__ import annotations

import logging
from pathlib import Path

from hubbot.inference.backends.moderation import CLASSES
from hubbot.inference.tiny.text import build_tokenizer
from hubbot.init import RANDOM_WEIGHTS, TinyModel

log = logging.getLogger(__name__)

LABELS = ("safe", *CLASSES)


def build_moderation_model(out_dir: Path, seed: int = 31) -> int:
    import torch
    from transformers import BertConfig, BertForSequenceClassification

    out_dir.mkdir(parents=True, exist_ok=True)
    tokenizer = build_tokenizer(out_dir, vocab_size=1024, chat_template=None)
    torch.manual_seed(seed)
    config = BertConfig(
        vocab_size=len(tokenizer), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=64, max_position_embeddings=512, pad_token_id=tokenizer.pad_token_id,
        num_labels=len(LABELS), id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    model = BertForSequenceClassification(config)
    model.save_pretrained(out_dir)
    count = sum(p.numel() for p in model.parameters())
    log.info("built tiny moderation model %s (%.2fM parameters)", out_dir.name, count / 1e6)
    return count


TINY_MODELS = [
    TinyModel(
        "moderation",
        "hubbot.inference.tiny.moderation:build_moderation_model",
        {"seed": 31},
        {
            "display_name": "Content Policy Classifier (random weights)",
            "task": "moderation",
            "backend": "transformers",
            "context_length": 512,
            "info": {
                "modality": "Text to Classes",
                "origin": RANDOM_WEIGHTS,
                "license": "Apache-2.0",
                "description": ("Tiny BERT classifier with random weights over the policy's five classes: "
                                "its verdicts are noise by design; it exercises the moderation path."),
            },
        },
    ),
]
