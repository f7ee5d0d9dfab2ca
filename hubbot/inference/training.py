"""LoRA fine-tuning with peft, one optimizer step at a time.

A `LoraRun` lives on a device thread: `load()` once, `step()` per optimizer step (the
dispatcher runs each step between inference batches, see `Dispatcher.run_step`), `save()` at
the end or at a checkpoint. Rows are rendered with the base card's own prompt format (chat
template, ChatML, KULLM…) exactly as a chat request is, and the loss covers the answer tokens
(and the format's end-of-turn marker) only.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hubbot.config import ModelCard
from hubbot.inference import prompts
from hubbot.inference.jobs import ChatMessage

IGNORE = -100  # label of tokens the loss skips (transformers' convention)
ATTENTION_PROJECTIONS = ("q_proj", "k_proj", "v_proj", "o_proj")


@dataclass(frozen=True)
class Row:
    """A training row as the data layer hands it over: context turns and the answer."""

    context: tuple[ChatMessage, ...]
    answer: str


@dataclass
class Encoded:
    input_ids: list[int]
    labels: list[int]

    @property
    def answer_tokens(self) -> int:
        return sum(1 for label in self.labels if label != IGNORE)


@dataclass(frozen=True)
class Hyper:
    epochs: int
    rank: int
    learning_rate: float
    batch_size: int
    max_steps: int
    max_seq_tokens: int
    seed: int = 0


@dataclass(frozen=True)
class StepResult:
    loss: float
    tokens: int


@dataclass
class Sizes:
    base_parameters: int = 0
    trainable_parameters: int = 0
    target_modules: list[str] = field(default_factory=list)


def messages_for(card: ModelCard, row: Row) -> list[ChatMessage]:
    """The turns a chat request with this context would send (the card's system prompt first,
    unless the row brings its own)."""
    context = list(row.context)
    if any(m.role == "system" for m in context):
        return context
    return prompts.system_messages(card) + context


def encode_row(tokenizer: Any, card: ModelCard, row: Row, max_tokens: int) -> Encoded:
    """Prompt tokens (label IGNORE) + answer tokens (labelled). The answer's text is what the
    format renders after the generation prompt, so it ends with the format's end-of-turn marker
    (`<|im_end|>` for ChatML); formats that render none get the tokenizer's EOS token."""
    messages = messages_for(card, row)
    prompt = prompts.render(card.prompt_format, messages, tokenizer, add_generation_prompt=True)
    full = prompts.render(
        card.prompt_format,
        [*messages, ChatMessage("assistant", row.answer)],
        tokenizer,
        add_generation_prompt=False,
    )
    answer = full[len(prompt) :] if full.startswith(prompt) and len(full) > len(prompt) else ""
    if row.answer.strip() not in answer:  # a named format that cannot render an answer turn
        answer = (" " if card.prompt_format == "kullm" else "") + row.answer + (tokenizer.eos_token or "")
    prompt_ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    answer_ids = tokenizer(answer, add_special_tokens=False)["input_ids"]
    if len(prompt_ids) + len(answer_ids) > max_tokens:  # keep the answer; cut the prompt's start
        answer_ids = answer_ids[: max_tokens // 2] if len(answer_ids) > max_tokens // 2 else answer_ids
        prompt_ids = prompt_ids[len(prompt_ids) - (max_tokens - len(answer_ids)) :]
    return Encoded(prompt_ids + answer_ids, [IGNORE] * len(prompt_ids) + answer_ids)


def total_steps(rows: int, hyper: Hyper) -> int:
    return max(1, min(hyper.max_steps, hyper.epochs * math.ceil(rows / hyper.batch_size)))


def target_modules(model: Any) -> list[str] | str:
    """The attention projections when the model names them so (Llama, Qwen, Mistral…), else
    every linear layer (peft's "all-linear": GPT-2's fused c_attn, others)."""
    names = {name.rsplit(".", 1)[-1] for name, _ in model.named_modules()}
    found = [n for n in ATTENTION_PROJECTIONS if n in names]
    return found or "all-linear"


class LoraRun:
    """One fine-tuning run. Not thread-safe: every call runs on the same device thread.
    `resume`: an adapter checkpoint (an interrupted run's) to continue from."""

    def __init__(
        self, card: ModelCard, source: str, device: str, hyper: Hyper, resume: Path | None = None
    ) -> None:
        self.card = card
        self.resume = resume  # an adapter checkpoint to continue from
        self.source = source
        self.device = device
        self.hyper = hyper
        self.model: Any = None
        self.tokenizer: Any = None
        self.optimizer: Any = None
        self.encoded: list[Encoded] = []
        self.order: list[list[int]] = []
        self.sizes = Sizes()

    def load(self, rows: list[Row]) -> None:
        import torch
        from peft import LoraConfig, PeftModel, get_peft_model
        from transformers import AutoModelForCausalLM, AutoTokenizer

        torch.manual_seed(self.hyper.seed)
        self.tokenizer = AutoTokenizer.from_pretrained(self.source)
        self.encoded = [encode_row(self.tokenizer, self.card, row, self.hyper.max_seq_tokens) for row in rows]
        base = AutoModelForCausalLM.from_pretrained(self.source, dtype=torch.float32)
        self.sizes.base_parameters = sum(p.numel() for p in base.parameters())
        targets = target_modules(base)
        config = LoraConfig(
            r=self.hyper.rank,
            lora_alpha=2 * self.hyper.rank,
            lora_dropout=0.0,
            target_modules=targets,
            task_type="CAUSAL_LM",
        )
        if self.resume is not None:
            self.model = PeftModel.from_pretrained(base, self.resume, is_trainable=True).to(self.device)
        else:
            self.model = get_peft_model(base, config).to(self.device)
        self.model.train()
        self.sizes.trainable_parameters = sum(p.numel() for p in self.model.parameters() if p.requires_grad)
        self.sizes.target_modules = list(targets) if isinstance(targets, list) else [targets]
        trainable = [p for p in self.model.parameters() if p.requires_grad]
        self.optimizer = torch.optim.AdamW(trainable, lr=self.hyper.learning_rate)
        self.order = self._batches()

    def _batches(self) -> list[list[int]]:
        shuffle = random.Random(self.hyper.seed)
        batches: list[list[int]] = []
        for _ in range(self.hyper.epochs):
            indices = list(range(len(self.encoded)))
            shuffle.shuffle(indices)
            batches += [
                indices[i : i + self.hyper.batch_size] for i in range(0, len(indices), self.hyper.batch_size)
            ]
        return batches[: total_steps(len(self.encoded), self.hyper)]

    @property
    def total_steps(self) -> int:
        return len(self.order)

    def tokens(self) -> tuple[int, int]:
        """(all tokens, answer tokens) of the dataset as trained."""
        return sum(len(e.input_ids) for e in self.encoded), sum(e.answer_tokens for e in self.encoded)

    def step(self, index: int) -> StepResult:
        import torch

        batch = [self.encoded[i] for i in self.order[index]]
        width = max(len(e.input_ids) for e in batch)
        pad = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else 0
        ids = torch.tensor(
            [e.input_ids + [pad] * (width - len(e.input_ids)) for e in batch], device=self.device
        )
        labels = torch.tensor(
            [e.labels + [IGNORE] * (width - len(e.labels)) for e in batch], device=self.device
        )
        mask = torch.tensor(
            [[1] * len(e.input_ids) + [0] * (width - len(e.input_ids)) for e in batch], device=self.device
        )
        loss = self.model(input_ids=ids, attention_mask=mask, labels=labels).loss
        loss.backward()
        self.optimizer.step()
        self.optimizer.zero_grad(set_to_none=True)
        return StepResult(float(loss.detach()), int(mask.sum()))

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.model.save_pretrained(directory)

    def close(self) -> None:
        self.model = self.optimizer = None
