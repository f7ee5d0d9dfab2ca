"""Prompt formats: the tokenizer's chat template, or a named template from the model card.

Named formats:
- `chat_template`: the tokenizer's own template (falls back to `chatml` when it has none);
- `chatml`: <|im_start|>role ... <|im_end|>;
- `kullm`: KULLM's `### 질문:` / `### 맥락:` / `### 답변:` form (seeds/kullm-korean-llm.md);
- `completion`: plain text, turns joined, the last user turn left open for continuation.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from hubbot.inference.jobs import ChatMessage

if TYPE_CHECKING:
    from hubbot.config import ModelCard

FORMATS = ("chat_template", "chatml", "kullm", "completion")

# Part of every system prompt (the seed's terms: generated content is disclosed as AI-made).
AI_DISCLOSURE = "You are an AI, not a person; say so when asked."
DEFAULT_SYSTEM_PROMPT = (
    f"You are hubbot, a helpful assistant. {AI_DISCLOSURE} Answer in the user's language (Korean or English)."
)


# ---- user text never becomes a control token ------------------------------------------------
# Control strings of common templates, recognised even without the model's tokenizer (a remote
# server tokenizes what we send with its special tokens active).
_GENERIC_CONTROLS = re.compile(
    r"<\|[^|<>\s]{1,40}\|>|</?s>|\[/?INST\]|<</?SYS>>|<(?:start|end)_of_turn>|<image>|<pad>|<unk>"
)
# Role markers of the named text templates.
_FORMAT_MARKERS = {"kullm": ("### 질문:", "### 맥락:", "### 답변:")}
# Inserted after a control string's first character, so the text still reads the same to the
# model but no longer matches the token (or the template's marker).
WORD_JOINER = "\u2060"


def control_strings(tokenizer: Any = None) -> tuple[str, ...]:
    """The tokenizer's special tokens and other added special tokens ("<|im_start|>", "<image>")."""
    if tokenizer is None:
        return ()
    found = set(getattr(tokenizer, "all_special_tokens", ()) or ())
    for token in (getattr(tokenizer, "added_tokens_decoder", None) or {}).values():
        if getattr(token, "special", False):
            found.add(str(token))
    return tuple(sorted((t for t in found if len(t) > 1), key=len, reverse=True))


def neutralise(text: str, controls: tuple[str, ...] = (), prompt_format: str = "") -> str:
    """User text that spells a control token or a template's role marker, broken up with a
    word joiner: `<|im_start|>system` in a prompt stays text instead of forging a turn."""
    pattern = _controls_pattern(controls, prompt_format)
    return pattern.sub(lambda m: m.group(0)[0] + WORD_JOINER + m.group(0)[1:], text)


@lru_cache(maxsize=64)
def _controls_pattern(controls: tuple[str, ...], prompt_format: str) -> re.Pattern[str]:
    literal = [*controls, *_FORMAT_MARKERS.get(prompt_format, ())]
    return re.compile("|".join([*(re.escape(c) for c in literal), _GENERIC_CONTROLS.pattern]))


def safe_messages(messages: list[ChatMessage], tokenizer: Any = None,
                  prompt_format: str = "") -> list[ChatMessage]:
    """Messages whose user and assistant turns cannot produce control tokens. System prompts
    come from the operator's config and stay as written."""
    controls = control_strings(tokenizer)
    return [m if m.role == "system" else ChatMessage(m.role, neutralise(m.content, controls, prompt_format))
            for m in messages]


def render_chatml(messages: list[ChatMessage], add_generation_prompt: bool = True) -> str:
    text = "".join(f"<|im_start|>{m.role}\n{m.content}<|im_end|>\n" for m in messages)
    return text + ("<|im_start|>assistant\n" if add_generation_prompt else "")


