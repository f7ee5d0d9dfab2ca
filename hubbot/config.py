"""Settings: one TOML file plus environment variables (secrets and endpoints).

The file is `hubbot.toml` in the working directory, or `--config PATH`, or `$HUBBOT_CONFIG`.
Secrets are `SecretStr` and only ever come from the environment; they never appear in
`repr()`, logs or error messages.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any, ClassVar, Literal
from urllib.parse import urlsplit, urlunsplit

from pydantic import (
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from hubbot.errors import ConfigError
from hubbot.policy.access import config_problems

CONFIG_FILE_NAME = "hubbot.toml"
ENV_CONFIG = "HUBBOT_CONFIG"

Task = Literal["chat", "code", "text-to-image", "image-edit", "vision-qa", "moderation"]
TEXT_TASKS: frozenset[str] = frozenset({"chat", "code"})
IMAGE_TASKS: frozenset[str] = frozenset({"text-to-image", "image-edit"})
# What each backend can serve; a card asking for anything else is refused when the config loads.
BACKEND_TASKS: dict[str, frozenset[str]] = {
    "transformers": TEXT_TASKS | {"vision-qa", "moderation"},
    "diffusers": IMAGE_TASKS,
    "openai": TEXT_TASKS | {"vision-qa", "moderation"},  # OpenAI chat completions
    "openai-images": IMAGE_TASKS,  # the OpenAI Images API (e.g. `hubbot serve images`)
}
REMOTE_BACKENDS: frozenset[str] = frozenset({"openai", "openai-images"})


class SecretUrl(SecretStr):
    """A URL whose password never shows: `repr()` and `str()` give it with `***` in its place
    (JSON dumps mask the whole URL, as for any SecretStr)."""

    def _display(self) -> str:
        return masked_url(self.get_secret_value())


def masked_url(url: str) -> str:
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    credentials, host = parts.netloc.rsplit("@", 1)
    if ":" not in credentials:
        return url  # a user name alone is no secret
    user = credentials.split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


class Section(BaseModel):
    """A config table: unknown keys are errors, so a typo is reported instead of ignored."""

    model_config = ConfigDict(extra="forbid")


class ModelInfo(Section):
    """The descriptive card the seed service shows beside a model."""

    modality: str = ""
    training_hardware: str = ""
    training_time: str = ""
    parameters: str = ""
    license: str = ""
    description: str = ""
    origin: str = ""  # where the weights come from ("random weights" for the tiny built-in models)
    quantization: str = ""  # the format the weights were converted from, if any
    # Fine-tuned variants (/finetune): who made it and when, what it learnt from and how.
    owner: str = ""
    created: str = ""
    dataset: str = ""
    training: str = ""


class RemoteOptions(Section):
    """How a remote model (`openai`, `openai-images`) talks to its servers (`[models.remote]`).
    Times in seconds."""

    connect_timeout_s: float = Field(5.0, gt=0)
    read_timeout_s: float = Field(120.0, gt=0)  # longest silence on a stream, first token included
    retries: int = Field(3, ge=0, le=10)  # extra attempts on 429/5xx/connection errors before a token
    backoff_s: float = Field(0.5, ge=0)  # first retry delay; doubles per attempt (with jitter), max 8 s
    health_path: str = "/health"  # relative to the server root (the endpoint without /v1)
    health_interval_s: float = Field(5.0, gt=0)
    max_concurrency: int = Field(32, ge=1)  # requests in flight per endpoint
    extra_body: dict[str, Any] = {}  # server-specific sampling keys, e.g. vLLM's repetition_penalty


class ModelCard(Section):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]{0,63}$")
    display_name: str
    task: Task
    backend: Literal["transformers", "diffusers", "openai", "openai-images"]
    source: str = ""
    endpoints: list[str] = []
    api_key_env: str | None = None
    remote_model: str | None = None  # the name the server serves; None: its only model
    remote: RemoteOptions = RemoteOptions()
    device: str = "auto"
    dtype: str = "auto"
    attn_implementation: str | None = None
    prompt_format: str = "chat_template"
    system_prompt: str | None = None
    code_templates: dict[str, str] = {}
    stop: list[str] = []
    context_length: int = Field(2048, ge=64)
    generation: dict[str, Any] = {}
    batching: Literal["auto", "rolling", "continuous", "padded"] = "auto"
    max_batch_size: int = Field(16, ge=1, le=256)
    adapter: str | None = None
    base_model: str | None = None
    pinned: bool = False
    compile: bool = False  # torch.compile the UNet / model on a GPU (slow first call, faster after)
    languages: list[str] = ["ko", "en"]
    sizes: list[str] = []
    # moderation cards: the model's label (or guard category, e.g. "S10") -> a policy class or "safe"
    labels: dict[str, str] = {}
    info: ModelInfo = ModelInfo()

    @field_validator("sizes")
    @classmethod
    def _sizes_are_wxh(cls, sizes: list[str]) -> list[str]:
        for size in sizes:
            width, _, height = size.partition("x")
            if not (width.isdigit() and height.isdigit()):
                raise ValueError(f"size {size!r} is not WIDTHxHEIGHT")
        return sizes

    @model_validator(mode="after")
    def _source_or_endpoint(self) -> ModelCard:
        if self.task not in BACKEND_TASKS[self.backend]:
            served = ", ".join(sorted(BACKEND_TASKS[self.backend]))
            raise ValueError(f"backend {self.backend!r} cannot serve task {self.task!r} (it serves {served})")
        if self.backend in REMOTE_BACKENDS and not self.endpoints:
            raise ValueError(f"an {self.backend} model needs at least one entry in endpoints")
        if self.backend not in REMOTE_BACKENDS and not self.source:
            raise ValueError(f"a {self.backend} model needs a source directory")
        return self


class DefaultsSection(Section):
    chat_model: str = "chat-small"
    code_model: str = "code"
    image_model: str = "imagine"
    edit_model: str = "edit"
    vision_model: str = "vision"
    compare_models: list[str] = ["chat-small", "chat-medium", "chat-large"]
    language: Literal["ko", "en"] = "en"
    ai_footer: bool = True
    arena_votes_per_day: int = Field(50, ge=1)
    # The small visible "AI" label on generated images. The AI metadata and the invisible
    # watermark are always applied and have no switch.
    ai_image_mark: bool = True
    # What a place uses when neither it, its channel nor its guild set it (`/settings`).
    persona: str = ""  # a system prompt for chat and code ("" = the model card's own)
    persona_name: str = ""  # shown in the footer of answers
    memory_turns: int | None = Field(None, ge=0)  # earlier exchanges /chat keeps; None = what fits
    reasoning: Literal["hidden", "spoiler", "file", "inline"] = "hidden"  # <think>…</think> text
    safety_level: Literal["strict", "standard", "relaxed"] = "standard"


class LimitsSection(Section):
    max_prompt_tokens: int = Field(1024, ge=1)
    max_prompt_chars: int = Field(8000, ge=1)
    max_new_tokens: int = Field(512, ge=1)
    max_code_file_bytes: int = Field(200_000, ge=1)
    max_image_bytes: int = Field(10 * 1024 * 1024, ge=1)
    max_image_pixels: int = Field(40_000_000, ge=1)
    # Image decodes at once per process: each may take hundreds of MiB whatever the file size.
    max_concurrent_decodes: int = Field(2, ge=1)
    # Documents attached to /chat (text, Markdown, code, PDF). Bytes and pages are checked before
    # any text is extracted; characters bound the extracted text (stored and screened whole).
    # How much of it the model sees is counted later in the model's own tokens
    # (`commands.documents.fit`), and cut with a visible notice when it does not fit.
    max_document_bytes: int = Field(5 * 1024 * 1024, ge=1)
    max_document_pages: int = Field(50, ge=1)
    max_document_chars: int = Field(100_000, ge=1)


class DispatcherSection(Section):
    # How long a lone job waits for others to join its batch (from when it was queued).
    gather_window_ms: float = Field(15.0, ge=0)
    max_queue_per_model: int = Field(64, ge=1)  # a job beyond it is refused: "busy, retry in ~N s"
    max_jobs_per_user: int = Field(4, ge=1)  # queued + running, per user, in this process
    job_timeout_s: float = Field(600.0, gt=0)  # from submit to the last event
    shutdown_grace_s: float = Field(30.0, ge=0)
    admin_users: list[str] = []
    admin_priority: int = 10  # admins' jobs run before others' (higher runs first)
    position_update_s: float = Field(1.0, gt=0)  # how often queued jobs hear their new position
    # Each process renews its lease this often; a process silent for `lease_s` is dead, and
    # its unfinished jobs are marked interrupted (checked at start-up and every heartbeat).
    heartbeat_s: float = Field(10.0, gt=0)
    lease_s: float = Field(60.0, gt=0)


class MetricsSection(Section):
    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = Field(9108, ge=0, le=65535)


class AccessSection(Section):
    platform: ClassVar[str] = ""
    allow_guilds: list[str] = []
    deny_guilds: list[str] = []
    allow_channels: list[str] = []
    deny_channels: list[str] = []
    allow_roles: list[str] = []
    deny_roles: list[str] = []
    allow_users: list[str] = []
    deny_users: list[str] = []
    admin_roles: list[str] = []
    disabled_commands: list[str] = []

    @model_validator(mode="after")
    def _works_on_its_platform(self) -> AccessSection:
        problems = config_problems(self.platform, self) if self.platform else []
        if problems:
            raise ValueError("; ".join(problems))
        return self


class DiscordSection(AccessSection):
    platform: ClassVar[str] = "discord"
    sync: Literal["global", "guild", "none"] = "global"
    dev_guild_ids: list[int] = []
    shard_ids: list[int] | None = None
    shard_count: int | None = None
    edit_interval_s: float = Field(1.0, ge=0.2)
    # Defer ("thinking…") at once by default: Discord allows 3 s. With a value > 0, a command
    # that finishes within it is answered directly (one call less, errors private at once).
    defer_after_s: float = Field(0.0, ge=0, le=2.5)
    # Interaction tokens live 15 minutes; after this, replies go to the channel instead.
    interaction_ttl_s: float = Field(14 * 60, ge=0, le=15 * 60)
    # Code blocks longer than this go as a file instead of being split across messages.
    code_file_chars: int = Field(3800, ge=200)
    # A mention of the bot, a reply to it, or a DM starts/continues a chat.
    mention_chat: bool = True
    # Privileged intent: lets the bot read plain messages in threads it started.
    message_content_intent: bool = False
    # Hosts attachments may be downloaded from (the platform CDN; a stand-in in tests).
    attachment_hosts: list[str] = ["cdn.discordapp.com", "media.discordapp.net"]


class SlackSection(AccessSection):
    platform: ClassVar[str] = "slack"
    edit_interval_s: float = Field(1.0, ge=0.2)
    # Socket Mode: how often the websocket is pinged (a dead connection is noticed within about
    # this long), and the first delay between failed connection attempts (it doubles, up to 5 min).
    socket_ping_s: float = Field(10.0, ge=0.1)


class QuotasSection(Section):
    """Daily limits per command (UTC days): `per_user = { imagine = 50 }` limits each user,
    `per_scope` each guild/workspace. Admins are exempt. A command not listed is unlimited."""

    per_user: dict[str, int] = {}
    per_scope: dict[str, int] = {}


class RetentionSection(Section):
    messages_days: float = Field(30, ge=0)
    images_days: float = Field(7, ge=0)
    jobs_days: float = Field(30, ge=0)
    audit_days: float = Field(90, ge=0)
    datasets_days: float = Field(30, ge=0)  # uploaded /finetune datasets (the variants stay)
    purge_every_minutes: float = Field(60, gt=0)


class FinetuneSection(Section):
    """/finetune: who may train, how much data, how many jobs at once, defaults."""

    who: Literal["admins", "everyone"] = "admins"
    max_dataset_bytes: int = Field(2 * 1024 * 1024, ge=1)
    max_rows: int = Field(5000, ge=1)
    max_row_chars: int = Field(4000, ge=1)
    max_seq_tokens: int = Field(512, ge=16)  # longer rows are cut (prompt first, then answer)
    per_device: int = Field(1, ge=1)  # training jobs at once on one device
    per_user: int = Field(1, ge=1)  # training jobs at once per user
    max_variants_per_user: int = Field(10, ge=1)
    epochs: int = Field(3, ge=1, le=100)
    rank: int = Field(8, ge=1, le=256)
    learning_rate: float = Field(1e-3, gt=0, le=1)
    batch_size: int = Field(4, ge=1, le=256)
    max_steps: int = Field(2000, ge=1)  # a cap on epochs × batches
    progress_every_s: float = Field(1.0, ge=0)
    # Image variants (a text-to-image base): a zip archive or several image attachments; each
    # image also passes [limits] max_image_bytes / max_image_pixels and the image policy.
    min_images: int = Field(2, ge=1)
    max_images: int = Field(50, ge=1)
    max_archive_bytes: int = Field(50 * 1024 * 1024, ge=1)  # the zip as uploaded, and unpacked
    # Bot processes sharing the database (and data_dir) learn of variants trained, shared or
    # deleted elsewhere this often (seconds; 0 = only when a request names the variant).
    sync_every_s: float = Field(30.0, ge=0)


class ModerationSection(Section):
    """The content policy's model layer, behind the word list (policy/moderation.py)."""

    model: str | None = None  # id of a `moderation` card; None: the rule layers alone
    # The intent rules after the word list (policy/intent.py: lemmas and Korean morphemes);
    # off: the word list alone.
    intent_rules: bool = True
    # The learned layer after the rules, on requests (policy/learned.py: n-gram logistic
    # regression trained at start-up on the shipped labelled sentences). Its threshold: None
    # picks, per language, the lowest keeping false refusals within 1 % over cross-validation
    # folds of random sentences and of whole sets (learned.json); a number applies to both.
    learned: bool = True
    learned_threshold: float | None = Field(None, gt=0, lt=1)
    # A local text model whose first layers also read each request (policy/reader.py): the id of
    # a card with a source directory holding the weights the shipped head was trained on (the real
    # SmolLM2, `hubbot init` without --tiny, sets "smollm2"). Other weights are refused with a
    # warning and the n-grams decide alone; None: the n-grams alone.
    learned_reader: str | None = None
    # An intent rule's refusal the learned layer overturns when the text, and every 12-word
    # window of it, scores below this; None: policy/learned.py VETO_BELOW (0.15, chosen on blind
    # sets before the rules were tuned on them); 0: the rules' word is final. The word list's
    # terms are never overturned.
    learned_veto: float | None = Field(None, ge=0, lt=1)
    threshold: float = Field(0.5, gt=0, le=1)  # a class scoring at least this is a violation
    timeout_s: float = Field(2.0, gt=0)  # slower than this: the word list's verdict stands (see fail)
    fail: Literal["open", "closed"] = "open"  # model down/slow: "open" lets word-list-clean text through
    max_pending: int = Field(32, ge=1)  # checks waiting for a local model; more: treated as unavailable
    # A streamed answer is checked at growing strides (12, 24, 48…) up to this many characters,
    # each check reading what is new and a bounded context: every layer reads each step before
    # it is shown, and a long answer costs few checks.
    stream_check_chars: int = Field(96, ge=12, le=2000)
    # Generated/edited images and uploads for /edit and /ask-image: NudeNet's packaged detector.
    images: Literal["nudenet", "off"] = "nudenet"
    image_threshold: float = Field(0.5, gt=0, le=1)


