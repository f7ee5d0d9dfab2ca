"""Rolling batches: hubbot's continuous batching for devices without a paged-attention kernel.

A `RollingEngine` owns one thread that decodes every running row of a model together, one
token per step. A new request joins at the next step boundary (its prompt is prefilled on
its own, then its cache is merged into the batch's), and a row leaves the moment it ends, so
nobody waits for a whole batch to drain and no step is spent on finished rows.

Why not transformers' continuous-batching manager everywhere: on a CPU it measured 2–3×
slower than a padded `generate` (its paged attention has no fused CPU kernel), while this loop
keeps transformers' own `DynamicCache` and SDPA attention. On a GPU the manager wins and is
used (`TransformersTextBackend.mode`).

Exactness: a prompt is prefilled alone, exactly as a lone `generate` would, and a decode step
attends over the batch's left-padded cache through the attention mask, with each row's own
position ids — the same arithmetic as a padded `generate`, so greedy rows give the tokens they
give alone.

The cache is a plain `DynamicCache` whose layers hold `[rows, heads, length, head_dim]` keys
and values; joining left-pads both sides to one length, leaving selects rows and trims the
padding columns no row needs any more. Models with sliding-window layers keep the padded
micro-batches instead (`supports_config`).
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from hubbot.inference import metrics

log = logging.getLogger(__name__)

PREFILL_BUDGET_TOKENS = 512  # prompt tokens prefilled between two decode steps (at least one prompt)
PREFIX_CACHE_BYTES = 256 * 2**20  # keys/values of recent prompts and answers (SmolLM2 fp32: ~5.6k tokens)
MIN_PREFIX_TOKENS = 16  # a shorter shared start is prefilled again (not worth a lookup)
GROWING_HEADROOM = 64  # spare cache columns a batch's layers keep for the next decode steps


def supports_config(config: Any) -> bool:
    """Whether a model's cache is full attention on every layer (what rolling batches merge)."""
    config = config.get_text_config()
    layer_types = getattr(config, "layer_types", None) or []
    if any(kind != "full_attention" for kind in layer_types):
        return False
    return not getattr(config, "sliding_window", None) or not getattr(config, "use_sliding_window", True)


@dataclass(eq=False)
class Row:
    """One request in a rolling batch.

    `push(token) -> bool` takes each chosen token and says whether the row has ended (EOS,
    stop string, its own max tokens); `choose(logits, ids)` picks the row's next token from its
    `[1, vocab]` logits (ids: the prompt and tokens so far, for repetition penalties) or is
    None for plain greedy; `cancelled()` is polled every step; `on_end()` is called once, from
    the engine thread, when the row is done or dropped."""

    prompt: list[int]
    push: Callable[[int], bool]
    on_end: Callable[[], None]
    owner: str = ""  # who asked: newcomers with fewer rows running are prefilled first
    cancelled: Callable[[], bool] = lambda: False
    choose: Callable[[Any, list[int]], int] | None = None
    failed: Callable[[BaseException], None] | None = None
    generated: list[int] = field(default_factory=list)
    next_token: int = -1
    ended: bool = False

    def take(self, token: int) -> bool:
        """Record and push a chosen token; True once the row has ended."""
        self.generated.append(token)
        self.next_token = token
        return self.push(token)

    def end(self) -> None:
        if not self.ended:
            self.ended = True
            self.on_end()


