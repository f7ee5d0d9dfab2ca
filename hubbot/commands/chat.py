"""/chat: talk to a chatbot (small, medium, large or any chat model), with memory."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from hubbot.commands.base import Answer, Choice, CommandSpec, OptionSpec, Reply, Request
from hubbot.commands.common import ai_footer, language_for, number_option, stream_job, text_option
from hubbot.config import ModelCard
from hubbot.errors import UserError
from hubbot.i18n import t
from hubbot.inference.backends.base import PromptRenderer
from hubbot.inference.jobs import ChatMessage, Finished, Job, JobKind, TextInputs
from hubbot.storage import conversations
from hubbot.storage.models import Message

if TYPE_CHECKING:
    from hubbot.app import App

SIZES = {"small": "chat-small", "medium": "chat-medium", "large": "chat-large"}

SPEC = CommandSpec(
    name="chat",
    name_ko="대화",
    description={"en": "Chat with a model", "ko": "모델과 대화하기"},
    options=(
        OptionSpec("prompt", "string", {"en": "What to say", "ko": "할 말"}, required=True,
                   max_length=4000, name_ko="프롬프트"),
        OptionSpec("model", "string", {"en": "Chatbot size or model id", "ko": "챗봇 크기 또는 모델 ID"},
                   choices=(), autocomplete="chat", name_ko="모델"),
        OptionSpec("temperature", "number", {"en": "Randomness, 0 = deterministic",
                                             "ko": "무작위성, 0 = 결정적"},
                   min_value=0.0, max_value=2.0, name_ko="온도"),
        OptionSpec("max_tokens", "integer", {"en": "Longest answer in tokens", "ko": "최대 답변 길이(토큰)"},
                   min_value=1, max_value=4096, name_ko="최대토큰"),
    ),
)

SIZE_CHOICES = tuple(Choice(size, {"en": size, "ko": {"small": "소형", "medium": "중형",
                                                        "large": "대형"}[size]}) for size in SIZES)


def resolve_model(app: App, requested: str) -> str:
    model_id = SIZES.get(requested, requested) or app.settings.defaults.chat_model
    app.registry.card(model_id, tasks={"chat"})
    return model_id


def build_messages(renderer: PromptRenderer, card: ModelCard, history: list[ChatMessage],
                   prompt: str, max_new_tokens: int) -> list[ChatMessage]:
    """System prompt + as many of the newest earlier turns as fit the model's context (the
    rendered prompt plus room for the answer), + the new prompt. Oldest turns go first; the
    system prompt is never cut. Raises a UserError when even the new prompt alone won't fit."""
    system = [ChatMessage("system", card.system_prompt)] if card.system_prompt else []
    budget = card.context_length - max_new_tokens
    newest = [ChatMessage("user", prompt)]

    def fits(turns: list[ChatMessage]) -> bool:
        return renderer.count_tokens(renderer.render(system + turns)) <= budget

    if not fits(newest):
        raise UserError("chat.context_overflow", limit=card.context_length)
    kept = 0
    # Whole exchanges (user + assistant) are dropped together, oldest first.
    while kept + 2 <= len(history) and fits(history[len(history) - kept - 2:] + newest):
        kept += 2
    return system + history[len(history) - kept:] + newest


def finish_note(final: Finished, lang: str) -> str:
    """A line under an answer that did not end normally."""
    if final.finish_reason == "interrupted":
        return t("remote.interrupted", lang)
    if final.finish_reason == "length":
        return t("chat.truncated", lang)
    return ""


class ChatCommand:
    spec = SPEC

    async def run(self, request: Request, app: App) -> AsyncIterator[Reply]:
        lang = language_for(request, app)
        prompt = text_option(request, "prompt")
        model_id = resolve_model(app, text_option(request, "model", required=False))
        card = app.registry.card(model_id)
        limits = app.settings.limits
        temperature = number_option(request, "temperature", card.generation.get("temperature", 0.7), 0, 2)
        max_tokens = int(number_option(request, "max_tokens", card.generation.get("max_new_tokens", 256),
                                       1, limits.max_new_tokens))
        renderer = app.registry.renderer(model_id)
        if len(prompt) > limits.max_prompt_chars or renderer.count_tokens(prompt) > limits.max_prompt_tokens:
            raise UserError("error.prompt_too_long", limit=limits.max_prompt_tokens)

        platform = request.user.platform
        if request.new_conversation:
            await conversations.reset(app.db, platform, request.conversation_key)
        conversation = await conversations.get_or_create(
            app.db, platform, request.conversation_key, request.user.id, model_id
        )
        past = await conversations.history(app.db, conversation.id)
        history = [ChatMessage(m.role, m.content) for m in past]
        messages = build_messages(renderer, card, history, prompt, max_tokens)

        job = Job(JobKind.TEXT, model_id, TextInputs(messages=messages), request.user.id,
                  options={"temperature": temperature, "max_new_tokens": max_tokens})
        final: Finished | None = None
        async for event in stream_job(app, job, lang):
            if isinstance(event, Finished):
                final = event
            else:
                yield event
        assert final is not None
        note = finish_note(final, lang)
        footer = "\n".join(filter(None, [note, ai_footer(app, lang, card.display_name)]))
        if final.finish_reason == "interrupted":  # a partial answer is shown, not remembered
            yield Answer(final.text, title=card.display_name, footer=footer)
            return
        await conversations.add_messages(app.db, conversation.id, [
            Message(conversation_id=conversation.id, user_id=request.user.id, role="user", content=prompt),
            Message(conversation_id=conversation.id, user_id=request.user.id, role="assistant",
                    content=final.text, model_id=model_id, tokens=final.usage.completion_tokens),
        ])
        yield Answer(final.text, title=card.display_name, footer=footer)


COMMAND = ChatCommand()
