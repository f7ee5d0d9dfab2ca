"""/finetune: train a LoRA variant of a text model from an attached dataset, or of a
text-to-image model from a few images and their caption (`instance_prompt`).

The dataset is validated before anything runs (format, caps, content policy; images: the
upload checks and the image policy, commands/finetune_images.py); the training
runs through the dispatcher in steps (commands/finetune_jobs.py); progress is a status line
edited in place; the owner gets a private cancel button; the result is a model card visible to
its owner until `/models share`.
"""

from __future__ import annotations

import asyncio
import io
import re
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from hubbot.commands.base import (
    Action,
    Answer,
    CommandSpec,
    Done,
    Error,
    Image,
    Notice,
    OptionSpec,
    Reply,
    Request,
    Status,
)
from hubbot.commands.common import number_option
from hubbot.commands.finetune_data import DatasetError, check_content, parse_dataset
from hubbot.commands.finetune_images import instance_prompt, read_image_dataset
from hubbot.commands.finetune_jobs import FinetuneService, Prepared, StepDone, Stopped, Trained, TrainRequest
from hubbot.commands.places import language_for
from hubbot.config import TEXT_TASKS
from hubbot.errors import Refused, UserError
from hubbot.i18n import t
from hubbot.inference.registry import UnknownModel
from hubbot.inference.training import Hyper, Row
from hubbot.policy.consent import dataset_consent

if TYPE_CHECKING:
    from hubbot.app import App

NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
IMAGE_BASE_TASKS = frozenset({"text-to-image"})  # a UNet LoRA (inference/training_image.py)

SPEC = CommandSpec(
    name="finetune",
    name_ko="파인튜닝",
    takes_file="data",
    description={
        "en": "Fine-tune a model on your data (LoRA): text, or images for an image model",
        "ko": "내 데이터로 모델 파인튜닝(LoRA): 텍스트, 또는 이미지 생성 모델은 이미지로",
    },
    options=(
        OptionSpec(
            "data",
            "attachment",
            {
                "en": "Dataset: JSONL/JSON/CSV (instruction, input, output or messages); images: a zip",
                "ko": "데이터셋: JSONL/JSON/CSV(instruction, input, output 또는 messages), 이미지는 zip",
            },
            required=True,
            name_ko="데이터",
        ),
        OptionSpec(
            "name",
            "string",
            {"en": "Id of the new model (lowercase, digits, . _ -)", "ko": "새 모델 ID(소문자, 숫자, . _ -)"},
            required=True,
            max_length=64,
            name_ko="이름",
        ),
        OptionSpec(
            "base",
            "string",
            {"en": "Base model (default: the default chat model)", "ko": "기본 모델(기본값: 기본 채팅 모델)"},
            autocomplete="trainable",
            name_ko="기본모델",
        ),
        OptionSpec(
            "instance_prompt",
            "string",
            {
                "en": "Image models: the caption of your images, e.g. a photo of sks dog",
                "ko": "이미지 모델: 이미지 설명, 예: a photo of sks dog",
            },
            max_length=200,
            name_ko="이미지설명",
        ),
        OptionSpec(
            "epochs",
            "integer",
            {"en": "Passes over the data", "ko": "에폭 수"},
            min_value=1,
            max_value=100,
            name_ko="에폭",
        ),
        OptionSpec(
            "rank",
            "integer",
            {"en": "LoRA rank", "ko": "LoRA 랭크"},
            min_value=1,
            max_value=256,
            name_ko="랭크",
        ),
        OptionSpec(
            "learning_rate",
            "number",
            {"en": "Learning rate", "ko": "학습률"},
            min_value=1e-6,
            max_value=1.0,
            name_ko="학습률",
        ),
        OptionSpec(
            "max_steps",
            "integer",
            {"en": "Stop after this many steps", "ko": "최대 스텝 수"},
            min_value=1,
            max_value=100000,
            name_ko="최대스텝",
        ),
    ),
)


def service_of(app: App) -> FinetuneService:
    service = app.services.get("finetune")
    if service is None:
        service = app.services["finetune"] = FinetuneService(app)
    return service


