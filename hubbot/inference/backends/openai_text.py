"""Chat and code models served by an OpenAI-compatible server (vLLM, TGI, Ollama, `transformers serve`).

The backend streams `/chat/completions` (or `/completions` for a raw prompt or a named prompt
format) over aiohttp, spreads requests over the card's `endpoints` (least in-flight first,
unhealthy ones skipped) and retries 429/5xx/connection failures with backoff until the first
token. After the first token nothing is retried: a broken stream ends the job with the partial
text and `finish_reason="interrupted"`.

It is remote (`serving()`: streams, remote) and `async stream(job, emit)` is the entry point a
dispatcher runs on its event loop (up to `capacity` jobs at once). `run_batch` exists for dispatchers that
only know the synchronous protocol; it runs the same coroutine on a private loop thread.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import os
import random
import re
import threading
import time
from collections.abc import AsyncIterator, Hashable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from hubbot.config import ModelCard
from hubbot.inference import prompts
from hubbot.inference.backends.base import Backend, Emit, Serving
from hubbot.inference.jobs import Failed, Finished, Job, TextDelta, TextInputs, Usage

log = logging.getLogger(__name__)

MAX_BACKOFF_S = 8.0
RETRYABLE_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504})
# OpenAI request keys taken from `card.generation` / job options; anything server-specific
# goes in `[models.remote] extra_body` (strict servers reject unknown keys with 422).
SAMPLING_KEYS = ("temperature", "top_p", "seed", "presence_penalty", "frequency_penalty")


@dataclass
class Endpoint:
    """One server for a model. `url` is its OpenAI base (usually ending in /v1)."""

    url: str
    limit: int
    healthy: bool = True
    in_flight: int = 0
    last_used: float = 0.0
    last_error: str = ""

    @property
    def root(self) -> str:
        return self.url.removesuffix("/v1")


class EndpointPool:
    """Least-loaded routing over the healthy endpoints. Thread-safe (plain counters and a lock)."""

    def __init__(self, urls: list[str], limit: int) -> None:
        self.endpoints = [Endpoint(url.rstrip("/"), limit) for url in urls]
        self._lock = threading.Lock()

    @property
    def capacity(self) -> int:
        return sum(e.limit for e in self.endpoints)

    def acquire(self) -> Endpoint | None:
        """The healthy endpoint with the fewest requests in flight (relative to its limit)."""
        with self._lock:
            healthy = [e for e in self.endpoints if e.healthy]
            if not healthy:
                return None
            chosen = min(healthy, key=lambda e: (e.in_flight / e.limit, e.last_used))
            chosen.in_flight += 1
            chosen.last_used = time.monotonic()
            return chosen

    def release(self, endpoint: Endpoint) -> None:
        with self._lock:
            endpoint.in_flight -= 1

    def mark(self, endpoint: Endpoint, healthy: bool, why: str = "") -> None:
        with self._lock:
            changed = endpoint.healthy != healthy
            endpoint.healthy = healthy
            endpoint.last_error = "" if healthy else why
        if changed and healthy:
            log.info("endpoint %s is back", endpoint.url)
        elif changed:
            log.warning("endpoint %s taken out: %s", endpoint.url, why)

    def any_healthy(self) -> bool:
        return any(e.healthy for e in self.endpoints)


class _Retry(Exception):
    """This attempt failed before the first token; another may succeed."""

    def __init__(self, why: str, *, endpoint_down: bool = False, status: int | None = None,
                 retry_after: float | None = None, mid_request: bool = False) -> None:
        super().__init__(why)
        self.endpoint_down = endpoint_down
        # The server had the request and broke off (not streamed: no partial output to keep).
        # Such a request is retried once elsewhere: a second break may be the request's doing.
        self.mid_request = mid_request
        self.status = status
        self.retry_after = retry_after


class _Rejected(Exception):
    """The server refused the request itself (4xx): retrying would not help."""


class _Broken(Exception):
    """The stream broke after it had started."""


@dataclass
class _Stream:
    """What one streamed answer has produced so far."""

    parts: list[str] = field(default_factory=list)
    finish_reason: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int | None = None
    first_token_s: float | None = None

    @property
    def text(self) -> str:
        return "".join(self.parts)


class OpenAITextBackend(Backend):
    is_remote = True

    def __init__(self, card: ModelCard, source: str = "") -> None:
        self.card = card
        self.source = source
        self.options = card.remote
        self.pool = EndpointPool(card.endpoints, card.remote.max_concurrency)
        self._api_key = os.environ.get(card.api_key_env, "") if card.api_key_env else ""
        if card.api_key_env and not self._api_key:
            log.warning("model %s: $%s is not set; calling its servers without an API key",
                        card.id, card.api_key_env)
        self._loaded = False
        self._monitor: asyncio.Task[None] | None = None
        self._private_loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()

    # ---- the Backend protocol ----------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self._loaded

    def load(self) -> None:
        self._loaded = True  # nothing to load here: the weights live in the server

    def unload(self) -> None:
        self._loaded = False
        with self._lock:
            monitor, self._monitor = self._monitor, None
            loop, self._private_loop = self._private_loop, None
        if monitor is not None and not monitor.done():
            monitor.get_loop().call_soon_threadsafe(monitor.cancel)
        if loop is not None:
            loop.call_soon_threadsafe(loop.stop)

    def memory_bytes(self) -> int:
        return 0

    def batch_key(self, job: Job) -> Hashable:
        return self.card.id

    @property
    def capacity(self) -> int:
        """How many jobs a dispatcher should run at once: the sum of the endpoints' limits."""
        return self.pool.capacity

    def serving(self) -> Serving:
        return Serving(streams=True, remote=True, capacity=self.capacity)

    def run_batch(self, jobs: list[Job], emit: Emit) -> None:
        """The synchronous protocol: run the jobs concurrently on a private event loop."""
        loop = self._ensure_private_loop()
        futures: list[Future[None]] = [
            asyncio.run_coroutine_threadsafe(self.stream(job, emit), loop) for job in jobs
        ]
        for future in futures:
            future.result()

    # ---- the async entry point ---------------------------------------------------------

    async def stream(self, job: Job, emit: Emit) -> None:
        """Run one job, emitting TextDelta events and exactly one Finished or Failed."""
        self._loaded = True
        self._ensure_monitor()
        path, body = self._request(job)
        started = time.perf_counter()
        retries_left = self.options.retries
        attempt = 0
        # Fail-overs are free, but bounded: a health check may bring an endpoint back between tries.
        failovers_left = 2 * len(self.pool.endpoints)
        broken_left = 1
        while True:
            endpoint = self.pool.acquire()
            if endpoint is None:
                emit(job.id, Failed("unavailable", f"{self.card.id}: no healthy endpoint"))
                return
            try:
                await self._attempt(endpoint, path, body, job, emit, started)
                return
            except _Retry as retry:
                if retry.mid_request:
                    if broken_left == 0:
                        emit(job.id, self._gave_up(retry))
                        return
                    broken_left -= 1
                if retry.endpoint_down and failovers_left > 0:
                    self.pool.mark(endpoint, False, str(retry))
                    failovers_left -= 1
                    continue  # fail over at once; the loop ends when every endpoint is out
                if retries_left == 0:
                    emit(job.id, self._gave_up(retry))
                    return
                retries_left -= 1
                attempt += 1
                delay = self._backoff(attempt, retry.retry_after)
                log.info("model %s: %s on %s; retrying in %.2fs", self.card.id, retry, endpoint.url, delay)
                await asyncio.sleep(delay)
            except _Rejected as rejected:
                log.error("model %s: %s rejected the request: %s", self.card.id, endpoint.url, rejected)
                emit(job.id, Failed("error", str(rejected)))
                return
            finally:
                self.pool.release(endpoint)

    def _gave_up(self, retry: _Retry) -> Failed:
        if retry.status == 429:
            return Failed("busy", str(math.ceil(retry.retry_after or 30)))
        return Failed("unavailable", f"{self.card.id}: {retry}")

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        base = self.options.backoff_s * 2 ** (attempt - 1)
        delay = retry_after if retry_after is not None else base * random.uniform(0.5, 1.5)
        return min(MAX_BACKOFF_S, delay)

    async def _attempt(self, endpoint: Endpoint, path: str, body: dict[str, Any], job: Job,
                       emit: Emit, started: float) -> None:
        """One try on one endpoint. Raises _Retry (another try may succeed) or _Rejected."""
        timeout = aiohttp.ClientTimeout(sock_connect=self.options.connect_timeout_s,
                                        sock_read=self.options.read_timeout_s)
        state = _Stream()
        try:
            async with (
                aiohttp.ClientSession(timeout=timeout, headers=self._headers()) as session,
                session.post(endpoint.url + path, json=body) as response,
            ):
                await _check_status(response)
                async for chunk in _sse_chunks(response):
                    text = _take_chunk(chunk, state)
                    if text:
                        if state.first_token_s is None:
                            state.first_token_s = time.perf_counter() - started
                        emit(job.id, TextDelta(text))
        except (_Retry, _Rejected):
            raise
        except (aiohttp.ClientError, TimeoutError, _Broken) as exc:
            why = _describe(exc)
            if not state.parts and state.finish_reason is None:
                raise _Retry(why, endpoint_down=_is_down(exc)) from None
            if state.finish_reason is None:
                log.warning("model %s: stream from %s broke after %d deltas: %s",
                            self.card.id, endpoint.url, len(state.parts), why)
                if _is_down(exc):
                    self.pool.mark(endpoint, False, why)
                state.finish_reason = "interrupted"
        if state.finish_reason is None and not state.parts:
            raise _Retry("the stream ended before any output", endpoint_down=False)
        emit(job.id, self._finished(state, started))

    def _finished(self, state: _Stream, started: float) -> Finished:
        reason = state.finish_reason or "interrupted"
        reason = {"abort": "interrupted", "eos": "stop"}.get(reason, reason)
        if reason not in ("stop", "length", "interrupted"):
            reason = "stop"
        usage = Usage(
            prompt_tokens=state.prompt_tokens,
            completion_tokens=state.completion_tokens if state.completion_tokens is not None
            else len(state.parts),
            first_token_s=state.first_token_s,
            total_s=time.perf_counter() - started,
        )
        return Finished(text=state.text.strip(), finish_reason=reason, usage=usage)

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._api_key}"} if self._api_key else {}

    def _streamed_body(self, job: Job) -> dict[str, Any]:
        """What every streamed request carries: the model, the token budget, sampling keys."""
        options = {**self.card.generation, **job.options}
        body: dict[str, Any] = {
            "stream": True,
            "stream_options": {"include_usage": True},
            "max_tokens": int(options.get("max_new_tokens", options.get("max_tokens", 256))),
        }
        if self.card.remote_model:
            body["model"] = self.card.remote_model
        body.update({key: options[key] for key in SAMPLING_KEYS if options.get(key) is not None})
        return body

    def _request(self, job: Job) -> tuple[str, dict[str, Any]]:
        """The path and JSON body for a job: chat for messages, completions for a raw prompt."""
        assert isinstance(job.inputs, TextInputs)
        body = self._streamed_body(job)
        stop = list(self.card.stop)
        if job.inputs.prompt is not None or self.card.prompt_format != "chat_template":
            # The server's chat template is bypassed: we render, so we also know its stop strings.
            prompt = job.inputs.prompt
            if prompt is None:
                prompt = prompts.render(self.card.prompt_format, job.inputs.messages)
            stop += prompts.stop_strings(self.card.prompt_format)
            path, body["prompt"] = "/completions", prompt
        else:
            path = "/chat/completions"
            # The server's template tokenizes with special tokens active: user text is neutralised.
            body["messages"] = [{"role": m.role, "content": m.content}
                                for m in prompts.safe_messages(job.inputs.messages)]
        if stop:
            body["stop"] = stop[:4]  # the OpenAI API allows at most four
        body.update(self.options.extra_body)
        return path, body

    # ---- health ------------------------------------------------------------------------

    async def check_health(self) -> None:
        """Probe every endpoint once: take failing ones out, bring passing ones back."""
        timeout = aiohttp.ClientTimeout(total=self.options.connect_timeout_s)
        async with aiohttp.ClientSession(timeout=timeout, headers=self._headers()) as session:
            await asyncio.gather(*(self._probe(session, e) for e in self.pool.endpoints))

    async def _probe(self, session: aiohttp.ClientSession, endpoint: Endpoint) -> None:
        url = endpoint.root + self.options.health_path
        try:
            async with session.get(url) as response:
                ok = 200 <= response.status < 300
                why = f"health check: HTTP {response.status}"
        except (aiohttp.ClientError, TimeoutError) as exc:
            ok, why = False, f"health check: {_describe(exc)}"
        self.pool.mark(endpoint, ok, why)

    async def _watch(self) -> None:
        while True:
            await asyncio.sleep(self.options.health_interval_s)
            try:
                await self.check_health()
            except Exception:  # a probe bug must not end the watch
                log.exception("health check of %s failed", self.card.id)

    def _ensure_monitor(self) -> None:
        loop = asyncio.get_running_loop()
        with self._lock:
            monitor = self._monitor
            if monitor is None or monitor.done() or monitor.get_loop() is not loop:
                self._monitor = loop.create_task(self._watch(), name=f"health:{self.card.id}")

    def _ensure_private_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._private_loop is None:
                loop = asyncio.new_event_loop()
                threading.Thread(target=loop.run_forever, name=f"remote:{self.card.id}",
                                 daemon=True).start()
                self._private_loop = loop
            return self._private_loop


