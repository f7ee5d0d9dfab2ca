"""The one reply model (`hubbot.bot.render.ReplyText`): reply events -> the text to show now,
with each platform adding only its markup (console, Discord, Slack)."""

from __future__ import annotations

from typing import Any

from hubbot.bot.render import CURSOR, Markup, ReplyText, has_open_fence, split_text
from hubbot.commands.base import Action, Answer, Delta, Done, Image, Reply, Status

PLAIN = Markup()
SMALL = Markup(title=lambda t: f"**{t}**", footer_line=lambda line: f"-# {line}",
               status_line=lambda s: f"-# {s}")


def fed(*replies: Reply) -> ReplyText:
    text = ReplyText()
    for reply in replies:
        text.add(reply)
    return text


def test_only_text_events_are_taken() -> None:
    text = ReplyText()
    assert text.add(Status("queued")) and text.add(Delta("hi")) and text.add(Answer("hi"))
    assert not text.add(Done()) and not text.add(Image(b"png", "a.png"))


def test_cursor_follows_a_part_only_while_it_streams() -> None:
    text = fed(Delta("Hello "), Delta("there"))
    assert text.now(PLAIN) == "Hello there" + CURSOR
    assert text.text(PLAIN, streaming=False) == "Hello there"  # cut off before its answer: no cursor
    text.add(Answer("Hello there."))
    assert text.now(PLAIN) == "Hello there."
    assert fed(Delta("", "A")).now(PLAIN) == ""  # nothing streamed yet: no lone cursor


def test_the_answer_replaces_what_streamed() -> None:
    text = fed(Delta("The answer is 4"), Delta("2 STOP and more"), Answer("The answer is 42"))
    assert text.text(PLAIN, streaming=False) == "The answer is 42"


def test_a_streamed_answer_gets_no_title_at_the_end_an_unstreamed_one_does() -> None:
    streamed = fed(Delta("Hi"), Answer("Hi!", title="Chatbot Large", footer="AI-generated\n\nby Large"))
    assert streamed.text(SMALL, streaming=False) == "Hi!\n-# AI-generated\n-# by Large"
    whole = fed(Answer("a table", title="Usage"))
    assert whole.text(SMALL, streaming=False) == "**Usage**\na table"


def test_several_parts_each_get_a_title_while_streaming_and_after() -> None:
    text = fed(Delta("one", "A"), Delta("two", "B"))
    assert text.now(SMALL) == f"**A**\none{CURSOR}\n\n**B**\ntwo{CURSOR}"  # the part's name until answered
    text.add(Answer("two!", "B", title="Model B", footer="3 tokens/s"))
    assert text.now(SMALL) == f"**A**\none{CURSOR}\n\n**Model B**\ntwo!\n-# 3 tokens/s"
    text.add(Answer("one!", "A"))  # no title of its own: its part's name
    assert text.text(SMALL, streaming=False) == "**A**\none!\n\n**Model B**\ntwo!\n-# 3 tokens/s"


def test_answers_and_their_buttons_in_the_order_they_came() -> None:
    first, second = Action("x:1", "one"), Action("x:2", "two")
    text = fed(Delta("a", "A"), Delta("b", "B"), Answer("b", "B", actions=(second,)),
               Answer("a", "A", actions=(first,)))
    assert [a.part for a in text.answers] == ["B", "A"]
    assert text.actions == (second, first)
    assert list(text.parts) == ["A", "B"]  # the text keeps the order the parts began in


def test_status_shows_alone_then_under_the_text_or_not_at_all() -> None:
    text = fed(Status("⏳ Queued: position 2"))
    assert text.now(SMALL) == text.now(PLAIN) == "⏳ Queued: position 2"
    text.add(Delta("Hello"))
    assert text.status == "" and text.now(SMALL) == "Hello" + CURSOR  # the wait is over
    text.add(Status("B: loading"))
    assert text.now(SMALL) == f"Hello{CURSOR}\n-# B: loading"  # a platform with small print
    assert text.now(PLAIN) == "Hello" + CURSOR  # one without: the text alone
    assert text.text(SMALL, streaming=False) == "Hello"  # never part of the finished text


def test_empty_parts_are_left_out() -> None:
    assert fed(Answer("\n")).text(PLAIN, streaming=False) == ""  # nothing to show, not a blank message
    assert fed(Answer("", "A"), Answer("shown", "B")).text(PLAIN, streaming=False) == "A\n\n\nB\nshown"
    assert fed(Status("working")).text(PLAIN, streaming=False) == ""


def test_discord_and_slack_add_only_their_markup() -> None:
    from hubbot.bot.discord.replies import MARKUP as DISCORD
    from hubbot.bot.slack.replies import MARKUP as SLACK

    text = fed(Delta("**x** <!channel>", "A"), Answer("**y** & z", "B", title="<B>", footer="AI\nfast"))
    assert text.now(DISCORD) == f"**A**\n**x** <!channel>{CURSOR}\n\n**<B>**\n**y** & z\n-# AI\n-# fast"
    assert text.now(SLACK) == (f"*A*\n*x* &lt;!channel&gt;{CURSOR}\n\n*&lt;B&gt;*\n*y* &amp; z\n_AI_\n_fast_")
    assert fed(Status("a<b")).now(SLACK) == "a&lt;b"  # a status is converted (escaped) too


def test_a_long_stream_splits_with_balanced_fences_and_the_cursor_at_the_end() -> None:
    code = "```python\n" + "\n".join(f"print({i})  # a line" for i in range(300))
    text = fed(Delta("Here it is:\n\n"), Delta(code))  # the fence is still open: streaming
    chunks = split_text(text.now(SMALL), 2000)
    assert len(chunks) > 2 and all(len(c) <= 2000 and not has_open_fence(c) for c in chunks)
    assert "".join(chunks).count("print(") == 300
    assert CURSOR in chunks[-1] and not any(CURSOR in c for c in chunks[:-1])


class RecordingSlack:
    """Records the Web API calls a `SlackReply` makes (only those it uses here)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    async def chat_postMessage(self, **kwargs: Any) -> dict[str, Any]:
        self.calls.append(("post", kwargs))
        return {"ts": f"1.{len(self.calls)}"}

    async def chat_update(self, **kwargs: Any) -> dict[str, Any]:
        self.calls.append(("update", kwargs))
        return {}


async def _stream(*replies: Reply) -> Any:
    for reply in replies:
        yield reply


async def test_slack_preview_of_a_long_answer_is_its_first_message_fences_closed() -> None:
    from hubbot.bot.slack.replies import MESSAGE_LIMIT, SlackReply

    client = RecordingSlack()
    reply = SlackReply(client, "C1", "U1", interval=0.0)  # type: ignore[arg-type]
    await reply.start("…")
    code = "```python\n" + "\n".join(f"x_{i} = {i}  # a < b" for i in range(400))
    await reply.render(_stream(Delta("Intro.\n\n"), Delta(code)))  # never answered: cut off
    previews = [kw["text"] for name, kw in client.calls if name == "update" and "blocks" not in kw]
    assert previews and all(len(p) <= MESSAGE_LIMIT and not has_open_fence(p) for p in previews)
    assert "&lt;" in previews[-1] and "&l\n" not in previews[-1]  # escaped, never cut mid-entity
    final = [kw for name, kw in client.calls if name == "update" and "blocks" in kw][-1]
    posted = [kw["text"] for name, kw in client.calls if name == "post"][1:]
    assert CURSOR not in final["text"] and not any(CURSOR in text for text in posted)  # it stopped streaming
    assert "".join([final["text"], *posted]).count("x_") == 400