class PrefixCache:
    """Keys and values of recent prompts and answers, so a prompt that starts like one of them
    — the system prompt, or the whole conversation so far on a follow-up turn — prefills only
    what is new. Least recently used entries go first once they hold `max_bytes`.

    A reused start gives the logits a full prefill gives up to float32 rounding of the
    attention's shapes (the same order as padding drift); the benchmark checks that greedy
    answers still match."""

    def __init__(self, max_bytes: int = PREFIX_CACHE_BYTES, min_tokens: int = MIN_PREFIX_TOKENS) -> None:
        self.max_bytes = max_bytes
        self.min_tokens = min_tokens
        self.entries: OrderedDict[tuple[int, ...], list[tuple[Any, Any]]] = OrderedDict()
        self.bytes = 0
        self.hits = 0
        self.reused_tokens = 0

    def longest(self, prompt: list[int]) -> tuple[int, list[tuple[Any, Any]] | None]:
        """(tokens reused, each layer's keys and values for them) for the longest cached start
        of `prompt`, leaving at least its last token to prefill; (0, None) when none is long enough."""
        best, best_key = 0, None
        for key in self.entries:
            shared = _shared_start(key, prompt, len(prompt) - 1)
            if shared > best:
                best, best_key = shared, key
        if best_key is None or best < self.min_tokens:
            return 0, None
        self.entries.move_to_end(best_key)
        self.hits += 1
        self.reused_tokens += best
        return best, [(keys[:, :, :best], values[:, :, :best]) for keys, values in self.entries[best_key]]

    def add(self, ids: list[int], layers: list[tuple[Any, Any]]) -> None:
        key = tuple(ids)
        size = sum(keys.numel() * keys.element_size() + values.numel() * values.element_size()
                   for keys, values in layers)
        if len(key) < self.min_tokens or size > self.max_bytes:
            return
        if key in self.entries:
            self.entries.move_to_end(key)
            return
        self.entries[key] = layers
        self.bytes += size
        while self.bytes > self.max_bytes:
            _, old = self.entries.popitem(last=False)
            self.bytes -= sum(k.numel() * k.element_size() + v.numel() * v.element_size() for k, v in old)


def _shared_start(a: tuple[int, ...], b: list[int], limit: int) -> int:
    n = min(len(a), len(b), limit)
    for i in range(n):
        if a[i] != b[i]:
            return i
    return n


class RollingBatch:
    """The tensors of the rows decoding together: their cache, attention mask and next tokens.

    Row `i` of every tensor is `rows[i]`. `mask[i, j]` is 1 where cache column `j` holds one of
    the row's tokens, 0 for left padding."""

    def __init__(self, model: Any, prefixes: PrefixCache | None = None) -> None:
        self.model = model
        self.prefixes = prefixes
        self.rows: list[Row] = []
        self.cache: Any = None
        self.mask: Any = None

    def __len__(self) -> int:
        return len(self.rows)

    def prefill(self, row: Row) -> tuple[Any, Any]:
        """Run a newcomer's prompt alone, from the longest cached start it shares with a recent
        prompt or answer: (its next-token logits `[1, vocab]`, its cache)."""
        import torch
        from transformers import DynamicCache

        reused, layers = self.prefixes.longest(row.prompt) if self.prefixes else (0, None)
        cache = DynamicCache()
        for index, (keys, values) in enumerate(layers or []):
            cache.update(keys, values, index)
        ids = torch.tensor([row.prompt[reused:]], device=self.model.device)
        mask = torch.ones((1, len(row.prompt)), dtype=torch.long, device=self.model.device)
        out = self.model(input_ids=ids, attention_mask=mask, cache=cache, use_cache=True, logits_to_keep=1)
        if self.prefixes is not None:
            self.prefixes.add(row.prompt, [(layer.keys, layer.values) for layer in cache.layers])
        return out.logits[:, -1].float(), cache

    def remember(self, index: int) -> None:
        """Keep row `index`'s prompt and answer in the prefix cache (a follow-up turn starts so)."""
        row = self.rows[index]
        if self.prefixes is None or not row.generated:
            return
        # The last chosen token was never fed: the cache holds everything before it.
        ids = [*row.prompt, *row.generated[:-1]]
        start = self.mask.shape[1] - len(ids)
        # Copies: a view would keep the whole batch's tensors alive.
        self.prefixes.add(ids, [(layer.keys[index:index + 1, :, start:].clone(),
                                 layer.values[index:index + 1, :, start:].clone())
                                for layer in self.cache.layers])

    def join(self, rows: list[Row], caches: list[Any]) -> None:
        """Add prefilled rows (each with its first token chosen) to the batch."""
        import torch

        parts = [(self.cache, self.mask)] if self.rows else []
        for row, cache in zip(rows, caches, strict=True):
            length = len(row.prompt)
            parts.append((cache, torch.ones((1, length), dtype=torch.long, device=self.model.device)))
        width = max(mask.shape[1] for _, mask in parts)
        self.mask = torch.cat([_left_pad(mask, width, dim=1) for _, mask in parts])
        self.cache = _merge([cache for cache, _ in parts], width)
        self.rows.extend(rows)

    def step(self) -> Any:
        """Feed every row its next token; returns the logits for the token after, `[rows, vocab]`."""
        import torch

        device = self.model.device
        tokens = torch.tensor([[row.next_token] for row in self.rows], device=device)
        positions = self.mask.sum(dim=1, keepdim=True)  # each row's own count of real tokens
        self.mask = torch.cat([self.mask, torch.ones((len(self.rows), 1), dtype=self.mask.dtype,
                                                     device=device)], dim=1)
        out = self.model(input_ids=tokens, attention_mask=self.mask, position_ids=positions,
                         cache=self.cache, use_cache=True)
        return out.logits[:, -1].float()

    def keep(self, indices: list[int]) -> None:
        """Keep only these rows (in this order); trim padding columns no kept row uses."""
        if len(indices) == len(self.rows):
            return
        self.rows = [self.rows[i] for i in indices]
        if not self.rows:
            self.cache = self.mask = None
            return
        import torch

        index = torch.tensor(indices, device=self.mask.device)
        self.mask = self.mask.index_select(0, index)
        used = self.mask.any(dim=0).nonzero()
        first = int(used[0]) if len(used) else 0
        self.mask = self.mask[:, first:]
        self.cache = _cache_of([_growing_layer(layer.keys.index_select(0, index)[:, :, first:],
                                               layer.values.index_select(0, index)[:, :, first:])
                                for layer in self.cache.layers])


