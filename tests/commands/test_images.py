"""Image generation and editing: the diffusers backend on the tiny pipelines, the AI marks,
and /imagine and /edit as a user runs them (commands, buttons after a restart, the CLI)."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import numpy as np
import pytest
import pytest_asyncio
from PIL import Image as PILImage

from hubbot.app import App
from hubbot.commands.base import Error, Image, Request, Status, UserRef
from hubbot.commands.image_input import file_attachment
from hubbot.commands.image_prompts import RANDOM_PROMPTS
from hubbot.commands.runner import execute, execute_action
from hubbot.config import load_settings
from hubbot.i18n import t
from hubbot.inference import watermark
from hubbot.inference.jobs import Finished, GeneratedImage, ImageInputs, Job, JobKind, Progress
from hubbot.inference.registry import Registry
from hubbot.storage import artifacts


@pytest_asyncio.fixture(loop_scope="function")  # started on the test's own event loop
async def app(settings) -> AsyncIterator[App]:
    async with App.create(settings) as started:
        yield started


@pytest.fixture(scope="module")
def registry(hub_dir: Path) -> Registry:
    return Registry(load_settings(hub_dir / "hubbot.toml"))


def image_job(prompt: str = "a frog wearing a crown", **options) -> Job:
    return Job(JobKind.IMAGE, "imagine", ImageInputs(prompt=prompt), "test:user",
               options={"steps": 3, **options})


def run(backend, jobs: list[Job]) -> list[tuple[str, object]]:
    events: list[tuple[str, object]] = []
    backend.run_batch(jobs, lambda job_id, event: events.append((job_id, event)))
    return events


def images_of(events, job: Job) -> list[GeneratedImage]:
    return [e for j, e in events if j == job.id and isinstance(e, GeneratedImage)]


def pixels(png: bytes) -> np.ndarray:
    return np.asarray(PILImage.open(io.BytesIO(png)).convert("RGB")).astype(int)


def png_of(array: np.ndarray) -> bytes:
    out = io.BytesIO()
    PILImage.fromarray(array.astype(np.uint8)).save(out, "PNG")
    return out.getvalue()


# ---- the backend --------------------------------------------------------------------------


def test_same_seed_and_options_give_byte_identical_images(registry: Registry) -> None:
    backend = registry.backend("imagine")
    first = images_of(run(backend, [job := image_job(seed=42)]), job)
    again = images_of(run(backend, [job := image_job(seed=42)]), job)
    other = images_of(run(backend, [job := image_job(seed=43)]), job)
    assert first[0].png == again[0].png
    assert first[0].seed == 42
    assert first[0].png != other[0].png


@pytest.mark.parametrize("size", ["64x64", "96x64", "64x96"])
def test_each_card_size_gives_a_png_of_that_size(registry: Registry, size: str) -> None:
    width, height = (int(n) for n in size.split("x"))
    events = run(registry.backend("imagine"), [job := image_job(width=width, height=height, seed=1)])
    (image,) = images_of(events, job)
    assert (image.width, image.height) == (width, height)
    with PILImage.open(io.BytesIO(image.png)) as decoded:
        assert decoded.format == "PNG" and decoded.size == (width, height)


def test_count_gives_that_many_images_with_consecutive_seeds_and_one_finish(registry: Registry) -> None:
    events = run(registry.backend("imagine"), [job := image_job(seed=7, count=3)])
    images = images_of(events, job)
    assert [(i.index, i.seed) for i in images] == [(0, 7), (1, 8), (2, 9)]
    assert len({i.png for i in images}) == 3
    progress = [e for _, e in events if isinstance(e, Progress)]
    assert [(p.step, p.total) for p in progress] == [(1, 3), (2, 3), (3, 3)]
    finished = [e for _, e in events if isinstance(e, Finished)]
    assert len(finished) == 1 and isinstance(events[-1][1], Finished)


def test_compatible_jobs_run_as_one_batch_with_the_same_images_as_alone(registry: Registry) -> None:
    backend = registry.backend("imagine")
    jobs = [image_job("a frog", seed=1), image_job("a red chair", seed=2, count=2),
            image_job("a river", seed=3)]
    assert len({backend.batch_key(job) for job in jobs}) == 1
    together = run(backend, jobs)
    # One pipeline call: every step reports for all three jobs before the next step starts.
    steps = [(e.step, j) for j, e in together if isinstance(e, Progress)]
    assert steps == [(step, job.id) for step in (1, 2, 3) for job in jobs]
    for job in jobs:
        alone = images_of(run(backend, [job]), job)
        batched = images_of(together, job)
        assert [i.seed for i in batched] == [i.seed for i in alone]
        for a, b in zip(alone, batched, strict=True):
            # Same seed, same image; batched matrix products may round the last float bit
            # differently, which can move a pixel by one level after quantisation.
            assert np.abs(pixels(a.png) - pixels(b.png)).max() <= 1


def test_jobs_that_differ_in_shared_settings_are_not_batched(registry: Registry) -> None:
    backend = registry.backend("imagine")
    base = backend.batch_key(image_job())
    assert backend.batch_key(image_job(seed=99, count=4)) == base  # per-image settings
    for different in ({"width": 96}, {"steps": 5}, {"guidance": 3.0}, {"mode": "img2img", "strength": 0.5}):
        assert backend.batch_key(image_job(**different)) != base


class CancellingEmit:
    """An emit like the dispatcher's: callable, with `is_cancelled(job_id)` for backends to poll."""

    def __init__(self, cancelled: set[str]) -> None:
        self.cancelled = cancelled
        self.events: list[tuple[str, object]] = []

    def __call__(self, job_id: str, event: object) -> None:
        self.events.append((job_id, event))

    def is_cancelled(self, job_id: str) -> bool:
        return job_id in self.cancelled


