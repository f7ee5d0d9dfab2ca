"""/code: the code assistant — write code from a comment (or continue it), explain code,
write unit tests for a function (the seed service's "debugging")."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from hubbot.commands.base import Answer, Choice, CommandSpec, OptionSpec, Reply, Request
from hubbot.commands.chat import finish_note
from hubbot.commands.common import TextOutcome, ai_footer, language_for, stream_text, text_option
from hubbot.config import ModelCard
from hubbot.errors import UserError
from hubbot.i18n import t
from hubbot.inference.jobs import ChatMessage, Job, JobKind, TextInputs

if TYPE_CHECKING:
    from hubbot.app import App

MODES = ("generate", "explain", "tests")
FENCE = re.compile(r"```([\w+#.-]*)\n(.*?)```", re.DOTALL)

# Used when a model card has no `code_templates` entry for the mode. {language} and {input}.
DEFAULT_TEMPLATES = {
    "generate": ("Write {language} code that does what the following describes, or continue the "
                 "code if it is unfinished. Answer with one fenced ```{fence} code block, then at "
                 "most two sentences.\n\n{input}"),
    "explain": ("Explain step by step how the following {language} code works, for a colleague "
                "who has not seen it. Quote short parts in `backticks`.\n\n```{fence}\n{input}\n```"),
    "tests": ("Write unit tests for the following {language} function: normal cases, edge cases "
              "and invalid input. Answer with one fenced ```{fence} code block.\n\n```{fence}\n{input}\n```"),
}

SPEC = CommandSpec(
    name="code",
    name_ko="코드",
    description={"en": "Code assistant: write, explain or test code",
                 "ko": "코드 도우미: 작성, 설명, 테스트"},
    options=(
        OptionSpec("mode", "string", {"en": "What to do", "ko": "할 일"}, required=True, name_ko="모드",
                   choices=(Choice("generate", {"en": "Write code", "ko": "코드 작성"}),
                            Choice("explain", {"en": "Explain code", "ko": "코드 설명"}),
                            Choice("tests", {"en": "Write tests", "ko": "테스트 작성"}))),
        OptionSpec("prompt", "string", {"en": "A description, or the code itself", "ko": "설명 또는 코드"},
                   required=True, max_length=4000, name_ko="프롬프트"),
        OptionSpec("language", "string", {"en": "Programming language (default Python)",
                                          "ko": "프로그래밍 언어 (기본 Python)"},
                   max_length=30, name_ko="언어"),
        OptionSpec("file", "attachment", {"en": "A source file instead of the prompt",
                                          "ko": "프롬프트 대신 소스 파일"}, name_ko="파일"),
        OptionSpec("model", "string", {"en": "Code model id", "ko": "코드 모델 ID"}, autocomplete="code",
                   name_ko="모델"),
    ),
)


def fence_tag(language: str) -> str:
    return {"c++": "cpp", "c#": "csharp", "shell": "bash", "js": "javascript"}.get(language.lower(),
                                                                                   language.lower())


def extract_code(text: str) -> tuple[str, str | None]:
    """The code of the first fenced block (and its language tag) when the text has one."""
    found = FENCE.search(text)
    if not found:
        return text, None
    before = text[: found.start()].strip()
    code = found.group(2).rstrip()
    return (f"{before}\n\n{code}" if before else code), (found.group(1) or None)


def build_prompt(card: ModelCard, mode: str, language: str, source: str) -> str:
    template = card.code_templates.get(mode) or DEFAULT_TEMPLATES[mode]
    return template.format(language=language, fence=fence_tag(language), input=source)


async def read_code_file(request: Request, app: App) -> str | None:
    if not request.attachments:
        return None
    limit = app.settings.limits.max_code_file_bytes
    attachment = request.attachments[0]
    if attachment.size is not None and attachment.size > limit:
        raise UserError("code.file_too_large", limit=limit // 1000)
    data = await attachment.fetch(limit)
    if len(data) > limit:
        raise UserError("code.file_too_large", limit=limit // 1000)
    if b"\x00" in data:
        raise UserError("code.binary_file", name=attachment.filename)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise UserError("code.binary_file", name=attachment.filename) from None


class CodeCommand:
    spec = SPEC

    async def run(self, request: Request, app: App) -> AsyncIterator[Reply]:
        lang = language_for(request, app)
        mode = text_option(request, "mode").lower()
        if mode not in MODES:
            raise UserError("code.unknown_mode", mode=mode, modes=", ".join(MODES))
        from_file = await read_code_file(request, app)
        source = from_file if from_file is not None else text_option(request, "prompt")
        if not source.strip():
            raise UserError("error.empty_option", option="prompt")
        source, tagged = extract_code(source)
        language = text_option(request, "language", required=False) or tagged or "python"
        model_id = text_option(request, "model", required=False) or app.settings.defaults.code_model
        card = app.registry.card(model_id, tasks={"code", "chat"})
        limits = app.settings.limits
        renderer = app.registry.renderer(model_id)
        if len(source) > max(limits.max_prompt_chars, limits.max_code_file_bytes) or (
                renderer.count_tokens(source) > limits.max_prompt_tokens):
            raise UserError("error.prompt_too_long", limit=limits.max_prompt_tokens)

        messages = [ChatMessage("user", build_prompt(card, mode, language, source))]
        if card.system_prompt:
            messages.insert(0, ChatMessage("system", card.system_prompt))
        job = Job(JobKind.TEXT, model_id, TextInputs(messages=messages), request.user.id)
        outcome = TextOutcome()
        async for reply in stream_text(app, job, lang, outcome):
            yield reply
        final = outcome.final
        footer = "\n".join(filter(None, [finish_note(final, lang), ai_footer(app, lang, card.display_name)]))
        title = t(f"code.title_{mode}", lang, language=language)
        yield Answer(fenced(final.text, language) if mode != "explain" else final.text,
                     title=title, footer=footer)


def fenced(text: str, language: str) -> str:
    """Code answers keep their code in a fenced block with a language tag."""
    if "```" in text:
        return text
    return f"```{fence_tag(language)}\n{text.strip()}\n```"


COMMAND = CodeCommand()