def may_train(app: App, request: Request) -> bool:
    """`who = "admins"`: platform admins, `dispatcher.admin_users`, and the operator at the
    console/CLI (who holds the machine anyway)."""
    user = request.user
    return (app.settings.finetune.who == "everyone" or user.is_admin or user.platform == "console"
            or user.id in app.settings.dispatcher.admin_users)


def base_card(app: App, request: Request) -> Any:
    base_id = str(request.options.get("base") or app.settings.defaults.chat_model).strip()
    card = app.registry.card(base_id)
    if not app.registry.visible(base_id, request.user.id, is_admin=request.user.is_admin):
        raise UnknownModel(base_id, app.registry.public_ids(TEXT_TASKS))
    trainable = (card.task in TEXT_TASKS and card.backend == "transformers") or (
        card.task in IMAGE_BASE_TASKS and card.backend == "diffusers"
    )
    if not trainable or card.adapter:
        raise UserError("finetune.not_text_base", model=base_id)
    return card


def hyper_from(app: App, request: Request) -> Hyper:
    settings = app.settings.finetune
    return Hyper(
        epochs=int(number_option(request, "epochs", settings.epochs, 1, 100)),
        rank=int(number_option(request, "rank", settings.rank, 1, 256)),
        learning_rate=number_option(request, "learning_rate", settings.learning_rate, 1e-6, 1.0),
        batch_size=settings.batch_size,
        max_steps=int(number_option(request, "max_steps", settings.max_steps, 1, settings.max_steps)),
        max_seq_tokens=settings.max_seq_tokens,
    )