class PrivacySection(Section):
    # How a user's first image on Discord/Slack meets the consent notice (policy/consent.py):
    # "notice" answers and shows it once beside the answer; "confirm" asks first, with a button
    # that runs the request with the image already sent; "off" shows nothing.
    image_consent: Literal["notice", "confirm", "off"] = "notice"


class GpuSection(Section):
    """Placement and residency. Budgets are GiB per device ("cuda:0", "cpu"); a device without
    one is unlimited."""

    memory_budget_gib: dict[str, float] = {}
    warmup_pinned: bool = True
    # After a failed load, the model is not tried again for this long (doubling per failure
    # in a row, up to the maximum); requests meanwhile are told it is unavailable.
    load_backoff_s: float = Field(30.0, gt=0)
    load_backoff_max_s: float = Field(600.0, gt=0)


class ImageServeSection(Section):
    """`hubbot serve images` (`[serve.images]`): the Ray Serve application that serves the image
    cards' diffusers pipelines behind the OpenAI Images API (hubbot/serving/ray_images.py)."""

    host: str = "0.0.0.0"
    port: int = Field(8000, ge=0, le=65535)
    # Card ids to serve; empty: every text-to-image / image-edit card with a source directory.
    models: list[str] = []
    num_gpus: float | None = Field(None, ge=0)  # per replica; None: 1 when a GPU is visible, else 0
    num_cpus: float = Field(1.0, ge=0)  # per replica
    min_replicas: int = Field(1, ge=0)
    max_replicas: int | None = Field(None, ge=1)  # None: one per visible GPU (1 on CPU)
    # The autoscaler adds replicas while more requests than this wait or run per replica.
    target_ongoing_requests: float = Field(2.0, gt=0)
    max_ongoing_requests: int = Field(32, ge=1)  # per replica; more wait in the proxy
    # @serve.batch: requests arriving within this window run as one pipeline call (up to the
    # card's max_batch_size images).
    batch_wait_timeout_s: float = Field(0.05, ge=0)