def test_cancelled_jobs_get_no_images_and_a_fully_cancelled_batch_stops_early(registry: Registry) -> None:
    backend = registry.backend("imagine")
    kept, dropped = image_job(seed=1, steps=4), image_job(seed=2, steps=4)
    emit = CancellingEmit({dropped.id})
    backend.run_batch([kept, dropped], emit)
    assert len(images_of(emit.events, kept)) == 1 and images_of(emit.events, dropped) == []
    everyone = CancellingEmit(set())
    lonely = image_job(seed=3, steps=4)
    everyone.cancelled.add(lonely.id)
    backend.run_batch([lonely], everyone)
    assert [e.step for _, e in everyone.events if isinstance(e, Progress)] == [1]  # interrupted
    assert images_of(everyone.events, lonely) == []


def test_generated_images_carry_the_ai_marks_and_plain_images_do_not(registry: Registry) -> None:
    events = run(registry.backend("imagine"), [job := image_job(seed=5, count=2)])
    for image in images_of(events, job):
        report = watermark.detect(image.png)
        assert report.invisible and report.score >= watermark.DETECT_THRESHOLD
        assert report.model == "Text to Image (random weights)"
        assert report.ai_source_type and report.marked
    rng = np.random.default_rng(0)
    noise = rng.integers(0, 256, (64, 64, 3))
    gradient = np.tile(np.linspace(0, 255, 96)[None, :, None], (64, 1, 3))
    for plain in (noise, gradient, np.full((64, 64, 3), 128)):
        report = watermark.detect(png_of(plain))
        assert not report.invisible and not report.marked and report.model is None
    # Saved again without its metadata (a screenshot tool, a re-encode), the pixels still carry it.
    stripped = watermark.detect(png_of(pixels(images_of(events, job)[0].png)))
    assert stripped.invisible and stripped.model is None


def test_the_visible_mark_can_be_turned_off_but_not_the_others(registry: Registry) -> None:
    backend = registry.backend("imagine")
    with_mark = images_of(run(backend, [job := image_job(seed=9)]), job)[0]
    without = images_of(run(backend, [job := image_job(seed=9, visible_mark=False)]), job)[0]
    difference = np.abs(pixels(with_mark.png) - pixels(without.png)).sum(axis=2)
    rows, cols = np.nonzero(difference > 40)  # the label; elsewhere only watermark-level changes
    assert rows.size and rows.min() >= 64 // 2 and cols.min() >= 64 // 2
    report = watermark.detect(without.png)
    assert report.invisible and report.model == "Text to Image (random weights)"


