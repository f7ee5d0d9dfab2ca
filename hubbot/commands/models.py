"""/models: the model cards, as the seed service shows them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from hubbot.commands.base import Answer, Choice, CommandSpec, OptionSpec, Reply, Request
from hubbot.commands.places import language_for
from hubbot.config import ModelCard
from hubbot.errors import UserError
from hubbot.evals.quality import quality_lines
from hubbot.i18n import t
from hubbot.storage import finetune as variants_store

if TYPE_CHECKING:
    from hubbot.app import App

SPEC = CommandSpec(
    name="models",
    name_ko="모델",
    description={"en": "List the models and their cards", "ko": "모델과 모델 카드 보기"},
    options=(
        OptionSpec("model", "string", {"en": "Show one model's card", "ko": "한 모델의 카드 보기"},
                   autocomplete="any", name_ko="모델"),
        OptionSpec("action", "string", {"en": "For your fine-tuned models: share, unshare or delete",
                                        "ko": "내가 파인튜닝한 모델: 공유, 공유 해제, 삭제"},
                   choices=(Choice("share", {"en": "share", "ko": "공유"}),
                            Choice("unshare", {"en": "unshare", "ko": "공유 해제"}),
                            Choice("delete", {"en": "delete", "ko": "삭제"})), name_ko="작업"),
    ),
)
VARIANT_ACTIONS = ("share", "unshare", "delete")


def card_lines(card: ModelCard, lang: str) -> list[str]:
    info = card.info
    fields = [
        ("card.task", card.task), ("card.modality", info.modality),
        ("card.parameters", info.parameters), ("card.origin", info.origin),
        ("card.quantization", info.quantization), ("card.training_hardware", info.training_hardware),
        ("card.training_time", info.training_time), ("card.license", info.license),
    ]
    fields += [("variant.base", card.base_model if info.owner else ""), ("variant.owner", info.owner),
               ("variant.created", info.created), ("variant.dataset", info.dataset),
               ("variant.training", info.training)]
    return [f"{t(key, lang)}: {value}" for key, value in fields if value]


async def variant_action(app: App, request: Request, action: str, model_id: str, lang: str) -> str:
    """share / unshare / delete a fine-tuned variant (its owner or an admin)."""
    if not model_id:
        raise UserError("variant.need_model", action=action)
    access = app.registry.access.get(model_id)
    if access is None:
        app.registry.card(model_id)  # unknown -> UnknownModel
        raise UserError("variant.not_variant", model=model_id)
    if access.owner != request.user.id and not request.user.is_admin:
        raise UserError("variant.not_owner", model=model_id)
    if action == "delete":
        await variants_store.delete_variant(app.db, model_id, app.settings.data_path)
        app.registry.remove_variant(model_id)
        return t("variant.deleted", lang, model=model_id)
    await variants_store.set_shared(app.db, model_id, action == "share")
    access.shared = action == "share"
    return t(f"variant.{action}d", lang, model=model_id)


class ModelsCommand:
    spec = SPEC

    async def run(self, request: Request, app: App) -> AsyncIterator[Reply]:
        lang = language_for(request, app)
        wanted = str(request.options.get("model") or "").strip()
        action = str(request.options.get("action") or "").strip().lower()
        if action in VARIANT_ACTIONS:
            text = await variant_action(app, request, action, wanted, lang)
            yield Answer(text, title=t("models.title", lang))
            return
        cards = [app.registry.card(wanted)] if wanted else [
            card for card in app.registry.cards.values()
            if app.registry.visible(card.id, request.user.id, is_admin=request.user.is_admin)]
        quality = await quality_lines(app.db, [card.id for card in cards], lang)  # `hubbot eval` scores
        blocks = []
        for card in cards:
            head = f"**{card.display_name}** (`{card.id}`)"
            lines = [*card_lines(card, lang), *filter(None, [quality.get(card.id)]),
                     *_visibility(app, card.id, lang)]
            blocks.append("\n".join([head, *(f"- {line}" for line in lines)]))
        yield Answer("\n\n".join(blocks) or t("models.none", lang), title=t("models.title", lang))


def _visibility(app: App, model_id: str, lang: str) -> list[str]:
    access = app.registry.access.get(model_id)
    if access is None:
        return []
    return [t("variant.visibility_shared" if access.shared else "variant.visibility_private", lang)]


COMMAND = ModelsCommand()
