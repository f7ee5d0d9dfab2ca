"""/finetune of a text-to-image model with the tiny random diffusion pipeline: the image dataset
(an archive or several images) and its errors, the UNet LoRA trained in steps (progress,
cancel), the stored card, /imagine with the variant, /export and /forget; and resuming an
interrupted training (text and images) after a restart."""

from __future__ import annotations

import asyncio
import dataclasses
import io
import json
import zipfile
from pathlib import Path

import numpy as np
import pytest
import pytest_asyncio
from PIL import Image as PILImage
from sqlmodel import select

from hubbot.app import App
from hubbot.commands.base import (
    Answer,
    Attachment,
    Done,
    Error,
    File,
    Image,
    Notice,
    Request,
    Status,
    UserRef,
)
from hubbot.commands.finetune_images import archive_members
from hubbot.commands.runner import execute, execute_action
from hubbot.config import FinetuneSection, LimitsSection, PrivacySection
from hubbot.storage.models import FinetuneDataset, FinetuneVariant

PROMPT = "a photo of sks dog"


def png(seed: int, size: tuple[int, int] = (48, 40)) -> bytes:
    pixels = np.random.default_rng(seed).integers(0, 256, (size[1], size[0], 3), dtype=np.uint8)
    out = io.BytesIO()
    PILImage.fromarray(pixels, "RGB").save(out, format="PNG")
    return out.getvalue()


