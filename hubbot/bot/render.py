"""The one reply model of the chat front ends (console, Discord, Slack): how a stream of reply
events becomes the text to show now, and how that text is cut to a platform's size limit.

`ReplyText` keeps the text events of one reply (`Status`, `Delta`, `Answer`, per part) and
lays them out with the same rules everywhere: a part's answer replaces what streamed of it;
a cursor follows a part only while it streams; a title stands above a part when there are
several, or above an answer that was not streamed (a streamed one keeps its first line where
it was); footer lines go under their part; a status line shows while there is no text (or
under it, where the platform has a small-print line). A platform supplies only its `Markup`.

`split_text` cuts a long answer into messages of at most `limit` characters at paragraph
and code-block boundaries. A code block is never cut inside its fence: when one must be
split, each piece is closed and the next re-opened with the same fence and language tag.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from hubbot.commands.base import Action, Answer, Delta, Reply, Status

_FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})(?P<info>[^\n]*)$")
_SENTENCE_END = re.compile(r"[.!?。…다요][)\]\"']*\s")
CURSOR = " ▌"  # after a part that is still streaming


@dataclass(frozen=True)
class Block:
    """A paragraph (with the blank lines after it) or a fenced code block."""

    text: str
    fence: str = ""  # "```" / "~~~~" for code blocks, "" for prose
    info: str = ""  # the info string after the opening fence ("python")

    @property
    def is_code(self) -> bool:
        return bool(self.fence)

    @property
    def language(self) -> str:
        return self.info.strip().split(" ", 1)[0].lower() if self.info.strip() else ""

    def code(self) -> str:
        """The code between the fences (the closing fence may be missing while streaming)."""
        lines = self.text.rstrip("\n").split("\n")[1:]
        if lines and _closes(lines[-1], self.fence):
            lines = lines[:-1]
        return "\n".join(lines)


def _closes(line: str, fence: str) -> bool:
    stripped = line.strip()
    return bool(fence) and stripped.startswith(fence) and set(stripped) == {fence[0]}


def _opening(line: str) -> re.Match[str] | None:
    match = _FENCE.match(line.rstrip("\n"))
    # "```a``` b" on one line is inline code, not a fence.
    if match and match["fence"][0] == "`" and "`" in match["info"]:
        return None
    return match


def blocks(text: str) -> list[Block]:
    """Parse `text` into prose paragraphs and fenced code blocks, losing nothing:
    `"".join(b.text for b in blocks(text)) == text`."""
    out: list[Block] = []
    prose: list[str] = []
    code: list[str] = []
    fence = info = ""
    for line in text.splitlines(keepends=True):
        if fence:
            code.append(line)
            if _closes(line, fence):
                out.append(Block("".join(code), fence, info))
                code, fence = [], ""
            continue
        match = _opening(line)
        if match:
            if prose:
                out.append(Block("".join(prose)))
                prose = []
            fence, info, code = match["fence"], match["info"], [line]
        elif prose and not line.strip() and prose[-1].strip():
            prose.append(line)  # a blank line ends the paragraph; keep it with it
        elif prose and line.strip() and not prose[-1].strip():
            out.append(Block("".join(prose)))
            prose = [line]
        else:
            prose.append(line)
    if fence:
        out.append(Block("".join(code), fence, info))  # unclosed (still streaming)
    elif prose:
        out.append(Block("".join(prose)))
    return out


def split_text(text: str, limit: int = 2000) -> list[str]:
    """Split `text` into messages of at most `limit` characters.

    Cuts go between paragraphs and code blocks where possible, then between lines, then
    after sentences or words. No message ends inside an open code fence: fences are closed
    at the end of a piece and re-opened (same fence and language) at the start of the next.
    """
    if limit < 40:
        raise ValueError("limit is too small to hold a code fence")
    chunks: list[str] = []
    current = ""
    for block in blocks(text):
        body = _closed(block)
        if _fits(current + body, limit):
            current += body
            continue
        if _fits(body, limit):
            chunks.append(current)
            current = body
            continue
        room = limit - len(current) if current.strip() else limit
        if room < limit // 4:
            chunks.append(current)
            current, room = "", limit
        pieces = _split_block(block, room, limit)
        pieces[0] = current + pieces[0]
        chunks.extend(pieces[:-1])
        current = pieces[-1]
    chunks.append(current)
    return [chunk.strip("\n") for chunk in chunks if chunk.strip()]


def _fits(text: str, limit: int) -> bool:
    return len(text.strip("\n")) <= limit


def _closed(block: Block) -> str:
    """The block's text with its fence closed (a streaming answer may not have closed it)."""
    if not block.is_code:
        return block.text
    lines = block.text.rstrip("\n").split("\n")
    if len(lines) > 1 and _closes(lines[-1], block.fence):
        return block.text
    return block.text.rstrip("\n") + "\n" + block.fence + "\n"


def _split_block(block: Block, first_room: int, limit: int) -> list[str]:
    if block.is_code:
        return _split_code(block, first_room, limit)
    pieces: list[str] = []
    rest, room = block.text, first_room
    while not _fits(rest, room):
        cut = _cut_point(rest, room)
        pieces.append(rest[:cut].rstrip() + "\n")
        rest, room = rest[cut:].lstrip(" \n"), limit
    pieces.append(rest)
    return pieces


