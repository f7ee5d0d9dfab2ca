"""Code blocks too long to read in a chat message, moved into files (Discord attaches them).

`extract_long_code(text, max_chars, note)` replaces each such block by a note ("code attached
as answer.py") and returns the files; the blocks are read by `hubbot.bot.render.blocks`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hubbot.bot.render import Block, blocks

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
