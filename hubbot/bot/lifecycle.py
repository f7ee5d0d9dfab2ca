"""Running a front end until SIGTERM/SIGINT (or a stop event), the same way for every platform.

`run_until_stopped(session, stop, shutdown)` runs `session` — the coroutine that connects to
the platform and serves it — as a task, and waits for whichever comes first: the session ending
(or failing) or `stop` being set (by a signal, or by the caller). On stop it awaits `shutdown()`
(stop taking work, let running answers finish, tell users about the rest), then ends the session
by cancelling it, so its own `finally` closes its connection or server.
A stop that arrives while the session is still connecting (or retrying) works the same way.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")
SIGNALS = (signal.SIGTERM, signal.SIGINT)


@contextlib.contextmanager
def stop_on_signals(stop: asyncio.Event) -> Iterator[None]:
    """SIGTERM and SIGINT set `stop` while inside; the handlers are removed on the way out."""
    loop = asyncio.get_running_loop()
    handled = []
    for sig in SIGNALS:
        try:
            loop.add_signal_handler(sig, stop.set)
            handled.append(sig)
        except (NotImplementedError, RuntimeError, ValueError):
            pass  # not the main thread, or a platform without signals
    try:
        yield
    finally:
        for sig in handled:
            loop.remove_signal_handler(sig)


async def run_until_stopped(session: Coroutine[Any, Any, T], stop: asyncio.Event,
                            shutdown: Callable[[], Awaitable[None]], *,
                            name: str = "hubbot-session") -> T | None:
    """Serve until the session ends or `stop` is set; see the module docstring. Returns what the
    session returned (None when it was cancelled after a stop) or raises what it raised."""
    with stop_on_signals(stop):
        serving = asyncio.create_task(session, name=name)
        stopping = asyncio.create_task(stop.wait(), name=f"{name}-stop")
        try:
            await asyncio.wait({serving, stopping}, return_when=asyncio.FIRST_COMPLETED)
            if stopping.done() and not serving.done():
                log.info("stopping: finishing running answers, then disconnecting")
                await shutdown()
        finally:
            stopping.cancel()
            if not serving.done():
                serving.cancel()
                await asyncio.wait({serving})  # its finally closes the connection
        return None if serving.cancelled() else serving.result()
