"""The OpenAI-compatible backend against a real server: `transformers serve` on a tiny local model.

Two servers start once for the module (in parallel): `primary` (continuous batching) serves the
streaming, routing, retry and app tests; `victim` is killed mid-stream by the last test. A small
aiohttp reverse proxy in front of the real server lets a test take an endpoint away and bring it
back, count which endpoint got each request, and inject 429/503 answers.
"""

from __future__ import annotations

import asyncio
import importlib.util
import signal
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from hubbot.config import ModelCard
from hubbot.inference.backends.openai_text import OpenAIRenderer, OpenAITextBackend, estimate_tokens
from hubbot.inference.jobs import ChatMessage, Failed, Finished, Job, JobKind, TextDelta, TextInputs
from tests.standins.remote_servers import Server, dead_url, free_port

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("fastapi") is None or importlib.util.find_spec("uvicorn") is None,
    reason="needs transformers[serving] (pip install -e '.[dev]')",
)


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from hubbot.inference.tiny.text import build_text_model

    directory = tmp_path_factory.mktemp("remote-model")
    build_text_model(directory, "small", seed=1)
    return directory


@pytest.fixture(scope="module")
def servers(tiny_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Server]]:
    work = tmp_path_factory.mktemp("serve")
    started = {
        "primary": Server(tiny_model, work, "primary", continuous=True),
        "victim": Server(tiny_model, work, "victim", continuous=False),
    }
    try:
        for server in started.values():
            server.wait_ready()
        yield started
    finally:
        for server in started.values():
            server.stop()


@pytest.fixture
def primary(servers: dict[str, Server]) -> Server:
    return servers["primary"]