def _left_pad(tensor: Any, width: int, *, dim: int) -> Any:
    import torch

    missing = width - tensor.shape[dim]
    if missing <= 0:
        return tensor
    shape = list(tensor.shape)
    shape[dim] = missing
    return torch.cat([torch.zeros(shape, dtype=tensor.dtype, device=tensor.device), tensor], dim=dim)


def _merge(caches: list[Any], width: int) -> Any:
    """One cache holding every cache's rows, each left-padded to `width` columns."""
    import torch

    layers = []
    for index in range(len(caches[0].layers)):
        keys = torch.cat([_left_pad(c.layers[index].keys, width, dim=2) for c in caches])
        values = torch.cat([_left_pad(c.layers[index].values, width, dim=2) for c in caches])
        layers.append(_growing_layer(keys, values))
    return _cache_of(layers)


def _cache_of(layers: list[Any]) -> Any:
    from transformers.cache_utils import Cache

    return Cache(layers=layers)


def _growing_layer(keys: Any, values: Any) -> Any:
    """A cache layer holding these keys and values with room to grow."""
    layer = _growing_layer_class()()
    layer.store(keys, values)
    return layer


@functools.cache
def _growing_layer_class() -> type:
    """transformers' `DynamicLayer` concatenates every new token onto the whole cache, copying it:
    at 16 rows of ~150 tokens that copy was a third of a CPU decode step (27 of 83 ms). This
    layer writes the new token into spare columns in place and hands attention a view, copying
    only when the spare room runs out (every `GROWING_HEADROOM` steps). Defined once, on first
    use, so importing this module does not import transformers."""
    from transformers.cache_utils import DynamicLayer

    class GrowingLayer(DynamicLayer):
        def __init__(self) -> None:
            super().__init__()
            self.length = 0
            self._keys: Any = None
            self._values: Any = None

        def store(self, keys: Any, values: Any, headroom: int = GROWING_HEADROOM) -> None:
            rows, heads, length, dim = keys.shape
            self._keys = keys.new_empty((rows, heads, length + headroom, dim))
            self._values = values.new_empty((rows, values.shape[1], length + headroom, values.shape[3]))
            self._keys[:, :, :length] = keys
            self._values[:, :, :length] = values
            self.length = length
            self.device, self.is_initialized = keys.device, True
            self._expose()

        def update(self, key_states: Any, value_states: Any, *args: Any, **kwargs: Any) -> tuple[Any, Any]:
            new = key_states.shape[-2]
            if not self.is_initialized:
                self.store(key_states, value_states)
                return self.keys, self.values
            if self.length + new > self._keys.shape[2]:
                self.store(self.keys, self.values, headroom=max(GROWING_HEADROOM, new))
            self._keys[:, :, self.length:self.length + new] = key_states
            self._values[:, :, self.length:self.length + new] = value_states
            self.length += new
            self._expose()
            return self.keys, self.values

        def _expose(self) -> None:
            self.keys = self._keys[:, :, :self.length]
            self.values = self._values[:, :, :self.length]

    return GrowingLayer


