"""The content policy's second layer: a `moderation` model behind the word list.

`ModelLayer.verdict(text)` runs the configured model off the event loop (a local classifier in
one worker thread, a remote guard through aiohttp) within `[moderation] timeout_s`. A model that
is down, slow, busy (more than `max_pending` checks waiting) or answers nonsense raises
`Unchecked` after a warning in the log and a count in `hubbot_moderation_unchecked_total`;
the caller applies `[moderation] fail` (open: the word list's verdict stands; closed: refuse).

Long texts are read in fixed windows (their verdict is the worst one); verdicts of windows seen
recently are kept, so a streamed answer checked again every few dozen characters costs one
window's work per check, not the whole text's.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from prometheus_client import Counter, Histogram

from hubbot.errors import ConfigError
from hubbot.inference.backends.moderation import RemoteModerationBackend, Verdict

if TYPE_CHECKING:
    from hubbot.config import ModerationSection
    from hubbot.inference.registry import Registry

log = logging.getLogger(__name__)

CHECKS = Counter("hubbot_moderation_checks_total", "Texts the moderation model read, by verdict",
                 ["model", "verdict"])
UNCHECKED = Counter("hubbot_moderation_unchecked_total",
                    "Texts the moderation model could not read (the fail mode decided), by reason",
                    ["model", "reason"])
SECONDS = Histogram("hubbot_moderation_seconds", "Time the moderation model took per text", ["model"],
                    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5))

WINDOW_CHARS = 1200  # a window stays within a 512-token classifier for Korean and English text
WINDOW_STEP = 1000  # windows overlap, so a phrase on a boundary is read whole in one of them
CACHED_WINDOWS = 1024


class Unchecked(Exception):
    """The model could not give a verdict in time; `reason` is timeout, busy or error."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def windows(text: str) -> list[str]:
    """Fixed-offset windows over the text (the same prefix always gives the same windows)."""
    if len(text) <= WINDOW_CHARS:
        return [text]
    starts = range(0, len(text) - WINDOW_CHARS + WINDOW_STEP, WINDOW_STEP)
    return [text[start:start + WINDOW_CHARS] for start in starts]


class ModelLayer:
    def __init__(self, section: ModerationSection, backend: Any, *, threshold: float | None = None) -> None:
        self.section = section
        self.backend = backend
        self.model_id: str = getattr(backend, "model_id", None) or backend.card.id
        self.threshold = section.threshold if threshold is None else threshold
        self._executor: ThreadPoolExecutor | None = None
        self._pending = 0
        self._lock = threading.Lock()
        self._cache: OrderedDict[tuple[str, str], Verdict] = OrderedDict()

    @classmethod
    def from_settings(cls, section: ModerationSection, registry: Registry) -> ModelLayer | None:
        """The layer for `[moderation] model`, or None when none is configured."""
        if section.model is None:
            return None
        card = registry.cards.get(section.model)
        if card is None or card.task != "moderation":
            valid = ", ".join(registry.ids({"moderation"})) or "none"
            raise ConfigError(f"moderation.model: {section.model!r} is not a moderation model "
                              f"(moderation models: {valid})")
        return cls(section, registry.backend(card.id))

    @property
    def fail_closed(self) -> bool:
        return self.section.fail == "closed"

    async def start(self) -> None:
        """Load a local model now (in a thread) so the first request does not wait for it."""
        if not getattr(self.backend, "is_remote", False):
            try:
                await asyncio.get_running_loop().run_in_executor(self._worker(), self.backend.load)
            except Exception:
                log.warning("moderation model %s did not load; checks fall back to the word list "
                            "(fail = %s) until it does", self.model_id, self.section.fail, exc_info=True)

    async def stop(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    async def verdict(self, text: str, *, role: str = "user") -> Verdict:
        """The model's verdict on the text (worst window). Raises Unchecked (logged, counted)."""
        if not text.strip():  # nothing to read (an empty answer): a classifier can't take 0 tokens
            return Verdict(None, 0.0)
        return await self._timed(lambda: self._read_windows(windows(text), role))

    async def image_verdict(self, png: bytes) -> Verdict:
        """An image detector's verdict on one image (not cached). Raises Unchecked."""
        return await self._timed(lambda: self._classify([png], "image"))

    async def _timed(self, read: Callable[[], Awaitable[list[Verdict]]]) -> Verdict:
        started = time.perf_counter()
        try:
            async with asyncio.timeout(self.section.timeout_s):
                verdicts = await read()
        except TimeoutError:
            raise self._unchecked("timeout", f"no answer within {self.section.timeout_s:g} s") from None
        except Unchecked:
            raise
        except Exception as exc:
            raise self._unchecked("error", f"{type(exc).__name__}: {exc}"[:200]) from None
        SECONDS.labels(self.model_id).observe(time.perf_counter() - started)
        worst = max(verdicts, key=lambda v: (v.label is not None, v.score))
        CHECKS.labels(self.model_id, worst.label or "pass").inc()
        return worst

    async def _read_windows(self, parts: list[str], role: str) -> list[Verdict]:
        missing = [p for p in dict.fromkeys(parts) if (role, p) not in self._cache]
        if missing:
            for part, verdict in zip(missing, await self._classify(missing, role), strict=True):
                self._remember((role, part), verdict)
        return [self._cache[(role, p)] for p in parts]

    async def _classify(self, parts: list[Any], role: str) -> list[Verdict]:
        threshold = self.threshold
        if isinstance(self.backend, RemoteModerationBackend):
            asked = (self.backend.classify(part, threshold, role=role) for part in parts)
            return list(await asyncio.gather(*asked))
        with self._lock:  # counted until the thread is done with it, even after a timeout
            if self._pending >= self.section.max_pending:
                raise self._unchecked("busy", f"{self._pending} checks already waiting")
            self._pending += 1
        future = self._worker().submit(self.backend.classify, parts, threshold)
        future.add_done_callback(self._one_done)
        return await asyncio.wrap_future(future)

    def _one_done(self, _future: object) -> None:
        with self._lock:
            self._pending -= 1

    def _worker(self) -> ThreadPoolExecutor:
        if self._executor is None:  # one thread: the model reads one batch at a time
            self._executor = ThreadPoolExecutor(1, thread_name_prefix=f"moderation:{self.model_id}")
        return self._executor

    def _remember(self, key: tuple[str, str], verdict: Verdict) -> None:
        self._cache[key] = verdict
        self._cache.move_to_end(key)
        while len(self._cache) > CACHED_WINDOWS:
            self._cache.popitem(last=False)

    def _unchecked(self, reason: str, detail: str) -> Unchecked:
        UNCHECKED.labels(self.model_id, reason).inc()
        log.warning("moderation model %s could not check an input (%s: %s); %s", self.model_id, reason,
                    detail, "refusing it (fail = closed)" if self.fail_closed
                    else "the word list's verdict stands (fail = open)")
        return Unchecked(reason)
