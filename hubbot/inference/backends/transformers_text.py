"""Text generation with transformers on a local directory (chat and code models).

Three ways to run a crowd of requests, chosen per model (`card.batching`, "auto" by default):

- **rolling** (CPU, chosen automatically there for models of 64 MiB and up): `stream(job,
  emit)` adds the job to the model's rolling batch (`inference/rolling.py`): it joins the
  running rows at the next decode step and leaves the moment it ends. Each row has its own
  `max_new_tokens`, stop strings, penalties and (when sampling) temperature / top-p / top-k
  and seed, through transformers' own logits processors.
- **continuous** (CUDA/ROCm, chosen automatically there): `stream(job, emit)` adds the job
  to transformers' continuous-batching manager (paged attention). Per-request temperature /
  top-p / top-k are honoured when the card samples by default; with a greedy card every
  request runs greedy.
- **padded** (any device, when asked; on a CPU, tiny models and models with sliding-window
  attention): the dispatcher hands `run_batch` the jobs that share a batch key; they run as one
  left-padded `generate`, each row streaming its own deltas and finishing on its own.
  Greedy and sampling jobs never share a batch (the batch key says which).
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from hubbot.config import ModelCard
from hubbot.inference import prompts, rolling
from hubbot.inference.backends.base import Emit, LocalBackend, Serving, joining_rows
from hubbot.inference.detokenize import Detokenizer
from hubbot.inference.devices import device_map_for, resolve_device, resolve_dtype
from hubbot.inference.jobs import Failed, Finished, Job, TextDelta, TextInputs, Usage
from hubbot.inference.residency import estimate_bytes

log = logging.getLogger(__name__)

DEFAULT_MAX_NEW_TOKENS = 256
# Generation options every row of a batch must share (anything else per row is below).
SHARED_OPTIONS = ("repetition_penalty", "no_repeat_ngram_size")
CB_PAGE_SIZE = 256
ROLLING_MIN_BYTES = 64 * 2**20  # on a CPU, smaller models keep padded micro-batches (see `mode`)


class TextRenderer:
    """Renders messages with the card's prompt format and counts tokens; tokenizer only."""

    def __init__(self, card: ModelCard, source: str) -> None:
        from transformers import AutoTokenizer

        self.card = card
        self.tokenizer = AutoTokenizer.from_pretrained(source)

    def render(self, messages: list, *, add_generation_prompt: bool = True) -> str:
        return prompts.render(self.card.prompt_format, messages, self.tokenizer, add_generation_prompt)

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text, add_special_tokens=False)["input_ids"])


@dataclass(frozen=True)
class RowOptions:
    """One job's generation settings: the card's defaults overridden by the job's options."""

    max_new_tokens: int
    temperature: float
    top_p: float
    top_k: int
    seed: int | None
    stops: tuple[str, ...]
    shared: tuple[tuple[str, Any], ...]

    @property
    def sampling(self) -> bool:
        return self.temperature > 0

    @classmethod
    def of(cls, card: ModelCard, job: Job | None = None) -> RowOptions:
        options = {**card.generation, **(job.options if job else {})}
        seed = options.get("seed")
        extra_stops = options.get("stop") or []
        stops = [*card.stop, *prompts.stop_strings(card.prompt_format),
                 *([extra_stops] if isinstance(extra_stops, str) else extra_stops)]
        return cls(
            max_new_tokens=max(1, int(options.get("max_new_tokens") or DEFAULT_MAX_NEW_TOKENS)),
            temperature=max(0.0, float(options.get("temperature") or 0.0)),
            top_p=float(options.get("top_p") or 1.0),
            top_k=int(options.get("top_k") or 0),
            seed=int(seed) if seed is not None else None,
            stops=tuple(dict.fromkeys(s for s in stops if s)),
            shared=tuple((k, options[k]) for k in SHARED_OPTIONS if options.get(k) is not None),
        )

    def key(self) -> tuple[Any, ...]:
        # A sampling job with a seed runs alone, so the seed alone decides its tokens.
        if not self.sampling:
            return ("greedy", self.shared)
        return ("sample", self.seed, self.shared)