def _split_code(block: Block, first_room: int, limit: int) -> list[str]:
    opener = block.fence + block.info + "\n"
    closer = "\n" + block.fence + "\n"
    if len(opener) + len(closer) > limit // 4:  # an absurd info string: keep the language only
        opener = block.fence + block.language[:20] + "\n"
    overhead = len(opener) + len(closer)
    pieces: list[str] = []
    rest, room = block.code(), max(first_room - overhead, 1)
    while len(rest) > room:
        newline = rest.rfind("\n", 0, room + 1)
        cut = newline if newline > 0 else room
        pieces.append(opener + rest[:cut] + closer)
        rest, room = rest[cut + 1 if newline > 0 else cut :], limit - overhead
    pieces.append(opener + rest + closer)
    return pieces


def _cut_point(text: str, room: int) -> int:
    """Where to cut prose so the first part fits in `room`: a line break, a sentence end,
    a space, or (a single enormous word) exactly at `room`."""
    window = text[: room + 1]
    newline = window.rfind("\n")
    if newline >= room // 2:
        return newline + 1
    sentence_ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if sentence_ends and sentence_ends[-1] >= room // 2:
        return sentence_ends[-1]
    space = window.rfind(" ")
    if space >= room // 3:
        return space + 1
    return room


def has_open_fence(text: str) -> bool:
    """True when `text` ends inside a code block (useful while an answer streams)."""
    parsed = blocks(text)
    return bool(parsed) and parsed[-1].is_code and _closed(parsed[-1]) != parsed[-1].text


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Markup:
    """What a platform adds to the shared layout: how a title, a footer line and a status line
    look, and how answer text is converted (Slack: Markdown -> mrkdwn). `status_line` None:
    the status shows only while there is no answer text."""

    title: Callable[[str], str] = _same
    footer_line: Callable[[str], str] = _same
    text: Callable[[str], str] = _same
    status_line: Callable[[str], str] | None = None


@dataclass(frozen=True)
class ShownPart:
    """One part of a reply as it shows now."""

    title: str  # "" for none
    text: str
    footer: tuple[str, ...]  # the footer's non-blank lines
    streaming: bool  # still streaming: the cursor follows the text

    def show(self, markup: Markup) -> str:
        lines = [markup.title(self.title)] if self.title else []
        lines.append(markup.text(self.text) + (CURSOR if self.streaming else ""))
        lines += [markup.footer_line(line) for line in self.footer]
        return "\n".join(lines)


@dataclass
class AnswerPart:
    """One part of an answer (/compare has several, others one): what streamed, then the answer."""

    streamed: str = ""
    answer: Answer | None = None


@dataclass
class ReplyText:
    """The text of one reply so far; see the module docstring for the layout rules."""

    parts: dict[str, AnswerPart] = field(default_factory=dict)
    status: str = ""
    answered: list[str] = field(default_factory=list)  # parts in the order their answers came

    def add(self, reply: Reply) -> bool:
        """Take a `Status`, `Delta` or `Answer` (True); anything else is not text (False)."""
        if isinstance(reply, Status):
            self.status = reply.text
        elif isinstance(reply, Delta):
            self.status = ""  # the answer has started: an earlier wait line is over
            self.part(reply.part).streamed += reply.text
        elif isinstance(reply, Answer):
            self.part(reply.part).answer = reply
            if reply.part not in self.answered:
                self.answered.append(reply.part)
        else:
            return False
        return True

    def part(self, name: str) -> AnswerPart:
        return self.parts.setdefault(name, AnswerPart())

    @property
    def answers(self) -> list[Answer]:
        """The answers so far, in the order they came."""
        return [answer for name in self.answered if (answer := self.parts[name].answer) is not None]

    @property
    def actions(self) -> tuple[Action, ...]:
        """The answers' buttons, in the order the answers came."""
        return tuple(action for answer in self.answers for action in answer.actions)

    def section(self, name: str, *, streaming: bool) -> ShownPart:
        part = self.parts.get(name) or AnswerPart()
        answer = part.answer
        several = len(self.parts) > 1
        title = ""
        if several or (answer is not None and answer.title and not part.streamed):
            title = (answer.title if answer is not None else "") or name
        return ShownPart(
            title=title,
            text=answer.text if answer is not None else part.streamed,
            footer=tuple(line for line in (answer.footer if answer else "").splitlines() if line.strip()),
            streaming=streaming and answer is None and bool(part.streamed),
        )

    def text(self, markup: Markup, *, streaming: bool) -> str:
        """The parts laid out one under another (empty ones left out)."""
        shown = (self.section(name, streaming=streaming).show(markup) for name in self.parts)
        return "\n\n".join(text for text in shown if text.strip())

    def now(self, markup: Markup) -> str:
        """What to show while the reply streams: the text so far and the status line."""
        text = self.text(markup, streaming=True)
        if not self.status:
            return text
        if not text:
            return markup.text(self.status)
        return f"{text}\n{markup.status_line(self.status)}" if markup.status_line else text
