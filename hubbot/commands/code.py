"""/code: the code assistant — write code from a comment (or continue it), explain code,
write unit tests for a function (the seed service's "debugging").

The code comes from the `prompt` option, a ``` block inside it, or an attached text file.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

from hubbot.commands import places
from hubbot.commands.base import Answer, Choice, CommandSpec, OptionSpec, Reply, Request
from hubbot.commands.chat import check_prompt_length, finish_note
from hubbot.commands.common import TextOutcome, ai_footer, stream_text, text_option
from hubbot.commands.places import language_for
from hubbot.config import ModelCard
from hubbot.errors import UserError
from hubbot.i18n import t
from hubbot.inference import prompts
from hubbot.inference.jobs import ChatMessage, Job, JobKind, TextInputs
from hubbot.policy.moderation import screen_input

if TYPE_CHECKING:
    from hubbot.app import App

MODES = ("generate", "explain", "tests")
FENCE = re.compile(r"```([\w+#.-]*)[ \t]*\n(.*?)(?:```|\Z)", re.DOTALL)
# A block typed on one line (consoles, chat boxes): ```python def f(): ...```
INLINE_FENCE = re.compile(r"```(?:([\w+#.-]+)[ \t]+)?(.+?)```")
OPENING_FENCE = re.compile(r"^```[ \t]*$", re.MULTILINE)

# Used when a model card has no `code_templates` entry for the mode. Placeholders: {language}
# (as the user wrote it), {fence} (the fence tag), {input} (the description and/or code),
# {answer_language} (English or Korean, the user's language). Other braces stay as written.
DEFAULT_TEMPLATES = {
    "generate": ("Write {language} code that does what the following describes, or continue the "
                 "code if it is unfinished. Answer with one fenced ```{fence} code block, then at "
                 "most two sentences in {answer_language}.\n\n{input}"),
    "explain": ("Explain step by step, in {answer_language}, how the following {language} code works, "
                "for a colleague who has not seen it. Quote short parts in `backticks`.\n\n{input}"),
    "tests": ("Write unit tests for the following {language} code: normal cases, edge cases and "
              "invalid input. Answer with one fenced ```{fence} code block, then at most two "
              "sentences in {answer_language}.\n\n{input}"),
}
ANSWER_LANGUAGES = {"en": "English", "ko": "Korean (한국어)"}

FENCE_TAGS = {"c++": "cpp", "c#": "csharp", "shell": "bash", "sh": "bash", "js": "javascript",
              "ts": "typescript", "py": "python", "파이썬": "python", "자바": "java",
              "자바스크립트": "javascript"}
EXTENSIONS = {".py": "python", ".js": "javascript", ".ts": "typescript", ".rs": "rust", ".go": "go",
              ".java": "java", ".kt": "kotlin", ".cpp": "cpp", ".cc": "cpp", ".hpp": "cpp", ".c": "c",
              ".h": "c", ".cs": "csharp", ".rb": "ruby", ".php": "php", ".swift": "swift",
              ".sh": "bash", ".sql": "sql", ".r": "r", ".scala": "scala", ".lua": "lua",
              "dockerfile": "dockerfile"}
KNOWN_TAGS = {*FENCE_TAGS.values(), *EXTENSIONS.values(), "c", "html", "css", "json", "yaml", "toml",
              "markdown", "text"}

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
                   max_length=4000, name_ko="프롬프트"),
        OptionSpec("language", "string", {"en": "Programming language (default Python)",
                                          "ko": "프로그래밍 언어 (기본 Python)"},
                   max_length=30, name_ko="언어"),
        OptionSpec("file", "attachment", {"en": "A source file instead of (or with) the prompt",
                                          "ko": "프롬프트 대신(또는 함께) 보낼 소스 파일"}, name_ko="파일"),
        OptionSpec("model", "string", {"en": "Code model id", "ko": "코드 모델 ID"}, autocomplete="code",
                   name_ko="모델"),
    ),
)


@dataclass(frozen=True)
class CodeSource:
    """What the user gave: words (a description or a question) and code, either may be empty."""

    instruction: str
    code: str
    tag: str | None = None  # the language the code announced (fence tag or file extension)


def fence_tag(language: str) -> str:
    lowered = language.strip().lower()
    return FENCE_TAGS.get(lowered, lowered.replace(" ", ""))


def language_of_file(filename: str) -> str | None:
    path = PurePath(filename)
    return EXTENSIONS.get(path.suffix.lower()) or EXTENSIONS.get(path.name.lower())


def split_source(text: str, mode: str) -> CodeSource:
    """Split a prompt into its words and its code: the first ``` block is the code. Without a
    block, a description is the input of `generate`, and code the input of the other modes."""
    found = FENCE.search(text) or INLINE_FENCE.search(text)
    if found:
        tag, code = found.group(1), found.group(2)
        if found.re is INLINE_FENCE and tag and fence_tag(tag) not in KNOWN_TAGS:
            tag, code = None, f"{tag} {code}"  # ```x = 1``` has no tag: its first word is code
        words = "\n".join(filter(None, [text[: found.start()].strip(), text[found.end():].strip()]))
        return CodeSource(words, code.strip("\n").strip(), tag or None)
    if mode == "generate":
        return CodeSource(text.strip(), "")
    return CodeSource("", text.strip("\n").rstrip())


def fill(template: str, **values: str) -> str:
    """`str.format` for the known placeholders only: templates may contain code with braces."""
    return re.sub(r"{(\w+)}", lambda m: values.get(m.group(1), m.group(0)), template)


def build_prompt(card: ModelCard, mode: str, language: str, source: CodeSource, lang: str = "en") -> str:
    fence = fence_tag(language)
    block = f"```{fence}\n{source.code}\n```" if source.code else ""
    if mode == "generate":  # the description first, then the code to continue
        given = "\n\n".join(filter(None, [source.instruction, block]))
    else:  # the code first, then what the user asked about it
        given = "\n\n".join(filter(None, [block, source.instruction]))
    template = card.code_templates.get(mode) or DEFAULT_TEMPLATES[mode]
    return fill(template, language=language, fence=fence, input=given,
                answer_language=ANSWER_LANGUAGES.get(lang, "English"))


async def read_code_file(request: Request, app: App) -> tuple[str, str] | None:
    """(file name, text) of the attached source file; refuses big, binary and non-UTF-8 files."""
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
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError("code.binary_file", name=attachment.filename) from None
    if not text.strip():
        raise UserError("code.empty_file", name=attachment.filename)
    return attachment.filename, text


async def gather_source(request: Request, app: App, mode: str) -> CodeSource:
    typed = text_option(request, "prompt", required=False)
    attached = await read_code_file(request, app)
    if attached is not None:
        name, text = attached
        # The guard saw the options only: the file's text passes the same content policy.
        await screen_input(app, text, language_for(request, app))
        words = "" if typed == name else typed  # the CLI names the file when nothing else is typed
        return CodeSource(words, text.strip("\n").rstrip(), language_of_file(name))
    if not typed:
        raise UserError("code.nothing_given")
    return split_source(typed, mode)


class CodeCommand:
    spec = SPEC

    async def run(self, request: Request, app: App) -> AsyncIterator[Reply]:
        lang = language_for(request, app)
        mode = text_option(request, "mode").lower()
        if mode not in MODES:
            raise UserError("code.unknown_mode", mode=mode, modes=", ".join(MODES))
        source = await gather_source(request, app, mode)
        language = text_option(request, "language", required=False) or source.tag or "python"
        model_id = text_option(request, "model", required=False) or places.value(request, app, "code_model")
        card = app.registry.card(model_id, tasks={"code", "chat"})
        renderer = await asyncio.to_thread(app.registry.renderer, model_id)  # tokenizer work: off the loop
        await asyncio.to_thread(check_prompt_length, app, renderer, f"{source.instruction}\n{source.code}")

        max_tokens = min(int(card.generation.get("max_new_tokens", 256)), app.settings.limits.max_new_tokens)
        messages = [*places.system_messages(request, app, card, lang),
                    ChatMessage("user", build_prompt(card, mode, language, source, lang))]
        prompt_tokens = await asyncio.to_thread(lambda: renderer.count_tokens(renderer.render(messages)))
        if prompt_tokens + max_tokens > card.context_length:
            raise UserError("chat.context_overflow", limit=card.context_length)
        job = Job(JobKind.TEXT, model_id, TextInputs(messages=messages), request.user.id,
                  options={"max_new_tokens": max_tokens})
        outcome = TextOutcome()
        streamed = stream_text(app, job, lang, outcome)
        async for reply in places.without_streamed_reasoning(request, app, streamed):
            yield reply
        final = outcome.final
        cleaned = prompts.clean_answer(final.text, card.prompt_format, card.stop)
        text, reasoning = places.split_reasoning(cleaned)
        note = finish_note(final, lang) if text else t("chat.empty_answer", lang)
        footer = "\n".join(filter(None, [note, places.persona_footer(request, app, lang),
                                          ai_footer(app, lang, card.display_name)]))
        title = t(f"code.title_{mode}", lang, language=language)
        body = fenced(text, language, whole=mode != "explain") if text else ""
        shown, reasoning_files = places.with_reasoning(request, app, body, reasoning, lang)
        yield Answer(shown, title=title, footer=footer, job_id=job.id)
        for extra in reasoning_files:
            yield extra


def fenced(text: str, language: str, *, whole: bool = True) -> str:
    """Code answers keep their code in fenced blocks with a language tag: blocks the model left
    untagged get the tag, and (`whole`) an answer with no block at all becomes one."""
    if "```" not in text:
        return f"```{fence_tag(language)}\n{text.strip()}\n```" if whole else text
    lines = text.split("\n")
    fences = [i for i, line in enumerate(lines) if line.lstrip().startswith("```")]
    if len(fences) % 2 and OPENING_FENCE.fullmatch(lines[fences[0]].strip()) \
            and _looks_like_code(lines[:fences[0]]):
        # The model began with bare code and only closed the block: open it where the code starts.
        lines.insert(next(i for i, line in enumerate(lines) if line.strip()), "```")
    parts = []
    inside = False
    for line in lines:
        if line.lstrip().startswith("```"):
            if not inside and OPENING_FENCE.fullmatch(line.strip()):
                line = line.replace("```", f"```{fence_tag(language)}", 1)
            inside = not inside
        parts.append(line)
    if inside:  # the model stopped inside a block: close it so the rest renders as text
        parts.append("```")
    return "\n".join(parts)


CODE_LINE = re.compile(r"^\s*(?:def |class |import |from \S+ import|function |const |let |var |#include|"
                       r"package |public |fn |@|return\b)|[{};=(]\s*$")


def _looks_like_code(lines: list[str]) -> bool:
    """Text before a lone closing fence is code (not a sentence that introduces a block)."""
    written = [line for line in lines if line.strip()]
    return bool(written) and sum(bool(CODE_LINE.search(line)) for line in written) * 2 >= len(written)


COMMAND = CodeCommand()