@dataclass
class RowDecoder:
    """Turns one row's new token ids into TextDelta events and, once, a Finished event.

    Detokenizes incrementally in whole characters (half a UTF-8 character waits for the next
    token and is dropped at the end), cuts at stop strings and holds back text that could be
    the start of one, so a stop string never leaks into a delta.
    """

    job_id: str
    tokenizer: Any
    options: RowOptions
    eos_ids: frozenset[int]
    emit: Emit
    started: float
    prompt_tokens: int = 0
    ids: list[int] = field(default_factory=list)
    text: str = ""
    sent: int = 0  # characters of `text` already emitted
    done: bool = False
    first_token_s: float | None = None
    detokenizer: Detokenizer | None = None

    def __post_init__(self) -> None:
        if self.detokenizer is None:
            self.detokenizer = Detokenizer(self.tokenizer)

    def push(self, token: int) -> bool:
        """Take the row's next token; True once the row has ended."""
        if self.done:
            return True
        if self.first_token_s is None:
            self.first_token_s = time.perf_counter() - self.started
        if token in self.eos_ids:
            self.finish("stop")
            return True
        self.ids.append(token)
        assert self.detokenizer is not None
        delta = self.detokenizer.push(token)
        if delta:
            self.text += delta
            cut = self._stop_at(len(delta))
            if cut >= 0:
                self.text = self.text[:cut]
                self.finish("stop", flush=False)
                return True
        if len(self.ids) >= self.options.max_new_tokens:
            self.finish("length")
            return True
        safe = len(self.text) - self._holdback()
        if safe > self.sent:
            self.emit(self.job_id, TextDelta(self.text[self.sent:safe]))
            self.sent = safe
        return False

    def finish(self, reason: str, *, flush: bool = True) -> None:
        """End the row; `flush`: add the text the detokenizer still holds (whole characters
        only), unless a stop string already cut the text."""
        if self.done:
            return
        self.done = True
        if flush and self.detokenizer is not None:
            self.text += self.detokenizer.finish()
        if len(self.text) > self.sent:
            self.emit(self.job_id, TextDelta(self.text[self.sent:]))
            self.sent = len(self.text)
        usage = Usage(prompt_tokens=self.prompt_tokens, completion_tokens=len(self.ids),
                      first_token_s=self.first_token_s, total_s=time.perf_counter() - self.started)
        self.emit(self.job_id, Finished(text=self.text.strip(), finish_reason=reason, usage=usage))

    def abandon(self) -> None:
        """The job is gone (cancelled, timed out): stop without any further event."""
        self.done = True

    def _stop_at(self, delta_len: int) -> int:
        stops = self.options.stops
        if not stops:
            return -1
        start = max(0, len(self.text) - delta_len - max(map(len, stops)))
        hits = [i for s in stops if (i := self.text.find(s, start)) >= 0]
        return min(hits, default=-1)

    def _holdback(self) -> int:
        """Length of the longest text suffix that is a proper prefix of a stop string."""
        stops = self.options.stops
        tail = self.text[-max(map(len, stops), default=0):]
        if not any(stop[0] in tail for stop in stops):
            return 0  # the common case: nothing that could start a stop string
        longest = 0
        for stop in stops:
            for size in range(min(len(stop) - 1, len(self.text)), longest, -1):
                if self.text.endswith(stop[:size]):
                    longest = size
                    break
        return longest