async def read_dataset(app: App, request: Request, lang: str) -> tuple[bytes, str, list[Row]]:
    if not request.attachments:
        raise UserError("finetune.no_data")
    attachment = request.attachments[0]
    limits = app.settings.finetune
    if attachment.size is not None and attachment.size > limits.max_dataset_bytes:
        raise DatasetError("finetune.too_big", limit=limits.max_dataset_bytes // 1024)
    data = await attachment.fetch(limits.max_dataset_bytes)
    examples = await asyncio.to_thread(parse_dataset, data, attachment.filename, limits)
    await asyncio.to_thread(check_content, app, examples, lang)
    return data, attachment.filename, [Row(e.context, e.answer) for e in examples]


class FinetuneCommand:
    spec = SPEC

    async def run(self, request: Request, app: App) -> AsyncIterator[Reply]:
        lang = language_for(request, app)
        if not may_train(app, request):
            raise Refused("finetune.not_allowed")
        name = str(request.options.get("name") or "").strip()
        if not NAME.match(name):
            raise UserError("finetune.bad_name", name=name[:80])
        base = base_card(app, request)
        hyper = hyper_from(app, request)
        owner = (request.user.id, request.user.display_name or request.user.id, request.scope)
        if base.task in IMAGE_BASE_TASKS:
            prompt = await asyncio.to_thread(instance_prompt, app, request, lang)  # the policy's local layers
            if consent := await dataset_consent(request, app):  # images of people need consent
                yield consent
            images = await read_image_dataset(app, request, base, lang)
            train = TrainRequest(
                *owner, base, name, [], hyper, images.archive(), "images.zip",
                reply_to=dict(request.reply_to), images=images.images, instance_prompt=prompt,
            )
        else:
            data, filename, rows = await read_dataset(app, request, lang)
            train = TrainRequest(
                *owner, base, name, rows, hyper, data, filename, reply_to=dict(request.reply_to)
            )
        training = await service_of(app).submit(train)
        yield Notice(
            t("finetune.loading", lang, model=base.display_name),
            actions=(Action(f"finetune-cancel:{training.id}", t("finetune.cancel", lang), "danger"),),
        )
        async for reply in _replies(training, base.id, name, hyper, lang):
            yield reply


def _headline(event: Prepared, request: TrainRequest, hyper: Hyper, lang: str) -> str:
    common = {
        "name": request.name,
        "base": request.base.id,
        "epochs": hyper.epochs,
        "rank": hyper.rank,
        "lr": f"{hyper.learning_rate:g}",
        "steps": event.total,
        "device": event.device,
    }
    if request.is_image:
        head = t(
            "finetune.validated_images", lang, images=event.images, prompt=request.instance_prompt, **common
        )
    else:
        head = t("finetune.validated", lang, rows=event.rows, tokens=event.tokens,
                 answer_tokens=event.answer_tokens, **common)
    if event.resumed_from:
        head += "\n" + t("finetune.resumed", lang, step=event.resumed_from, total=event.total)
    return head


def _progress(event: StepDone, image: bool, lang: str) -> str:
    figures = {
        "step": event.step,
        "total": event.total,
        "loss": f"{event.loss:.3f}",
        "eta": f"{event.eta_s:.0f}",
    }
    if image:
        return t("finetune.progress_images", lang, ips=f"{event.tokens_per_s:.1f}", **figures)
    return t("finetune.progress", lang, tps=f"{event.tokens_per_s:.0f}", **figures)


async def _replies(training: Any, base_id: str, name: str, hyper: Hyper, lang: str) -> AsyncIterator[Reply]:
    head = ""
    request: TrainRequest = training.request
    while True:
        event = await training.events.get()
        if isinstance(event, Prepared):
            head = _headline(event, request, hyper, lang)
            yield Status(head)
        elif isinstance(event, StepDone):
            yield Status(head + "\n" + _progress(event, request.is_image, lang))
        elif isinstance(event, Trained):
            for reply in _finished(event, request, lang):
                yield reply
            return
        elif isinstance(event, Stopped):
            key = {"cancelled": "finetune.cancelled", "interrupted": "finetune.interrupted"}.get(
                event.reason, "finetune.failed"
            )
            yield Error(
                t(key, lang, name=name, detail=event.detail, step=event.step, total=event.total),
                kind="cancelled" if event.reason == "cancelled" else "error",
            )
            yield Done()
            return


def _finished(event: Trained, request: TrainRequest, lang: str) -> list[Reply]:
    base_id, name, losses = request.base.id, request.name, event.losses
    if request.is_image:  # /compare is text-only: the same seed with each model, side by side
        hint = t("finetune.imagine_hint", lang, prompt=request.instance_prompt, name=name, base=base_id)
    else:
        hint = t("finetune.compare_hint", lang, base=base_id, name=name)
    text = "\n".join(
        [
            t(
                "finetune.done",
                lang,
                name=name,
                steps=len(losses),
                seconds=f"{event.seconds:.1f}",
                device=event.card.info.training_hardware,
                loss=f"{losses[-1]:.3f}" if losses else "-",
            ),
            hint,
        ]
    )
    replies: list[Reply] = [Answer(text, title=event.card.display_name)]
    if len(losses) >= 2:
        replies.append(
            Image(
                loss_curve_png(losses, t("finetune.loss_curve", lang)),
                f"{name}-loss.png",
                caption=t("finetune.loss_curve", lang),
            )
        )
    replies.append(Done(hint=hint))
    return replies


def loss_curve_png(losses: list[float], title: str, width: int = 480, height: int = 240) -> bytes:
    """A plain line chart of the loss per step (PIL only)."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    picture = PILImage.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(picture)
    left, top, right, bottom = 48, 24, width - 12, height - 24
    draw.rectangle((left, top, right, bottom), outline="#888888")
    low, high = min(losses), max(losses)
    span = (high - low) or 1.0
    points = [
        (left + (right - left) * i / (len(losses) - 1), bottom - (bottom - top) * (loss - low) / span)
        for i, loss in enumerate(losses)
    ]
    draw.line(points, fill="#1f77b4", width=2)
    draw.text((left, 6), title, fill="black")
    draw.text((4, top), f"{high:.2f}", fill="black")
    draw.text((4, bottom - 10), f"{low:.2f}", fill="black")
    draw.text((right - 60, bottom + 6), f"step {len(losses)}", fill="black")
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG")
    return buffer.getvalue()


async def cancel(action_id: str, request: Request, app: App) -> AsyncIterator[Reply]:
    lang = language_for(request, app)
    training_id = action_id.split(":", 1)[1] if ":" in action_id else ""
    service_of(app).cancel(training_id, request.user.id, is_admin=request.user.is_admin)
    yield Status(t("error.cancelled", lang))
    yield Done()


COMMAND = FinetuneCommand()
ACTIONS = {"finetune-cancel": cancel}
UNMETERED_ACTIONS = {"finetune-cancel"}  # cancelling starts no job
