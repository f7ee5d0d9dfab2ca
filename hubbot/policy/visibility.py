"""Private fine-tuned variants: a model option naming someone else's private variant gets the
same answer as a model that does not exist, on every command that takes a model."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hubbot.inference.registry import UnknownModel

if TYPE_CHECKING:
    from hubbot.app import App
    from hubbot.commands.base import Request

# Options that name models: a private variant is unknown to everyone but its owner (and admins).
MODEL_OPTIONS = ("model", "models", "base")


async def visibility_guard(request: Request, app: App) -> None:
    """App guard: refuse a model the user may not see as unknown. A variant (or an unknown id)
    is first read again from the database: another bot process may have trained, shared or
    deleted it."""
    variants = app.services.get("finetune")
    for option in MODEL_OPTIONS:
        raw = request.options.get(option)
        if not isinstance(raw, str):
            continue
        for model_id in (part.strip() for part in raw.split(",")):
            user = request.user
            if model_id and variants is not None:
                await variants.refresh(model_id)
            if model_id and not app.registry.visible(model_id, user.id, is_admin=user.is_admin):
                raise UnknownModel(model_id, app.registry.public_ids())
