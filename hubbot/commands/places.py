"""What a place's settings mean: the keys `/settings` knows, their checks, and the one function
commands read them through.

The runner resolves a request's place once (`resolve`, thread > channel > guild > config) and
keeps the result on the request; commands read it with `value(request, app, key)` and the
helpers below (persona, language, memory, enabled commands, reasoning display). The content
policy reads its `safety_level` key the same way (`policy.moderation.safety_level`).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from hubbot.commands.base import Delta, File, Localized, Reply, Request, free_text
from hubbot.config import ModelCard, Settings
from hubbot.errors import UserError
from hubbot.i18n import Language, detect_language, t
from hubbot.inference import prompts
from hubbot.inference.jobs import ChatMessage
from hubbot.inference.registry import UnknownModel
from hubbot.storage import places as store
from hubbot.storage.places import PlaceIds, Resolved

if TYPE_CHECKING:
    from hubbot.app import App

ALL = "all"
AUTO = "auto"
REASONING_MODES = ("hidden", "spoiler", "file", "inline")
SAFETY_LEVELS = ("strict", "standard", "relaxed")
# Never turned off by a place: settings must stay reachable, help and the privacy rights too.
ALWAYS_ENABLED = frozenset({"settings", "help", "privacy", "export", "forget"})
MAX_MEMORY_TURNS = 100
CONSOLE = "console"
VALUE_AUTOCOMPLETE = "setting-value"  # /settings value: offers follow the key chosen (`suggestions`)


@dataclass(frozen=True)
class Key:
    name: str
    description: Localized
    default: Callable[[Settings], str]
    choices: tuple[str, ...] = ()
    tasks: frozenset[str] | None = None  # a model id of these tasks
    max_length: int = 100


def _model_key(name: str, what: Localized, tasks: set[str]) -> Key:
    return Key(name, what, lambda s: str(getattr(s.defaults, name)), tasks=frozenset(tasks))


KEYS: dict[str, Key] = {
    k.name: k
    for k in (
        _model_key("chat_model", {"en": "Default chat model", "ko": "기본 대화 모델"}, {"chat"}),
        _model_key("code_model", {"en": "Default code model", "ko": "기본 코드 모델"}, {"code", "chat"}),
        _model_key("image_model", {"en": "Default image model", "ko": "기본 이미지 모델"}, {"text-to-image"}),
        _model_key(
            "edit_model", {"en": "Default image-edit model", "ko": "기본 이미지 편집 모델"}, {"image-edit"}
        ),
        _model_key(
            "vision_model",
            {"en": "Default image-question model", "ko": "기본 이미지 질문 모델"},
            {"vision-qa"},
        ),
        Key(
            "persona",
            {
                "en": "Persona: the system prompt for chat and code",
                "ko": "페르소나: 대화·코드의 시스템 프롬프트",
            },
            lambda s: s.defaults.persona,
            max_length=1500,
        ),
        Key(
            "persona_name",
            {"en": "The persona's name, shown under answers", "ko": "답변 아래에 보이는 페르소나 이름"},
            lambda s: s.defaults.persona_name,
            max_length=40,
        ),
        Key(
            "language",
            {"en": "Answer language (auto: the user's)", "ko": "답변 언어 (auto: 사용자 언어)"},
            lambda s: AUTO,
            choices=(AUTO, "en", "ko"),
        ),
        Key(
            "commands",
            {
                "en": "Enabled commands: all, a list, or all but -name",
                "ko": "켜진 명령어: all, 목록, 또는 -이름 제외",
            },
            lambda s: ALL,
            max_length=400,
        ),
        Key(
            "memory",
            {
                "en": "Earlier exchanges /chat remembers (all: what fits)",
                "ko": "/chat이 기억하는 이전 대화 수 (all: 들어가는 만큼)",
            },
            lambda s: ALL if s.defaults.memory_turns is None else str(s.defaults.memory_turns),
        ),
        Key(
            "reasoning",
            {"en": "How <think> reasoning is shown", "ko": "<think> 추론을 보여 주는 방식"},
            lambda s: s.defaults.reasoning,
            choices=REASONING_MODES,
        ),
        Key(
            "safety_level",
            {"en": "Content policy level", "ko": "콘텐츠 정책 수준"},
            lambda s: s.defaults.safety_level,
            choices=SAFETY_LEVELS,
        ),
    )
}


def place_of(request: Request) -> PlaceIds:
    """The place ids settings are kept under. The console is one workspace ("console") whose
    channel is "console" unless `/place` named another."""
    console = request.user.platform == "console"
    channel = request.channel or (CONSOLE if console else "")
    return PlaceIds(request.scope or request.user.platform, channel, request.thread)


def defaults(settings: Settings) -> dict[str, str]:
    return {name: key.default(settings) for name, key in KEYS.items()}


async def resolve(request: Request, app: App) -> Resolved:
    """The settings that apply where `request` was made (once per request: the runner keeps it)."""
    if isinstance(request.resolved, Resolved):
        return request.resolved
    return await store.resolve(app.db, place_of(request), defaults(app.settings))


def current(request: Request, app: App) -> Resolved:
    """The resolved settings the runner attached, or the config's (a command run directly)."""
    if isinstance(request.resolved, Resolved):
        return request.resolved
    values = defaults(app.settings)
    return Resolved(values, dict.fromkeys(values, store.CONFIG))