class TransformersTextBackend(LocalBackend):
    def __init__(self, card: ModelCard, source: str) -> None:
        super().__init__(card, source)
        self.model: Any = None
        self.renderer: TextRenderer | None = None
        self.device = "cpu"
        self._manager: Any = None  # continuous batching, created on first use
        self._rolling: rolling.RollingEngine | None = None  # rolling batches, created on first use

    # ---- lifecycle ------------------------------------------------------------------------

    def modules(self) -> list[Any]:
        return [self.model] if self.model is not None else []

    def load(self) -> None:
        with self._lock:
            if self.model is not None:
                return
            from transformers import AutoModelForCausalLM

            started = time.perf_counter()
            kwargs: dict[str, Any] = {}
            if self.card.attn_implementation:
                kwargs["attn_implementation"] = self.card.attn_implementation
            device_map = device_map_for(self.card.device)
            if device_map:  # "split": layers spread over every GPU
                device = "cuda"
                model = AutoModelForCausalLM.from_pretrained(
                    self.source, dtype=resolve_dtype(self.card.dtype, device), device_map=device_map, **kwargs
                )
            else:
                device = resolve_device(self.card.device)
                kwargs["dtype"] = resolve_dtype(self.card.dtype, device)
                model = AutoModelForCausalLM.from_pretrained(self.source, **kwargs).to(device)
            model.eval()
            if self.card.adapter:
                from peft import PeftModel

                model = PeftModel.from_pretrained(model, self.card.adapter)
            self.renderer = TextRenderer(self.card, self.source)
            self.device, self.model = device, model
            log.info("loaded %s on %s in %.2fs", self.card.id, device, time.perf_counter() - started)

    def unload(self) -> None:
        with self._lock:
            manager, self._manager = self._manager, None
            engine, self._rolling = self._rolling, None
            self.model = None
        if manager is not None:
            manager.stop(block=True, timeout=30)
        if engine is not None:
            engine.stop()

    @cached_property
    def mode(self) -> str:
        """"rolling", "continuous" or "padded" (see the module docstring). "auto": continuous
        on a GPU (CUDA or ROCm) unless the model is split over GPUs; on a CPU rolling for a
        full-attention model of `ROLLING_MIN_BYTES` and up, else padded. May import torch:
        call it off the event loop."""
        if self.card.batching != "auto":
            return self.card.batching
        if device_map_for(self.card.device):
            return "padded"  # a model split over GPUs has no paged cache
        if resolve_device(self.card.device).startswith("cuda"):
            return "continuous"
        from transformers import AutoConfig

        if not rolling.supports_config(AutoConfig.from_pretrained(self.source)):
            return "padded"
        # A tiny model's forward is per-call overhead, not arithmetic: one padded `generate`
        # (fewer forwards: no prefill per row) wins there, rolling batches win once the
        # arithmetic dominates (hubbot bench on this 2-core CPU: a 0.15M-parameter model 7.45x
        # padded vs 4.02x rolling; SmolLM2-135M, 538 MB, rolling 106-121 % of the padded ceiling).
        return "rolling" if estimate_bytes(self.source) >= ROLLING_MIN_BYTES else "padded"

    def serving(self) -> Serving:
        """Rolling or continuous batches stream (each job joins the running batch); padded
        micro-batches go through `run_batch`."""
        if self.mode == "padded":
            return Serving()
        return Serving(streams=True, capacity=self.card.max_batch_size)

    # ---- prompts --------------------------------------------------------------------------

    def batch_key(self, job: Job) -> Hashable:
        return (self.card.id, *RowOptions.of(self.card, job).key())

    def prompt_text(self, job: Job) -> str:
        assert isinstance(job.inputs, TextInputs) and self.renderer is not None
        if job.inputs.prompt is not None:
            return job.inputs.prompt
        return self.renderer.render(job.inputs.messages)

    def prompt_ids(self, job: Job) -> list[int]:
        assert self.renderer is not None
        return self.renderer.tokenizer(self.prompt_text(job), add_special_tokens=False)["input_ids"]

    def _eos_ids(self) -> frozenset[int]:
        config = self.model.generation_config
        eos = config.eos_token_id if config.eos_token_id is not None else self.model.config.eos_token_id
        ids = {eos} if isinstance(eos, int) else set(eos or [])
        tokenizer = self.renderer.tokenizer if self.renderer else None
        if tokenizer is not None and tokenizer.eos_token_id is not None:
            ids.add(tokenizer.eos_token_id)
        if tokenizer is not None:
            stops = [*self.card.stop, *prompts.stop_strings(self.card.prompt_format)]
            ids |= _special_stop_ids(tokenizer, stops)
        return frozenset(ids)

    # ---- padded micro-batches -------------------------------------------------------------

    def run_batch(self, jobs: list[Job], emit: Emit) -> None:
        """Run the jobs; those sharing a batch key go through one `generate` (at most
        `card.max_batch_size` rows each)."""
        self.load()
        is_cancelled: Callable[[str], bool] = getattr(emit, "is_cancelled", lambda _job_id: False)
        groups: dict[Hashable, list[Job]] = {}
        for job in jobs:
            groups.setdefault(self.batch_key(job), []).append(job)
        size = self.card.max_batch_size
        for group in groups.values():
            for first in range(0, len(group), size):
                self._generate(group[first:first + size], emit, is_cancelled)

    def _generate(self, jobs: list[Job], emit: Emit, is_cancelled: Callable[[str], bool]) -> None:
        import torch
        from transformers import LogitsProcessorList, StoppingCriteriaList

        jobs = [job for job in jobs if not is_cancelled(job.id)]
        if not jobs:
            return
        assert self.renderer is not None
        started = time.perf_counter()
        tokenizer = self.renderer.tokenizer
        eos_ids = self._eos_ids()
        prompt_ids = [self.prompt_ids(job) for job in jobs]
        rows = [RowDecoder(job.id, tokenizer, RowOptions.of(self.card, job), eos_ids, emit, started, len(ids))
                for job, ids in zip(jobs, prompt_ids, strict=True)]
        input_ids, attention_mask = _left_pad(prompt_ids, _pad_id(tokenizer), self.model.device)
        arguments: dict[str, Any] = {
            "max_new_tokens": max(row.options.max_new_tokens for row in rows),
            "pad_token_id": _pad_id(tokenizer),
            "eos_token_id": sorted(eos_ids) or None,
            "stopping_criteria": StoppingCriteriaList([_RowsStep(rows, is_cancelled)]),
        }
        arguments.update(dict(rows[0].options.shared))
        if rows[0].options.sampling:
            # Row-wise warpers below; the batch-wide ones are made no-ops.
            arguments.update(do_sample=True, temperature=1.0, top_p=1.0, top_k=0,
                             logits_processor=LogitsProcessorList([_row_sampler(rows, self.model.device)]))
            if rows[0].options.seed is not None:
                torch.manual_seed(rows[0].options.seed)
        else:
            arguments.update(do_sample=False, temperature=None, top_p=None, top_k=None)
        with torch.inference_mode():
            self.model.generate(input_ids=input_ids, attention_mask=attention_mask, **arguments)
        for row in rows:
            if not row.done and not is_cancelled(row.job_id):
                row.finish("length")

    # ---- streaming: rolling batches (CPU), continuous batching (GPU) -------------------------

    async def stream(self, job: Job, emit: Emit) -> None:
        """Run one job in the running batch (rolling or continuous): it joins at once."""
        if not self.loaded:
            await asyncio.to_thread(self.load)
        if self.mode == "rolling":
            await self._stream_rolling(job, emit)
        else:
            await self._stream_continuous(job, emit)

    async def _stream_rolling(self, job: Job, emit: Emit) -> None:
        engine = await asyncio.to_thread(self._rolling_engine)
        assert self.renderer is not None
        loop = asyncio.get_running_loop()
        done: asyncio.Future[None] = loop.create_future()
        options = RowOptions.of(self.card, job)
        ids = await asyncio.to_thread(self.prompt_ids, job)
        decoder = RowDecoder(job.id, self.renderer.tokenizer, options, self._eos_ids(), emit,
                             time.perf_counter(), len(ids))
        is_cancelled: Callable[[str], bool] = getattr(emit, "is_cancelled", lambda _job_id: False)
        gone = False

        def ended() -> None:
            loop.call_soon_threadsafe(lambda: done.done() or done.set_result(None))

        def failed(exc: BaseException) -> None:
            decoder.abandon()
            emit(job.id, Failed("error", f"{type(exc).__name__}: {exc}"[:200]))

        engine.add(rolling.Row(prompt=ids, push=decoder.push, on_end=ended, failed=failed, owner=job.user_id,
                               cancelled=lambda: gone or is_cancelled(job.id),
                               choose=rolling_chooser(options, self.model.device)))
        try:
            await done
        except asyncio.CancelledError:
            gone = True  # the engine drops the row at its next step
            raise

    def _rolling_engine(self) -> rolling.RollingEngine:
        with self._lock:
            if self._rolling is None:
                self._rolling = rolling.RollingEngine(self.model, self.card.id)
                log.info("rolling batches started for %s", self.card.id)
            return self._rolling

    async def _stream_continuous(self, job: Job, emit: Emit) -> None:
        manager = await asyncio.to_thread(self._continuous_manager)
        loop = asyncio.get_running_loop()
        assert self.renderer is not None
        options = RowOptions.of(self.card, job)
        ids = self.prompt_ids(job)
        row = RowDecoder(job.id, self.renderer.tokenizer, options, self._eos_ids(), emit,
                         time.perf_counter(), len(ids))
        done: asyncio.Future[None] = loop.create_future()
        seen = 0

        def on_result(output: Any) -> None:
            nonlocal seen
            if done.done():
                return
            if output.error:
                emit(job.id, Failed("error", str(output.error)[:200]))
                done.set_result(None)
                return
            for token in output.generated_tokens[seen:]:  # cumulative: take only the new tail
                if row.push(int(token)):
                    break
            seen = len(output.generated_tokens)
            if not row.done and output.is_finished():
                row.finish("length" if len(row.ids) >= options.max_new_tokens else "stop")
            if row.done:
                if not output.is_finished():
                    manager.cancel_request(job.id)  # a stop string ended it before the model did
                done.set_result(None)

        manager.register_result_handler(job.id, on_result)
        supported = getattr(manager.logit_processor, "supported_keys", {})
        # The manager's top-k does not treat 0 as "off" (it would keep one token): use the vocabulary.
        sampling = {"temperature": options.temperature or 1e-3, "top_p": options.top_p,
                    "top_k": options.top_k or self._vocab_size()}
        kwargs = {k: v for k, v in sampling.items() if k in supported}
        if manager.add_request(ids, request_id=job.id, max_new_tokens=options.max_new_tokens,
                               streaming=True, **kwargs) is None:
            emit(job.id, Failed("unavailable", "the continuous batching manager is not accepting requests"))
            return
        try:
            await done
        except asyncio.CancelledError:
            manager.cancel_request(job.id)
            raise

    def _vocab_size(self) -> int:
        return int(self.model.config.get_text_config().vocab_size)

    def _continuous_manager(self) -> Any:
        with self._lock:
            if self._manager is None:
                self._manager = self._start_manager()
            return self._manager

    def _start_manager(self) -> Any:
        from transformers import ContinuousBatchingConfig, GenerationConfig

        defaults = RowOptions.of(self.card)
        tokenizer = self.renderer.tokenizer if self.renderer else None
        sampling: dict[str, Any] = {"do_sample": False}
        if defaults.sampling:
            # Per-request warpers only exist when the default is neither None nor neutral.
            sampling = {"do_sample": True, "temperature": defaults.temperature,
                        "top_p": defaults.top_p if defaults.top_p < 1 else 0.999,
                        "top_k": defaults.top_k or self._vocab_size()}
        generation = GenerationConfig(max_new_tokens=defaults.max_new_tokens,
                                      eos_token_id=sorted(self._eos_ids()) or None,
                                      pad_token_id=_pad_id(tokenizer) if tokenizer else None, **sampling)
        # The dispatcher sends up to `joining_rows` requests (rows kept for newcomers): the manager
        # must run them all, or a newcomer queues inside it behind the flood's rows (hubbot bench
        # on an H200: 2.1 batches of extra wait). Size the paged cache from the card, not from
        # free memory (other models share the GPU).
        rows = joining_rows(self.card.max_batch_size)
        config = ContinuousBatchingConfig(
            num_blocks=math.ceil(rows * self.card.context_length / CB_PAGE_SIZE) + 1, page_size=CB_PAGE_SIZE,
            max_batch_tokens=max(256, min(self.card.context_length, 4096)),
            max_requests_per_batch=rows, per_request_processors=True,
        )
        manager = self.model.init_continuous_batching(generation_config=generation,
                                                      continuous_batching_config=config)
        manager.start()
        log.info("continuous batching started for %s (%d rows)", self.card.id, self.card.max_batch_size)
        return manager


