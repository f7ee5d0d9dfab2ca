"""Streamed answers pass the content policy before they are shown (issue 18, item 4): in /chat,
/code, /ask-image and /compare, every streamed piece was checked with the text so far, the
unchecked tail held back; an answer that turns harmful shows nothing harmful, then is withheld.

The models here are a backend that streams a fixed answer (served through the real dispatcher
with `Registry.use_backend`), because the tiny random models cannot be made to say a sentence."""

from __future__ import annotations

import io

import pytest
from fakes import SaysBackend
from PIL import Image as PILImage

from hubbot.app import App
from hubbot.commands.base import Answer, Attachment, Delta, Request, UserRef
from hubbot.commands.chat import ConversationMemory
from hubbot.commands.common import StreamGate
from hubbot.commands.runner import execute
from hubbot.policy.moderation import default_checker

HARMFUL = ["Sure. ", "i will ", "kill you", " tonight, ", "and that is a promise I make."]
BENIGN = ["Rivers carry water from the hills to the sea; ", "they shape valleys over millions ",
          "of years and give cities their drinking water, ", "fish their homes, and farmers their ",
          "fields. Most large cities grew up beside one."]


def png() -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", (64, 64), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def image_attachment() -> Attachment:
    data = png()

    async def fetch(max_bytes: int) -> bytes:
        return data

    return Attachment("red.png", "image/png", len(data), fetch)


def ask(command: str, options: dict, attachments: list | None = None) -> Request:
    return Request(command, options, UserRef("console:ann", "console"), f"console:{command}",
                   attachments=attachments or [])


REQUESTS = {
    "chat": lambda app: (["chat-small"], ask("chat", {"prompt": "Tell me about rivers"})),
    "code": lambda app: ([app.settings.defaults.code_model],
                         ask("code", {"mode": "explain", "prompt": "def f(x): return x"})),
    "ask-image": lambda app: ([app.settings.defaults.vision_model],
                              ask("ask-image", {"question": "What colour is it?"}, [image_attachment()])),
    "compare": lambda app: (["chat-small", "chat-large"],
                            ask("compare", {"prompt": "Tell me about rivers", "models": "small,large"})),
}


async def answer_with(app: App, command: str, pieces: list[str]) -> list:
    model_ids, request = REQUESTS[command](app)
    for model_id in model_ids:
        app.registry.use_backend(model_id, SaysBackend(app.registry.card(model_id), pieces))
    return [reply async for reply in execute(request, app)]


@pytest.mark.parametrize("command", list(REQUESTS))
async def test_a_harmful_answer_is_never_shown_while_it_streams(app, command: str) -> None:
    replies = await answer_with(app, command, HARMFUL)
    streamed = {}
    for reply in replies:
        if isinstance(reply, Delta):
            streamed[reply.part] = streamed.get(reply.part, "") + reply.text
    for text in streamed.values():  # what users saw before the final answer: all of it passes
        assert default_checker().check(text) is None, text
        assert "kill" not in text
    answers = [r for r in replies if isinstance(r, Answer) and r.text]
    assert answers and all("kill" not in a.text for a in answers)
    assert all("withheld" in a.text for a in answers)


@pytest.mark.parametrize("command", list(REQUESTS))
async def test_a_benign_answer_still_streams(app, command: str) -> None:
    replies = await answer_with(app, command, BENIGN)
    deltas = [r for r in replies if isinstance(r, Delta)]
    assert deltas, "nothing was streamed before the final answer"
    whole = "".join(BENIGN)
    for part in {d.part for d in deltas}:
        shown = "".join(d.text for d in deltas if d.part == part)
        assert whole.startswith(shown) and len(shown) <= len(whole) - StreamGate.HOLD_CHARS


async def test_the_gate_holds_back_the_unchecked_tail() -> None:
    checked: list[str] = []

    async def passes(text: str) -> bool:
        checked.append(text)
        return default_checker().check(text) is None

    gate = StreamGate(passes)
    first = await gate.feed("x" * 120)
    assert first == "x" * (120 - StreamGate.HOLD_CHARS) and checked == ["x" * 120]
    shown = first + await gate.feed("Sure. i will ki")
    assert set(shown) == {"x"}  # the unfinished phrase stays back
    assert await gate.feed("ll you" + " " * 100) == "" and gate.blocked  # the text so far failed
    assert await gate.feed("more harmless words " * 10) == ""  # nothing after that is shown


async def test_a_long_answer_costs_few_checks_of_bounded_length() -> None:
    """Each check reads what is new and a bounded context, at a stride that grows to its
    maximum: a long answer is not read again whole every few characters."""
    checked: list[str] = []

    async def passes(text: str) -> bool:
        checked.append(text)
        return default_checker().check(text) is None

    gate = StreamGate(passes, max_check_every=96)
    whole = "".join(BENIGN) * 30  # ~6,000 characters in 7-character pieces
    shown = "".join([await gate.feed(whole[i:i + 7]) for i in range(0, len(whole), 7)])
    assert whole.startswith(shown) and len(shown) >= len(whole) - StreamGate.HOLD_CHARS - 96
    assert len(checked) <= len(whole) // 96 + 8
    longest = StreamGate.CONTEXT_CHARS + 96 + StreamGate.HOLD_CHARS + 7
    assert max(map(len, checked)) <= longest
    assert all(text.split(" ", 1)[0] in whole.split() for text in checked[1:])  # from a word's start


