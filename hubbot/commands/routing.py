"""What a free message means — a mention, a DM, a reply to the bot, a message in the bot's
thread — the same on every platform. Adapters only say what the message held (its text,
whether an image came with it or with the message it continues) and run what comes back.

- "/name args" (the English or Korean name) runs that command; `args` are parsed by the one
  option parser, `hubbot.commands.options` (an unknown name gets "Unknown command … Try /help");
- with an image: edit it when the text asks for an edit ("edit", "편집", "수정", "바꿔"),
  else ask about it (no text: "describe this image");
- with a document (text, Markdown, code, PDF) and no text: chat about it ("summarize it");
- any other text chats (a document with it becomes context); a bare mention shows /help.

Edit words matter only with an image: "이 코드 수정해줘" without one is a chat, not a hint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from hubbot.commands.base import CommandSpec
from hubbot.commands.discovery import get, specs
from hubbot.i18n import t

EDIT_WORDS = re.compile(r"\bedit|편집|수정|바꿔|바꾸", re.IGNORECASE)
COMMAND_WORD = re.compile(r"[\w-]{1,32}")


@dataclass(frozen=True)
class Route:
    command: str
    options: dict[str, Any] = field(default_factory=dict)
    args: str | None = None  # "/name args": the text after the name, for options.parse_text


def route_message(text: str, has_image: bool, lang: str, *, has_document: bool = False) -> Route:
    text = text.strip()
    word, _, rest = text[1:].partition(" ") if text.startswith("/") else ("", "", "")
    if COMMAND_WORD.fullmatch(word):  # an unknown name runs too: "Unknown command /x. Try /help"
        return Route(command_named(word) or word, args=rest.strip())
    if has_image:
        if EDIT_WORDS.search(text) and spec_of("edit") is not None:
            return Route("edit", _main("edit", text))
        return Route("ask-image", _main("ask-image", text or t("routing.describe_image", lang)))
    if not text and has_document:
        return Route("chat", _main("chat", t("routing.summarize_document", lang)))
    if not text:
        return Route("help")
    return Route("chat", _main("chat", text))


def command_named(word: str) -> str | None:
    """A command by its English or Korean name ("edit", "편집"), any case."""
    word = word.lower()
    return next((s.name for s in specs() if word in (s.name, (s.name_ko or "").lower())), None)


def spec_of(name: str) -> CommandSpec | None:
    found = get(name)
    return found.spec if found is not None else None


def _main(command: str, text: str) -> dict[str, Any]:
    spec = spec_of(command)
    name = spec.main_option if spec is not None else None
    return {name: text} if name and text else {}