def test_edit_and_img2img_keep_the_requested_size(registry: Registry) -> None:
    source = png_of(np.random.default_rng(1).integers(0, 256, (48, 72, 3)))
    edit = Job(JobKind.IMAGE_EDIT, "edit", ImageInputs(prompt="make it snowy", image=source), "u",
               options={"steps": 3, "width": 72, "height": 48, "seed": 1})
    (edited,) = images_of(run(registry.backend("edit"), [edit]), edit)
    assert (edited.width, edited.height) == (72, 48) == PILImage.open(io.BytesIO(edited.png)).size
    redraw = Job(JobKind.IMAGE_EDIT, "imagine", ImageInputs(prompt="a barn", image=source), "u",
                 options={"steps": 4, "width": 72, "height": 48, "seed": 1, "strength": 0.5})
    (redrawn,) = images_of(run(registry.backend("imagine"), [redraw]), redraw)
    assert PILImage.open(io.BytesIO(redrawn.png)).size == (72, 48)
    assert watermark.detect(redrawn.png).invisible


# ---- /imagine and /edit ----------------------------------------------------------------------


def request(command: str, user: str = "alice", attachments=(), locale: str | None = None,
            **options) -> Request:
    return Request(command=command, options=options, user=UserRef(f"console:{user}", "console", user),
                   conversation_key=f"console:{user}", locale=locale, attachments=list(attachments))


async def replies(app: App, req: Request, action: str | None = None) -> list:
    stream = execute_action(action, req, app) if action else execute(req, app)
    return [reply async for reply in stream]


async def test_imagine_replies_with_captioned_images_and_restart_proof_buttons(app: App, settings) -> None:
    out = await replies(app, request("imagine", prompt="A 3D rendering of a chair", seed=11, count=2,
                                     size="portrait", steps=3))
    assert not [r for r in out if isinstance(r, Error)]
    assert any(isinstance(r, Status) and "step 3 of 3" in r.text for r in out)
    images = [r for r in out if isinstance(r, Image)]
    assert len(images) == 2
    first = images[0]
    assert "seed 11" in first.caption and "3 steps" in images[1].caption and "seed 12" in images[1].caption
    assert PILImage.open(io.BytesIO(first.png)).size == (64, 96)
    reroll, vary, show_again = (a.id for a in first.actions)
    assert show_again.startswith("show:")  # /show's, for its owner
    artifact_id = reroll.split(":", 1)[1]
    assert len(reroll) <= 100 and artifact_id in first.caption
    stored = await artifacts.load(app.db, settings.data_path, artifact_id)
    assert stored is not None and stored[1] == first.png and stored[0].seed == 11

    # A fresh process (new App, same database and data dir) still knows what the buttons mean.
    async with App.create(settings) as restarted:
        rerolled = [r for r in await replies(restarted, request("imagine"), reroll) if isinstance(r, Image)]
        varied = [r for r in await replies(restarted, request("imagine"), vary) if isinstance(r, Image)]
    assert len(rerolled) == 2 and "3 steps" in rerolled[0].caption
    assert re.search(r"seed (\d+)", rerolled[0].caption)[1] != "11"  # a new seed, not a prefix match
    assert PILImage.open(io.BytesIO(rerolled[0].png)).size == (64, 96)
    assert len(varied) == 1 and artifact_id in varied[0].caption  # "variation of <id>"
    assert watermark.detect(varied[0].png).marked


async def test_imagine_without_a_prompt_draws_a_random_curated_prompt(app: App) -> None:
    out = await replies(app, request("imagine", seed=3, steps=2, locale="ko"))
    (image,) = [r for r in out if isinstance(r, Image)]
    picked = RANDOM_PROMPTS[3 % len(RANDOM_PROMPTS)]
    assert picked.ko in image.caption and picked.en in image.caption and "무작위" in image.caption
    again = await replies(app, request("imagine", seed=3, steps=2, locale="ko"))
    # The seed picks the prompt, so it reproduces both.
    assert next(r for r in again if isinstance(r, Image)).png == image.png


