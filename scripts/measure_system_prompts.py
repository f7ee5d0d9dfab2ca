"""Which system prompt suits a model? Ask questions with known answers under each candidate.

    .venv/bin/python scripts/measure_system_prompts.py MODEL_DIR [--max-new-tokens 48]

Renders each prompt the way hubbot does (`prompts.system_messages` of a card with the candidate
`system_prompt`, then the model's own chat template), answers every question greedily in one
left-padded batch, and prints per candidate: English and Korean accuracy (regex on the answer),
Korean questions answered in Hangul, the two-turn memory question, the "are you an AI"
question, and the time. Used to choose the SmolLM2 card's prompt (issue 16).
"""

from __future__ import annotations

import argparse
import re
import time

from hubbot.config import ModelCard
from hubbot.inference import prompts
from hubbot.inference.jobs import ChatMessage

CANDIDATES = {
    "SmolLM's own": "You are a helpful AI assistant named SmolLM, trained by Hugging Face.",
    "helpful+brief": "You are a helpful AI assistant. Answer briefly.",
    "hubbot without language": "You are hubbot, a helpful assistant.",
    "none (template's own)": "",
    "hubbot default": None,  # prompts.DEFAULT_SYSTEM_PROMPT
}

ENGLISH = [
    ("What is the capital of France?", r"paris"),
    ("What is the capital of Japan?", r"tokyo"),
    ("What is the capital of South Korea?", r"seoul"),
    ("What colour is the sky on a clear day?", r"blue"),
    ("How many days are in a week?", r"\b(7|seven)\b"),
    ("What is the chemical formula of water?", r"h2o|h₂o"),
    ("How many legs does a spider have?", r"\b(8|eight)\b"),
    ("What is 2 + 3?", r"\b(5|five)\b"),
    ("What is the opposite of hot?", r"cold"),
    ("Which language is spoken in Spain?", r"spanish"),
    ("Who wrote Romeo and Juliet?", r"shakespeare"),
    ("At how many degrees Celsius does water freeze?", r"\b(0|zero)\b"),
]
KOREAN = [
    ("프랑스의 수도는 어디인가요?", r"파리|paris"),
    ("일주일은 며칠인가요?", r"\b7\b|칠|일곱"),
    ("맑은 날 하늘은 무슨 색인가요?", r"파란|파랑|푸른|blue"),
    ("대한민국의 수도는 어디인가요?", r"서울|seoul"),
]
MEMORY = [
    ([("user", "My favourite colour is green. Please remember it."),
      ("assistant", "Got it, your favourite colour is green."),
      ("user", "What is my favourite colour?")], r"green"),
    ([("user", "My name is Alex."), ("assistant", "Nice to meet you, Alex! How can I help you today?"),
      ("user", "What is my name?")], r"alex"),
]
# The /code command's own prompt for this (commands/code.py); the answer must hold a fenced block.
CODE = ("a function is_even(n) that returns True when n is even, else False",
        r"```python\s*\ndef is_even\(n\):.*?return[^`]*```")
IDENTITY = ("Are you a person or an AI?", r"\bai\b|artificial intelligence|language model|assistant")
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def card_with(system_prompt: str | None) -> ModelCard:
    return ModelCard(id="m", display_name="m", task="chat", backend="transformers", source="m",
                     system_prompt=system_prompt)


def conversations() -> list[tuple[str, list[tuple[str, str]], str]]:
    """(group, turns, answer pattern) for every question."""
    rows = [("en", [("user", q)], a) for q, a in ENGLISH]
    rows += [("ko", [("user", q)], a) for q, a in KOREAN]
    rows += [("memory", turns, answer) for turns, answer in MEMORY]
    rows.append(("identity", [("user", IDENTITY[0])], IDENTITY[1]))
    rows.append(("code", [("user", code_prompt(CODE[0]))], CODE[1]))
    return rows


def code_prompt(description: str) -> str:
    from hubbot.commands.code import CodeSource, build_prompt

    return build_prompt(card_with(""), "generate", "python", CodeSource(description, ""))


def answer_all(model, tokenizer, texts: list[str], max_new_tokens: int) -> list[str]:
    import torch

    tokenizer.padding_side = "left"
    batch = tokenizer(texts, return_tensors="pt", padding=True, add_special_tokens=False)
    with torch.inference_mode():
        out = model.generate(**batch, max_new_tokens=max_new_tokens, do_sample=False)
    return [tokenizer.decode(row[batch["input_ids"].shape[1]:], skip_special_tokens=True).strip()
            for row in out]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("model_dir")
    parser.add_argument("--max-new-tokens", type=int, default=48)
    parser.add_argument("--show", action="store_true", help="print every answer")
    parser.add_argument("--only", help="comma-separated candidate names to run")
    args = parser.parse_args()

    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    torch.set_num_threads(2)
    tokenizer = AutoTokenizer.from_pretrained(args.model_dir)
    model = AutoModelForCausalLM.from_pretrained(args.model_dir, dtype=torch.float32).eval()
    rows = conversations()
    print(f"{'system prompt':28} {'en':>6} {'ko':>5} {'ko in 한글':>9} {'memory':>6} {'AI?':>4} {'code':>4} "
          f"{'time':>6}")
    wanted = set(args.only.split(",")) if args.only else set(CANDIDATES)
    for name, candidate in CANDIDATES.items():
        if name not in wanted:
            continue
        system = prompts.system_messages(card_with(candidate))
        texts = [prompts.render("chat_template", [*system, *(ChatMessage(r, c) for r, c in turns)], tokenizer)
                 for _, turns, _ in rows]
        started = time.perf_counter()
        answers = answer_all(model, tokenizer, texts, args.max_new_tokens)
        took = time.perf_counter() - started
        right = {g: 0 for g in ("en", "ko", "memory", "identity", "code")}
        hangul = 0
        for (group, turns, pattern), answer in zip(rows, answers, strict=True):
            right[group] += bool(re.search(pattern, answer, re.IGNORECASE | re.DOTALL))
            hangul += group == "ko" and bool(HANGUL.search(answer))
            if args.show:
                print(f"  [{name}] {turns[-1][1]!r} -> {answer[:120]!r}")
        print(f"{name:28} {right['en']:>3}/{len(ENGLISH):<2} {right['ko']:>2}/{len(KOREAN):<2} "
              f"{hangul:>6}/{len(KOREAN):<2} {right['memory']:>4}/{len(MEMORY)} {right['identity']:>2}/1 "
              f"{right['code']:>2}/1 {took:>5.1f}s")


if __name__ == "__main__":
    main()
