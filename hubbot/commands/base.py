"""The platform-neutral request a command receives, the reply events it yields, and the
command spec both adapters register from.

Adapters (bot/) translate a platform event into a `Request`, run `command.run(request, app)`,
and render the `Reply` events it yields. Nothing here knows about Discord or Slack.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from hubbot.app import App

OptionType = Literal["string", "integer", "number", "boolean", "attachment"]
Localized = dict[str, str]  # {"en": ..., "ko": ...}


@dataclass(frozen=True)
class Choice:
    value: str
    label: Localized


@dataclass(frozen=True)
class OptionSpec:
    name: str
    type: OptionType
    description: Localized
    required: bool = False
    choices: tuple[Choice, ...] = ()
    min_value: float | None = None
    max_value: float | None = None
    max_length: int | None = None
    autocomplete: str | None = None  # a registry task group: "chat", "code", "image", ...
    name_ko: str | None = None  # Korean localisation of the option name
    # Choices are what Discord offers; text front ends may send other values, which the command
    # checks itself (/imagine's size: an aspect, or one of the card's WxH sizes).
    open_choices: bool = False


@dataclass(frozen=True)
class CommandSpec:
    name: str  # "chat", "ask-image", ...
    description: Localized
    options: tuple[OptionSpec, ...] = ()
    name_ko: str | None = None
    ephemeral: bool = False  # replies only the user sees (privacy commands)
    # The option free text fills ("/chat hello", a mention); None: the first required plain-text
    # option, else the first plain-text one.
    main_option: str | None = None
    takes_image: bool = False  # works on an image the front end finds in the message or thread
    # Works on a (non-image) file: its attachment option's name. Where a slash command cannot
    # carry a file (Slack), the front end takes the latest file posted in the thread.
    takes_file: str | None = None
    # Reads documents (text, Markdown, code, PDF; `commands.documents`) attached to the request,
    # optionally: a mention's files, an attachment option, `--file`; on Slack a slash command
    # takes the latest document posted in its thread.
    takes_document: bool = False

    def __post_init__(self) -> None:
        if self.main_option is None:
            plain = [o for o in self.options if o.type == "string" and not o.choices]
            main = next((o.name for o in plain if o.required), None) or next((o.name for o in plain), None)
            object.__setattr__(self, "main_option", main)


# ---- the request ----------------------------------------------------------------------


@dataclass(frozen=True)
class UserRef:
    id: str  # stable, platform-qualified: "discord:1234", "slack:T1:U9", "console:alice"
    platform: str
    display_name: str = ""
    roles: tuple[str, ...] = ()
    is_admin: bool = False
    # Platform facts the one permission rule (`policy.access.may_change_settings`) reads:
    # Discord "manage_channels", "manage_guild", "administrator"; Slack "workspace_admin".
    permissions: frozenset[str] = frozenset()


@dataclass
class Attachment:
    filename: str
    content_type: str | None
    size: int | None
    fetch: Callable[[int], Awaitable[bytes]]  # fetch(max_bytes) -> bytes, enforcing the cap


@dataclass
class Request:
    command: str
    options: dict[str, Any]
    user: UserRef
    conversation_key: str  # platform unit: "discord:thread:1", "slack:C1:1712.1", "console:s1"
    locale: str | None = None
    scope: str = ""  # guild / workspace, for quotas and access lists
    channel: str = ""  # the channel (a thread's parent channel)
    thread: str = ""  # the thread, "" outside one: with scope and channel, the place settings apply to
    attachments: list[Attachment] = field(default_factory=list)
    reply_to: dict[str, Any] = field(default_factory=dict)  # where to answer after a restart
    new_conversation: bool = False  # the adapter saw no previous turn (fresh /chat)
    age_restricted: bool = False  # the platform marks the place adults-only (Discord NSFW channels)
    # The place's settings, resolved once by the runner (`commands.places.resolve`).
    resolved: Any = None


# The request being run (set by the runner), so every job records which command it serves
# and where to answer after a restart, and the content policy knows the place's safety level,
# without each command passing it along.
current_request: ContextVar[Request | None] = ContextVar("current_request", default=None)


def free_text(request: Request, app: App) -> str:
    """What the user wrote in their own words: string options without choices or autocomplete
    (not model ids, sizes or modes). Every string option when the command is unknown."""
    command = app.commands.get(request.command)
    free = {o.name for o in command.spec.options
            if o.type == "string" and not o.choices and not o.autocomplete} if command else None
    return " ".join(str(v) for k, v in request.options.items()
                    if isinstance(v, str) and (free is None or k in free))


# ---- reply events ------------------------------------------------------------------------


@dataclass(frozen=True)
class Action:
    """A button. `id` encodes everything needed to act on it after a restart (<= 100 chars)."""

    id: str
    label: str
    style: Literal["primary", "secondary", "danger", "success"] = "secondary"


@dataclass(frozen=True)
class Status:
    """Waiting/progress line shown before the answer starts ("queued: 3rd, ~12 s")."""

    text: str


@dataclass(frozen=True)
class Delta:
    """A piece of streamed answer text; `part` separates side-by-side answers (compare)."""

    text: str
    part: str = ""


@dataclass(frozen=True)
class Answer:
    """The complete text of an answer (or of one part). Adapters replace the streamed text."""

    text: str
    part: str = ""
    title: str = ""  # e.g. model display name
    footer: str = ""  # AI disclosure, figures
    actions: tuple[Action, ...] = ()
    job_id: str = ""  # set: `/show JOB_ID` can post it again (the console prints it)


@dataclass(frozen=True)
class Image:
    png: bytes
    filename: str
    caption: str = ""  # seed/settings, so the user can reproduce it
    actions: tuple[Action, ...] = ()
    job_id: str = ""  # set: `/show JOB_ID` can post it again (the console prints it)
    spoiler: bool = False  # hidden until clicked where the platform can (a blurred, flagged image)


@dataclass(frozen=True)
class File:
    data: bytes
    filename: str
    caption: str = ""


@dataclass(frozen=True)
class Error:
    """A refusal or a user mistake, already in the user's language. Shown privately where
    the platform allows."""

    text: str
    kind: str = "invalid"


@dataclass(frozen=True)
class Notice:
    """A note for the asker alone (the one-time image notice), possibly with buttons. Shown
    privately where the platform allows (a Discord ephemeral follow-up, a Slack ephemeral
    message), otherwise as a short message under the answer. Not an error."""

    text: str
    actions: tuple[Action, ...] = ()


@dataclass(frozen=True)
class Done:
    """Last event; `actions` apply to the whole reply (e.g. blind vote buttons). `hint` says
    how to do what the buttons do by typing, for front ends without buttons (the one-shot CLI)."""

    actions: tuple[Action, ...] = ()
    hint: str = ""


Reply = Status | Delta | Answer | Image | File | Error | Notice | Done


class Command(Protocol):
    spec: CommandSpec

    def run(self, request: Request, app: App) -> AsyncIterator[Reply]: ...


ActionHandler = Callable[[str, Request, "App"], AsyncIterator[Reply]]