async def _check_status(response: aiohttp.ClientResponse) -> None:
    if response.status < 300:
        return
    detail = (await response.text())[:300]
    if response.status in RETRYABLE_STATUS:
        raise _Retry(f"HTTP {response.status}", status=response.status,
                     retry_after=_retry_after(response.headers.get("Retry-After")))
    raise _Rejected(f"HTTP {response.status}: {detail}")


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None  # an HTTP date: use our own backoff


async def _sse_chunks(response: aiohttp.ClientResponse) -> AsyncIterator[dict[str, Any]]:
    """The JSON objects of a server-sent event stream; `[DONE]` (if sent) ends it."""
    async for raw in response.content:
        line = raw.decode("utf-8").strip()
        if not line.startswith("data:"):
            continue  # blank separators, comments (": ping"), event names
        data = line[5:].strip()
        if data == "[DONE]":
            return
        try:
            chunk = json.loads(data)
        except json.JSONDecodeError:
            raise _Broken(f"not JSON: {data[:80]!r}") from None
        if "error" in chunk:
            raise _Broken(f"server error: {str(chunk['error'])[:200]}")
        yield chunk


def _take_chunk(chunk: dict[str, Any], state: _Stream) -> str:
    """Record one chunk; returns its new text (chat `delta.content` or completion `text`)."""
    new = ""
    usage = chunk.get("usage") or {}
    if usage:
        state.prompt_tokens = int(usage.get("prompt_tokens") or 0)
        state.completion_tokens = int(usage.get("completion_tokens") or 0)
    for choice in chunk.get("choices") or []:
        if choice.get("index", 0) != 0:
            continue
        delta = choice.get("delta") or {}
        text = delta.get("content") if "delta" in choice else choice.get("text")
        # Text from a server has no bytes left: U+FFFD there is a character the server cut in
        # half (at its token limit, or mid-stream) and can never be completed.
        text = (text or "").replace("\ufffd", "")
        if text:
            state.parts.append(text)
            new += text
        if choice.get("finish_reason"):
            state.finish_reason = choice["finish_reason"]
    return new


