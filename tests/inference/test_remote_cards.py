"""Remote image and vision cards without a server: a card whose backend cannot serve its task is
refused when the config loads, and a remote card whose endpoints are all down answers with one
line naming the model (the CLI exits non-zero, no traceback)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image as PILImage

from hubbot.cli import main
from hubbot.config import load_settings
from hubbot.errors import ConfigError
from hubbot.i18n import t
from tests.standins.remote_servers import dead_url


def write_config(hub_dir: Path, tmp_path: Path, **changes: dict) -> Path:
    """The init config with absolute paths, a private database, and cards changed by id."""
    text = (hub_dir / "hubbot.toml").read_text(encoding="utf-8")
    text = text.replace('source = "models/', f'source = "{hub_dir}/models/')
    text = text.replace('data_dir = "data"', f'data_dir = "{tmp_path / "data"}"')
    text = text.replace("sqlite+aiosqlite:///hubbot.db", f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}")
    for model_id, fields in changes.items():
        marker = f'id = "{model_id}"\n'
        assert marker in text, model_id
        extra = "".join(f"{key} = {value}\n" for key, value in fields.items())
        text = text.replace(marker, marker + extra, 1)
        head, _, rest = text.partition(marker + extra)
        card, separator, tail = rest.partition("[[models]]")
        card = "".join(line for line in card.splitlines(keepends=True) if not line.startswith("backend = "))
        text = head + marker + extra + card + separator + tail
    config = tmp_path / "hubbot.toml"
    config.write_text(text, encoding="utf-8")
    return config


@pytest.mark.parametrize(
    ("model_id", "backend"),
    [
        ("imagine", '"openai"'),
        ("vision", '"openai-images"'),
        ("chat-small", '"openai-images"'),
        ("vision", '"diffusers"'),
    ],
)
def test_remote_image_and_remote_vision_backends_that_cannot_serve_the_task_fail_at_load(
    hub_dir: Path, tmp_path: Path, model_id: str, backend: str
) -> None:
    config = write_config(
        hub_dir, tmp_path, **{model_id: {"backend": backend, "endpoints": f'["{dead_url()}"]'}}
    )
    with pytest.raises(ConfigError) as error:
        load_settings(config)
    message = str(error.value)
    assert "\n" not in message and "models[" in message and "cannot serve task" in message


def test_remote_image_and_remote_vision_cards_load_with_endpoints(hub_dir: Path, tmp_path: Path) -> None:
    config = write_config(
        hub_dir,
        tmp_path,
        imagine={"backend": '"openai-images"', "endpoints": f'["{dead_url()}"]'},
        vision={"backend": '"openai"', "endpoints": f'["{dead_url()}"]'},
    )
    settings = load_settings(config)
    assert settings.model("imagine").backend == "openai-images"  # type: ignore[union-attr]
    no_endpoints = write_config(hub_dir, tmp_path, edit={"backend": '"openai-images"'})
    with pytest.raises(ConfigError, match="endpoints"):
        load_settings(no_endpoints)


def test_remote_image_and_remote_vision_all_endpoints_down_is_one_line_and_a_failing_exit(
    hub_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    down = f'["{dead_url()}", "{dead_url()}"]'
    config = write_config(
        hub_dir,
        tmp_path,
        imagine={"backend": '"openai-images"', "endpoints": down},
        vision={"backend": '"openai"', "endpoints": down},
    )
    picture = tmp_path / "photo.png"
    PILImage.new("RGB", (32, 32), (9, 9, 9)).save(picture)
    runs = {
        "Text to Image (random weights)": [
            "imagine",
            "a boat",
            "-o",
            str(tmp_path / "boat.png"),
            "--steps",
            "2",
        ],
        "Visual Question Answering (random weights)": ["ask-image", str(picture), "What is this?"],
    }
    for model, args in runs.items():
        status = main(["--config", str(config), *args])
        out, err = capsys.readouterr()
        assert status != 0, out
        expected = t("error.model_unavailable_named", "en", model=model)
        assert expected in err + out
        assert "Traceback" not in err + out
        # Besides the status line while it was queued, one line: the model is unavailable.
        lines = [line for line in err.splitlines() if line.strip() and "Queued" not in line]
        assert len(lines) == 1 and expected in lines[0], err
    assert not (tmp_path / "boat.png").exists()