def next_newcomers(inbox: list[Row], running: list[Row], budget: int) -> tuple[list[Row], list[Row]]:
    """(the rows to prefill before the next step, the rows left waiting): as many as fit in
    `budget` prompt tokens (at least one). A user with nothing running goes before more rows
    of a user who has some (a flood's later prompts), then arrival order."""
    rows_of = Counter(row.owner for row in running)
    order = sorted(range(len(inbox)), key=lambda i: (rows_of[inbox[i].owner], i))
    taken: list[int] = []
    tokens = 0
    for index in order:
        length = len(inbox[index].prompt)
        if taken and tokens + length > budget:
            break
        taken.append(index)
        tokens += length
    chosen = set(taken)
    return [inbox[i] for i in taken], [row for i, row in enumerate(inbox) if i not in chosen]


class RollingEngine:
    """The thread that runs a model's rolling batch. `add(row)` from any thread."""

    def __init__(self, model: Any, name: str, prefill_budget: int = PREFILL_BUDGET_TOKENS) -> None:
        self.model = model
        self.name = name
        self.prefill_budget = prefill_budget
        self.prefixes = PrefixCache()
        self.batch = RollingBatch(model, self.prefixes)
        self._inbox: list[Row] = []
        self._wake = threading.Condition()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name=f"hubbot-rolling-{name}", daemon=True)
        self._thread.start()

    def add(self, row: Row) -> None:
        with self._wake:
            if self._stopping:
                raise RuntimeError("the rolling batch has stopped")
            self._inbox.append(row)
            self._wake.notify()

    def stop(self, timeout: float = 30.0) -> None:
        """Stop after the current step; rows still running or waiting end without a result."""
        with self._wake:
            self._stopping = True
            self._wake.notify()
        if threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    # ---- the engine thread ------------------------------------------------------------------

    def _run(self) -> None:
        import torch

        with torch.inference_mode():
            while True:
                newcomers = self._wait_for_work()
                if newcomers is None:
                    break
                try:
                    self._admit(newcomers)
                    if self.batch.rows:
                        self._step()
                except Exception as exc:  # a broken step fails its rows; the engine goes on
                    log.exception("rolling batch step failed")
                    self._fail_all([*self.batch.rows, *newcomers], exc)
                    self.batch = RollingBatch(self.model, self.prefixes)
        for row in [*self.batch.rows, *self._inbox]:
            row.end()

    def _wait_for_work(self) -> list[Row] | None:
        """The newcomers to prefill before the next step (within the token budget), or None
        when stopping."""
        with self._wake:
            while not self._stopping and not self._inbox and not self.batch.rows:
                self._wake.wait()
            if self._stopping:
                return None
            newcomers, self._inbox = next_newcomers(self._inbox, self.batch.rows, self.prefill_budget)
            return newcomers

    def _admit(self, newcomers: list[Row]) -> None:
        joined, caches = [], []
        for row in newcomers:
            if row.cancelled():
                row.end()
                continue
            logits, cache = self.batch.prefill(row)
            if row.take(self._choose(row, logits)):
                row.end()
                continue
            joined.append(row)
            caches.append(cache)
        if joined:
            self.batch.join(joined, caches)

    def _step(self) -> None:
        started = time.perf_counter()
        keep = []
        for i, row in enumerate(self.batch.rows):
            if row.cancelled():
                row.end()
            else:
                keep.append(i)
        self.batch.keep(keep)
        if not self.batch.rows:
            return
        logits = self.batch.step()
        metrics.STEP_ROWS.labels(self.name).observe(len(self.batch.rows))
        greedy = logits.argmax(dim=-1).tolist()
        keep = []
        for i, row in enumerate(self.batch.rows):
            if row.choose is None:
                token = greedy[i]
            else:
                token = row.choose(logits[i:i + 1], [*row.prompt, *row.generated])
            if row.take(token):
                self.batch.remember(i)
                row.end()
            else:
                keep.append(i)
        self.batch.keep(keep)
        log.debug("rolling step: %d rows in %.1f ms", len(keep), (time.perf_counter() - started) * 1000)

    @staticmethod
    def _choose(row: Row, logits: Any) -> int:
        if row.choose is None:
            return int(logits.argmax(dim=-1))
        return row.choose(logits, row.prompt)

    @staticmethod
    def _fail_all(rows: list[Row], exc: BaseException) -> None:
        for row in rows:
            if not row.ended and row.failed is not None:
                row.failed(exc)
            row.end()