class _RowsStep:
    """Called by `generate` once per step with every row's newest token: feeds the row
    decoders and tells `generate` which rows are done (EOS, stop string, own max tokens, or
    cancelled), so finished rows are answered at once and the batch ends with its last row."""

    def __init__(self, rows: list[RowDecoder], is_cancelled: Callable[[str], bool]) -> None:
        self.rows = rows
        self.is_cancelled = is_cancelled

    def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> Any:
        import torch

        newest = input_ids[:, -1].tolist()
        finished = []
        for row, token in zip(self.rows, newest, strict=True):
            if not row.done and self.is_cancelled(row.job_id):
                row.abandon()
            finished.append(row.push(token))
        return torch.tensor(finished, dtype=torch.bool, device=input_ids.device)


def _row_sampler(rows: list[RowDecoder], device: Any) -> Any:
    """A logits processor applying each row's own temperature, top-k and top-p."""
    import torch
    from transformers import LogitsProcessor

    temperature = torch.tensor([max(r.options.temperature, 1e-5) for r in rows], device=device)
    top_k = torch.tensor([r.options.top_k for r in rows], device=device)
    top_p = torch.tensor([r.options.top_p for r in rows], device=device)

    class RowSampler(LogitsProcessor):
        def __call__(self, input_ids: Any, scores: Any) -> Any:
            scores = scores / temperature[:, None]
            ordered, order = scores.sort(dim=-1, descending=True)
            rank = torch.arange(scores.shape[-1], device=scores.device)[None, :]
            limit = torch.where(top_k > 0, top_k, scores.shape[-1])[:, None]
            probs = ordered.softmax(dim=-1)
            # Drop a token once the tokens ranked above it already hold top_p of the mass.
            drop = (rank >= limit) | ((probs.cumsum(dim=-1) - probs) > top_p[:, None])
            ordered = ordered.masked_fill(drop, float("-inf"))
            return torch.full_like(scores, float("-inf")).scatter(-1, order, ordered)

    return RowSampler()


