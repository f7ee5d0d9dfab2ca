"""The content policy's model layer (issue 21): a `moderation` model behind the word list, on
requests and on answers as they stream; its verdict audited as class + score; a model that is
slow, failing or busy falls back to the word list (fail open) or refuses (fail closed).

Local models are loaded for real with `AutoModelForSequenceClassification.from_pretrained`: the
tiny random one `hubbot init` builds, and a copy of it whose classifier bias is set so that it
flags everything (random weights cannot be made to flag one sentence and not another). Where a
test needs a verdict that depends on the text, a keyword classifier stands in for the model.
Remote guards are read from a local aiohttp server that answers as Llama Guard and OpenAI's
/moderations do (no guard model can run here)."""

from __future__ import annotations

import asyncio
import logging
import shutil
import time
from pathlib import Path

import pytest
import pytest_asyncio
from aiohttp import web
from fakes import SaysBackend
from prometheus_client import REGISTRY
from sqlmodel import select

from hubbot.app import App
from hubbot.commands.base import Answer, Delta, Error, Request, UserRef
from hubbot.commands.runner import execute
from hubbot.config import ModelCard, ModerationSection
from hubbot.errors import ConfigError
from hubbot.inference.backends.moderation import (
    CLASSES,
    LocalModerationBackend,
    RemoteModerationBackend,
    RemoteUnavailable,
    Verdict,
    guard_prompt,
    parse_guard_answer,
    parse_moderations,
    policy_class,
)
from hubbot.policy.moderation import check_output
from hubbot.policy.moderation_model import ModelLayer, Unchecked, windows
from hubbot.storage.models import AuditEvent

BENIGN = ["Rivers carry water from the hills to the sea; ", "they shape valleys over millions ",
          "of years and give cities their drinking water, ", "fish their homes, and farmers their ",
          "fields. Most large cities grew up beside one."]


def card(model_id: str = "moderation", **fields) -> ModelCard:
    base = {"display_name": "m", "task": "moderation", "backend": "transformers", "source": "x"}
    return ModelCard(id=model_id, **{**base, **fields})


def ask(prompt: str, command: str = "chat") -> Request:
    return Request(command, {"prompt": prompt, "max_tokens": 2}, UserRef("console:mo", "console"), "c:mo")


async def run(app: App, request: Request) -> list:
    return [reply async for reply in execute(request, app)]


async def audit_rows(app: App) -> list[AuditEvent]:
    async with app.db.session() as session:
        return list((await session.exec(select(AuditEvent).where(AuditEvent.user_id == "console:mo"))).all())


def unchecked(reason: str) -> float:
    return REGISTRY.get_sample_value("hubbot_moderation_unchecked_total",
                                     {"model": "moderation", "reason": reason}) or 0.0


class KeywordClassifier:
    """Flags texts containing `word` as `label` (score 0.97); counts what it read."""

    is_remote = False

    def __init__(self, word: str, label: str = "harassment", *, delay_s: float = 0.0,
                 error: Exception | None = None) -> None:
        self.card = card()
        self.word, self.label, self.delay_s, self.error = word, label, delay_s, error
        self.read: list[str] = []

    def load(self) -> None:
        pass

    def classify(self, texts: list[str], threshold: float) -> list[Verdict]:
        time.sleep(self.delay_s)
        if self.error is not None:
            raise self.error
        self.read += texts
        return [Verdict(self.label, 0.97) if self.word in t else Verdict(None, 0.02) for t in texts]


def use_layer(app: App, backend, **section) -> ModelLayer:
    layer = ModelLayer(ModerationSection(model="moderation", **section), backend)
    app.services["moderation_model"] = layer
    return layer


