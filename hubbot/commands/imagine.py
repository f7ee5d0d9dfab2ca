"""/imagine: text to image; without a prompt, a random image from the curated prompt list.

Each result is captioned with its seed and settings and has two buttons: reroll (same
settings, new seed) and variation (img2img from this image, new seed).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING

from hubbot.commands import image_prompts, places
from hubbot.commands.base import Action, Choice, CommandSpec, OptionSpec, Reply, Request
from hubbot.commands.common import number_option, text_option
from hubbot.commands.image_jobs import (
    ASPECTS,
    MAX_COUNT,
    MAX_PROMPT_CHARS,
    SEED_MAX,
    ImageRun,
    action_payload,
    check_length,
    generate,
    image_card,
    load_artifact,
    resolve_size,
    seed_option,
)
from hubbot.commands.places import language_for
from hubbot.i18n import t

if TYPE_CHECKING:
    from hubbot.app import App

TEXT_TO_IMAGE = {"text-to-image"}
REROLL, VARY = "imagine-reroll", "imagine-vary"
MAX_STEPS = 100

_ASPECT_LABELS = {"square": ("square", "정사각형"), "landscape": ("landscape", "가로"),
                  "portrait": ("portrait", "세로")}

SPEC = CommandSpec(
    name="imagine",
    name_ko="그림",
    description={"en": "Draw an image from text (no prompt: a random image)",
                 "ko": "글로 이미지 그리기 (프롬프트가 없으면 무작위 이미지)"},
    options=(
        OptionSpec("prompt", "string", {"en": "What to draw (empty: a random image)",
                                        "ko": "그릴 내용 (비우면 무작위 이미지)"},
                   max_length=MAX_PROMPT_CHARS, name_ko="프롬프트"),
        OptionSpec("negative_prompt", "string", {"en": "What to keep out of the image",
                                                 "ko": "이미지에서 빼고 싶은 것"},
                   max_length=MAX_PROMPT_CHARS, name_ko="제외"),
        OptionSpec("size", "string", {"en": "Shape; sizes come from the model card",
                                      "ko": "모양 (크기는 모델 카드에 따름)"},
                   choices=tuple(Choice(a, {"en": _ASPECT_LABELS[a][0], "ko": _ASPECT_LABELS[a][1]})
                                 for a in ASPECTS), name_ko="크기", open_choices=True),
        OptionSpec("count", "integer", {"en": "How many images (1-4)", "ko": "이미지 개수 (1-4)"},
                   min_value=1, max_value=MAX_COUNT, name_ko="개수"),
        OptionSpec("seed", "integer", {"en": "Seed: the same seed and settings give the same image",
                                       "ko": "시드: 같은 시드와 설정이면 같은 이미지"},
                   min_value=0, max_value=SEED_MAX, name_ko="시드"),
        OptionSpec("steps", "integer", {"en": "Denoising steps (more: slower, finer)",
                                        "ko": "생성 단계 수 (많을수록 느리고 정교함)"},
                   min_value=1, max_value=MAX_STEPS, name_ko="단계"),
        OptionSpec("guidance", "number", {"en": "How closely to follow the prompt",
                                          "ko": "프롬프트를 따르는 정도"},
                   min_value=0.0, max_value=30.0, name_ko="가이던스"),
        OptionSpec("model", "string", {"en": "Text-to-image model id", "ko": "이미지 생성 모델 ID"},
                   autocomplete="image", name_ko="모델"),
    ),
)


def _actions(lang: str) -> Callable[[str], tuple[Action, ...]]:
    def actions(artifact_id: str) -> tuple[Action, ...]:
        return (Action(f"{REROLL}:{artifact_id}", t("image.reroll", lang), "primary"),
                Action(f"{VARY}:{artifact_id}", t("image.variation", lang)))

    return actions


class ImagineCommand:
    spec = SPEC

    async def run(self, request: Request, app: App) -> AsyncIterator[Reply]:
        lang = language_for(request, app)
        card = image_card(app, text_option(request, "model", required=False),
                          places.value(request, app, "image_model"), TEXT_TO_IMAGE)
        generation = card.generation
        prompt = check_length(text_option(request, "prompt", required=False))
        negative = check_length(text_option(request, "negative_prompt", required=False))
        width, height = resolve_size(card, text_option(request, "size", required=False))
        max_steps = int(generation.get("max_steps", MAX_STEPS))
        steps = int(number_option(request, "steps", generation.get("steps", 30), 1, max_steps))
        guidance = number_option(request, "guidance", generation.get("guidance", 7.5), 0, 30)
        count = int(number_option(request, "count", 1, 1, MAX_COUNT))
        seed = seed_option(request)
        headline = ""
        if not prompt:
            picked = image_prompts.pick(seed)
            prompt = picked.en
            headline = t("image.random_prompt", lang, prompt=picked.en, shown=picked.shown(lang))
        run = ImageRun("imagine", card.id, "txt2img", prompt, width, height, steps, guidance, seed, count,
                       negative_prompt=negative, random_prompt=bool(headline))
        async for reply in generate(app, request, lang, run, _actions(lang), headline):
            yield reply


COMMAND = ImagineCommand()


async def reroll(action_id: str, request: Request, app: App) -> AsyncIterator[Reply]:
    """Same settings as the pressed image, a new seed (and, for a random image, a new prompt)."""
    lang = language_for(request, app)
    artifact, _ = await load_artifact(app, action_payload(action_id), request.user.id)
    run = ImageRun.from_settings(artifact.settings).reseeded()
    headline = ""
    if run.random_prompt:
        picked = image_prompts.pick(run.seed)
        run = ImageRun.from_settings({**run.settings(), "prompt": picked.en})
        headline = t("image.random_prompt", lang, prompt=picked.en, shown=picked.shown(lang))
    image_card(app, run.model_id, run.model_id, TEXT_TO_IMAGE)
    async for reply in generate(app, request, lang, run, _actions(lang), headline):
        yield reply


async def variation(action_id: str, request: Request, app: App) -> AsyncIterator[Reply]:
    """img2img from the pressed image at the model's default strength, with a new seed."""
    lang = language_for(request, app)
    artifact, image = await load_artifact(app, action_payload(action_id), request.user.id)
    previous = ImageRun.from_settings(artifact.settings)
    model_id = previous.model_id if previous.model_id in app.registry.ids(TEXT_TO_IMAGE) else ""
    card = image_card(app, model_id, places.value(request, app, "image_model"), TEXT_TO_IMAGE)
    strength = float(card.generation.get("strength", 0.6))
    run = ImageRun("imagine", card.id, "img2img", previous.prompt, artifact.width, artifact.height,
                   previous.steps, previous.guidance, previous.reseeded().seed, 1,
                   negative_prompt=previous.negative_prompt, strength=strength, source=artifact.id)
    headline = t("image.variation_of", lang, source=artifact.id, strength=f"{strength:g}")
    async for reply in generate(app, request, lang, run, _actions(lang), headline, source_png=image.png()):
        yield reply


ACTIONS = {REROLL: reroll, VARY: variation}
