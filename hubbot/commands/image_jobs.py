"""What /imagine and /edit share (a helper module, not a command): option checks, the
restart-proof description of an image run, running it, and storing each result.

Every generated image is stored as an artifact (row + PNG file) whose `settings` hold the
whole `ImageRun`; buttons carry only the artifact id ("imagine-reroll:<id>"), so they work
after a restart and after the message scrolled away.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator, Callable
from dataclasses import asdict, dataclass, fields, replace
from typing import TYPE_CHECKING, Any

from hubbot.commands.base import Action, Error, Image, Reply, Request, Status
from hubbot.commands.common import number_option, stream_job
from hubbot.commands.image_input import SafeImage, decode
from hubbot.config import ModelCard
from hubbot.errors import UserError
from hubbot.i18n import t
from hubbot.inference.jobs import Finished, GeneratedImage, ImageInputs, Job, JobKind, Progress
from hubbot.policy.moderation import flagged_image
from hubbot.storage import artifacts
from hubbot.storage.models import Artifact

if TYPE_CHECKING:
    from hubbot.app import App

SEED_MAX = 2**32 - 1
MAX_PROMPT_CHARS = 1000
MAX_COUNT = 4
ASPECTS = ("square", "landscape", "portrait")


def new_seed() -> int:
    return secrets.randbelow(SEED_MAX + 1)


def seed_option(request: Request) -> int:
    """The `seed` option, or a fresh random seed (always shown in the caption)."""
    value = number_option(request, "seed", -1, 0, SEED_MAX)
    if value >= 0 and not float(value).is_integer():
        raise UserError("error.not_a_number", option="seed")
    return int(value) if value >= 0 else new_seed()


def check_length(text: str) -> str:
    if len(text) > MAX_PROMPT_CHARS:
        raise UserError("image.prompt_too_long", limit=MAX_PROMPT_CHARS)
    return text


def image_card(app: App, requested: str, default: str, tasks: set[str]) -> ModelCard:
    """The named model (or the default) if it serves one of `tasks`; else the error lists
    the models that do."""
    model_id = requested or default
    card = app.registry.cards.get(model_id)
    if card is not None and card.task not in tasks:
        raise UserError("image.model_kind", model=model_id, valid=", ".join(app.registry.ids(tasks)))
    return app.registry.card(model_id, tasks=tasks)


def card_sizes(card: ModelCard) -> list[tuple[int, int]]:
    sizes = [tuple(int(n) for n in size.split("x")) for size in card.sizes]
    return [(w, h) for w, h in sizes] or [(512, 512)]


def resolve_size(card: ModelCard, requested: str) -> tuple[int, int]:
    """A size from the card: its first by default; "square" / "landscape" / "portrait" pick
    the card's size of that shape; "WxH" must be one of the card's sizes."""
    sizes = card_sizes(card)
    wanted = requested.strip().lower().replace("×", "x").replace(" ", "")
    if not wanted:
        return sizes[0]
    if wanted in ASPECTS:
        ratio = {"square": lambda s: abs(s[0] / s[1] - 1), "landscape": lambda s: -s[0] / s[1],
                 "portrait": lambda s: s[0] / s[1]}[wanted]
        return min(sizes, key=ratio)
    width, _, height = wanted.partition("x")
    if width.isdigit() and height.isdigit() and (int(width), int(height)) in sizes:
        return int(width), int(height)
    raise UserError("image.bad_size", size=requested, valid=", ".join(f"{w}x{h}" for w, h in sizes))


@dataclass(frozen=True)
class ImageRun:
    """Everything needed to make an image again. Stored in the artifact's `settings`."""

    command: str  # imagine | edit
    model_id: str
    mode: str  # txt2img | img2img | instruct
    prompt: str
    width: int
    height: int
    steps: int
    guidance: float
    seed: int
    count: int = 1
    negative_prompt: str = ""
    image_guidance: float | None = None  # instruct
    strength: float | None = None  # img2img
    source: str | None = None  # artifact id of the input image
    random_prompt: bool = False

    def settings(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_settings(cls, settings: dict[str, Any]) -> ImageRun:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in settings.items() if k in known})

    def reseeded(self) -> ImageRun:
        return replace(self, seed=new_seed())

    @property
    def kind(self) -> JobKind:
        return JobKind.IMAGE if self.mode == "txt2img" else JobKind.IMAGE_EDIT

    def job_options(self, visible_mark: bool) -> dict[str, Any]:
        options: dict[str, Any] = {
            "mode": self.mode, "width": self.width, "height": self.height, "steps": self.steps,
            "guidance": self.guidance, "seed": self.seed, "count": self.count, "visible_mark": visible_mark,
        }
        if self.image_guidance is not None:
            options["image_guidance"] = self.image_guidance
        if self.strength is not None:
            options["strength"] = self.strength
        return options


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def caption(app: App, lang: str, run: ImageRun, artifact: Artifact, headline: str) -> str:
    card = app.registry.cards.get(run.model_id)
    model = card.display_name if card else run.model_id
    line = t("image.caption", lang, model=model, seed=artifact.seed, steps=run.steps,
             guidance=_number(run.guidance), size=f"{run.width}x{run.height}", id=artifact.id)
    return f"{headline}\n{line}" if headline else line


