"""Model residency: which models stay loaded on which device, within a memory budget.

Models load on first use and stay resident while used. When loading one would exceed its
device's budget, the least recently used idle model on that device is unloaded first —
never one with running jobs, never a pinned one. Called from the device worker threads
(loading is slow and must stay off the event loop), so everything here is thread-safe.

A load that fails (a missing file, out of memory, a bad config) is logged once with its
traceback and marks the model unhealthy: requests in the next `backoff_s` (doubling per
failure in a row, up to `max_backoff_s`) are refused at once with `LoadFailed` instead of each
trying again; the first request after it tries again, and a load that works makes the model
healthy. `/healthz` and the `hubbot_model_healthy` gauge show it.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from prometheus_client import Counter, Gauge, Histogram

from hubbot.inference.backends.base import Backend

log = logging.getLogger(__name__)

MODEL_LOADS = Counter("hubbot_model_loads_total", "Model loads", ["model", "device"])
MODEL_EVICTIONS = Counter("hubbot_model_evictions_total", "Models unloaded to make room", ["model", "device"])
LOAD_SECONDS = Histogram("hubbot_model_load_seconds", "Time to load a model", ["model"])
RESIDENT_BYTES = Gauge("hubbot_resident_bytes", "Bytes of resident model weights", ["device"])
MODEL_HEALTHY = Gauge("hubbot_model_healthy", "0 after a failed load until a load works again, else 1",
                      ["model"])
LOAD_FAILURES = Counter("hubbot_model_load_failures_total", "Model loads that failed", ["model"])

WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pt")


class OverBudget(RuntimeError):
    """The model cannot fit even after evicting every idle, unpinned model."""


class LoadFailed(RuntimeError):
    """The model failed to load (now, or recently enough that it is not tried again yet)."""

    def __init__(self, model_id: str, error: str, retry_in_s: float) -> None:
        super().__init__(f"{model_id} failed to load ({error}); next attempt in {retry_in_s:.0f} s")
        self.model_id = model_id
        self.error = error
        self.retry_in_s = retry_in_s


@dataclass
class _Failure:
    count: int  # failed loads in a row
    error: str  # "ExceptionType: message", short
    retry_at: float  # clock time of the next attempt


@dataclass
class _Resident:
    backend: Backend
    device: str
    bytes: int
    in_use: int = 0
    last_used: float = 0.0
    pinned: bool = False


def estimate_bytes(source: str | Path) -> int:
    """Bytes a model will take once loaded, estimated from its weight files on disk."""
    root = Path(source)
    if not root.is_dir():
        return 0
    return sum(p.stat().st_size for p in root.rglob("*") if p.suffix in WEIGHT_SUFFIXES and p.is_file())


class Residency:
    """`budgets` maps a device ("cuda:0", "cpu", ...) to bytes; a device without a budget is
    unlimited. `clock` is injectable for tests."""

    def __init__(self, budgets: dict[str, int] | None = None, clock=time.monotonic, *,
                 backoff_s: float = 30.0, max_backoff_s: float = 600.0) -> None:
        self.budgets = dict(budgets or {})
        self.clock = clock
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        self._resident: dict[str, _Resident] = {}
        self._failures: dict[str, _Failure] = {}
        self._lock = threading.RLock()

    def resident(self, device: str | None = None) -> list[str]:
        with self._lock:
            return [k for k, r in self._resident.items() if device is None or r.device == device]

    def used_bytes(self, device: str) -> int:
        with self._lock:
            return sum(r.bytes for r in self._resident.values() if r.device == device)

    @contextmanager
    def use(self, model_id: str, backend: Backend, device: str, *, pinned: bool = False,
            estimate: int = 0) -> Iterator[Backend]:
        """Hold `backend` loaded for the duration of the block (loading it if needed)."""
        self.acquire(model_id, backend, device, pinned=pinned, estimate=estimate)
        try:
            yield backend
        finally:
            self.release(model_id)

    def acquire(self, model_id: str, backend: Backend, device: str, *, pinned: bool = False,
                estimate: int = 0) -> None:
        with self._lock:
            entry = self._resident.get(model_id)
            if entry is not None and backend.loaded:
                entry.in_use += 1
                entry.last_used = self.clock()
                return
            self._check_backoff(model_id)
            self._make_room(device, estimate, keep=model_id)
            started = time.perf_counter()
            try:
                backend.load()
            except Exception as exc:
                raise self._load_failed(model_id, backend, exc) from exc
            seconds = time.perf_counter() - started
            if self._failures.pop(model_id, None) is not None:
                log.info("%s loads again", model_id)
            MODEL_HEALTHY.labels(model_id).set(1)
            size = backend.memory_bytes() or estimate
            self._resident[model_id] = _Resident(backend, device, size, 1, self.clock(), pinned)
            MODEL_LOADS.labels(model_id, device).inc()
            LOAD_SECONDS.labels(model_id).observe(seconds)
            RESIDENT_BYTES.labels(device).set(self.used_bytes(device))
            log.info("loaded %s on %s: %.1f MiB in %.2fs", model_id, device, size / 2**20, seconds)
            keep_out_of_gc()
            budget = self.budgets.get(device)
            if budget is not None and self.used_bytes(device) > budget:
                log.warning("%s on %s is over its budget after loading (%d > %d bytes)",
                            model_id, device, self.used_bytes(device), budget)

    def health(self, model_id: str) -> dict[str, object]:
        """{"healthy": bool} plus, after a failed load, the error, failures in a row and the
        seconds until the next attempt."""
        with self._lock:
            failure = self._failures.get(model_id)
            if failure is None:
                return {"healthy": True}
            return {"healthy": False, "load_error": failure.error, "load_failures": failure.count,
                    "retry_in_s": round(max(0.0, failure.retry_at - self.clock()), 1)}

    def _check_backoff(self, model_id: str) -> None:
        failure = self._failures.get(model_id)
        if failure is not None and self.clock() < failure.retry_at:
            raise LoadFailed(model_id, failure.error, failure.retry_at - self.clock())

    def _load_failed(self, model_id: str, backend: Backend, exc: Exception) -> LoadFailed:
        """Log the failure (with its traceback: called inside the `except`), mark the model
        unhealthy and schedule the next attempt."""
        previous = self._failures.get(model_id)
        count = previous.count + 1 if previous else 1
        delay = min(self.max_backoff_s, self.backoff_s * 2 ** (count - 1))
        error = f"{type(exc).__name__}: {exc}"[:200]
        self._failures[model_id] = _Failure(count, error, self.clock() + delay)
        MODEL_HEALTHY.labels(model_id).set(0)
        LOAD_FAILURES.labels(model_id).inc()
        log.exception("loading %s failed (%d in a row); next attempt in %.0f s", model_id, count, delay)
        try:  # whatever half-loaded must not hold memory
            backend.unload()
        except Exception:
            log.debug("unloading %s after its failed load failed too", model_id, exc_info=True)
        return LoadFailed(model_id, error, delay)

    def release(self, model_id: str) -> None:
        with self._lock:
            entry = self._resident.get(model_id)
            if entry is not None:
                entry.in_use = max(0, entry.in_use - 1)
                entry.last_used = self.clock()

    def _make_room(self, device: str, needed: int, keep: str) -> None:
        budget = self.budgets.get(device)
        if budget is None:
            return
        while self.used_bytes(device) + needed > budget:
            victims = [
                (r.last_used, k) for k, r in self._resident.items()
                if r.device == device and r.in_use == 0 and not r.pinned and k != keep
            ]
            if not victims:
                raise OverBudget(
                    f"cannot fit {needed / 2**20:.1f} MiB on {device}: "
                    f"{self.used_bytes(device) / 2**20:.1f} MiB in use by busy or pinned models"
                )
            _, victim = min(victims)
            self.evict(victim)

    def evict(self, model_id: str) -> None:
        with self._lock:
            entry = self._resident.pop(model_id, None)
            if entry is None:
                return
            if entry.in_use:
                self._resident[model_id] = entry
                raise RuntimeError(f"{model_id} has running jobs and cannot be unloaded")
            entry.backend.unload()
            gc.unfreeze()  # the model's objects may only be freed by the collector
            keep_out_of_gc()
            _free_device_cache(entry.device)
            MODEL_EVICTIONS.labels(model_id, entry.device).inc()
            RESIDENT_BYTES.labels(entry.device).set(self.used_bytes(entry.device))
            log.info("unloaded %s from %s (%.1f MiB freed)", model_id, entry.device, entry.bytes / 2**20)


def keep_out_of_gc() -> None:
    """Move what is alive now — the resident models' hundreds of thousands of Python objects
    among it — out of the cyclic collector's reach. Otherwise every full collection walks them
    all with the GIL held: with SmolLM2 loaded, 381k objects and pauses of up to 157 ms, which
    stalled the event loop mid-stream (hubbot bench, issue 24). Later objects are collected
    as usual."""
    gc.collect()
    gc.freeze()


def _free_device_cache(device: str) -> None:
    if device.startswith("cuda"):
        import torch

        gc.collect()
        torch.cuda.empty_cache()