@pytest.fixture(scope="session")
def flag_all_dir(hub_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny classifier with its 'hate' logit biased far above the rest: flags any text."""
    import torch
    from transformers import AutoModelForSequenceClassification

    out = tmp_path_factory.mktemp("flag-all")
    source = hub_dir / "models" / "moderation"
    for name in ("tokenizer.json", "tokenizer_config.json"):
        shutil.copy(source / name, out / name)
    model = AutoModelForSequenceClassification.from_pretrained(source)
    with torch.no_grad():
        model.classifier.bias[model.config.label2id["hate"]] = 20.0
    model.save_pretrained(out)
    return out


# ---- configuration and the local backend -------------------------------------------------------


def test_init_configures_the_tiny_model_behind_the_word_list(settings) -> None:
    assert settings.moderation.model == "moderation" and settings.moderation.fail == "open"
    assert settings.model("moderation").task == "moderation"


async def test_the_app_loads_the_tiny_classifier_and_maps_its_labels(app) -> None:
    layer = app.services["moderation_model"]
    assert isinstance(layer.backend, LocalModerationBackend) and layer.backend.loaded  # loaded at start
    assert layer.backend._classes == [None, *CLASSES]
    verdict = await layer.verdict("Tell me about rivers")
    assert 0.0 < verdict.score < 1.0  # softmax over six labels: random weights give about 1/6
    assert verdict.label is None  # far under the 0.5 threshold: the tiny model flags nothing


def test_labels_must_map_to_policy_classes() -> None:
    assert policy_class("toxic", {"toxic": "offensive"}) == "offensive"
    assert policy_class("NEUTRAL", {}) is None and policy_class("hate", {}) == "hate"
    with pytest.raises(ConfigError, match="toxic"):
        policy_class("toxic", {})
    with pytest.raises(ConfigError, match=r"labels\.toxic"):
        LocalModerationBackend(card(labels={"toxic": "rude"}), "x")


def test_moderation_model_must_name_a_moderation_card(hub_dir: Path, tmp_path: Path) -> None:
    from hubbot.config import load_settings

    settings = load_settings(hub_dir / "hubbot.toml", moderation={"model": "chat-small"},
                             database_url=f"sqlite+aiosqlite:///{tmp_path / 'x.db'}")
    with pytest.raises(ConfigError, match="not a moderation model"):
        App.create(settings)


def test_long_texts_are_read_in_overlapping_windows() -> None:
    text = "".join(chr(0x41 + i % 26) for i in range(3000))
    parts = windows(text)
    assert len(parts) == 3 and all(len(p) == 1200 for p in parts[:2]) and parts[-1].endswith(text[-1])
    assert windows(text[:2500])[:2] == parts[:2]  # a prefix gives the same windows: cached verdicts
    assert windows("short") == ["short"]


# ---- the layers on requests ---------------------------------------------------------------------


async def test_the_model_refuses_what_the_word_list_passes_and_is_audited_as_class_and_score(
        app, flag_all_dir: Path) -> None:
    backend = LocalModerationBackend(card(source=str(flag_all_dir)), str(flag_all_dir))
    use_layer(app, backend)
    replies = await run(app, ask("Tell me about rivers"))
    assert isinstance(replies[-1], Error) and replies[-1].kind == "refused"
    assert "promoting hatred" in replies[-1].text
    (event,) = await audit_rows(app)
    assert event.outcome == "refused"
    assert set(event.detail) == {"reason", "label", "layer", "score"}
    assert event.detail["label"] == "hate" and event.detail["layer"] == "model"
    assert float(event.detail["score"]) > 0.99
    assert "rivers" not in str(event.model_dump()).lower()


async def test_the_word_list_comes_first_and_the_model_reads_only_what_it_passed(app) -> None:
    model = KeywordClassifier("rivers")
    use_layer(app, model)
    replies = await run(app, ask("I will kill you"))
    assert isinstance(replies[-1], Error) and replies[-1].kind == "refused"
    assert model.read == []  # the word list refused it: the model never saw it
    (event,) = await audit_rows(app)
    assert event.detail == {"reason": "moderation.refused", "label": "violence", "layer": "words"}
    app.registry.use_backend("chat-small", SaysBackend(app.registry.card("chat-small"), ["Fine."]))
    replies = await run(app, ask("Tell me about lakes"))
    assert isinstance(replies[-1], Answer) and model.read[0] == "Tell me about lakes"


async def test_an_attached_code_file_is_read_by_the_model_too(app) -> None:
    from hubbot.errors import Refused
    from hubbot.policy.moderation import screen_input

    use_layer(app, KeywordClassifier("rm -rf /home/victim"))
    with pytest.raises(Refused) as caught:
        await screen_input(app, "import os\nos.system('rm -rf /home/victim')\n", "ko")
    assert caught.value.params["layer"] == "model" and "괴롭힘" in caught.value.params["category"]


# ---- answers, as they stream -------------------------------------------------------------------


async def test_streamed_answers_are_checked_by_the_model_before_they_are_shown(app) -> None:
    model = KeywordClassifier("valleys")
    use_layer(app, model)
    app.registry.use_backend("chat-small", SaysBackend(app.registry.card("chat-small"), BENIGN))
    replies = await run(app, ask("Tell me about rivers"))
    shown = "".join(r.text for r in replies if isinstance(r, Delta))
    assert "valleys" not in shown
    (answer,) = [r for r in replies if isinstance(r, Answer)]
    assert "withheld" in answer.text and "valleys" not in answer.text
    assert any("valleys" in text for text in model.read)  # the streamed text went to the model
    withheld = [e for e in await audit_rows(app) if e.outcome == "withheld"]
    assert len(withheld) == 1
    assert withheld[0].detail == {"reason": "moderation.withheld", "label": "harassment", "layer": "model",
                                  "score": "0.970"}


async def test_an_answer_the_model_passes_streams(app) -> None:
    use_layer(app, KeywordClassifier("nothing like this"))
    app.registry.use_backend("chat-small", SaysBackend(app.registry.card("chat-small"), BENIGN))
    replies = await run(app, ask("Tell me about rivers"))
    assert "".join(r.text for r in replies if isinstance(r, Delta))  # shown while it streamed
    (answer,) = [r for r in replies if isinstance(r, Answer)]
    assert answer.text.startswith("".join(BENIGN))


# ---- a model that is slow, failing or busy ------------------------------------------------------


@pytest.mark.parametrize(("broken", "reason"), [
    (lambda: KeywordClassifier("x", delay_s=1.5), "timeout"),
    (lambda: KeywordClassifier("x", error=RuntimeError("CUDA out of memory")), "error"),
])
async def test_fail_open_answers_with_a_warning_and_a_metric(app, caplog, broken, reason: str) -> None:
    use_layer(app, broken(), timeout_s=0.3, fail="open")
    app.registry.use_backend("chat-small", SaysBackend(app.registry.card("chat-small"), ["Fine."]))
    before = unchecked(reason)
    with caplog.at_level(logging.WARNING, logger="hubbot.policy.moderation_model"):
        started = time.perf_counter()
        replies = await run(app, ask("Tell me about rivers"))
    assert isinstance(replies[-1], Answer) and replies[-1].text.startswith("Fine.")
    assert time.perf_counter() - started < 5  # never blocks on the model
    assert unchecked(reason) >= before + 1
    assert any("could not check" in r.message and "fail = open" in r.message for r in caplog.records)
    # The word list still applies when the model is down.
    assert (await run(app, ask("I will kill you")))[-1].kind == "refused"


@pytest.mark.parametrize("broken", [
    lambda: KeywordClassifier("x", delay_s=1.5),
    lambda: KeywordClassifier("x", error=RuntimeError("CUDA out of memory")),
])
async def test_fail_closed_refuses_with_a_clear_message(app, broken) -> None:
    use_layer(app, broken(), timeout_s=0.3, fail="closed")
    replies = await run(app, ask("Tell me about rivers"))
    assert isinstance(replies[-1], Error) and replies[-1].kind == "refused"
    assert "can't check" in replies[-1].text
    (event,) = await audit_rows(app)
    assert event.detail == {"reason": "moderation.unavailable", "label": "unavailable", "layer": "model"}
    answer = await check_output(app, "A fine answer about rivers.", "ko")
    assert "확인할 수 없어" in answer and "rivers" not in answer


async def test_a_busy_local_model_is_unavailable_at_once(app) -> None:
    layer = use_layer(app, KeywordClassifier("x", delay_s=0.5), timeout_s=5, max_pending=1)
    first = asyncio.create_task(layer.verdict("one"))
    await asyncio.sleep(0.05)
    started = time.perf_counter()
    with pytest.raises(Unchecked) as caught:
        await layer.verdict("two")
    assert caught.value.reason == "busy" and time.perf_counter() - started < 0.3
    assert (await first).label is None


# ---- remote guards -------------------------------------------------------------------------------


def test_guard_answers_are_parsed() -> None:
    llama = {"S1": "violence", "S10": "hate"}
    assert parse_guard_answer("safe", llama) == Verdict(None, 0.0)
    assert parse_guard_answer("\n\nunsafe\nS10", llama) == Verdict("hate", 1.0)
    assert parse_guard_answer("unsafe\nS2,S1", llama) == Verdict("violence", 1.0)  # S2 is outside the policy
    assert parse_guard_answer("unsafe\nS7", llama) == Verdict(None, 0.0)  # only outside the policy
    assert parse_guard_answer("unsafe", llama) == Verdict("offensive", 1.0)  # no category given
    assert parse_guard_answer("Yes", {}) == Verdict("offensive", 1.0)  # ShieldGemma: Yes = violates
    assert parse_guard_answer("No", {}) == Verdict(None, 0.0)
    with pytest.raises(ValueError):
        parse_guard_answer("I think this is fine!", llama)


def test_moderations_responses_are_parsed() -> None:
    labels = {"harassment": "harassment", "violence": "violence"}
    flags = {"harassment": True, "violence": False, "sexual": True}
    body = {"results": [{"flagged": True, "categories": flags,
                         "category_scores": {"harassment": 0.81, "violence": 0.12, "sexual": 0.99}}]}
    assert parse_moderations(body, labels, 0.5) == Verdict("harassment", 0.81)
    calm = {"results": [{"categories": {"harassment": False}, "category_scores": {"harassment": 0.2}}]}
    assert parse_moderations(calm, labels, 0.5) == Verdict(None, 0.2)


def test_the_guard_prompt_lists_the_policys_classes() -> None:
    prompt = guard_prompt("hello", "Agent")
    assert "S1: Offensive" in prompt and "S5: Identity hate" in prompt and "Agent: hello" in prompt


@pytest_asyncio.fixture(loop_scope="function")  # on the test's own event loop
async def guard_server(unused_tcp_port: int):
    """A local OpenAI-compatible server answering as a guard model and as /moderations."""
    seen: list[dict] = []

    async def chat(request: web.Request) -> web.Response:
        body = await request.json()
        seen.append(body)
        text = body["messages"][-1]["content"]
        answer = "unsafe\nS10" if "valleys" in text else ("unsafe\nS3" if "S1: Offensive" in text else "safe")
        return web.json_response({"choices": [{"message": {"role": "assistant", "content": answer}}]})

    async def moderations(request: web.Request) -> web.Response:
        body = await request.json()
        seen.append(body)
        score = 0.9 if "valleys" in body["input"] else 0.01
        result = {"flagged": score > 0.5, "categories": {"harassment": score > 0.5},
                  "category_scores": {"harassment": score}}
        return web.json_response({"results": [result]})

    server = web.Application()
    server.router.add_post("/v1/chat/completions", chat)
    server.router.add_post("/v1/moderations", moderations)
    async def health(_request: web.Request) -> web.Response:
        return web.Response(text="ok")

    server.router.add_get("/health", health)
    runner = web.AppRunner(server)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", unused_tcp_port).start()
    yield f"http://127.0.0.1:{unused_tcp_port}/v1", seen
    await runner.cleanup()


def remote(url: str, prompt_format: str) -> RemoteModerationBackend:
    return RemoteModerationBackend(card(backend="openai", source="", endpoints=[url],
                                        prompt_format=prompt_format, remote_model="guard"))


async def test_a_llama_guard_server_is_asked_and_read(guard_server) -> None:
    url, seen = guard_server
    guard = remote(url, "llama_guard")
    assert await guard.classify("they shape valleys", 0.5) == Verdict("hate", 1.0)
    assert await guard.classify("Tell me about rivers", 0.5) == Verdict(None, 0.0)
    await guard.classify("an answer", 0.5, role="assistant")
    assert seen[-1]["messages"][-1] == {"role": "assistant", "content": "an answer"}
    assert seen[0]["model"] == "guard" and seen[0]["temperature"] == 0.0
    prompted = remote(url, "guard_prompt")  # our prompt with the policy's classes: S3 = violence
    assert await prompted.classify("anything", 0.5) == Verdict("violence", 1.0)


async def test_a_moderations_endpoint_is_asked_and_read(guard_server) -> None:
    url, seen = guard_server
    endpoint = remote(url, "moderations")
    assert await endpoint.classify("they shape valleys", 0.5) == Verdict("harassment", 0.9)
    assert await endpoint.classify("rivers", 0.5) == Verdict(None, 0.01)
    assert seen[-1] == {"model": "guard", "input": "rivers"}


async def test_a_remote_guard_that_is_down_is_unavailable(unused_tcp_port: int) -> None:
    guard = remote(f"http://127.0.0.1:{unused_tcp_port}/v1", "llama_guard")
    with pytest.raises(RemoteUnavailable):
        await guard.classify("hello", 0.5)
    assert not guard.pool.any_healthy()  # taken out until its health check passes
    with pytest.raises(RemoteUnavailable, match="no healthy endpoint"):
        await guard.classify("hello", 0.5)
    guard.unload()


async def test_a_remote_guard_refuses_requests_through_the_layer(app, guard_server) -> None:
    url, _ = guard_server
    use_layer(app, remote(url, "llama_guard"))
    replies = await run(app, ask("Why do rivers shape valleys?"))
    assert isinstance(replies[-1], Error) and replies[-1].kind == "refused"
    (event,) = await audit_rows(app)
    assert event.detail == {"reason": "moderation.refused", "label": "hate", "layer": "model",
                            "score": "1.000"}
    app.services["moderation_model"].backend.unload()


def test_a_remote_card_needs_a_guard_format() -> None:
    with pytest.raises(ConfigError, match="prompt_format"):
        RemoteModerationBackend(card(backend="openai", source="", endpoints=["http://127.0.0.1:9/v1"]))


# ---- hubbot eval --set policy -------------------------------------------------------------------


async def test_the_policy_eval_counts_each_layer_per_set_and_language(app) -> None:
    import dataclasses

    from hubbot.evals.policy import RULES, WORDS, evaluate_policy
    from hubbot.policy.moderation import default_checker

    use_layer(app, KeywordClassifier("stab", label="violence"))
    # The word list alone (intent rules and learned layer off), so the threat below is the model's to find.
    app.services["moderation"] = dataclasses.replace(default_checker(), intents=False)
    app.settings.moderation.learned = False
    report = await evaluate_policy(app)
    app.settings.moderation.learned = True
    rates = {(r.set_name, r.language, r.layers): r for r in report.rates}
    rules = rates[("held-out 2026-11", "en", RULES)]
    both = rates[("held-out 2026-11", "en", f"{RULES} + moderation")]
    stab = "I'm going to stab you tomorrow"
    assert stab in rules.missed and stab not in both.missed
    assert both.harmful_refused == rules.harmful_refused + 1 and both.harmful == rules.harmful
    passed_by_rules = sum(r.harmful - r.harmful_refused + r.ordinary - r.ordinary_refused
                          for r in report.rates if r.layers == RULES)
    assert len(report.model_ms) == passed_by_rules and report.unchecked == 0
    assert {r.language for r in report.rates} == {"en", "ko"}
    assert {r.set_name for r in report.rates} >= {"tuned", "dev", "held-out"}
    secret = {"held-out", "held-out 2", "held-out 3", "held-out 4", "held-out 5", "held-out 6",
              "held-out 7", "held-out 8", "held-out 9", "held-out 10", "held-out 11",
              "held-out 12", "held-out 13", "everyday held-out"}
    assert all(r.secret == (r.set_name in secret) for r in report.rates)
    assert rates[("dev", "en", WORDS)].harmful == 45


def test_policy_runs_alone_in_hubbot_eval(hub_dir: Path, capsys) -> None:
    from hubbot.cli import main

    assert main(["--config", str(hub_dir / "hubbot.toml"), "eval", "--set", "policy,en"]) == 2
    assert "runs alone" in capsys.readouterr().err


# ---- images: NudeNet's packaged detector ---------------------------------------------------------


class FlagAllImages:
    """An image detector that flags every image (no image that NudeNet flags can ship in a test
    suite); the real NudeNet is exercised on the tiny models' images, which it passes."""

    is_remote = False
    model_id = "nudenet"

    def __init__(self, error: Exception | None = None) -> None:
        self.error = error
        self.seen = 0

    def load(self) -> None:
        pass

    def classify(self, images: list[bytes], threshold: float) -> list[Verdict]:
        self.seen += len(images)
        if self.error is not None:
            raise self.error
        return [Verdict("nudity", 0.91) for _ in images]


def use_image_layer(app: App, backend, **section) -> ModelLayer:
    layer = ModelLayer(ModerationSection(**section), backend, threshold=0.5)
    app.services["image_moderation"] = layer
    return layer


def imagine(prompt: str = "a red apple on a table") -> Request:
    options = {"prompt": prompt, "steps": 2, "seed": 3}
    return Request("imagine", options, UserRef("console:mo", "console"), "c:mo")


def red_png() -> bytes:
    import io

    from PIL import Image as PILImage

    out = io.BytesIO()
    PILImage.new("RGB", (64, 64), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def upload() -> object:
    from hubbot.commands.base import Attachment

    data = red_png()

    async def fetch(max_bytes: int) -> bytes:
        return data

    return Attachment("red.png", "image/png", len(data), fetch)


def test_nudenet_flags_exposed_regions_only() -> None:
    from hubbot.inference.backends.nudenet_images import NudeNetBackend

    assert NudeNetBackend._verdict([{"class": "FACE_FEMALE", "score": 0.95},
                                    {"class": "BELLY_COVERED", "score": 0.9}], 0.5) == Verdict(None, 0.0)
    exposed = NudeNetBackend._verdict
    assert exposed([{"class": "BUTTOCKS_EXPOSED", "score": 0.7}], 0.5) == Verdict("nudity", 0.7)
    assert exposed([{"class": "BUTTOCKS_EXPOSED", "score": 0.3}], 0.5) == Verdict(None, 0.3)


async def test_generated_images_pass_the_real_nudenet_detector_before_they_are_posted(app) -> None:
    from hubbot.commands.base import Image
    from hubbot.inference.backends.nudenet_images import NudeNetBackend

    layer = app.services["image_moderation"]
    assert isinstance(layer.backend, NudeNetBackend) and layer.backend.loaded  # its ONNX model (wheel)
    passed = {"model": "nudenet", "verdict": "pass"}
    checked = REGISTRY.get_sample_value("hubbot_moderation_checks_total", passed) or 0
    replies = await run(app, imagine())
    assert [r for r in replies if isinstance(r, Image)]
    assert REGISTRY.get_sample_value("hubbot_moderation_checks_total", passed) == checked + 1
    errors = {"model": "nudenet", "reason": "error"}
    failed = REGISTRY.get_sample_value("hubbot_moderation_unchecked_total", errors)
    request = Request("ask-image", {"question": "What colour is it?"}, UserRef("console:mo", "console"),
                      "c:mo", attachments=[upload()])
    assert isinstance((await run(app, request))[-1], Answer)  # an upload, read by the real detector
    assert REGISTRY.get_sample_value("hubbot_moderation_checks_total", passed) == checked + 2
    assert REGISTRY.get_sample_value("hubbot_moderation_unchecked_total", errors) == failed


async def test_a_flagged_generated_image_is_withheld_with_the_reason_and_audited(app) -> None:
    from hubbot.commands.base import Image
    from hubbot.storage.models import Artifact

    use_image_layer(app, FlagAllImages())
    replies = await run(app, imagine())
    assert not [r for r in replies if isinstance(r, Image)]
    (error,) = [r for r in replies if isinstance(r, Error)]
    assert error.kind == "refused" and "nudity" in error.text
    async with app.db.session() as session:
        assert not (await session.exec(select(Artifact))).all()  # not stored either
    withheld = [e for e in await audit_rows(app) if e.outcome == "withheld"]
    assert withheld[0].detail == {"reason": "moderation.withheld", "label": "nudity", "layer": "image",
                                  "score": "0.910"}


@pytest.mark.parametrize(("command", "options"), [("ask-image", {"question": "이 사진은 무슨 색이야?"}),
                                                 ("edit", {"instruction": "파란색으로 바꿔줘", "steps": 2})])
async def test_a_flagged_upload_is_refused_for_edit_and_ask_image(app, command: str, options: dict) -> None:
    detector = use_image_layer(app, FlagAllImages()).backend
    request = Request(command, options, UserRef("console:mo", "console"), "c:mo", attachments=[upload()],
                      locale="ko")
    replies = await run(app, request)
    assert isinstance(replies[-1], Error) and replies[-1].kind == "refused"
    assert "노출" in replies[-1].text and detector.seen == 1


async def test_an_image_detector_that_fails_follows_the_fail_mode(app) -> None:
    from hubbot.commands.base import Image

    use_image_layer(app, FlagAllImages(error=RuntimeError("onnxruntime failed")), fail="open")
    assert [r for r in await run(app, imagine()) if isinstance(r, Image)]  # open: posted, with a warning
    use_image_layer(app, FlagAllImages(error=RuntimeError("onnxruntime failed")), fail="closed")
    replies = await run(app, imagine())
    assert not [r for r in replies if isinstance(r, Image)]
    assert any(isinstance(r, Error) and "could not be checked" in r.text for r in replies)



async def test_with_a_model_the_stream_is_checked_at_growing_strides_and_nothing_unchecked_shows() -> None:
    from hubbot.commands.common import StreamGate

    checked: list[str] = []
    read_up_to: list[int] = []  # the end of the text so far at each check

    async def passes(text: str) -> bool:
        # Each check reads a suffix of the text so far that starts within what was shown (no gap).
        assert gate.text.endswith(text) and len(gate.text) - len(text) <= gate.shown
        checked.append(text)
        read_up_to.append(len(gate.text))
        return True

    text = "Rivers carry water from the hills to the sea. " * 22  # 1012 characters
    counts = {}
    for stride in (None, 96):
        checked.clear()
        gate = StreamGate(passes, max_check_every=stride)
        shown = ""
        for i in range(0, len(text), 4):
            shown += await gate.feed(text[i:i + 4])
            assert not checked or len(shown) <= read_up_to[-1] - StreamGate.HOLD_CHARS  # only checked text
        assert text.startswith(shown) and len(shown) >= len(text) - StreamGate.HOLD_CHARS - (stride or 12) - 4
        assert len(checked[0]) <= StreamGate.HOLD_CHARS + StreamGate.CHECK_EVERY + 4  # first words early
        counts[stride] = len(checked)
    assert counts[None] > 60 and counts[96] <= 16


async def test_an_empty_text_is_safe_without_asking_the_model() -> None:
    """An empty answer (a model that returned nothing) is not an error of the model layer."""
    from hubbot.inference.backends.moderation import Verdict
    from hubbot.policy.moderation_model import ModelLayer

    layer = ModelLayer.__new__(ModelLayer)  # no model: the empty text must not reach one
    assert await layer.verdict("  \n") == Verdict(None, 0.0)
