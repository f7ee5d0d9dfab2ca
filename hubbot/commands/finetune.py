"""/finetune: train a LoRA variant of a text model from an attached dataset.

The dataset is validated before anything runs (format, caps, content policy); the training
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
from hubbot.commands.common import language_for, number_option
from hubbot.commands.finetune_data import DatasetError, check_content, parse_dataset
from hubbot.commands.finetune_jobs import FinetuneService, Prepared, StepDone, Stopped, Trained, TrainRequest
from hubbot.config import TEXT_TASKS
from hubbot.errors import Refused, UserError
from hubbot.i18n import t
from hubbot.inference.registry import UnknownModel
from hubbot.inference.training import Hyper, Row

if TYPE_CHECKING:
    from hubbot.app import App

NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")

SPEC = CommandSpec(
    name="finetune",
    name_ko="파인튜닝",
    takes_file="data",
    description={
        "en": "Fine-tune a text model on your data (LoRA)",
        "ko": "내 데이터로 텍스트 모델 파인튜닝(LoRA)",
    },
    options=(
        OptionSpec(
            "data",
            "attachment",
            {
                "en": "Dataset: JSONL/JSON (instruction, input, output or messages) or CSV",
                "ko": "데이터셋: JSONL/JSON(instruction, input, output 또는 messages) 또는 CSV",
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
            autocomplete="text",
            name_ko="기본모델",
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
    if card.task not in TEXT_TASKS or card.backend != "transformers" or card.adapter:
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
        data, filename, rows = await read_dataset(app, request, lang)
        service = service_of(app)
        training = await service.submit(
            TrainRequest(
                request.user.id,
                request.user.display_name or request.user.id,
                request.scope,
                base,
                name,
                rows,
                hyper,
                data,
                filename,
                reply_to=dict(request.reply_to),
            )
        )
        yield Notice(
            t("finetune.loading", lang, model=base.display_name),
            actions=(Action(f"finetune-cancel:{training.id}", t("finetune.cancel", lang), "danger"),),
        )
        async for reply in _replies(training, base.id, name, hyper, lang):
            yield reply


async def _replies(training: Any, base_id: str, name: str, hyper: Hyper, lang: str) -> AsyncIterator[Reply]:
    head = ""
    while True:
        event = await training.events.get()
        if isinstance(event, Prepared):
            head = t(
                "finetune.validated",
                lang,
                rows=event.rows,
                tokens=event.tokens,
                answer_tokens=event.answer_tokens,
                name=name,
                base=base_id,
                epochs=hyper.epochs,
                rank=hyper.rank,
                lr=f"{hyper.learning_rate:g}",
                steps=event.total,
                device=event.device,
            )
            yield Status(head)
        elif isinstance(event, StepDone):
            yield Status(
                head
                + "\n"
                + t(
                    "finetune.progress",
                    lang,
                    step=event.step,
                    total=event.total,
                    loss=f"{event.loss:.3f}",
                    tps=f"{event.tokens_per_s:.0f}",
                    eta=f"{event.eta_s:.0f}",
                )
            )
        elif isinstance(event, Trained):
            for reply in _finished(event, base_id, name, lang):
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


def _finished(event: Trained, base_id: str, name: str, lang: str) -> list[Reply]:
    losses = event.losses
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
            t("finetune.compare_hint", lang, base=base_id, name=name),
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
    replies.append(Done(hint=t("finetune.compare_hint", lang, base=base_id, name=name)))
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