def value(request: Request, app: App, key: str) -> str:
    return current(request, app).get(key)


# ---- what the values mean ---------------------------------------------------------------------


def language(request: Request, app: App) -> str | None:
    """The place's answer language, or None to follow the user's."""
    chosen = value(request, app, "language")
    return chosen if chosen in ("en", "ko") else None


def language_for(request: Request, app: App) -> Language:
    """The reply language: the place's answer language when it set one (`/settings`), else from
    the text the user wrote, then the platform locale, then the configured default."""
    return language(request, app) or detect_language(free_text(request, app), request.locale,
                                                     app.settings.defaults.language)


def memory_turns(request: Request, app: App) -> int | None:
    chosen = value(request, app, "memory")
    return int(chosen) if chosen.isdigit() else None


def enabled(request: Request, app: App, command: str) -> bool:
    return command in ALWAYS_ENABLED or command_enabled(value(request, app, "commands"), command)


def command_enabled(rule: str, command: str) -> bool:
    """ "all"; "chat, code" (only those); "-imagine, -edit" (all but those)."""
    names = [n.strip().lstrip("/").lower() for n in rule.split(",") if n.strip()]
    if not names or names == [ALL]:
        return True
    if all(n.startswith("-") for n in names):
        return f"-{command}" not in names
    return command in names


def persona(request: Request, app: App) -> tuple[str, str]:
    """(system prompt, name) of the place's persona; ("", "") for the model card's own."""
    return value(request, app, "persona").strip(), value(request, app, "persona_name").strip()


# ---- checking a new value ---------------------------------------------------------------------


def checked(app: App, key_name: str, raw: str, user_id: str = "", is_admin: bool = False) -> str:
    """A value for `key_name` as it will be stored; UserError with the catalogue key otherwise."""
    key = KEYS.get(key_name)
    if key is None:
        raise UserError("settings.unknown_key", key=key_name, keys=", ".join(KEYS))
    text = raw.strip()
    if not text:
        raise UserError("settings.empty_value", key=key_name)
    if len(text) > key.max_length:
        raise UserError("options.too_long", option=key_name, limit=key.max_length)
    if key.choices:
        if text.lower() not in key.choices:
            raise UserError(
                "options.bad_choice", option=key_name, valid=", ".join(f"`{c}`" for c in key.choices)
            )
        return text.lower()
    if key.tasks is not None:
        if text not in app.registry.cards or not app.registry.visible(text, user_id, is_admin=is_admin):
            raise UnknownModel(text, app.registry.public_ids(key.tasks))  # lists the valid ids
        app.registry.card(text, tasks=key.tasks)  # a model of another task: the same error
        return text
    if key_name == "memory":
        if text.lower() == ALL:
            return ALL
        if not text.isdigit() or int(text) > MAX_MEMORY_TURNS:
            raise UserError("error.out_of_range", option=key_name, low="0", high=str(MAX_MEMORY_TURNS))
        return str(int(text))
    if key_name == "commands":
        known = set(app.commands)
        names = [n.strip().lstrip("/").lower() for n in text.split(",") if n.strip()]
        if names == [ALL]:
            return ALL
        unknown = [n for n in names if n.lstrip("-") not in known]
        if unknown or len({n.startswith("-") for n in names}) > 1:
            raise UserError(
                "settings.bad_commands", names=", ".join(unknown) or text, known=", ".join(sorted(known))
            )
        return ", ".join(names)
    return text


