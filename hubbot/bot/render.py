"""Platform-neutral text layout for chat front ends (Discord, Slack).

`split_text` cuts a long answer into messages of at most `limit` characters at paragraph
and code-block boundaries. A code block is never cut inside its fence: when one must be
split, each piece is closed and the next re-opened with the same fence and language tag.
`extract_long_code` moves code blocks too long to read in a chat message into files.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})(?P<info>[^\n]*)$")
_SENTENCE_END = re.compile(r"[.!?。…다요][)\]\"']*\s")

EXTENSIONS = {
    "python": "py", "py": "py", "python3": "py", "javascript": "js", "js": "js", "typescript": "ts",
    "ts": "ts", "tsx": "tsx", "jsx": "jsx", "java": "java", "kotlin": "kt", "kt": "kt", "swift": "swift",
    "c": "c", "h": "h", "cpp": "cpp", "c++": "cpp", "cc": "cpp", "csharp": "cs", "cs": "cs", "c#": "cs",
    "go": "go", "golang": "go", "rust": "rs", "rs": "rs", "ruby": "rb", "rb": "rb", "php": "php",
    "bash": "sh", "sh": "sh", "shell": "sh", "zsh": "sh", "powershell": "ps1", "sql": "sql",
    "html": "html", "css": "css", "json": "json", "yaml": "yaml", "yml": "yaml", "toml": "toml",
    "xml": "xml", "markdown": "md", "md": "md", "r": "r", "scala": "scala", "lua": "lua",
    "dart": "dart", "haskell": "hs", "julia": "jl", "perl": "pl", "dockerfile": "dockerfile",
}


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


@dataclass(frozen=True)
class CodeFile:
    filename: str
    language: str
    code: str


def extension_for(language: str) -> str:
    return EXTENSIONS.get(language.lower(), "txt")


def extract_long_code(
    text: str, max_chars: int, note: Callable[[CodeFile], str], stem: str = "answer"
) -> tuple[str, list[CodeFile]]:
    """Move every code block longer than `max_chars` into a `CodeFile`.

    Each such block is replaced in the text by `note(file)` (e.g. "code attached as
    answer.py"). Returns the new text and the files, in order.
    """
    parsed = blocks(text)
    count = sum(1 for b in parsed if _too_long(b, max_chars))
    if not count:
        return text, []
    files: list[CodeFile] = []
    out: list[str] = []
    for block in parsed:
        if not _too_long(block, max_chars):
            out.append(block.text)
            continue
        suffix = f"-{len(files) + 1}" if count > 1 else ""
        filename = f"{stem}{suffix}.{extension_for(block.language)}"
        file = CodeFile(filename, block.language, block.code() + "\n")
        files.append(file)
        trailing = "\n" * (len(block.text) - len(block.text.rstrip("\n")))
        out.append(note(file) + (trailing or "\n"))
    return "".join(out), files


def _too_long(block: Block, max_chars: int) -> bool:
    return block.is_code and len(block.code()) > max_chars


def has_open_fence(text: str) -> bool:
    """True when `text` ends inside a code block (useful while an answer streams)."""
    parsed = blocks(text)
    return bool(parsed) and parsed[-1].is_code and _closed(parsed[-1]) != parsed[-1].text
