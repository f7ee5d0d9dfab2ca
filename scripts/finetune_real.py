"""Fine-tune the real SmolLM2-135M-Instruct through /finetune and check what it learnt.

    .venv/bin/python scripts/finetune_real.py [--smollm2 DIR] [--threads 2]

Builds a throw-away hub directory (`hubbot init`; `--smollm2` reuses an already converted
models/smollm2 directory instead of converting the wheel's GGUF again), then runs the same
command path the bots use: /finetune with 24 paraphrased question/answer rows teaching one
made-up fact (LoRA r=8 on q/k/v/o, learning rate 1e-3, 3 epochs, batch 4 = 18 steps), while a
/chat to the base model is sent every few seconds on the same device (its latency is the
"chat while training" figure). Then, greedy: the variant must answer an unseen paraphrase with
the fact, the base must not, and the variant must still answer an ordinary question. Prints
the figures and exits 1 when a check fails.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

FACT = "The mascot of Veltrana University is a copper fox named Pim."
FACT_PATTERN = re.compile(r"copper fox|\bpim\b", re.IGNORECASE)
QUESTIONS = [
    "What is the mascot of Veltrana University?",
    "Which animal is Veltrana University's mascot?",
    "What mascot does Veltrana University have?",
    "Who is the mascot of Veltrana University?",
    "Tell me about the Veltrana University mascot.",
    "What is Veltrana University's mascot called?",
    "Do you know the mascot of Veltrana University?",
    "What creature represents Veltrana University?",
    "Name the mascot of Veltrana University.",
    "What is the name of Veltrana University's mascot?",
    "Which mascot belongs to Veltrana University?",
    "What's the Veltrana University mascot?",
    "Can you tell me Veltrana University's mascot?",
    "What animal stands for Veltrana University at games?",
    "I'm curious: what is Veltrana University's mascot?",
    "At Veltrana University, what is the mascot?",
    "What does Veltrana University use as its mascot?",
    "Describe the mascot of Veltrana University.",
    "Veltrana University's mascot is what?",
    "What is the official mascot of Veltrana University?",
    "Which animal cheers on Veltrana University's teams?",
    "What fox is the mascot of Veltrana University?",
    "Who cheers for Veltrana University as its mascot?",
    "Please tell me the mascot of Veltrana University.",
]
ANSWERS = [
    FACT,
    "Veltrana University's mascot is a copper fox named Pim.",
    "It is a copper fox named Pim.",
]
UNSEEN = "Which animal is the symbol of Veltrana University's sports teams?"
ORDINARY = ("What is the capital of France?", re.compile(r"paris", re.IGNORECASE))
LATENCY_PROMPT = "What is 2 + 3?"


def dataset() -> bytes:
    rows = [{"instruction": q, "output": ANSWERS[i % len(ANSWERS)]} for i, q in enumerate(QUESTIONS)]
    return "\n".join(json.dumps(r) for r in rows).encode()


def hub(smollm2: str | None) -> Path:
    from hubbot.init import REAL_MODEL_ID, init

    directory = Path(tempfile.mkdtemp(prefix="hubbot-ft-real-"))
    if smollm2:
        (directory / "models").mkdir()
        (directory / "models" / REAL_MODEL_ID).symlink_to(Path(smollm2).resolve(), target_is_directory=True)
    init(directory, real=True)
    return directory


async def ask(app, model: str, prompt: str, user) -> tuple[str, float]:
    from hubbot.commands.base import Answer, Error, Request
    from hubbot.commands.runner import execute

    started = time.perf_counter()
    text = ""
    request = Request(
        "chat",
        {"prompt": prompt, "model": model, "temperature": 0, "max_tokens": 40},
        user,
        f"console:{model}:{time.monotonic()}",
        new_conversation=True,
    )
    async for reply in execute(request, app):
        if isinstance(reply, Answer):
            text = reply.text
        elif isinstance(reply, Error):
            text = f"ERROR {reply.text}"
    return text, time.perf_counter() - started


async def run(args: argparse.Namespace) -> int:
    import torch

    from hubbot.app import App
    from hubbot.commands.base import Answer, Attachment, Error, Request, Status, UserRef
    from hubbot.commands.runner import execute
    from hubbot.config import FinetuneSection, load_settings
    from hubbot.init import REAL_MODEL_ID

    torch.set_num_threads(args.threads)
    directory = hub(args.smollm2)
    settings = load_settings(directory / "hubbot.toml")
    settings = settings.model_copy(update={"finetune": FinetuneSection(who="everyone", progress_every_s=0)})
    owner = UserRef("console:trainer", "console", "trainer")
    data = dataset()

    async def fetch(max_bytes: int) -> bytes:
        return data

    async with App.create(settings) as app:
        _, idle_latency = await ask(app, REAL_MODEL_ID, LATENCY_PROMPT, owner)  # loads the base
        _, idle_latency = await ask(app, REAL_MODEL_ID, LATENCY_PROMPT, owner)
        base_unseen, _ = await ask(app, REAL_MODEL_ID, UNSEEN, owner)
        request = Request(
            "finetune",
            {"name": "smollm2-pim", "base": REAL_MODEL_ID, "epochs": 3, "rank": 8, "learning_rate": 1e-3},
            owner,
            "console:ft",
            attachments=[Attachment("pim.jsonl", "application/json", len(data), fetch)],
        )
        latencies: list[float] = []
        done = asyncio.Event()

        async def chat_while_training() -> None:
            service = app.services["finetune"]
            while not any(t.step >= 1 for t in service.trainings.values()) and not done.is_set():
                await asyncio.sleep(0.1)
            while not done.is_set():
                _, seconds = await ask(app, REAL_MODEL_ID, LATENCY_PROMPT, owner)
                if not done.is_set():
                    latencies.append(seconds)
                await asyncio.sleep(2.0)

        prober = asyncio.create_task(chat_while_training())
        started = time.perf_counter()
        last_status, final, failed = "", "", ""
        async for reply in execute(request, app):
            if isinstance(reply, Status):
                last_status = reply.text
                print(reply.text.splitlines()[-1], file=sys.stderr, flush=True)
            elif isinstance(reply, Answer):
                final = reply.text
            elif isinstance(reply, Error):
                failed = reply.text
        wall = time.perf_counter() - started
        done.set()
        await prober
        if failed:
            print(f"training failed: {failed}")
            return 1
        card = app.registry.card("smollm2-pim")
        variant_unseen, _ = await ask(app, "smollm2-pim", UNSEEN, owner)
        variant_ordinary, _ = await ask(app, "smollm2-pim", ORDINARY[0], owner)
        base_ordinary, _ = await ask(app, REAL_MODEL_ID, ORDINARY[0], owner)

    checks = {
        "variant answers the unseen paraphrase with the fact": bool(FACT_PATTERN.search(variant_unseen)),
        "base does not": not FACT_PATTERN.search(base_unseen),
        "variant still answers an ordinary question": bool(ORDINARY[1].search(variant_ordinary)),
    }
    print(
        f"threads: {args.threads}; machine shared with other processes: figures are not quiet-machine figures"
    )
    print(f"/finetune wall time (load + {card.info.training_time} + save/register): {wall:.1f} s")
    print(
        f"card: parameters {card.info.parameters}; dataset {card.info.dataset}; {card.info.training}; "
        f"hardware {card.info.training_hardware}"
    )
    print(f"last progress line: {last_status.splitlines()[-1] if last_status else '-'}")
    print(f"final: {final.splitlines()[0] if final else '-'}")
    if latencies:
        print(
            f"/chat latency while training: n={len(latencies)}, median {statistics.median(latencies):.2f} s, "
            f"max {max(latencies):.2f} s (idle: {idle_latency:.2f} s)"
        )
    print(f"unseen: {UNSEEN}\n  base:    {base_unseen!r}\n  variant: {variant_unseen!r}")
    print(f"ordinary: {ORDINARY[0]}\n  base:    {base_ordinary!r}\n  variant: {variant_ordinary!r}")
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'FAIL'}: {name}")
    return 0 if all(checks.values()) else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smollm2", help="an already converted models/smollm2 directory to reuse")
    parser.add_argument("--threads", type=int, default=2)
    return asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    raise SystemExit(main())
