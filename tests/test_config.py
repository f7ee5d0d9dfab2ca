"""Config: TOML file discovery, env overrides, clear one-line errors, secrets never shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from hubbot.config import load_settings
from hubbot.errors import ConfigError

CARD = """
[[models]]
id = "chat-small"
display_name = "Small"
task = "chat"
backend = "transformers"
source = "models/chat-small"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "hubbot.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_file_in_working_directory_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, 'log_level = "DEBUG"\n' + CARD)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("HUBBOT_CONFIG", raising=False)
    settings = load_settings()
    assert settings.log_level == "DEBUG"
    assert settings.model("chat-small").source == "models/chat-small"
    assert settings.resolve_path("models/chat-small") == tmp_path / "models" / "chat-small"


def test_hubbot_config_env_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "[dispatcher]\nmax_jobs_per_user = 7\n")
    monkeypatch.setenv("HUBBOT_CONFIG", str(path))
    monkeypatch.chdir(tmp_path.parent)
    assert load_settings().dispatcher.max_jobs_per_user == 7


def test_environment_overrides_file_and_fills_secrets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, 'database_url = "sqlite+aiosqlite:///from-file.db"\n')
    monkeypatch.setenv("HUBBOT_DATABASE_URL", "postgresql+asyncpg://u@db/hub")
    monkeypatch.setenv("DISCORD_TOKEN", "discord-secret-value")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "slack-secret-value")
    monkeypatch.setenv("HUBBOT_SLACK_PORT", "3100")
    monkeypatch.setenv("HUBBOT_DISCORD_API_BASE", "http://127.0.0.1:9/api/v10")
    settings = load_settings(path)
    assert settings.sqlalchemy_url == "postgresql+asyncpg://u@db/hub"
    assert settings.discord_token.get_secret_value() == "discord-secret-value"
    assert settings.slack_port == 3100
    assert settings.discord_api_base == "http://127.0.0.1:9/api/v10"
    shown = repr(settings) + str(settings.model_dump())
    assert "discord-secret-value" not in shown and "slack-secret-value" not in shown


def test_relative_sqlite_path_is_anchored_at_the_config_dir(tmp_path: Path) -> None:
    settings = load_settings(write(tmp_path, 'database_url = "sqlite+aiosqlite:///hub.db"\n'))
    assert settings.sqlalchemy_url == f"sqlite+aiosqlite:///{tmp_path / 'hub.db'}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("log_level = [\n", "not valid TOML"),
        ('log_leve = "INFO"\n', "log_leve: Extra inputs are not permitted"),
        ("[dispatcher]\nmax_jobs_per_user = 0\n", "dispatcher.max_jobs_per_user"),
        (CARD.replace('task = "chat"', 'task = "poetry"'), "models[0].task"),
        (CARD.replace('source = "models/chat-small"', ""), "needs a source directory"),
        (CARD + CARD, "appears twice"),
        ('[[models]]\nid = "x"\ndisplay_name = "X"\ntask = "chat"\nbackend = "openai"\n', "endpoints"),
    ],
)
def test_bad_config_gets_one_line_naming_the_key(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(write(tmp_path, text))
    message = str(caught.value)
    assert expected in message
    assert "\n" not in message
    assert str(tmp_path / "hubbot.toml") in message


def test_bad_env_value_does_not_echo_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUBBOT_SLACK_PORT", "not-a-port-sekrit")
    with pytest.raises(ConfigError) as caught:
        load_settings(write(tmp_path, ""))
    assert "HUBBOT_SLACK_PORT" in str(caught.value)
    assert "sekrit" not in str(caught.value)


def test_missing_explicit_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(tmp_path / "nope.toml")