class ServeSection(Section):
    images: ImageServeSection = ImageServeSection()


class Settings(BaseSettings):
    """All settings. Build with `load_settings()`, not directly."""

    model_config = SettingsConfigDict(extra="forbid", populate_by_name=True, env_prefix="")

    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    data_dir: Path = Path("data")
    # URLs may carry passwords: masked in repr(), dumps and logs (`.get_secret_value()` to use).
    database_url: SecretUrl = Field(
        SecretUrl("sqlite+aiosqlite:///hubbot.db"),
        validation_alias=AliasChoices("HUBBOT_DATABASE_URL", "database_url"),
    )
    # Shared per-user in-flight limit across bot processes (redis://host:6379/0); None: per process.
    redis_url: SecretUrl | None = Field(None, validation_alias=AliasChoices("HUBBOT_REDIS_URL", "redis_url"))
    defaults: DefaultsSection = DefaultsSection()
    limits: LimitsSection = LimitsSection()
    dispatcher: DispatcherSection = DispatcherSection()
    metrics: MetricsSection = MetricsSection()
    discord: DiscordSection = DiscordSection()
    slack: SlackSection = SlackSection()
    retention: RetentionSection = RetentionSection()
    quotas: QuotasSection = QuotasSection()
    privacy: PrivacySection = PrivacySection()
    moderation: ModerationSection = ModerationSection()
    finetune: FinetuneSection = FinetuneSection()
    gpu: GpuSection = GpuSection()
    serve: ServeSection = ServeSection()
    models: list[ModelCard] = []

    # From the environment only (names fixed by the deployment contract).
    discord_token: SecretStr | None = Field(None, validation_alias="DISCORD_TOKEN", exclude=True)
    discord_api_base: str | None = Field(None, validation_alias="HUBBOT_DISCORD_API_BASE")
    discord_gateway_url: str | None = Field(None, validation_alias="HUBBOT_DISCORD_GATEWAY_URL")
    slack_bot_token: SecretStr | None = Field(None, validation_alias="SLACK_BOT_TOKEN", exclude=True)
    slack_signing_secret: SecretStr | None = Field(
        None, validation_alias="SLACK_SIGNING_SECRET", exclude=True
    )
    slack_app_token: SecretStr | None = Field(None, validation_alias="SLACK_APP_TOKEN", exclude=True)
    # HMAC key of arena voter keys; unset: one is generated on first start and kept in the database.
    vote_secret: SecretStr | None = Field(None, validation_alias="HUBBOT_VOTE_SECRET", exclude=True)
    slack_api_base: str | None = Field(None, validation_alias="HUBBOT_SLACK_API_BASE")
    slack_host: str = Field("0.0.0.0", validation_alias="HUBBOT_SLACK_HOST")
    slack_port: int = Field(3000, ge=0, le=65535, validation_alias="HUBBOT_SLACK_PORT")

    # Where the file was read from; relative paths in it resolve against this directory.
    config_dir: Path = Field(Path("."), exclude=True)

    @model_validator(mode="after")
    def _model_ids_unique(self) -> Settings:
        seen: set[str] = set()
        for card in self.models:
            if card.id in seen:
                raise ValueError(f"model id {card.id!r} appears twice")
            seen.add(card.id)
        return self

    @model_validator(mode="after")
    def _learned_reader_is_local(self) -> Settings:
        reader = self.moderation.learned_reader
        local = [card.id for card in self.models
                 if card.source and card.backend == "transformers" and card.task in ("chat", "code")]
        if reader is not None and reader not in local:
            raise ValueError(f"moderation.learned_reader: {reader!r} is not a local chat or code model "
                             f"(those: {', '.join(local) or 'none'})")
        return self

    def learned_reader_path(self) -> str | None:
        """The directory of `[moderation] learned_reader`'s weights, or None."""
        card = self._learned_reader_card()
        return None if card is None else str(self.resolve_path(card.source))

    def learned_reader_device(self) -> str:
        """Where the reader runs: its card's device (one GPU for a card split over several)."""
        card = self._learned_reader_card()
        return "cpu" if card is None else "auto" if card.device == "split" else card.device

    def _learned_reader_card(self) -> ModelCard | None:
        reader = self.moderation.learned_reader
        return next((card for card in self.models if card.id == reader), None)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The TOML table arrives as init kwargs; the environment wins over it.
        return (env_settings, init_settings)

    def resolve_path(self, value: str | Path) -> Path:
        path = Path(value).expanduser()
        return path if path.is_absolute() else (self.config_dir / path).resolve()

    @property
    def data_path(self) -> Path:
        return self.resolve_path(self.data_dir)

    @property
    def sqlalchemy_url(self) -> str:
        """The database URL with a relative SQLite path anchored at the config directory."""
        prefix = "sqlite+aiosqlite:///"
        url = self.database_url.get_secret_value()
        if url.startswith(prefix) and not url.startswith(prefix + "/") and ":memory:" not in url:
            return prefix + str(self.resolve_path(url[len(prefix) :]))
        return url

    def model(self, model_id: str) -> ModelCard | None:
        return next((card for card in self.models if card.id == model_id), None)