@pytest.mark.parametrize(("options", "expected"), [
    ({"count": 5}, "between 1 and 4"),
    ({"steps": 75}, "between 1 and 50"),  # the card's limit (the spec's, 1-100, is the runner's)
    ({"model": "chat-small"}, "cannot do that"),
    ({"model": "nope"}, "Unknown model"),
    ({"prompt": "x" * 1001}, "too long"),
    ({"size": "512x512"}, "64x64, 96x64, 64x96"),
])
async def test_imagine_refuses_bad_options_with_a_clear_message(app: App, options, expected) -> None:
    (reply,) = await replies(app, request("imagine", **options))
    assert isinstance(reply, Error) and expected in reply.text


def write_png(path: Path, width: int, height: int, seed: int = 0) -> Path:
    rng = np.random.default_rng(seed)
    PILImage.fromarray(rng.integers(0, 256, (height, width, 3), dtype=np.uint8)).save(path)
    return path


async def test_edit_keeps_the_aspect_ratio_and_can_be_run_again(app: App, settings, tmp_path: Path) -> None:
    source = write_png(tmp_path / "wide.png", 150, 100)
    out = await replies(app, request("edit", attachments=[file_attachment(source)],
                                     instruction="make it snowy", seed=5, steps=2))
    (edited,) = [r for r in out if isinstance(r, Image)]
    width, height = PILImage.open(io.BytesIO(edited.png)).size
    budget = settings.model("edit").generation["max_pixels"]
    assert width % 8 == 0 and height % 8 == 0 and width * height <= budget
    assert abs(width / height - 1.5) < 0.1 and width * height > budget * 0.7
    assert "make it snowy" in edited.caption and "Image Editing (random weights)" in edited.caption
    again_id, _show_again = (a.id for a in edited.actions)

    async with App.create(settings) as restarted:
        again = [r for r in await replies(restarted, request("edit"), again_id) if isinstance(r, Image)]
    assert len(again) == 1 and PILImage.open(io.BytesIO(again[0].png)).size == (width, height)
    assert again[0].png != edited.png  # a new seed

    # An earlier result by id, redrawn with img2img on the text-to-image model.
    result_id = again_id.split(":", 1)[1]
    out = await replies(app, request("edit", instruction="a red barn", result=result_id, mode="img2img",
                                     strength=0.5, steps=4))
    (redrawn,) = [r for r in out if isinstance(r, Image)]
    assert "Text to Image (random weights)" in redrawn.caption and "strength 0.5" in redrawn.caption
    width, height = PILImage.open(io.BytesIO(redrawn.png)).size
    assert width / height == pytest.approx(1.5, abs=0.1)


async def test_edit_tall_image_and_missing_image(app: App, tmp_path: Path) -> None:
    tall = write_png(tmp_path / "tall.png", 30, 90)
    out = await replies(app, request("edit", attachments=[file_attachment(tall)], instruction="x", steps=1))
    (edited,) = [r for r in out if isinstance(r, Image)]
    width, height = PILImage.open(io.BytesIO(edited.png)).size
    assert height / width == pytest.approx(3, abs=0.35) and width % 8 == 0 and height % 8 == 0
    (reply,) = await replies(app, request("edit", instruction="눈이 오게 해줘", locale="ko"))
    assert isinstance(reply, Error) and reply.text == t("edit.no_image", "ko")
    (reply,) = await replies(app, request("edit", instruction="x", result="0123456789abcdef"))
    assert isinstance(reply, Error) and reply.text == t("image.gone", "en")


# ---- the CLI -------------------------------------------------------------------------------------