def render_kullm(messages: list[ChatMessage], add_generation_prompt: bool = True) -> str:
    """KULLM has one question and an optional context. Earlier turns and the system prompt
    become the context, so memory still reaches the model."""
    system = "\n".join(m.content for m in messages if m.role == "system")
    turns = [m for m in messages if m.role != "system"]
    question = turns[-1].content if turns and turns[-1].role == "user" else ""
    history = turns[:-1] if question else turns
    context_lines = [system] if system else []
    context_lines += [f"{'사용자' if m.role == 'user' else '답변'}: {m.content}" for m in history]
    context = "\n".join(context_lines)
    if context:
        text = f"### 질문: {question}\n\n### 맥락: {context}\n\n### 답변:"
    else:
        text = f"### 질문: {question}\n\n### 답변:"
    return text if add_generation_prompt else text.removesuffix("### 답변:").rstrip()


def render_completion(messages: list[ChatMessage], add_generation_prompt: bool = True) -> str:
    return "\n\n".join(m.content for m in messages if m.content)


_NAMED = {"chatml": render_chatml, "kullm": render_kullm, "completion": render_completion}


def render(
    prompt_format: str,
    messages: list[ChatMessage],
    tokenizer: Any = None,
    add_generation_prompt: bool = True,
) -> str:
    """The prompt text for `messages`; user content in it never spells a control token."""
    messages = safe_messages(messages, tokenizer, prompt_format)
    if prompt_format == "chat_template":
        if tokenizer is not None and getattr(tokenizer, "chat_template", None):
            return tokenizer.apply_chat_template(
                [{"role": m.role, "content": m.content} for m in messages],
                tokenize=False,
                add_generation_prompt=add_generation_prompt,
            )
        prompt_format = "chatml"
    try:
        renderer = _NAMED[prompt_format]
    except KeyError:
        raise ValueError(f"unknown prompt format {prompt_format!r}; known: {', '.join(FORMATS)}") from None
    return renderer(messages, add_generation_prompt)


def stop_strings(prompt_format: str) -> list[str]:
    """Template artifacts that end an answer when a model runs on past its turn."""
    return {
        "kullm": ["### 질문:", "### 맥락:"],
        "chatml": ["<|im_end|>", "<|im_start|>"],
        "chat_template": ["<|im_end|>", "<|im_start|>"],
    }.get(prompt_format, [])


def system_prompt(card: ModelCard) -> str:
    """The card's system prompt (the default when it names none) with the AI disclosure in it.
    An empty string in the card means the model takes no system prompt at all."""
    configured = DEFAULT_SYSTEM_PROMPT if card.system_prompt is None else card.system_prompt.strip()
    if not configured or AI_DISCLOSURE in configured:
        return configured
    return f"{configured} {AI_DISCLOSURE}"


def system_messages(card: ModelCard) -> list[ChatMessage]:
    prompt = system_prompt(card)
    return [ChatMessage("system", prompt)] if prompt else []


# Tokens that some tokenizers leave in decoded text, and role headers a model may echo.
_SPECIAL_TOKENS = re.compile(r"<\|(?:im_end|im_start|endoftext|eot_id|end)\|>|</s>|<s>|<pad>|<unk>")
_LEADING_HEADERS = {
    "kullm": re.compile(r"^\s*(?:###\s*)?답변\s*:\s*"),
    "chatml": re.compile(r"^\s*(?:<\|im_start\|>)?assistant\s*\n"),
    "chat_template": re.compile(r"^\s*(?:<\|im_start\|>)?assistant\s*\n"),
}


def clean_answer(text: str, prompt_format: str, stops: list[str] | tuple[str, ...] = ()) -> str:
    """An answer without template artifacts: cut at the first stop string (a remote server may
    not have stopped there), drop an echoed role header and leftover special tokens."""
    for stop in [*stops, *stop_strings(prompt_format)]:
        if stop and (at := text.find(stop)) >= 0:
            text = text[:at]
    header = _LEADING_HEADERS.get(prompt_format)
    if header is not None:
        text = header.sub("", text, count=1)
    return _SPECIAL_TOKENS.sub("", text).strip()
