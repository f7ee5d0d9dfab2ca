"""/chat: model sizes, memory trimmed to the context (system prompt kept, newest turns first),
conversations that continue and restart, every prompt format end to end, and bad input that
gets a clear message in the user's language and stores nothing."""

from __future__ import annotations

import pytest

from hubbot.app import App
from hubbot.commands.base import Answer, Error, Request, UserRef
from hubbot.commands.chat import ConversationMemory, build_messages, resolve_model
from hubbot.commands.runner import execute
from hubbot.errors import UserError
from hubbot.inference import prompts
from hubbot.inference.jobs import ChatMessage as M
from hubbot.inference.registry import Registry
from hubbot.storage import conversations

KEY = "console:mem"
# The tiny random models' greedy choice decodes to nothing, so the tests that want text sample.
SAMPLED = {"temperature": 1.0, "max_tokens": 8}


def chat_request(prompt: str, key: str = KEY, new: bool = False, **options) -> Request:
    return Request("chat", {"prompt": prompt, **options}, UserRef("console:ann", "console"), key,
                   new_conversation=new)


async def run(app: App, request: Request) -> list:
    return [reply async for reply in execute(request, app)]


async def stored(app: App, key: str = KEY) -> list[tuple[str, str]]:
    conversation = await conversations.find(app.db, "console", key)
    if conversation is None:
        return []
    return [(m.role, m.content) for m in await conversations.history(app.db, conversation.id)]


def with_formats(settings):
    """The init settings plus a KULLM-format and a completion-format card on the tiny weights."""
    small = settings.model("chat-small")
    extra = [small.model_copy(update={"id": "chat-kullm", "display_name": "KULLM tiny",
                                      "prompt_format": "kullm"}),
             small.model_copy(update={"id": "chat-plain", "display_name": "Plain tiny",
                                      "prompt_format": "completion", "system_prompt": ""})]
    return settings.model_copy(update={"models": [*settings.models, *extra]})


# ---- model resolution --------------------------------------------------------------------


async def test_sizes_and_ids_resolve_and_unknown_names_list_the_valid_ones(app) -> None:
    assert [resolve_model(app, s) for s in ("small", "medium", "large")] == [
        "chat-small", "chat-medium", "chat-large"]
    assert resolve_model(app, "대형") == resolve_model(app, "Large ") == "chat-large"
    assert resolve_model(app, "") == app.settings.defaults.chat_model
    assert resolve_model(app, "chat-medium") == "chat-medium"
    with pytest.raises(UserError) as refused:
        resolve_model(app, "huge")
    assert "chat-small" in str(refused.value)
    with pytest.raises(UserError):
        resolve_model(app, "code")  # a code model is not a chatbot


# ---- memory ------------------------------------------------------------------------------


@pytest.mark.parametrize("model_id", ["chat-small", "chat-kullm", "chat-plain"])
def test_memory_keeps_the_system_prompt_and_the_newest_turns(settings, model_id: str) -> None:
    settings = with_formats(settings)
    renderer = Registry(settings).renderer(model_id)
    card = settings.model(model_id)
    history = []
    for i in range(12):
        history += [M("user", f"question number {i} about rivers"), M("assistant", f"answer {i} ok")]
    system = prompts.system_messages(card)
    alone = renderer.count_tokens(renderer.render([*system, M("user", "and the last one?")]))
    exchange = renderer.count_tokens(renderer.render(history[:2]))
    limit = alone + 32 + 3 * exchange + exchange // 2  # room for about three earlier exchanges
    card = card.model_copy(update={"context_length": limit})

    messages = build_messages(renderer, card, history, "and the last one?", max_new_tokens=32)

    assert messages[: len(system)] == system  # never cut
    assert messages[-1] == M("user", "and the last one?")
    kept = messages[len(system):-1]
    assert 0 < len(kept) < len(history) and len(kept) % 2 == 0
    assert kept == history[-len(kept):]  # the newest exchanges; the oldest went first
    assert renderer.count_tokens(renderer.render(messages)) <= limit - 32
    one_more = [*system, *history[-len(kept) - 2:], M("user", "and the last one?")]
    assert renderer.count_tokens(renderer.render(one_more)) > limit - 32  # it kept all that fit


def test_a_prompt_that_alone_overflows_the_context_is_refused(settings) -> None:
    renderer = Registry(settings).renderer("chat-small")
    card = settings.model("chat-small").model_copy(update={"context_length": 100})
    with pytest.raises(UserError) as refused:
        build_messages(renderer, card, [], "word " * 80, max_new_tokens=16)
    assert refused.value.key == "chat.context_overflow" and refused.value.params == {"limit": 100}


async def test_turns_are_remembered_and_reach_the_next_prompt(app) -> None:
    for prompt in ("first", "second"):
        replies = await run(app, chat_request(prompt, **SAMPLED))
        assert isinstance(replies[-1], Answer) and replies[-1].title == "Chatbot Small (random weights)"
        assert "Chatbot Small" in replies[-1].footer  # which model answered
    history = await stored(app)
    assert [turn for turn in history if turn[0] == "user"] == [("user", "first"), ("user", "second")]
    assert [role for role, _ in history] == ["user", "assistant"] * 2

    # The next request is built from exactly that history.
    memory = ConversationMemory(app, chat_request("third"))
    past = await memory.history("chat-small")
    card = app.registry.card("chat-small")
    messages = build_messages(app.registry.renderer("chat-small"), card, past, "third", 16)
    assert [(m.role, m.content) for m in messages[1:-1]] == history


