"""/chat: talk to a chatbot (small, medium, large or any chat model), with memory. Attached
documents (text, Markdown, code, PDF: `hubbot.commands.documents`) stay in the conversation's
memory and go into every later turn."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from hubbot.commands import documents, places
from hubbot.commands.base import Answer, CommandSpec, OptionSpec, Reply, Request
from hubbot.commands.common import TextOutcome, ai_footer, logs_kept, number_option, stream_text, text_option
from hubbot.commands.places import language_for
from hubbot.config import ModelCard
from hubbot.errors import UserError
from hubbot.i18n import t
from hubbot.inference import prompts
from hubbot.inference.backends.base import PromptRenderer
from hubbot.inference.jobs import ChatMessage, Finished, Job, JobKind, TextInputs
from hubbot.policy.moderation import support_line
from hubbot.storage import conversations
from hubbot.storage.models import Message

if TYPE_CHECKING:
    from hubbot.app import App

SIZES = {"small": "chat-small", "medium": "chat-medium", "large": "chat-large"}
SIZE_NAMES_KO = {"소형": "small", "중형": "medium", "대형": "large"}

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
        OptionSpec("file", "attachment", {"en": "A document to talk about: text, Markdown, code or PDF",
                                          "ko": "대화에 쓸 문서: 텍스트, 마크다운, 코드, PDF"},
                   name_ko="파일"),
    ),
    takes_document=True,
)


def resolve_model(app: App, requested: str, default: str = "") -> str:
    """A chat model id from a size (small/medium/large, 소형/중형/대형), a model id, or nothing
    (`default`: the place's, else the configured one). Unknown names raise UnknownModel listing
    the valid ones."""
    size = SIZE_NAMES_KO.get(requested.strip(), requested.strip().lower())
    model_id = SIZES.get(size, requested.strip()) or default or app.settings.defaults.chat_model
    app.registry.card(model_id, tasks={"chat"})
    return model_id


def check_prompt_length(app: App, renderer: PromptRenderer, prompt: str) -> None:
    """The configured prompt limit, counted in the model's tokens (characters only as a cheap
    first guard against pasting megabytes)."""
    limits = app.settings.limits
    if len(prompt) > limits.max_prompt_chars or renderer.count_tokens(prompt) > limits.max_prompt_tokens:
        raise UserError("error.prompt_too_long", limit=limits.max_prompt_tokens)


def build_messages(renderer: PromptRenderer, card: ModelCard, history: list[ChatMessage],
                   prompt: str, max_new_tokens: int, system: list[ChatMessage] | None = None,
                   ) -> list[ChatMessage]:
    """System prompt (`system`, else the card's) + as many of the newest earlier turns as fit
    the model's context (the rendered prompt plus room for the answer), + the new prompt. Oldest
    turns go first; the system prompt is never cut. Raises a UserError when even the new prompt
    alone won't fit."""
    system = prompts.system_messages(card) if system is None else system
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
        model_id = resolve_model(app, text_option(request, "model", required=False),
                                 places.value(request, app, "chat_model"))
        card = app.registry.card(model_id)
        limits = app.settings.limits
        temperature = number_option(request, "temperature", card.generation.get("temperature", 0.7), 0, 2)
        max_tokens = int(number_option(request, "max_tokens", card.generation.get("max_new_tokens", 256),
                                       1, limits.max_new_tokens))
        # Tokenizer work (loading it, counting the prompt and the history) runs in a thread: on
        # the loop it would hold up every other user, and Slack's 3 s acknowledgement.
        renderer = await asyncio.to_thread(app.registry.renderer, model_id)
        await asyncio.to_thread(check_prompt_length, app, renderer, prompt)

        attached = await documents.read(request, app, lang)
        memory = ConversationMemory(app, request)
        if request.new_conversation:
            await memory.reset()
        history = await memory.history(model_id)
        turns = places.memory_turns(request, app)  # the place's memory length (None: what fits)
        if turns is not None:
            history = history[-2 * turns:] if turns else []
        system = places.system_messages(request, app, card, lang)
        pinned = await memory.pinned_documents()
        added = documents.new_ones(attached, pinned)
        used = [*pinned, *added]
        fitted = await asyncio.to_thread(documents.fit, renderer, card, used, prompt, max_tokens, system)
        messages = await asyncio.to_thread(build_messages, renderer, card, history, fitted.prompt, max_tokens,
                                           system)

        job = Job(JobKind.TEXT, model_id, TextInputs(messages=messages), request.user.id,
                  options={"temperature": temperature, "max_new_tokens": max_tokens})
        outcome = TextOutcome()
        streamed = stream_text(app, job, lang, outcome)
        async for reply in places.without_streamed_reasoning(request, app, streamed):
            yield reply
        final = outcome.final
        text = prompts.clean_answer(final.text, card.prompt_format, card.stop)
        shown, reasoning_files = places.shown_reasoning(request, app, text, lang)
        text = places.split_reasoning(text)[0]  # memory keeps the answer, not the reasoning
        note = finish_note(final, lang) if text else t("chat.empty_answer", lang)
        footer = "\n".join(filter(None, [note, support_line(prompt, lang),
                                          *documents.footer_lines(used, fitted.cut, lang),
                                          places.persona_footer(request, app, lang),
                                          ai_footer(app, lang, card.display_name)]))
        # A partial answer is shown, not remembered: memory holds whole exchanges only. Nor is a
        # withheld one: its notice is not the model's words, and read back to the model as its own
        # last turn, a small model repeated it as every later answer in the conversation.
        if final.finish_reason != "interrupted" and not outcome.withheld:
            await memory.add(prompt, text, model_id, final.usage.completion_tokens, added)
        yield Answer(shown, title=card.display_name, footer=footer, job_id=job.id)  # which model answered
        for extra in reasoning_files:
            yield extra


class ConversationMemory:
    """A conversation's earlier turns: in the database, or — when the user opted out of log
    storage or the message retention period is 0 — only in this process, for as long as the
    conversation is live (nothing is written)."""

    def __init__(self, app: App, request: Request) -> None:
        self.app, self.request = app, request
        self.key = (request.user.platform, request.conversation_key)
        self.kept_in_db: bool | None = None
        self.live = app.live_memory

    async def stored(self) -> bool:
        return await logs_kept(self.app, self.request.user.id)

    async def reset(self) -> None:
        self.live.reset(self.key)
        await conversations.reset(self.app.db, *self.key)

    async def history(self, model_id: str) -> list[ChatMessage]:
        self.kept_in_db = await self.stored()
        if not self.kept_in_db:
            return [ChatMessage(role, content) for role, content in self.live.history(self.key)]
        conversation = await conversations.find(self.app.db, *self.key)
        if conversation is None:
            return []
        past = await conversations.history(self.app.db, conversation.id)
        return [ChatMessage(m.role, m.content) for m in past]

    async def pinned_documents(self) -> list[documents.Document]:
        """The conversation's documents (call after `history`, which learns where they are)."""
        if not self.kept_in_db:
            return [documents.Document.from_content(c) for c in self.live.documents(self.key)]
        conversation = await conversations.find(self.app.db, *self.key)
        if conversation is None:
            return []
        stored = await conversations.documents(self.app.db, conversation.id)
        return [documents.Document.from_content(m.content) for m in stored]

    async def add(self, prompt: str, answer: str, model_id: str, tokens: int,
                  added: list[documents.Document] | None = None) -> None:
        """Store one whole exchange, with the documents it brought; the conversation row itself
        is created only now, so a failed first request leaves nothing behind."""
        added = added or []
        if not self.kept_in_db:
            self.live.add(self.key, self.request.user.id, [*((documents.ROLE, d.content) for d in added),
                                                           ("user", prompt), ("assistant", answer)])
            return
        user_id = self.request.user.id
        conversation = await conversations.get_or_create(self.app.db, *self.key, user_id, model_id)
        await conversations.add_messages(self.app.db, conversation.id, [
            *(Message(conversation_id=conversation.id, user_id=user_id, role=documents.ROLE,
                      content=d.content) for d in added),
            Message(conversation_id=conversation.id, user_id=user_id, role="user", content=prompt),
            Message(conversation_id=conversation.id, user_id=user_id, role="assistant",
                    content=answer, model_id=model_id, tokens=tokens),
        ])


COMMAND = ChatCommand()
