"""Prometheus metrics for the dispatcher, an event-loop stall monitor, and the HTTP service
that exposes `/metrics` and `/healthz` (an app service: `app.services["metrics"]`)."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any, Protocol

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest

from hubbot.config import MetricsSection

log = logging.getLogger(__name__)

_WAIT_BUCKETS = (0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600)
_BATCH_BUCKETS = (1, 2, 4, 8, 12, 16, 24, 32, 48, 64, 128, 256)

QUEUE_LENGTH = Gauge("hubbot_queue_length", "Jobs waiting to run", ["model"])
RUNNING = Gauge("hubbot_jobs_running", "Jobs running now", ["model"])
JOBS = Counter("hubbot_jobs_total", "Jobs that ended, by outcome", ["model", "outcome"])
FAILURES = Counter("hubbot_job_failures_total", "Jobs that failed or were refused, by reason",
                   ["model", "reason"])
WAIT_SECONDS = Histogram("hubbot_job_wait_seconds", "Time from submit to start", ["model"],
                         buckets=_WAIT_BUCKETS)
RUN_SECONDS = Histogram("hubbot_job_run_seconds", "Time from start to the last event", ["model"],
                        buckets=_WAIT_BUCKETS)
BATCH_SIZE = Histogram("hubbot_batch_size", "Jobs per batch", ["model"], buckets=_BATCH_BUCKETS)
STEP_ROWS = Histogram("hubbot_step_rows", "Rows decoded together per rolling-batch step", ["model"],
                      buckets=_BATCH_BUCKETS)
TOKENS = Counter("hubbot_generated_tokens_total", "Generated tokens (rate() gives tokens/s)", ["model"])
IMAGES = Counter("hubbot_generated_images_total", "Generated images (rate() gives images/s)", ["model"])
LOOP_LAG = Gauge("hubbot_event_loop_lag_seconds", "Worst event-loop stall in the last interval")


class LoopMonitor:
    """Measures how late the event loop wakes a short sleep: its worst stall is how late a
    Discord heartbeat could have been."""

    def __init__(self, interval_s: float = 0.005, gauge: Gauge | None = None) -> None:
        self.interval_s = interval_s
        self.gauge = gauge
        self.worst_s = 0.0
        self._window_worst = 0.0
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._watch(), name="hubbot-loop-monitor")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None

    def reset(self) -> None:
        self.worst_s = 0.0

    async def _watch(self) -> None:
        published = time.perf_counter()
        while True:
            before = time.perf_counter()
            await asyncio.sleep(self.interval_s)
            late = time.perf_counter() - before - self.interval_s
            self.worst_s = max(self.worst_s, late)
            self._window_worst = max(self._window_worst, late)
            if self.gauge is not None and before - published >= 10:
                self.gauge.set(self._window_worst)
                self._window_worst, published = 0.0, before

    async def __aenter__(self) -> LoopMonitor:
        self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()


class HealthSource(Protocol):
    def health(self) -> dict[str, Any]: ...


class MetricsServer:
    """aiohttp server for `/metrics` (Prometheus text format) and `/healthz` (JSON; 503 while
    the dispatcher is not accepting work). Port 0 picks a free port (see `.port`)."""

    def __init__(self, section: MetricsSection, health: HealthSource) -> None:
        self.section = section
        self.health_source = health
        self.port: int | None = None
        self.monitor = LoopMonitor(interval_s=0.05, gauge=LOOP_LAG)
        self._runner: Any = None

    async def start(self) -> None:
        from aiohttp import web

        app = web.Application()
        app.router.add_get("/metrics", self._metrics)
        app.router.add_get("/healthz", self._healthz)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, self.section.host, self.section.port)
        try:
            await site.start()
        except OSError as exc:
            # Metrics must never keep the bot from serving its users.
            log.warning("metrics server not started on %s:%s: %s", self.section.host, self.section.port, exc)
            await runner.cleanup()
            return
        self._runner = runner
        server = getattr(site, "_server", None)
        sockets = getattr(server, "sockets", None) or []
        self.port = sockets[0].getsockname()[1] if sockets else self.section.port
        self.monitor.start()
        log.info("metrics on http://%s:%s/metrics", self.section.host, self.port)

    async def stop(self) -> None:
        await self.monitor.stop()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _metrics(self, _request: Any) -> Any:
        from aiohttp import web

        body = generate_latest()
        return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})

    async def _healthz(self, _request: Any) -> Any:
        from aiohttp import web

        state = self.health_source.health()
        state["event_loop_worst_stall_s"] = round(self.monitor.worst_s, 4)
        return web.json_response(state, status=200 if state.get("accepting") else 503)