async def generate(
    app: App,
    request: Request,
    lang: str,
    run: ImageRun,
    actions: Callable[[str], tuple[Action, ...]],
    headline: str = "",
    source_png: bytes | None = None,
) -> AsyncIterator[Reply]:
    """Run one image job; yield progress lines and one captioned `Image` per result, each
    stored as an artifact first so its buttons can find it later."""
    inputs = ImageInputs(prompt=run.prompt, negative_prompt=run.negative_prompt, image=source_png)
    job = Job(run.kind, run.model_id, inputs, request.user.id,
              options=run.job_options(app.settings.defaults.ai_image_mark))
    async for event in stream_job(app, job, lang):
        if isinstance(event, Progress):
            yield Status(t("image.progress", lang, step=event.step, total=event.total))
        elif isinstance(event, GeneratedImage):
            if (flagged := await flagged_image(app, event.png, lang)) is not None:
                if flagged.blurred is None:
                    yield Error(flagged.text, kind="refused")  # neither posted nor stored
                else:  # blurred behind a spoiler; not stored, so no buttons act on it
                    yield Image(flagged.blurred, f"{run.model_id}-flagged.png", caption=flagged.text,
                                spoiler=True)
                continue
            artifact = await artifacts.save(
                app.db, app.settings.data_path, png=event.png, user_id=request.user.id, kind="generated",
                width=event.width, height=event.height, model_id=run.model_id, job_id=job.id,
                seed=event.seed, settings=run.settings(),
            )
            yield Image(event.png, f"{run.model_id}-{artifact.id}.png",
                        caption=caption(app, lang, run, artifact, headline), actions=actions(artifact.id),
                        job_id=job.id)
        elif not isinstance(event, Finished):
            yield event


async def store_upload(app: App, request: Request, image: SafeImage) -> Artifact:
    """Keep an input image (so an edit can be redone, or a follow-up asked, later)."""
    return await artifacts.save(
        app.db, app.settings.data_path, png=await asyncio.to_thread(image.png), user_id=request.user.id,
        kind="upload", width=image.width, height=image.height,
    )


async def load_artifact(app: App, artifact_id: str, user_id: str, *, any_owner: bool = False
                        ) -> tuple[Artifact, SafeImage]:
    """A stored image by id. Generated images can be reused by anyone who sees them; an upload
    only by its owner (unless `any_owner`, for buttons on a message that already shows it)."""
    found = await artifacts.load(app.db, app.settings.data_path, artifact_id.strip().lower())
    if found is None:
        raise UserError("image.gone")
    artifact, data = found
    if artifact.kind != "generated" and artifact.user_id != user_id and not any_owner:
        raise UserError("image.gone")
    image = await decode(app, data)
    return artifact, image


def action_payload(action_id: str) -> str:
    """The artifact id after "prefix:" (or an error that the image is gone)."""
    payload = action_id.split(":", 1)[1] if ":" in action_id else ""
    if not artifacts.is_artifact_id(payload):
        raise UserError("image.gone")
    return payload


def first_frame_note(image: SafeImage, lang: str) -> list[Reply]:
    return [Status(t("image_input.first_frame", lang))] if image.animated else []
