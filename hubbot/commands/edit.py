"""/edit: change an image by an instruction (InstructPix2Pix-style), or redraw it from a
prompt at a strength (img2img).

The image comes from an attachment (adapters add the replied-to image as one), or from an
earlier result's id. It is resized to keep its aspect ratio, both sides multiples of 8,
within the model's pixel budget (`generation.max_pixels` on the card).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING

from hubbot.commands import places
from hubbot.commands.base import Action, Choice, CommandSpec, OptionSpec, Reply, Request
from hubbot.commands.common import number_option, text_option
from hubbot.commands.image_input import SafeImage, fit_within, load_attachment
from hubbot.commands.image_jobs import (
    MAX_PROMPT_CHARS,
    SEED_MAX,
    ImageRun,
    action_payload,
    card_sizes,
    check_length,
    first_frame_note,
    generate,
    image_card,
    load_artifact,
    seed_option,
    store_upload,
)
from hubbot.commands.places import language_for
from hubbot.config import ModelCard
from hubbot.errors import UserError
from hubbot.i18n import t

if TYPE_CHECKING:
    from hubbot.app import App

AGAIN = "edit-again"
MODES = {"instruct": "image-edit", "img2img": "text-to-image"}  # mode -> the task that serves it
DEFAULT_MAX_PIXELS = 512 * 512
MULTIPLE = 8
MAX_STEPS = 100

SPEC = CommandSpec(
    name="edit",
    name_ko="편집",
    description={"en": "Edit an image by an instruction", "ko": "지시문으로 이미지 편집하기"},
    options=(
        OptionSpec("instruction", "string", {"en": "What to change (e.g. make it snowy)",
                                             "ko": "바꿀 내용 (예: 눈이 오게 해줘)"},
                   required=True, max_length=MAX_PROMPT_CHARS, name_ko="지시문"),
        OptionSpec("image", "attachment", {"en": "The image to edit", "ko": "편집할 이미지"},
                   name_ko="이미지"),
        OptionSpec("result", "string", {"en": "Or the id of an earlier result", "ko": "또는 이전 결과의 ID"},
                   max_length=32, name_ko="결과"),
        OptionSpec("mode", "string", {"en": "instruction edit, or img2img redraw",
                                      "ko": "지시문 편집 또는 img2img 다시 그리기"},
                   choices=(Choice("instruct", {"en": "instruction", "ko": "지시문 편집"}),
                            Choice("img2img", {"en": "img2img (strength)", "ko": "img2img (강도)"})),
                   name_ko="방식"),
        OptionSpec("strength", "number", {"en": "img2img: how much to change (0.05-1)",
                                          "ko": "img2img: 바꾸는 정도 (0.05-1)"},
                   min_value=0.05, max_value=1.0, name_ko="강도"),
        OptionSpec("image_guidance", "number", {"en": "instruction: how closely to keep the image",
                                                "ko": "지시문 편집: 원본을 유지하는 정도"},
                   min_value=0.0, max_value=10.0, name_ko="이미지가이던스"),
        OptionSpec("seed", "integer", {"en": "Seed", "ko": "시드"}, min_value=0, max_value=SEED_MAX,
                   name_ko="시드"),
        OptionSpec("steps", "integer", {"en": "Denoising steps", "ko": "생성 단계 수"},
                   min_value=1, max_value=MAX_STEPS, name_ko="단계"),
        OptionSpec("model", "string", {"en": "Editing model id", "ko": "편집 모델 ID"},
                   autocomplete="edit", name_ko="모델"),
    ),
    takes_image=True,
)


def _actions(lang: str) -> Callable[[str], tuple[Action, ...]]:
    def actions(artifact_id: str) -> tuple[Action, ...]:
        return (Action(f"{AGAIN}:{artifact_id}", t("image.edit_again", lang), "primary"),)

    return actions


def pixel_budget(card: ModelCard) -> int:
    """`generation.max_pixels` on the card, else its largest size, else 512x512."""
    if "max_pixels" in card.generation:
        return int(card.generation["max_pixels"])
    if card.sizes:
        return max(w * h for w, h in card_sizes(card))
    return DEFAULT_MAX_PIXELS


def edit_size(card: ModelCard, image: SafeImage) -> tuple[int, int]:
    return fit_within(image.width, image.height, pixel_budget(card), MULTIPLE)


def _resized(image: SafeImage, size: tuple[int, int]) -> SafeImage:
    from PIL import Image

    if image.image.size == size:
        return image
    return SafeImage(image.image.resize(size, Image.Resampling.LANCZOS), image.source_format, False)


def _model_for(app: App, request: Request) -> tuple[ModelCard, str]:
    """The card and mode: an explicit model decides the mode by its task; otherwise the mode
    option (default: instruction) picks the default model for it."""
    requested = text_option(request, "model", required=False)
    mode = text_option(request, "mode", required=False).lower()
    if mode and mode not in MODES:
        raise UserError("error.out_of_range", option="mode", low="instruct", high="img2img")
    if requested:
        tasks = {MODES[mode]} if mode else set(MODES.values())
        card = image_card(app, requested, requested, tasks)
        return card, "instruct" if card.task == "image-edit" else "img2img"
    mode = mode or "instruct"
    default = places.value(request, app, "edit_model" if mode == "instruct" else "image_model")
    return image_card(app, "", default, {MODES[mode]}), mode


def _headline(lang: str, run: ImageRun) -> str:
    if run.mode == "instruct":
        return t("image.edit_instruction", lang, prompt=run.prompt, image_guidance=f"{run.image_guidance:g}")
    return t("image.edit_img2img", lang, prompt=run.prompt, strength=f"{run.strength:g}")


class EditCommand:
    spec = SPEC

    async def run(self, request: Request, app: App) -> AsyncIterator[Reply]:
        lang = language_for(request, app)
        instruction = check_length(text_option(request, "instruction"))
        card, mode = _model_for(app, request)
        generation = card.generation
        max_steps = int(generation.get("max_steps", MAX_STEPS))
        steps = int(number_option(request, "steps", generation.get("steps", 30), 1, max_steps))
        image_guidance = number_option(request, "image_guidance", generation.get("image_guidance", 1.5),
                                       0, 10)
        strength = number_option(request, "strength", generation.get("strength", 0.6), 0.05, 1.0)
        seed = seed_option(request)

        source_id, image = await self._source(request, app)
        for note in first_frame_note(image, lang):
            yield note
        width, height = edit_size(card, image)
        resized = await asyncio.to_thread(_resized, image, (width, height))
        if source_id is None:
            # The exact model input is kept, so "edit again" starts from the same pixels.
            source_id = (await store_upload(app, request, resized)).id
        source_png = await asyncio.to_thread(resized.png)
        run = ImageRun(
            "edit", card.id, mode, instruction, width, height, steps,
            float(generation.get("guidance", 7.5)), seed, 1,
            image_guidance=image_guidance if mode == "instruct" else None,
            strength=strength if mode == "img2img" else None, source=source_id,
        )
        headline = _headline(lang, run)
        async for reply in generate(app, request, lang, run, _actions(lang), headline, source_png):
            yield reply

    async def _source(self, request: Request, app: App) -> tuple[str | None, SafeImage]:
        """(artifact id when the image is an earlier result, the image)."""
        if request.attachments:
            return None, await load_attachment(request.attachments[0], app)
        result = text_option(request, "result", required=False)
        if result:
            artifact, image = await load_artifact(app, result, request.user.id)
            return artifact.id, image
        raise UserError("edit.no_image")


COMMAND = EditCommand()


async def edit_again(action_id: str, request: Request, app: App) -> AsyncIterator[Reply]:
    """The same edit of the same input, with a new seed."""
    lang = language_for(request, app)
    artifact, _ = await load_artifact(app, action_payload(action_id), request.user.id)
    run = ImageRun.from_settings(artifact.settings).reseeded()
    if not run.source:
        raise UserError("image.gone")
    card = image_card(app, run.model_id, run.model_id, {MODES[run.mode]})
    # The button sits on a message that already shows the result; its input goes with it.
    _, image = await load_artifact(app, run.source, request.user.id, any_owner=True)
    width, height = edit_size(card, image)
    run = ImageRun.from_settings({**run.settings(), "width": width, "height": height})
    source_png = (await asyncio.to_thread(_resized, image, (width, height))).png()
    async for reply in generate(app, request, lang, run, _actions(lang), _headline(lang, run), source_png):
        yield reply


ACTIONS = {AGAIN: edit_again}
