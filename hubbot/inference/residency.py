"""Model residency: which models stay loaded on which device, within a memory budget.

Models load on first use and stay resident while used. When loading one would exceed its
device's budget, the least recently used idle model on that device is unloaded first —
never one with running jobs, never a pinned one. Called from the device worker threads
(loading is slow and must stay off the event loop), so everything here is thread-safe.
"""

from __future__ import annotations

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

WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pt")


class OverBudget(RuntimeError):
    """The model cannot fit even after evicting every idle, unpinned model."""


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

    def __init__(self, budgets: dict[str, int] | None = None, clock=time.monotonic) -> None:
        self.budgets = dict(budgets or {})
        self.clock = clock
        self._resident: dict[str, _Resident] = {}
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
            self._make_room(device, estimate, keep=model_id)
            started = time.perf_counter()
            backend.load()
            seconds = time.perf_counter() - started
            size = backend.memory_bytes() or estimate
            self._resident[model_id] = _Resident(backend, device, size, 1, self.clock(), pinned)
            MODEL_LOADS.labels(model_id, device).inc()
            LOAD_SECONDS.labels(model_id).observe(seconds)
            RESIDENT_BYTES.labels(device).set(self.used_bytes(device))
            log.info("loaded %s on %s: %.1f MiB in %.2fs", model_id, device, size / 2**20, seconds)
            budget = self.budgets.get(device)
            if budget is not None and self.used_bytes(device) > budget:
                log.warning("%s on %s is over its budget after loading (%d > %d bytes)",
                            model_id, device, self.used_bytes(device), budget)

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
            _free_device_cache(entry.device)
            MODEL_EVICTIONS.labels(model_id, entry.device).inc()
            RESIDENT_BYTES.labels(entry.device).set(self.used_bytes(entry.device))
            log.info("unloaded %s from %s (%.1f MiB freed)", model_id, entry.device, entry.bytes / 2**20)


def _free_device_cache(device: str) -> None:
    if device.startswith("cuda"):
        import gc

        import torch

        gc.collect()
        torch.cuda.empty_cache()