async def test_a_new_conversation_forgets_and_other_threads_are_separate(app) -> None:
    await run(app, chat_request("remember me", **SAMPLED))
    await run(app, chat_request("elsewhere", key="console:other", **SAMPLED))
    await run(app, chat_request("fresh start", new=True, **SAMPLED))
    assert [c for r, c in await stored(app) if r == "user"] == ["fresh start"]
    assert [c for r, c in await stored(app, "console:other") if r == "user"] == ["elsewhere"]


@pytest.mark.parametrize("model_id", ["chat-kullm", "chat-plain"])
async def test_kullm_and_completion_cards_chat_with_memory(settings, model_id: str) -> None:
    async with App.create(with_formats(settings)) as app:
        for prompt in ("딥러닝이 뭐야?", "더 자세히"):
            replies = await run(app, chat_request(prompt, model=model_id, **SAMPLED))
            answer = replies[-1]
            assert isinstance(answer, Answer), answer
            assert answer.title == app.registry.card(model_id).display_name
            assert "###" not in answer.text and "<|im_" not in answer.text
        assert [c for r, c in await stored(app) if r == "user"] == ["딥러닝이 뭐야?", "더 자세히"]


# ---- bad input: a clear message, in the user's language, and nothing stored ---------------


async def test_context_overflow_is_explained_and_nothing_is_stored(app) -> None:
    card = app.registry.card("chat-small")
    app.registry.cards["chat-small"] = card.model_copy(update={"context_length": 80})
    replies = await run(app, chat_request("word " * 60, max_tokens=16))
    assert isinstance(replies[-1], Error) and "context (80 tokens)" in replies[-1].text
    assert await conversations.find(app.db, "console", KEY) is None  # not even an empty conversation


async def test_a_prompt_over_the_token_limit_is_refused_in_korean(app) -> None:
    app.settings.limits.max_prompt_tokens = 12
    long_korean = "닭이 먼저야, 달걀이 먼저야? " * 6  # far under the character limit, over 12 tokens
    assert len(long_korean) < app.settings.limits.max_prompt_chars
    replies = await run(app, chat_request(long_korean))
    assert isinstance(replies[-1], Error) and "프롬프트가 너무 깁니다(최대 12 토큰)" in replies[-1].text
    assert await conversations.find(app.db, "console", KEY) is None


@pytest.mark.parametrize(("prompt", "model", "expected"), [
    ("", "small", "cannot be empty"),
    ("   ", "small", "cannot be empty"),
    ("Tell me a story", "gigantic", "Unknown model"),
    ("이야기 하나 해줘", "gigantic", "알 수 없는 모델"),
    ("Tell me a story", "code", "Unknown model"),
])
async def test_bad_input_gets_a_clear_message_and_stores_nothing(app, prompt, model, expected) -> None:
    replies = await run(app, chat_request(prompt, model=model))
    assert len(replies) == 1 and isinstance(replies[0], Error) and expected in replies[0].text
    assert "Traceback" not in replies[0].text
    assert await conversations.find(app.db, "console", KEY) is None


@pytest.mark.parametrize(("options", "expected"), [
    ({"temperature": 5}, "temperature"), ({"max_tokens": 0}, "max_tokens"),
    ({"temperature": "hot"}, "temperature"),
])
async def test_generation_options_are_bounded(app, options, expected) -> None:
    replies = await run(app, chat_request("hello there", **options))
    assert isinstance(replies[-1], Error) and expected in replies[-1].text
    assert await stored(app) == []


async def test_korean_prompts_get_korean_words_from_the_bot(app) -> None:
    app.settings.defaults.ai_footer = True
    replies = await run(app, chat_request("닭이 먼저야, 달걀이 먼저야?", **SAMPLED))
    assert isinstance(replies[-1], Answer)
    assert "AI 답변" in replies[-1].footer


async def test_an_empty_answer_is_shown_with_a_note(app) -> None:
    replies = await run(app, chat_request("first", temperature=0, max_tokens=4))  # decodes to nothing
    assert isinstance(replies[-1], Answer) and replies[-1].text == ""
    assert "no text" in replies[-1].footer
    assert await stored(app) == [("user", "first"), ("assistant", "")]  # still one whole exchange


@pytest.mark.parametrize(("prompt", "line"), [
    ("I've been having thoughts of hurting myself lately and I don't know who to talk to", "helpline"),
    ("요즘 너무 힘들어서 죽고 싶다는 생각이 들어요. 상담받을 수 있는 곳 있을까요?", "109"),
])
async def test_a_message_that_speaks_of_self_harm_is_answered_with_the_support_line(app, prompt,
                                                                                   line) -> None:
    """A disclosure is answered, not refused, and the answer carries the line a refusal would."""
    replies = await run(app, chat_request(prompt, **SAMPLED))
    assert isinstance(replies[-1], Answer), replies
    assert line in replies[-1].footer
    ordinary = await run(app, chat_request("what should I cook tonight?", key="console:other", **SAMPLED))
    assert isinstance(ordinary[-1], Answer) and "helpline" not in ordinary[-1].footer