def private_config(hub_dir: Path, tmp_path: Path) -> Path:
    """The init config with absolute model paths and a private data dir."""
    text = (hub_dir / "hubbot.toml").read_text(encoding="utf-8")
    text = text.replace('source = "models/', f'source = "{hub_dir}/models/')
    text = text.replace('data_dir = "data"', f'data_dir = "{tmp_path / "data"}"')
    text = text.replace('database_url = "sqlite+aiosqlite:///hubbot.db"',
                        f'database_url = "sqlite+aiosqlite:///{tmp_path / "cli.db"}"')
    config = tmp_path / "hubbot.toml"
    config.write_text(text, encoding="utf-8")
    return config


def hubbot(config: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("HUBBOT_CONFIG", "HUBBOT_DATABASE_URL")}
    return subprocess.run([sys.executable, "-m", "hubbot", "--config", str(config), *args], cwd=config.parent,
                          capture_output=True, text=True, env=env, timeout=300)


def test_cli_imagine_random_edit_and_watermark_check(hub_dir: Path, tmp_path: Path) -> None:
    config = private_config(hub_dir, tmp_path)
    result = hubbot(config, "imagine", "An illustration of a river", "-o", str(tmp_path / "river.png"),
                    "--seed", "4", "--steps", "2", "--size", "96x64", "--count", "2")
    assert result.returncode == 0, result.stderr
    assert PILImage.open(tmp_path / "river.png").size == (96, 64) and (tmp_path / "river-1.png").is_file()
    assert "seed 4" in result.stdout and "seed 5" in result.stdout

    result = hubbot(config, "random-image", "-o", str(tmp_path / "random.png"), "--steps", "1")
    assert result.returncode == 0 and "Random prompt" in result.stdout

    result = hubbot(config, "edit", str(tmp_path / "river.png"), "make it night",
                    "-o", str(tmp_path / "e.png"))
    assert result.returncode == 0, result.stderr
    assert PILImage.open(tmp_path / "e.png").size == (96, 64)

    check = hubbot(config, "watermark", "check", str(tmp_path / "e.png"))
    assert check.returncode == 0 and "AI marks found" in check.stdout
    assert "Image Editing (random weights)" in check.stdout
    write_png(tmp_path / "plain.png", 64, 64)
    check = hubbot(config, "watermark", "check", str(tmp_path / "plain.png"))
    assert check.returncode == 1 and "no AI marks" in check.stdout

    (tmp_path / "notes.png").write_text("just text", encoding="utf-8")
    bad = hubbot(config, "edit", str(tmp_path / "notes.png"), "x", "-o", str(tmp_path / "x.png"))
    assert bad.returncode == 2 and "PNG, JPEG, WebP or GIF" in bad.stderr and "Traceback" not in bad.stderr


# ---- storage ----------------------------------------------------------------------------------


async def test_artifacts_keep_rows_and_files_together_and_forget_them(db_url: str, tmp_path: Path) -> None:
    from datetime import timedelta

    from hubbot.storage import Database
    from hubbot.storage.clock import utcnow

    db = Database(db_url)
    await db.migrate()
    try:
        data = tmp_path / "data"
        mine = await artifacts.save(db, data, png=b"png-1", user_id="u:1", kind="generated", width=8,
                                    height=8, seed=3, settings={"prompt": "a frog", "count": 2})
        theirs = await artifacts.save(db, data, png=b"png-2", user_id="u:2", kind="upload", width=8, height=8)
        assert artifacts.is_artifact_id(mine.id) and mine.id != theirs.id
        loaded = await artifacts.load(db, data, mine.id)
        assert loaded is not None and loaded[1] == b"png-1" and loaded[0].settings["prompt"] == "a frog"
        assert await artifacts.load(db, data, "../../etc/passwd") is None
        assert await artifacts.delete_for_user(db, data, "u:1") == 1
        assert await artifacts.load(db, data, mine.id) is None
        assert not (data / mine.path).exists() and (data / theirs.path).exists()
        assert await artifacts.purge_older_than(db, data, utcnow() - timedelta(days=1)) == 0
        assert await artifacts.purge_older_than(db, data, utcnow() + timedelta(seconds=1)) == 1
        assert not (data / theirs.path).exists()
    finally:
        await db.close()