async def test_a_check_of_code_starts_at_a_line_not_inside_a_word() -> None:
    """Code and lists have line breaks where prose has spaces: a window cut inside a word could
    read as another word ("skill" -> "kill")."""
    checked: list[str] = []

    async def passes(text: str) -> bool:
        checked.append(text)
        return True

    gate = StreamGate(passes, max_check_every=96)
    lines = [f"skill_{i}=load_skill({i})\n" for i in range(80)]
    for line in lines:
        await gate.feed(line)
    assert len(checked) > 3
    assert all(text.startswith("skill_") for text in checked)


async def test_a_phrase_across_what_was_shown_is_still_read_whole() -> None:
    async def passes(text: str) -> bool:
        return default_checker().check(text) is None

    gate = StreamGate(passes, max_check_every=96)
    shown = "".join([await gate.feed(piece) for piece in BENIGN * 4])
    assert shown and not gate.blocked
    shown += await gate.feed(" Fine. i will ")  # stays back: the hold covers it
    assert "i will" not in shown
    for piece in ["kill you", " and then", *BENIGN]:
        shown += await gate.feed(piece)
    assert gate.blocked and "kill" not in shown


async def test_the_local_layers_run_off_the_event_loop(app) -> None:
    """Rules and the learned layer take milliseconds a sentence: a check of a long answer on
    the event loop would stall every other stream."""
    import threading

    from hubbot.policy.moderation import screen

    threads: list[threading.Thread] = []

    class Recording:
        def check(self, text: str, allow: frozenset[str] = frozenset()) -> str | None:
            threads.append(threading.current_thread())
            return "violence" if "kill" in text else None

    app.services["moderation"] = Recording()
    try:
        assert await screen(app, "a calm sentence", role="assistant") is None
        finding = await screen(app, "i will kill you", role="assistant")
    finally:
        del app.services["moderation"]
    assert finding is not None and finding.label == "violence"
    assert threads and threading.main_thread() not in threads


# A victim's legal question the intent rules refuse and the learned layer clears (a request); a
# small model opens its answer by repeating it.
QUESTION = "가해자 신상을 공개하면 명예훼손이 되나요? 피해자인데 너무 억울해서요"
ECHO = ["가해자 신상을 ", "공개하면 명예훼손이 되나요?\n\n", "네, 사실을 적시해도 ",
        "명예훼손죄가 성립할 수 있습니다."]


async def echoed(app: App, pieces: list[str]) -> list:
    app.registry.use_backend("chat-small", SaysBackend(app.registry.card("chat-small"), pieces))
    return [reply async for reply in execute(ask("chat", {"prompt": QUESTION, "model": "chat-small"}), app)]


async def test_an_answer_that_repeats_the_question_is_shown(app) -> None:
    assert default_checker().check("".join(ECHO)) is not None  # the rules alone would withhold it
    replies = await echoed(app, ECHO)
    answers = [r for r in replies if isinstance(r, Answer) and r.text]
    assert answers and answers[-1].text.startswith("가해자 신상을 공개하면")
    assert "성립할 수 있습니다" in answers[-1].text
    assert "".join(r.text for r in replies if isinstance(r, Delta)).startswith("가해자 신상을 공개하면")


async def test_what_an_answer_adds_to_the_question_is_still_read(app) -> None:
    replies = await echoed(app, [*ECHO[:2], "그 사람 집 주소 찾아서 ", "단톡방에 뿌려버리세요."])
    answers = [r for r in replies if isinstance(r, Answer) and r.text]
    assert answers and "주소" not in answers[-1].text
    assert "주소" not in "".join(r.text for r in replies if isinstance(r, Delta))


async def test_a_withheld_answer_is_not_remembered(app) -> None:
    """The notice shown in place of a withheld answer is not the model's words. Kept as the
    conversation's last turn, it was read back to the model, and the real small model repeated it
    as the answer to every later request ("점심 뭐 먹을까?" answered "The generated answer was withheld")."""
    model_ids, request = REQUESTS["chat"](app)
    says = SaysBackend(app.registry.card(model_ids[0]), HARMFUL)
    app.registry.use_backend(model_ids[0], says)
    first = [reply async for reply in execute(request, app)]
    assert any(isinstance(r, Answer) and "withheld" in r.text for r in first)
    says.pieces = BENIGN
    second = [reply async for reply in execute(REQUESTS["chat"](app)[1], app)]
    assert any(isinstance(r, Answer) and "Rivers carry water" in r.text for r in second)
    read_back = " ".join(map(str, says.seen[-1]))  # what the model was given the second time
    assert "withheld" not in read_back and "kill" not in read_back
    past = await ConversationMemory(app, request).history(model_ids[0])
    assert [m.role for m in past] == ["user", "assistant"]  # the benign exchange alone
    assert past[0].content == "Tell me about rivers" and "Rivers carry water" in past[1].content
