"""What front ends submit to the dispatcher, and the events a job yields.

These types are the whole contract between commands/ and inference/: plain dataclasses,
no model library types.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from typing import Any


class JobKind(enum.StrEnum):
    TEXT = "text"  # chat, code, compare: a text generation
    IMAGE = "image"  # text-to-image
    IMAGE_EDIT = "image-edit"  # instruction edit or img2img
    VISION_QA = "vision-qa"  # image + question -> text
    TRAIN = "train"  # a fine-tuning job: runs in steps through `Dispatcher.run_step`


@dataclass(frozen=True)
class ChatMessage:
    role: str  # system | user | assistant
    content: str


@dataclass
class TextInputs:
    """A text generation. `messages` are rendered by the model's prompt format in inference/
    (chat template or a named template); `prompt` is used as-is when given instead."""

    messages: list[ChatMessage] = field(default_factory=list)
    prompt: str | None = None


@dataclass
class ImageInputs:
    """Text-to-image (no `image`), edit / img2img (with `image`, PNG bytes), or VQA
    (`image` plus a question in `messages`)."""

    prompt: str = ""
    negative_prompt: str = ""
    image: bytes | None = None
    messages: list[ChatMessage] = field(default_factory=list)


@dataclass
class Job:
    kind: JobKind
    model_id: str
    inputs: TextInputs | ImageInputs
    user_id: str
    options: dict[str, Any] = field(default_factory=dict)
    priority: int = 0
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    # Bookkeeping for the jobs table: the command that made it, and where to tell the user
    # if a restart interrupts it (the request's `reply_to`).
    command: str = ""
    reply_to: dict[str, Any] = field(default_factory=dict)


# ---- events a job handle yields ------------------------------------------------------


@dataclass(frozen=True)
class Queued:
    position: int  # 1 = next to run
    eta_s: float | None  # estimated wait, from measured throughput; None while unknown


@dataclass(frozen=True)
class Loading:
    model_id: str


@dataclass(frozen=True)
class Started:
    pass


@dataclass(frozen=True)
class TextDelta:
    text: str


@dataclass(frozen=True)
class Progress:
    step: int
    total: int


@dataclass(frozen=True)
class GeneratedImage:
    png: bytes
    width: int
    height: int
    seed: int
    index: int  # position within the job's `count`


@dataclass(frozen=True)
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    queue_s: float = 0.0
    first_token_s: float | None = None  # from start of run
    total_s: float = 0.0  # from start of run to the end


@dataclass(frozen=True)
class Finished:
    text: str = ""
    finish_reason: str = "stop"  # stop | length | interrupted
    usage: Usage = Usage()


@dataclass(frozen=True)
class Failed:
    reason: str  # busy | user_limit | timeout | cancelled | unavailable | error | shutdown
    message: str = ""  # for logs; commands map `reason` to a catalogue message


JobEvent = Queued | Loading | Started | TextDelta | Progress | GeneratedImage | Finished | Failed
TERMINAL = (Finished, Failed)