class Proxy:
    """A reverse proxy to a real server that can go away, count requests and inject errors."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.removesuffix("/v1")
        self.port = free_port()
        self.posts = 0
        self.fail_next: list[int] = []
        self.last_headers: dict[str, str] = {}
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._forward)
        self._session = aiohttp.ClientSession()
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port, reuse_address=True).start()

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _forward(self, request: web.Request) -> web.StreamResponse:
        assert self._session is not None
        if request.method == "POST":
            self.posts += 1
            self.last_headers = dict(request.headers)
            if self.fail_next:
                status = self.fail_next.pop(0)
                return web.Response(status=status, text="injected", headers={"Retry-After": "0"})
        body = await request.read()
        headers = {"Content-Type": request.headers.get("Content-Type", "application/json")}
        async with self._session.request(request.method, self.upstream + request.path_qs, data=body,
                                         headers=headers) as upstream:
            reply = web.StreamResponse(status=upstream.status, headers={
                "Content-Type": upstream.headers.get("Content-Type", "application/json")})
            await reply.prepare(request)
            async for data in upstream.content.iter_any():
                await reply.write(data)
            await reply.write_eof()
            return reply


@pytest.fixture
async def make_proxy(primary: Server) -> AsyncIterator[Any]:
    proxies: list[Proxy] = []

    async def make() -> Proxy:
        proxy = Proxy(primary.url)
        await proxy.start()
        proxies.append(proxy)
        return proxy

    yield make
    for proxy in proxies:
        await proxy.stop()


def card(endpoints: list[str], **fields: Any) -> ModelCard:
    remote = {"backoff_s": 0.01, "health_interval_s": 30.0, **fields.pop("remote", {})}
    return ModelCard(id="remote-chat", display_name="Remote Chat", task="chat", backend="openai",
                     endpoints=endpoints, remote=remote, **fields)


def chat_job(text: str = "안녕하세요, 자기소개 해 주세요.", max_new_tokens: int = 12) -> Job:
    return Job(JobKind.TEXT, "remote-chat", TextInputs(messages=[ChatMessage("user", text)]), "tester",
               options={"max_new_tokens": max_new_tokens, "temperature": 0.0})


async def run(backend: OpenAITextBackend, job: Job, on_delta: Any = None) -> tuple[list[str], Any]:
    deltas: list[str] = []
    terminal: list[Any] = []

    def emit(job_id: str, event: Any) -> None:
        assert job_id == job.id
        if isinstance(event, TextDelta):
            deltas.append(event.text)
            if on_delta is not None:
                on_delta(len(deltas))
        else:
            terminal.append(event)

    await backend.stream(job, emit)
    assert len(terminal) == 1, terminal  # exactly one terminal event per job
    return deltas, terminal[0]


@pytest.fixture
async def backends() -> AsyncIterator[list[OpenAITextBackend]]:
    made: list[OpenAITextBackend] = []
    yield made
    for backend in made:
        backend.unload()


def backend_for(made: list[OpenAITextBackend], model_card: ModelCard) -> OpenAITextBackend:
    backend = OpenAITextBackend(model_card, "")
    made.append(backend)
    return backend


# ---- streaming -------------------------------------------------------------------------


async def test_streams_a_chat_answer_token_by_token(primary: Server, backends: list) -> None:
    backend = backend_for(backends, card([primary.url]))
    deltas, final = await run(backend, chat_job(max_new_tokens=12))
    assert isinstance(final, Finished)
    assert final.finish_reason == "length"
    assert len(deltas) == 12 and all(deltas)
    assert final.text == "".join(deltas).strip()
    assert final.usage.completion_tokens == 12
    assert final.usage.prompt_tokens > 0
    assert final.usage.first_token_s is not None


async def test_named_prompt_format_streams_completions(primary: Server, backends: list) -> None:
    backend = backend_for(backends, card([primary.url], prompt_format="completion"))
    deltas, final = await run(backend, chat_job("hello world", max_new_tokens=6))
    assert isinstance(final, Finished)
    assert final.text and final.text == "".join(deltas).strip()
    assert final.usage.completion_tokens == 6


async def test_least_loaded_routing_spreads_concurrent_jobs(make_proxy: Any, backends: list) -> None:
    first, second = await make_proxy(), await make_proxy()
    backend = backend_for(backends, card([first.url, second.url]))
    assert backend.capacity == 64
    results = await asyncio.gather(*(run(backend, chat_job(max_new_tokens=8)) for _ in range(4)))
    assert all(isinstance(final, Finished) for _, final in results)
    assert (first.posts, second.posts) == (2, 2)
    assert [e.in_flight for e in backend.pool.endpoints] == [0, 0]


async def test_api_key_comes_from_the_named_environment_variable(
    make_proxy: Any, backends: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HUBBOT_TEST_REMOTE_KEY", "sk-test-123")
    proxy = await make_proxy()
    backend = backend_for(backends, card([proxy.url], api_key_env="HUBBOT_TEST_REMOTE_KEY"))
    _, final = await run(backend, chat_job(max_new_tokens=2))
    assert isinstance(final, Finished)
    assert proxy.last_headers.get("Authorization") == "Bearer sk-test-123"
    assert "sk-test-123" not in repr(backend.card)


# ---- failover and health -----------------------------------------------------------------


async def test_fails_over_from_a_dead_endpoint(primary: Server, backends: list) -> None:
    dead = dead_url()
    backend = backend_for(backends, card([dead, primary.url]))
    for _ in range(2):
        deltas, final = await run(backend, chat_job(max_new_tokens=4))
        # the answer came whole; how `transformers serve` groups tokens into chunks varies with load
        assert isinstance(final, Finished) and final.finish_reason == "length"
        assert final.usage.completion_tokens == 4 and 1 <= len(deltas) <= 4
    down, up = backend.pool.endpoints
    assert (down.healthy, up.healthy) == (False, True)
    assert "Cannot connect" in down.last_error or "Connect" in down.last_error


async def test_health_checks_take_an_endpoint_out_and_back(
    primary: Server, make_proxy: Any, backends: list
) -> None:
    flaky = await make_proxy()
    backend = backend_for(backends, card([flaky.url, primary.url], remote={"health_interval_s": 0.1}))
    await backend.check_health()
    assert [e.healthy for e in backend.pool.endpoints] == [True, True]

    await flaky.stop()
    await backend.check_health()
    assert [e.healthy for e in backend.pool.endpoints] == [False, True]
    _, final = await run(backend, chat_job(max_new_tokens=3))  # also starts the background monitor
    assert isinstance(final, Finished)
    assert flaky.posts == 0

    await flaky.start()  # same port: the monitor must notice and bring it back
    deadline = time.monotonic() + 10
    while not backend.pool.endpoints[0].healthy and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    assert backend.pool.endpoints[0].healthy
    _, final = await run(backend, chat_job(max_new_tokens=3))
    assert isinstance(final, Finished)
    assert flaky.posts == 1  # least loaded and least recently used: the endpoint that came back


async def test_all_endpoints_down_fails_unavailable_without_waiting(backends: list) -> None:
    backend = backend_for(backends, card([dead_url(), dead_url()], remote={"retries": 5, "backoff_s": 5}))
    deltas, final = await run(backend, chat_job())
    assert deltas == []
    assert isinstance(final, Failed) and final.reason == "unavailable"
    assert not backend.pool.any_healthy()
    # Once known down, the next job is refused without trying to connect (or back off).
    _, again = await run(backend, chat_job())
    assert isinstance(again, Failed) and again.reason == "unavailable"
    assert "no healthy endpoint" in again.message


# ---- retries -------------------------------------------------------------------------------


async def test_retries_429_and_503_before_the_first_token(make_proxy: Any, backends: list) -> None:
    proxy = await make_proxy()
    proxy.fail_next = [503, 429]
    backend = backend_for(backends, card([proxy.url], remote={"retries": 3}))
    deltas, final = await run(backend, chat_job(max_new_tokens=4))
    assert isinstance(final, Finished) and final.usage.completion_tokens == 4 and 1 <= len(deltas) <= 4
    assert proxy.posts == 3
    assert backend.pool.endpoints[0].healthy  # overload is not an outage


async def test_gives_up_after_its_retries(make_proxy: Any, backends: list) -> None:
    proxy = await make_proxy()
    backend = backend_for(backends, card([proxy.url], remote={"retries": 2}))
    proxy.fail_next = [503] * 3
    _, final = await run(backend, chat_job())
    assert isinstance(final, Failed) and final.reason == "unavailable"
    assert proxy.posts == 3
    proxy.fail_next = [429] * 3
    _, final = await run(backend, chat_job())
    assert isinstance(final, Failed) and final.reason == "busy"
    assert final.message.isdigit()  # seconds to wait, for the "busy, try again in ~N s" message


async def test_a_rejected_request_is_not_retried(make_proxy: Any, backends: list) -> None:
    proxy = await make_proxy()
    # transformers serve is pinned to its directory: another model name is a 400.
    backend = backend_for(backends, card([proxy.url], remote_model="no-such-model"))
    _, final = await run(backend, chat_job())
    assert isinstance(final, Failed) and final.reason == "error"
    assert "400" in final.message
    assert proxy.posts == 1


# ---- the whole path: registry, dispatcher, /chat --------------------------------------------


async def test_chat_command_answers_from_the_remote_model(
    primary: Server, tiny_model: Path, tmp_path: Path
) -> None:
    from hubbot.app import App
    from hubbot.bot.console import console_request
    from hubbot.commands.base import Answer, Delta, Error
    from hubbot.commands.runner import execute
    from hubbot.config import load_settings

    config = tmp_path / "hubbot.toml"
    config.write_text(
        f'database_url = "sqlite+aiosqlite:///{tmp_path / "hub.db"}"\n'
        f'data_dir = "{tmp_path / "data"}"\n'
        '[defaults]\nchat_model = "remote-chat"\n'
        '[[models]]\nid = "remote-chat"\ndisplay_name = "Remote Chat"\ntask = "chat"\n'
        f'backend = "openai"\nsource = "{tiny_model}"\nendpoints = ["{primary.url}"]\n'
        'generation = { max_new_tokens = 64, temperature = 0.0 }\n'  # longer than the stream gate holds back
        '[[models]]\nid = "remote-down"\ndisplay_name = "Remote Down"\ntask = "chat"\n'
        f'backend = "openai"\nendpoints = ["{dead_url()}"]\n', encoding="utf-8")
    settings = load_settings(config)
    async with App.create(settings) as app:
        assert isinstance(app.registry.renderer("remote-chat"), OpenAIRenderer)
        replies = [r async for r in execute(console_request("chat", {"prompt": "안녕?"}, "kim", "s1"), app)]
        assert any(isinstance(r, Delta) for r in replies)
        assert isinstance(replies[-1], Answer) and replies[-1].title == "Remote Chat"

        replies = [r async for r in execute(
            console_request("chat", {"prompt": "안녕?", "model": "remote-down"}, "kim", "s2"), app)]
        errors = [r for r in replies if isinstance(r, Error)]
        # A Korean prompt gets the Korean "model unavailable" message.
        assert len(errors) == 1 and "모델을 사용할 수 없습니다" in errors[0].text
        assert app.registry.backend("remote-down").memory_bytes() == 0


def test_renderer_counts_with_the_local_tokenizer_or_estimates(tiny_model: Path) -> None:
    from transformers import AutoTokenizer

    text = "안녕하세요, KULLM 모델입니다. Hello there!"
    with_tokenizer = OpenAIRenderer(card(["http://x/v1"]), str(tiny_model))
    expected = len(AutoTokenizer.from_pretrained(tiny_model)(text, add_special_tokens=False)["input_ids"])
    assert with_tokenizer.count_tokens(text) == expected
    estimate = OpenAIRenderer(card(["http://x/v1"]))
    assert estimate.tokenizer is None
    # 10 Hangul syllables count one each, the 22 other characters one per four.
    assert estimate.count_tokens(text) == estimate_tokens(text) == 10 + 6
    prompt = estimate.render([ChatMessage("user", "hi")])
    assert prompt.endswith("assistant\n") and "hi" in prompt


# ---- killed mid-stream (last: it kills the `victim` server) ---------------------------------


async def test_server_killed_mid_stream_gives_the_partial_answer_marked_interrupted(
    servers: dict[str, Server], tmp_path: Path
) -> None:
    """Through the app's dispatcher: the user gets the partial answer with finish_reason
    "interrupted", and the job is recorded as failed."""
    from sqlmodel import select

    from hubbot.app import App
    from hubbot.config import load_settings
    from hubbot.storage import Database
    from hubbot.storage.models import JobRow

    victim = servers["victim"]
    config = tmp_path / "hubbot.toml"
    config.write_text(
        f'database_url = "sqlite+aiosqlite:///{tmp_path / "hub.db"}"\n'
        f'data_dir = "{tmp_path / "data"}"\n'
        '[[models]]\nid = "remote-chat"\ndisplay_name = "Remote Chat"\ntask = "chat"\n'
        f'backend = "openai"\nprompt_format = "completion"\nendpoints = ["{victim.url}"]\n',
        encoding="utf-8")
    settings = load_settings(config)
    job = chat_job("hello world", max_new_tokens=1500)
    deltas: list[str] = []
    async with App.create(settings) as app:
        async for event in app.dispatcher.submit(job):
            if isinstance(event, TextDelta):
                deltas.append(event.text)
                if len(deltas) == 3:
                    victim.kill()
            elif isinstance(event, Finished | Failed):
                final = event
        backend = app.registry.backend("remote-chat")
        assert not backend.pool.endpoints[0].healthy  # the server is gone: out until a check passes
    assert victim.process.wait(10) == -signal.SIGKILL
    assert isinstance(final, Finished)
    assert final.finish_reason == "interrupted"
    assert 3 <= len(deltas) < 1500
    assert final.text and final.text == "".join(deltas).strip()

    db = Database(settings.sqlalchemy_url)  # the app flushed its job records when it stopped
    try:
        async with db.session() as session:
            row = (await session.exec(select(JobRow).where(JobRow.id == job.id))).one()
    finally:
        await db.close()
    assert row.status == "failed" and row.error and row.error.startswith("interrupted")


# ---- a guard model (issue 21): the moderation request against the real server ------------------


async def test_a_guard_request_is_accepted_by_a_real_server_and_a_non_verdict_is_unavailable(
        primary: Server) -> None:
    """The tiny random model answers gibberish, not `safe`/`unsafe`: the request must be served
    (HTTP 200, read) and the answer then counts as no verdict, never as a pass."""
    from hubbot.config import ModerationSection
    from hubbot.inference.backends.moderation import RemoteModerationBackend, RemoteUnavailable
    from hubbot.policy.moderation_model import ModelLayer, Unchecked

    guard_card = ModelCard(id="guard", display_name="Guard", task="moderation", backend="openai",
                           endpoints=[primary.url], prompt_format="guard_prompt",
                           remote={"health_interval_s": 30.0})
    guard = RemoteModerationBackend(guard_card)
    try:
        with pytest.raises(RemoteUnavailable, match="not a guard verdict"):
            await guard.classify("Tell me about rivers", 0.5)
        assert guard.pool.any_healthy()  # the server answered; only the answer was unreadable
        layer = ModelLayer(ModerationSection(model="guard", fail="closed", timeout_s=60), guard)
        with pytest.raises(Unchecked) as caught:
            await layer.verdict("Tell me about rivers", role="assistant")
        assert caught.value.reason == "error"
    finally:
        guard.unload()