def rolling_chooser(options: RowOptions, device: Any) -> Callable[[Any, list[int]], int] | None:
    """How a rolling-batch row picks its token from its `[1, vocab]` logits: None for plain
    greedy (the batch's argmax); otherwise transformers' own processors for this row's
    penalties and sampling settings, and a generator of its own when it has a seed."""
    import torch
    from transformers import (
        NoRepeatNGramLogitsProcessor,
        RepetitionPenaltyLogitsProcessor,
        TemperatureLogitsWarper,
        TopKLogitsWarper,
        TopPLogitsWarper,
    )

    shared = dict(options.shared)
    processors: list[Any] = []
    if shared.get("repetition_penalty") not in (None, 1, 1.0):
        processors.append(RepetitionPenaltyLogitsProcessor(float(shared["repetition_penalty"])))
    if shared.get("no_repeat_ngram_size"):
        processors.append(NoRepeatNGramLogitsProcessor(int(shared["no_repeat_ngram_size"])))
    needs_ids = bool(processors)
    if options.sampling:
        processors.append(TemperatureLogitsWarper(options.temperature))
        if options.top_k > 0:
            processors.append(TopKLogitsWarper(options.top_k))
        if options.top_p < 1:
            processors.append(TopPLogitsWarper(options.top_p))
    if not processors:
        return None
    generator = None
    if options.sampling and options.seed is not None:
        generator = torch.Generator(device=device).manual_seed(options.seed)

    def choose(logits: Any, ids: list[int]) -> int:
        scores = logits
        input_ids = torch.tensor([ids], device=logits.device) if needs_ids else None
        for processor in processors:
            scores = processor(input_ids, scores)
        if not options.sampling:
            return int(scores.argmax(dim=-1))
        return int(torch.multinomial(scores.softmax(dim=-1), 1, generator=generator))

    return choose


def _special_stop_ids(tokenizer: Any, stops: list[str]) -> set[int]:
    """Ids of special tokens that are stop strings (`<|im_start|>` when a chat model starts a
    new turn): decoding skips special tokens, so their text could never match a stop string."""
    special = {str(getattr(token, "content", token)): token_id
               for token_id, token in (getattr(tokenizer, "added_tokens_decoder", None) or {}).items()
               if getattr(token, "special", False)}
    return {special[stop] for stop in stops if stop in special}


def _pad_id(tokenizer: Any) -> int:
    pad = tokenizer.pad_token_id
    return pad if pad is not None else tokenizer.eos_token_id


def _left_pad(rows: list[list[int]], pad_id: int, device: Any) -> tuple[Any, Any]:
    """Decoder-only batches are padded on the left, so every row's next token is at the end."""
    import torch

    width = max(len(r) for r in rows)
    ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for i, row in enumerate(rows):
        ids[i, width - len(row):] = torch.tensor(row, dtype=torch.long)
        mask[i, width - len(row):] = 1
    return ids.to(device), mask.to(device)
