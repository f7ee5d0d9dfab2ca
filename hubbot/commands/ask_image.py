"""/ask-image: ask about an image (visual question answering); the answer streams like /chat.

The image is stored and remembered on the conversation (`Conversation.image_id`), so a
follow-up question in the same conversation, without an attachment, is about the same image.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from hubbot.commands import places
from hubbot.commands.base import Answer, CommandSpec, OptionSpec, Reply, Request
from hubbot.commands.common import TextOutcome, ai_footer, logs_kept, number_option, stream_text, text_option
from hubbot.commands.image_input import SafeImage, load_attachment
from hubbot.commands.image_jobs import first_frame_note, image_card, load_artifact, store_upload
from hubbot.commands.places import language_for
from hubbot.errors import UserError
from hubbot.inference.jobs import ChatMessage, ImageInputs, Job, JobKind
from hubbot.storage import artifacts, conversations
from hubbot.storage.models import Conversation, Message

if TYPE_CHECKING:
    from hubbot.app import App

VISION = {"vision-qa"}
STORED_PIXELS = 1024 * 1024  # vision processors resize far below this anyway
HISTORY_MESSAGES = 12

SPEC = CommandSpec(
    name="ask-image",
    name_ko="이미지질문",
    description={"en": "Ask a question about an image", "ko": "이미지에 대해 질문하기"},
    options=(
        OptionSpec("question", "string", {"en": "Your question (Korean or English)",
                                          "ko": "질문 (한국어 또는 영어)"},
                   required=True, max_length=2000, name_ko="질문"),
        OptionSpec("image", "attachment", {"en": "The image (follow-ups reuse the last one)",
                                           "ko": "이미지 (후속 질문은 직전 이미지를 사용)"},
                   name_ko="이미지"),
        OptionSpec("result", "string", {"en": "Or the id of an earlier result", "ko": "또는 이전 결과의 ID"},
                   max_length=32, name_ko="결과"),
        OptionSpec("model", "string", {"en": "Vision model id", "ko": "비전 모델 ID"},
                   autocomplete="vision", name_ko="모델"),
    ),
    takes_image=True,
)


class AskImageCommand:
    spec = SPEC

    async def run(self, request: Request, app: App) -> AsyncIterator[Reply]:
        lang = language_for(request, app)
        question = text_option(request, "question")
        card = image_card(app, text_option(request, "model", required=False),
                          places.value(request, app, "vision_model"), VISION)
        limits = app.settings.limits
        renderer = await asyncio.to_thread(app.registry.renderer, card.id)  # tokenizer work: off the loop
        too_long = len(question) > limits.max_prompt_chars
        if too_long or await asyncio.to_thread(renderer.count_tokens, question) > limits.max_prompt_tokens:
            raise UserError("error.prompt_too_long", limit=limits.max_prompt_tokens)

        platform = request.user.platform
        if request.new_conversation:
            await conversations.reset(app.db, platform, request.conversation_key)
        new_image, existing_id = await self._new_image(request, app)
        if new_image is not None:
            for note in first_frame_note(new_image, lang):
                yield note
        conversation = await conversations.get_or_create(
            app.db, platform, request.conversation_key, request.user.id, card.id
        )
        png = await self._conversation_image(request, app, conversation, new_image, existing_id)

        past = (await conversations.history(app.db, conversation.id))[-HISTORY_MESSAGES:]
        messages = [ChatMessage(m.role, m.content) for m in past] + [ChatMessage("user", question)]
        if card.system_prompt:
            messages.insert(0, ChatMessage("system", card.system_prompt))
        temperature = number_option(request, "temperature", card.generation.get("temperature", 0.0), 0, 2)
        max_new_tokens = min(int(card.generation.get("max_new_tokens", 256)), limits.max_new_tokens)
        options = {"temperature": temperature, "max_new_tokens": max_new_tokens}
        job = Job(JobKind.VISION_QA, card.id, ImageInputs(image=png, messages=messages), request.user.id,
                  options=options)
        outcome = TextOutcome()
        async for reply in stream_text(app, job, lang, outcome):
            yield reply
        final = outcome.final
        if await logs_kept(app, request.user.id):
            await conversations.add_messages(app.db, conversation.id, [
                Message(conversation_id=conversation.id, user_id=request.user.id, role="user",
                        content=question),
                Message(conversation_id=conversation.id, user_id=request.user.id, role="assistant",
                        content=final.text, model_id=card.id, tokens=final.usage.completion_tokens),
            ])
        yield Answer(final.text, title=card.display_name, footer=ai_footer(app, lang, card.display_name))

    async def _new_image(self, request: Request, app: App) -> tuple[SafeImage | None, str | None]:
        """An image given with this question: (image, its artifact id if already stored)."""
        if request.attachments:
            # Decoded and shrunk in a thread (at reduced size where the format allows).
            return await load_attachment(request.attachments[0], app, max_pixels=STORED_PIXELS), None
        result = text_option(request, "result", required=False)
        if result:
            artifact, image = await load_artifact(app, result, request.user.id)
            return image, artifact.id
        return None, None

    async def _conversation_image(self, request: Request, app: App, conversation: Conversation,
                                  new_image: SafeImage | None, existing_id: str | None) -> bytes:
        """PNG bytes of the image this question is about, remembering a new one."""
        if new_image is not None:
            image_id = existing_id or (await store_upload(app, request, new_image)).id
            await artifacts.set_conversation_image(app.db, conversation.id, image_id)
            return await asyncio.to_thread(new_image.png)
        if not conversation.image_id:
            raise UserError("ask_image.no_image")
        found = await artifacts.load(app.db, app.settings.data_path, conversation.image_id)
        if found is None:
            raise UserError("image.gone")
        return found[1]


COMMAND = AskImageCommand()
