"""Real servers for the remote-backend tests, started on 127.0.0.1: `transformers serve` on a
local model directory, and a reverse proxy that can break off requests in front of any server
(the engine behind it stays real; the proxy only stands in for a network or a host failing)."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import aiohttp
from aiohttp import web


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def dead_url() -> str:
    return f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there


class Server:
    """`transformers serve DIR` on 127.0.0.1, offline, as a child process."""

    def __init__(self, model_dir: Path, work: Path, name: str, *, continuous: bool) -> None:
        self.port = free_port()
        self.log = work / f"{name}.log"
        cache = work / "hf-cache"
        cache.mkdir(exist_ok=True)
        command = [
            str(Path(sys.executable).with_name("transformers")),
            "serve",
            str(model_dir),
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--device",
            "cpu",
        ]
        if continuous:  # size the KV cache: by default it is sized from system memory
            command += ["--continuous-batching", "--cb-num-blocks", "64", "--cb-max-batch-tokens", "256"]
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_HUB_CACHE": str(cache), "TQDM_DISABLE": "1"}
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def wait_ready(self, timeout_s: float = 90) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"transformers serve exited:\n{self.log.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health", timeout=1) as reply:
                    if reply.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        tail = self.log.read_text()[-3000:]
        raise RuntimeError(f"transformers serve not ready after {timeout_s}s:\n{tail}")

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class BreakingProxy:
    """A reverse proxy to a real server. `die_on_post`: the next POST reaches the server, then
    the proxy drops the connection and stops listening (a host dying mid-request).
    `break_posts`: every POST is dropped after it arrived, the proxy stays up. `posts` counts
    the POSTs that arrived; `bodies` keeps their raw bodies."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.removesuffix("/v1")
        self.port = free_port()
        self.posts = 0
        self.bodies: list[bytes] = []
        self.die_on_post = False
        self.break_posts = False
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    async def start(self) -> BreakingProxy:
        app = web.Application(client_max_size=64 * 2**20)
        app.router.add_route("*", "/{tail:.*}", self._forward)
        self._session = aiohttp.ClientSession()
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port, reuse_address=True).start()
        return self

    async def stop(self) -> None:
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _forward(self, request: web.Request) -> web.StreamResponse:
        assert self._session is not None
        body = await request.read()
        if request.method == "POST":
            self.posts += 1
            self.bodies.append(body)
            if self.die_on_post or self.break_posts:
                # Let the server start on it, then vanish without an answer.
                forwarded = asyncio.ensure_future(
                    self._session.post(
                        self.upstream + request.path_qs,
                        data=body,
                        headers={"Content-Type": request.headers.get("Content-Type", "application/json")},
                    )
                )
                await asyncio.sleep(0.05)
                forwarded.cancel()
                if self.die_on_post:
                    asyncio.get_running_loop().create_task(self.stop())
                assert request.transport is not None
                request.transport.abort()
                return web.Response(status=500)  # never sent: the connection is gone
        headers = {"Content-Type": request.headers.get("Content-Type", "application/json")}
        async with self._session.request(
            request.method, self.upstream + request.path_qs, data=body, headers=headers
        ) as upstream:
            reply = web.StreamResponse(
                status=upstream.status,
                headers={"Content-Type": upstream.headers.get("Content-Type", "application/json")},
            )
            await reply.prepare(request)
            async for data in upstream.content.iter_any():
                await reply.write(data)
            await reply.write_eof()
            return reply