def _is_down(exc: BaseException) -> bool:
    """Failures that mean the server is gone (not just slow): take the endpoint out."""
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return True
    if isinstance(exc, TimeoutError):
        return False
    return isinstance(exc, aiohttp.ClientConnectionError | aiohttp.ClientPayloadError)


def _describe(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"[:300]


# ---- prompt rendering and token counting without the weights ---------------------------

_WIDE = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")


class OpenAIRenderer:
    """Renders and counts tokens for a remote model.

    With `source` (a local tokenizer directory, or a hub id present in a mounted cache) the real
    tokenizer counts. Without one the count is an estimate that errs high for Korean: each
    Hangul/kana/CJK character counts as one token (Llama-3 and Qwen tokenizers use about one to
    two per syllable) and other text as one token per four characters (the usual English rate).
    """

    def __init__(self, card: ModelCard, source: str | None = None) -> None:
        self.card = card
        self.tokenizer: Any = None
        source = source if source is not None else card.source
        if source:
            try:
                from transformers import AutoTokenizer

                self.tokenizer = AutoTokenizer.from_pretrained(source)
            except (OSError, ValueError) as exc:
                log.warning("model %s: no tokenizer at %s (%s); estimating token counts",
                            card.id, source, type(exc).__name__)

    def render(self, messages: list, *, add_generation_prompt: bool = True) -> str:
        return prompts.render(self.card.prompt_format, messages, self.tokenizer, add_generation_prompt)

    def count_tokens(self, text: str) -> int:
        if self.tokenizer is not None:
            return len(self.tokenizer(text, add_special_tokens=False)["input_ids"])
        return estimate_tokens(text)


def estimate_tokens(text: str) -> int:
    wide = len(_WIDE.findall(text))
    return wide + math.ceil((len(text) - wide) / 4)