def find_config_file(explicit: str | Path | None = None) -> Path | None:
    """`--config` first, then $HUBBOT_CONFIG, then ./hubbot.toml. None when none exists."""
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"config file {path} does not exist")
        return path
    from_env = os.environ.get(ENV_CONFIG)
    if from_env:
        path = Path(from_env)
        if not path.is_file():
            raise ConfigError(f"config file {path} (from ${ENV_CONFIG}) does not exist")
        return path
    local = Path.cwd() / CONFIG_FILE_NAME
    return local if local.is_file() else None


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """Read the config file (if any) and the environment. Raises ConfigError with one line."""
    config_path = find_config_file(path)
    table: dict[str, Any] = {}
    if config_path is not None:
        try:
            table = tomllib.loads(config_path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{config_path}: not valid TOML: {exc}") from None
        except UnicodeDecodeError:
            raise ConfigError(f"{config_path}: not UTF-8 text") from None
    table.update(overrides)
    table["config_dir"] = (config_path.parent if config_path else Path.cwd()).resolve()
    try:
        return Settings(**table)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, config_path)) from None


def _describe(exc: ValidationError, config_path: Path | None) -> str:
    """One line per problem, naming the key; never the offending value (it may be a secret)."""
    where = str(config_path) if config_path else "settings"
    problems = []
    for error in exc.errors(include_input=False, include_url=False):
        key = _dotted(error["loc"])
        problems.append(f"{key}: {error['msg']}" if key else error["msg"])
    return f"{where}: " + "; ".join(problems)


def _dotted(loc: tuple[Any, ...]) -> str:
    key = ""
    for part in loc:
        if isinstance(part, int):
            key += f"[{part}]"
        else:
            key += f".{part}" if key else str(part)
    return key
