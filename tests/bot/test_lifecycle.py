"""The run-until-stopped helper every front end uses (hubbot/bot/lifecycle.py), with real signals
sent to this process."""

from __future__ import annotations

import asyncio
import os
import signal

import pytest

from hubbot.bot.lifecycle import run_until_stopped


class Session:
    """A front end's session that records what happened to it."""

    def __init__(self) -> None:
        self.started = asyncio.Event()
        self.cleaned_up = False
        self.shutdowns = 0

    async def serve_forever(self) -> None:
        self.started.set()
        try:
            await asyncio.Future()  # connecting or serving: never returns by itself
        finally:
            self.cleaned_up = True

    async def shutdown(self) -> None:
        assert not self.cleaned_up, "shutdown runs while the connection is still open"
        self.shutdowns += 1


async def test_sigterm_stops_a_session_that_never_returns_and_handlers_are_removed() -> None:
    session = Session()
    before = signal.getsignal(signal.SIGTERM)
    running = asyncio.create_task(run_until_stopped(session.serve_forever(), asyncio.Event(),
                                                    session.shutdown))
    await asyncio.wait_for(session.started.wait(), 5)
    assert signal.getsignal(signal.SIGTERM) != before  # ours while running
    os.kill(os.getpid(), signal.SIGTERM)
    assert await asyncio.wait_for(running, 5) is None
    assert session.shutdowns == 1 and session.cleaned_up
    assert signal.getsignal(signal.SIGTERM) == before  # handed back


async def test_sigint_works_the_same_way() -> None:
    session = Session()
    running = asyncio.create_task(run_until_stopped(session.serve_forever(), asyncio.Event(),
                                                    session.shutdown))
    await asyncio.wait_for(session.started.wait(), 5)
    os.kill(os.getpid(), signal.SIGINT)
    await asyncio.wait_for(running, 5)
    assert session.shutdowns == 1 and session.cleaned_up


async def test_a_failing_session_raises_its_error_without_a_shutdown() -> None:
    session = Session()

    async def refused() -> None:
        raise RuntimeError("refused")

    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(RuntimeError, match="refused"):
        await asyncio.wait_for(run_until_stopped(refused(), asyncio.Event(), session.shutdown), 5)
    assert session.shutdowns == 0
    assert signal.getsignal(signal.SIGTERM) == before


async def test_a_session_that_ends_returns_its_result() -> None:
    async def done() -> str:
        return "closed by the platform"

    assert await run_until_stopped(done(), asyncio.Event(), Session().shutdown) == "closed by the platform"