def zipped(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return out.getvalue()


def attachment(data: bytes, filename: str, content_type: str | None = None) -> Attachment:
    async def fetch(max_bytes: int) -> bytes:
        return data[: max_bytes + 1]

    return Attachment(filename, content_type, len(data), fetch)


def dog_zip(count: int = 3) -> bytes:
    return zipped({f"dogs/{i}.png": png(i) for i in range(count)})


def user(name: str) -> UserRef:
    return UserRef(f"discord:{name}", "discord", name)


def image_request(who: UserRef, name: str, files: list[Attachment] | None = None, **options) -> Request:
    return Request(
        "finetune",
        {
            "name": name,
            "base": "imagine",
            "instance_prompt": PROMPT,
            "max_steps": 3,
            "learning_rate": 0.05,
            **options,
        },
        who,
        f"c:{who.id}",
        attachments=files if files is not None else [attachment(dog_zip(), "dogs.zip")],
        scope="guild1",
    )


async def collect(replies) -> list:
    return [reply async for reply in replies]


def errors(replies: list) -> list[str]:
    return [r.text for r in replies if isinstance(r, Error)]


@pytest.fixture
def open_settings(settings):
    return settings.model_copy(  # the image consent notice has its own test
        update={
            "finetune": FinetuneSection(who="everyone", progress_every_s=0, batch_size=2),
            "privacy": PrivacySection(image_consent="off"),
        }
    )


@pytest_asyncio.fixture(loop_scope="function")
async def ft_app(open_settings):
    async with App.create(open_settings) as started:
        yield started


# ---- the dataset ---------------------------------------------------------------------------------


def test_archive_members_skip_folders_and_hidden_files_and_cap_what_they_read() -> None:
    data = zipped({"a/1.png": png(1), "a/.DS_Store": b"x", "__MACOSX/a/._1.png": b"x", "a/2.png": png(2)})
    assert [name for name, _ in archive_members(data, 10, 10**6, 10**7)] == ["a/1.png", "a/2.png"]


def test_a_zip_bomb_is_refused_from_the_directory_and_from_what_is_read() -> None:
    from hubbot.commands.finetune_data import DatasetError

    bomb = zipped({"big.png": b"\0" * 5_000_000})  # 5 MB of zeros: a few KiB packed
    assert len(bomb) < 20_000
    with pytest.raises(DatasetError) as caught:
        archive_members(bomb, 10, 1_000_000, 10**8)
    assert caught.value.key == "finetune.image_too_big" and caught.value.params["file"] == "big.png"
    with pytest.raises(DatasetError) as caught:
        archive_members(zipped({f"{i}.png": b"\0" * 100_000 for i in range(30)}), 50, 10**6, 1_000_000)
    assert caught.value.key == "finetune.archive_too_big"
    # a header that lies about the size: the read itself stops at the cap
    lying = bytearray(bomb)
    for offset in _size_fields(bytes(lying)):
        lying[offset : offset + 4] = (10).to_bytes(4, "little")
    with pytest.raises(DatasetError) as caught:
        archive_members(bytes(lying), 10, 1_000_000, 10**8)
    assert caught.value.key in ("finetune.image_too_big", "finetune.bad_archive")


def _size_fields(data: bytes) -> list[int]:
    """Offsets of the uncompressed-size fields in the local and central headers."""
    offsets = []
    start = 0
    while (found := data.find(b"PK\x03\x04", start)) >= 0:
        offsets.append(found + 22)
        start = found + 4
    start = 0
    while (found := data.find(b"PK\x01\x02", start)) >= 0:
        offsets.append(found + 24)
        start = found + 4
    return offsets


@pytest.mark.parametrize(
    ("files", "options", "expected"),
    [
        ([attachment(dog_zip(1), "dogs.zip")], {}, "Only 1 image(s); at least 2"),
        (
            [attachment(zipped({"1.png": png(1), "notes.txt": b"my dog"}), "d.zip")],
            {},
            "`notes.txt` is not an image",
        ),
        ([attachment(zipped({f"{i}.png": png(i) for i in range(60)}), "d.zip")], {}, "60 files; at most 50"),
        ([attachment(b"PK\x03\x04 broken", "d.zip")], {}, "not a readable zip"),
        ([attachment(png(1), "1.png"), attachment(b"GIF89a\x01", "2.gif")], {}, "`2.gif`: "),
        (
            [attachment(png(1), "1.png"), attachment(png(2), "2.png")],
            {"instance_prompt": ""},
            "instance_prompt",
        ),
        ([], {}, "Attach the images"),
    ],
)
async def test_image_dataset_errors_name_the_file(ft_app, files, options, expected) -> None:
    replies = await collect(execute(image_request(user("ann"), "bad-img", files, **options), ft_app))
    assert expected in errors(replies)[0], errors(replies)
    assert "bad-img" not in ft_app.registry.cards


async def test_an_oversized_or_too_many_pixels_image_is_refused(open_settings) -> None:
    small = open_settings.model_copy(
        update={"limits": LimitsSection(max_image_bytes=20_000, max_image_pixels=64 * 64)}
    )
    async with App.create(small) as app:
        big = [attachment(png(1, (200, 200)), "big.png"), attachment(png(2), "2.png")]
        replies = await collect(execute(image_request(user("ann"), "x-img", big), app))
        assert "`big.png` is too big" in errors(replies)[0]
        flat = io.BytesIO()
        PILImage.new("RGB", (100, 100), "red").save(flat, format="PNG")  # small file, many pixels
        wide = zipped({"wide.png": flat.getvalue(), "2.png": png(2, (20, 20))})
        replies = await collect(
            execute(image_request(user("ann"), "x-img", [attachment(wide, "d.zip")]), app)
        )
        assert "`wide.png`" in errors(replies)[0] and "too many pixels" in errors(replies)[0]


@pytest.mark.parametrize("mode", ["notice", "confirm"])
async def test_the_image_consent_notice_comes_once_before_a_dataset_is_used(open_settings, mode) -> None:
    asking = open_settings.model_copy(update={"privacy": PrivacySection(image_consent=mode)})
    two = [attachment(png(1), "1.png"), attachment(png(2), "2.png")]
    async with App.create(asking) as app:
        first = await collect(execute(image_request(user("ann"), "ann-dog", two, max_steps=1), app))
        if mode == "notice":  # told, and the training goes on
            assert "only send images you have the right to use" in first[0].text and not errors(first)
            assert "ann-dog" in app.registry.cards
        else:  # told, and nothing runs until the same command comes again
            assert "run the same command again" in errors(first)[0] and "ann-dog" not in app.registry.cards
            again = await collect(execute(image_request(user("ann"), "ann-dog", two, max_steps=1), app))
            assert not errors(again) and "ann-dog" in app.registry.cards
        later = await collect(execute(image_request(user("ann"), "ann-dog2", two, max_steps=1), app))
        assert not errors(later) and not any("right to use" in getattr(r, "text", "") for r in later)
        console = UserRef("console:local", "console", "local")
        quiet = await collect(execute(image_request(console, "op-dog", two, max_steps=1), app))
        assert not any("right to use" in getattr(r, "text", "") for r in quiet)  # the operator


# ---- training end to end ---------------------------------------------------------------------------


async def test_image_finetune_registers_a_true_card_and_imagine_uses_the_adapter(ft_app) -> None:
    ann = user("ann")
    replies = await collect(execute(image_request(ann, "ann-dog"), ft_app))
    assert not errors(replies), errors(replies)
    assert next(r for r in replies if isinstance(r, Notice)).actions[0].id.startswith("finetune-cancel:")
    statuses = [r.text for r in replies if isinstance(r, Status)]
    assert "3 images" in statuses[0] and PROMPT in statuses[0] and "3 steps" in statuses[0]
    steps = [s for s in statuses if "Step" in s]
    assert [s.split("Step ")[1].split(" ")[0] for s in steps] == ["1/3", "2/3", "3/3"]
    assert all("loss" in s and "images/s" in s for s in steps)
    answer = next(r for r in replies if isinstance(r, Answer))
    assert (
        "`ann-dog` is ready" in answer.text and "/imagine" in answer.text and "model:imagine" in answer.text
    )
    assert any(isinstance(r, Image) for r in replies) and isinstance(replies[-1], Done)

    card = ft_app.registry.card("ann-dog")
    info = card.info
    assert card.task == "text-to-image" and card.base_model == "imagine" and card.backend == "diffusers"
    assert (Path(card.adapter) / "pytorch_lora_weights.safetensors").is_file()
    assert info.modality == "Text to Image" and info.training_hardware == "CPU"
    assert "3 steps" in info.training_time and float(info.training_time.split(" s")[0]) > 0
    assert "M base +" in info.parameters and "trainable (LoRA)" in info.parameters
    assert info.dataset == f"3 images, instance prompt “{PROMPT}”" and "UNet LoRA over imagine" in info.origin
    async with ft_app.db.session() as session:
        dataset = (await session.exec(select(FinetuneDataset))).one()
    stored = ft_app.settings.data_path / dataset.path
    assert dataset.rows == 3 and dataset.filename == "images.zip"
    with zipfile.ZipFile(stored) as archive:  # the cleaned images, as PNGs
        assert sorted(archive.namelist()) == ["images/001.png", "images/002.png", "images/003.png"]

    async def imagine(model: str) -> np.ndarray:
        request = Request("imagine", {"prompt": PROMPT, "model": model, "seed": 7, "steps": 2}, ann, "c:img")
        out = await collect(execute(request, ft_app))
        assert not errors(out), errors(out)
        image = next(r for r in out if isinstance(r, Image))
        return np.asarray(PILImage.open(io.BytesIO(image.png)).convert("RGB"), dtype=np.int16)

    base, variant, again = await imagine("imagine"), await imagine("ann-dog"), await imagine("ann-dog")
    assert ft_app.registry.backend("ann-dog").pipe.get_active_adapters()  # the LoRA is loaded...
    assert not ft_app.registry.backend("imagine").pipe.get_active_adapters()  # ...on the variant only
    centre = (slice(8, 40), slice(8, 56))  # away from the corner label, which names the model
    assert np.abs(variant[centre] - again[centre]).max() <= 1  # the same seed: the same image
    assert np.abs(variant[centre] - base[centre]).mean() > 2  # and the adapter changes it

    hidden = await collect(
        execute(Request("imagine", {"prompt": "x", "model": "ann-dog"}, user("bob"), "c:bob"), ft_app)
    )
    assert "Unknown model `ann-dog`" in errors(hidden)[0]  # a private variant, as for text


async def test_cancel_an_image_training_registers_nothing(ft_app) -> None:
    ann = user("ann")
    replies = execute(image_request(ann, "gone-dog", max_steps=500, epochs=100), ft_app)
    notice = await anext(replies)
    while not isinstance(await anext(replies), Status) or not ft_app.services["finetune"].trainings:
        pass
    await collect(execute_action(notice.actions[0].id, Request("finetune", {}, ann, "c"), ft_app))
    rest = await collect(replies)
    assert "cancelled" in errors(rest)[0]
    assert "gone-dog" not in ft_app.registry.cards
    async with ft_app.db.session() as session:
        assert (await session.exec(select(FinetuneVariant))).all() == []
        assert (await session.exec(select(FinetuneDataset))).all() == []


async def test_export_has_the_datasets_and_forget_deletes_them_and_unshared_variants(ft_app) -> None:
    ann = user("ann")
    for name in ("mine-dog", "ours-dog"):
        assert not errors(await collect(execute(image_request(ann, name, max_steps=1), ft_app)))
    shared = Request("models", {"model": "ours-dog", "action": "share"}, ann, "c")
    assert not errors(await collect(execute(shared, ft_app)))

    exported = await collect(execute(Request("export", {}, ann, "c"), ft_app))
    archive = zipfile.ZipFile(io.BytesIO(next(r for r in exported if isinstance(r, File)).data))
    datasets = [n for n in archive.namelist() if n.startswith("datasets/")]
    assert len(datasets) == 2 and all(n.endswith("-images.zip") for n in datasets)
    assert zipfile.ZipFile(io.BytesIO(archive.read(datasets[0]))).namelist()[0] == "images/001.png"
    tables = json.loads(archive.read("data.json"))["tables"]
    assert {row["id"] for row in tables["finetune_variants"]} == {"mine-dog", "ours-dog"}

    mine = Path(ft_app.registry.card("mine-dog").adapter)
    files = list((ft_app.settings.data_path / "finetune" / "datasets").iterdir())
    from hubbot.commands.forget import forget_everything

    _, counts = await forget_everything(ft_app, ann.id)
    assert counts["finetune_datasets"] == 2 and counts["finetune_variants"] == 1
    assert "mine-dog" not in ft_app.registry.cards and not mine.exists()
    assert not any(f.exists() for f in files)
    assert (
        ft_app.registry.visible("ours-dog", "discord:bob")
        and ft_app.registry.access["ours-dog"].owner is None
    )


# ---- restart: resume or report -----------------------------------------------------------------------


async def _interrupt(app: App, request: Request, at_step: int) -> list:
    replies = execute(request, app)
    await anext(replies)
    service = app.services["finetune"]
    while not any(t.step >= at_step for t in service.trainings.values()):
        await asyncio.sleep(0.02)
    collector = asyncio.ensure_future(collect(replies))
    await app.stop()  # what SIGTERM does
    return await collector


@pytest.mark.parametrize("kind", ["text", "image"])
async def test_an_interrupted_training_is_reported_and_resumes_from_its_checkpoint(
    open_settings, kind
) -> None:
    from hubbot.commands.interrupted import notify_interrupted

    bob = user("bob")
    if kind == "image":
        request = image_request(bob, "cut-ft", max_steps=8, epochs=100)
    else:
        from tests.commands.test_finetune import finetune_request

        request = finetune_request(bob, "cut-ft", max_steps=8, epochs=100)
    request = dataclasses.replace(request, reply_to={"platform": "discord", "channel_id": "1"})
    async with App.create(open_settings) as app:
        rest = await _interrupt(app, request, 2)
        assert "interrupted" in errors(rest)[0] and "resume from step" in errors(rest)[0]
    checkpoint = open_settings.data_path / "finetune" / "adapters" / ".cut-ft.interrupted"
    stopped_at = json.loads((checkpoint / "hubbot_state.json").read_text())["step"]
    assert 2 <= stopped_at < 8

    async with App.create(open_settings) as again:
        told: list[tuple[str, str]] = []

        async def send(reply_to: dict, platform_user: str, text: str) -> None:
            told.append((platform_user, text))

        assert await notify_interrupted(again, "discord", send) == 1
        assert told[0][0] == "bob" and f"step {stopped_at}/8" in told[0][1] and "resume" in told[0][1]
        taken = await collect(execute(image_request(user("eve"), "cut-ft"), again))
        assert "already taken" in errors(taken)[0]  # bob's checkpoint holds the name

        replies = await collect(execute(request, again))  # the same /finetune again
        assert not errors(replies), errors(replies)
        statuses = [r.text for r in replies if isinstance(r, Status)]
        assert f"Resuming from the checkpoint at step {stopped_at}/8" in statuses[0]
        steps = [s.split("Step ")[1].split(" ")[0] for s in statuses if "Step" in s]
        assert steps[0] == f"{stopped_at + 1}/8" and steps[-1] == "8/8"
        card = again.registry.card("cut-ft")
        assert "8 steps" in card.info.training_time and card.info.owner == "bob"
        assert not checkpoint.exists()  # used up


async def test_forget_deletes_the_checkpoint_of_an_interrupted_training(open_settings) -> None:
    from hubbot.commands.forget import forget_everything

    async with App.create(open_settings) as app:
        await _interrupt(app, image_request(user("bob"), "cut-dog", max_steps=50, epochs=100), 1)
    checkpoint = open_settings.data_path / "finetune" / "adapters" / ".cut-dog.interrupted"
    assert (checkpoint / "hubbot_state.json").is_file()
    async with App.create(open_settings) as again:
        _, counts = await forget_everything(again, "discord:eve")  # someone else's: kept
        assert counts["finetune_checkpoints"] == 0 and checkpoint.is_dir()
        _, counts = await forget_everything(again, "discord:bob")
        assert counts["finetune_checkpoints"] == 1 and not checkpoint.exists()


# ---- several bot processes on one database ------------------------------------------------------------


async def test_a_variant_trained_in_one_process_is_seen_by_another_without_restart(open_settings) -> None:
    polled = open_settings.model_copy(
        update={"finetune": open_settings.finetune.model_copy(update={"sync_every_s": 0.05})}
    )
    on_request = open_settings.model_copy(
        update={"finetune": open_settings.finetune.model_copy(update={"sync_every_s": 0})}
    )
    ann, bob = user("ann"), user("bob")

    def ask(who: UserRef, command: str, **options) -> Request:
        return Request(command, options, who, f"c:{who.id}:{command}")

    async with App.create(open_settings) as one, App.create(polled) as two, App.create(on_request) as three:
        assert not errors(await collect(execute(image_request(ann, "ann-dog", max_steps=1), one)))
        while "ann-dog" not in two.registry.cards:  # the periodic sync picks it up
            await asyncio.sleep(0.02)
        assert "ann-dog" not in three.registry.cards  # no sync there: a request naming it reads it
        drawn = await collect(execute(ask(ann, "imagine", prompt=PROMPT, model="ann-dog", steps=1), three))
        assert not errors(drawn) and three.registry.access["ann-dog"].owner == ann.id
        assert errors(await collect(execute(ask(bob, "imagine", prompt="x", model="ann-dog"), three)))

        assert not errors(await collect(execute(ask(ann, "models", model="ann-dog", action="share"), one)))
        assert not errors(
            await collect(execute(ask(bob, "imagine", prompt="x", model="ann-dog", steps=1), three))
        )
        while not two.registry.access["ann-dog"].shared:
            await asyncio.sleep(0.02)

        assert not errors(await collect(execute(ask(ann, "models", model="ann-dog", action="delete"), one)))
        gone = await collect(execute(ask(bob, "imagine", prompt="x", model="ann-dog"), three))
        assert "Unknown model `ann-dog`" in errors(gone)[0] and "ann-dog" not in three.registry.cards
        while "ann-dog" in two.registry.cards:
            await asyncio.sleep(0.02)


# ---- the command line -------------------------------------------------------------------------------


def test_cli_finetune_a_directory_of_images_then_imagine_with_it(
    hub_dir: Path, tmp_path: Path, monkeypatch, capsys
) -> None:
    from hubbot.cli import main

    monkeypatch.setenv("HUBBOT_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.chdir(tmp_path)
    photos = tmp_path / "dogs"
    photos.mkdir()
    for i in range(3):
        (photos / f"{i}.png").write_bytes(png(i))
    (photos / ".hidden").write_bytes(b"skipped")
    config = str(hub_dir / "hubbot.toml")
    name = f"cli-dog-{tmp_path.name[-8:].replace('_', '-').lower()}"
    common = ["--config", config, "finetune", "--base", "imagine", "--user", "carol", "--max-steps", "2"]
    assert main([*common, "--data", str(photos), "--name", name, "--instance-prompt", PROMPT]) == 0
    out = capsys.readouterr()
    assert "Step 2/2" in out.err and "images/s" in out.err and f"`{name}` is ready" in out.out
    picture = tmp_path / "dog.png"
    imagine = ["--config", config, "imagine", PROMPT, "--model", name, "--steps", "1", "-o", str(picture)]
    assert main([*imagine, "--user", "carol"]) == 0
    assert picture.read_bytes().startswith(b"\x89PNG")
    capsys.readouterr()
    assert main([*imagine, "--user", "dave"]) == 2  # private to carol
    assert f"Unknown model `{name}`" in capsys.readouterr().err
    archive = tmp_path / "mixed.zip"
    archive.write_bytes(zipped({"0.png": png(0), "readme.md": b"# my dog"}))
    assert main([*common, "--data", str(archive), "--name", "bad-dog", "--instance-prompt", PROMPT]) == 2
    assert (
        capsys.readouterr().err.strip().splitlines()[-1]
        == "`readme.md` is not an image (PNG, JPEG, WebP or GIF)."
    )
