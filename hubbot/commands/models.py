"""/models: the model cards, as the seed service shows them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from hubbot.commands.base import Answer, CommandSpec, OptionSpec, Reply, Request
from hubbot.commands.common import language_for
from hubbot.config import ModelCard
from hubbot.evals.quality import quality_lines
from hubbot.i18n import t

if TYPE_CHECKING:
    from hubbot.app import App

SPEC = CommandSpec(
    name="models",
    name_ko="모델",
    description={"en": "List the models and their cards", "ko": "모델과 모델 카드 보기"},
    options=(
        OptionSpec("model", "string", {"en": "Show one model's card", "ko": "한 모델의 카드 보기"},
                   autocomplete="any", name_ko="모델"),
    ),
)


def card_lines(card: ModelCard, lang: str) -> list[str]:
    info = card.info
    fields = [
        ("card.task", card.task), ("card.modality", info.modality),
        ("card.parameters", info.parameters), ("card.origin", info.origin),
        ("card.quantization", info.quantization), ("card.training_hardware", info.training_hardware),
        ("card.training_time", info.training_time), ("card.license", info.license),
    ]
    return [f"{t(key, lang)}: {value}" for key, value in fields if value]


class ModelsCommand:
    spec = SPEC

    async def run(self, request: Request, app: App) -> AsyncIterator[Reply]:
        lang = language_for(request, app)
        wanted = str(request.options.get("model") or "").strip()
        cards = [app.registry.card(wanted)] if wanted else list(app.registry.cards.values())
        quality = await quality_lines(app.db, [card.id for card in cards], lang)  # `hubbot eval` scores
        blocks = []
        for card in cards:
            head = f"**{card.display_name}** (`{card.id}`)"
            lines = [*card_lines(card, lang), *filter(None, [quality.get(card.id)])]
            blocks.append("\n".join([head, *(f"- {line}" for line in lines)]))
        yield Answer("\n\n".join(blocks) or t("models.none", lang), title=t("models.title", lang))


COMMAND = ModelsCommand()