def suggestions(app: App, key_name: str, typed: str, user_id: str = "") -> list[str]:
    """Values to offer for `key_name` (Discord autocomplete): its choices or the models of its task."""
    key = KEYS.get(key_name)
    if key is None:
        return []
    wanted = typed.strip().lower()
    if key.choices:
        offered = list(key.choices)
    elif key.tasks is not None:
        offered = [m for m in app.registry.ids(key.tasks) if app.registry.visible(m, user_id)]
    elif key_name == "memory":
        offered = [ALL, "0", "2", "5", "10", "20"]
    else:
        offered = [key.default(app.settings)] if key.default(app.settings) else []
    return [v for v in offered if wanted in v.lower()][:25]


# ---- reasoning text (<think>…</think> of reasoning models) ------------------------------------

THINK = re.compile(r"<think>(.*?)(?:</think>|\Z)", re.DOTALL | re.IGNORECASE)


def split_reasoning(text: str) -> tuple[str, str]:
    """(the answer without its <think> blocks, the reasoning they held)."""
    reasoning = "\n\n".join(m.group(1).strip() for m in THINK.finditer(text) if m.group(1).strip())
    return THINK.sub("", text).strip(), reasoning


def shown_reasoning(request: Request, app: App, text: str, lang: str) -> tuple[str, list[Reply]]:
    """The answer as the place shows reasoning text: `hidden` drops the <think> blocks, `inline`
    quotes them above the answer, `spoiler` hides them behind a Discord spoiler (platforms
    without spoilers get the file), `file` attaches them as reasoning.txt. Returns the text and
    the extra replies (the file)."""
    answer, reasoning = split_reasoning(text)
    return with_reasoning(request, app, answer, reasoning, lang)


def with_reasoning(
    request: Request, app: App, answer: str, reasoning: str, lang: str
) -> tuple[str, list[Reply]]:
    """`shown_reasoning` for an answer already split from its reasoning (and laid out)."""
    mode = value(request, app, "reasoning")
    if not reasoning or mode == "hidden":
        return answer, []
    title = t("settings.reasoning_title", lang)
    if mode == "inline":
        quoted = "\n".join(f"> {line}" if line else ">" for line in reasoning.splitlines())
        return f"> 💭 **{title}**\n{quoted}\n\n{answer}", []
    if mode == "spoiler" and request.user.platform == "discord":
        return f"💭 {title}: ||{reasoning.replace('||', '|')}||\n\n{answer}", []
    return answer, [File(reasoning.encode(), "reasoning.txt", caption=title)]


def system_messages(request: Request, app: App, card: ModelCard, lang: str) -> list[ChatMessage]:
    """The card's system prompt, or the place's persona instead (the AI disclosure kept), and the
    place's answer language when it set one."""
    persona_prompt, _ = persona(request, app)
    if persona_prompt:
        card = card.model_copy(update={"system_prompt": persona_prompt})
    messages = prompts.system_messages(card)
    if language(request, app) and messages:
        wanted = t("settings.answer_in", "en", language="Korean" if lang == "ko" else "English")
        messages = [ChatMessage("system", f"{messages[0].content} {wanted}")]
    return messages


def persona_footer(request: Request, app: App, lang: str) -> str:
    _, name = persona(request, app)
    return t("settings.persona_footer", lang, name=name) if name else ""


class ThinkFilter:
    """Streamed text without its <think>…</think> parts (a tag may arrive split across pieces):
    what is shown while an answer streams when the place does not show reasoning inline."""

    def __init__(self) -> None:
        self.inside = False
        self.pending = ""

    def feed(self, piece: str) -> str:
        text, self.pending, shown = self.pending + piece, "", []
        while text:
            tag = "</think>" if self.inside else "<think>"
            at = text.lower().find(tag)
            if at < 0:
                keep = next((n for n in range(len(tag) - 1, 0, -1) if text.lower().endswith(tag[:n])), 0)
                text, self.pending = text[: len(text) - keep], text[len(text) - keep :]
                if not self.inside:
                    shown.append(text)
                break
            if not self.inside:
                shown.append(text[:at])
            text, self.inside = text[at + len(tag) :], not self.inside
        return "".join(shown)


async def without_streamed_reasoning(
    request: Request, app: App, replies: AsyncIterator[Any]
) -> AsyncIterator[Any]:
    """`replies` with the <think> parts of streamed text left out, unless the place shows
    reasoning inline (the final answer is laid out by `shown_reasoning`)."""
    if value(request, app, "reasoning") == "inline":
        async for reply in replies:
            yield reply
        return
    filters: dict[str, ThinkFilter] = {}
    async for reply in replies:
        if isinstance(reply, Delta):
            shown = filters.setdefault(reply.part, ThinkFilter()).feed(reply.text)
            if shown:
                yield Delta(shown, reply.part)
        else:
            yield reply
