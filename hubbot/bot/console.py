"""The console front end: the same slash commands as the platforms, in a terminal.

`ConsoleRenderer` prints a reply stream (tokens as they arrive, status lines on stderr,
images saved to files); `run_console` reads commands from stdin until EOF.
"""

from __future__ import annotations

import asyncio
import sys
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from hubbot.bot.render import Markup, ReplyText, ShownPart
from hubbot.commands.base import (
    Action,
    Answer,
    Attachment,
    Delta,
    Done,
    Error,
    File,
    Image,
    Notice,
    Reply,
    Request,
    Status,
    UserRef,
)
from hubbot.commands.discovery import get
from hubbot.commands.image_input import file_attachment
from hubbot.commands.options import parse_text
from hubbot.commands.runner import execute, execute_action
from hubbot.i18n import t

if TYPE_CHECKING:
    from hubbot.app import App

MARKUP = Markup(title=lambda title: f"[{title}]")  # the shared layout (`hubbot.bot.render`), plain


class ConsoleRenderer:
    """Prints replies. Returns from `render` True when the stream ended without an Error."""

    def __init__(self, out: TextIO = sys.stdout, err: TextIO = sys.stderr, save_dir: Path | None = None,
                 output: Path | None = None, *, one_shot: bool = False) -> None:
        self.out, self.err = out, err
        self.save_dir = save_dir or Path.cwd()
        self.output = output  # -o PATH for a single image / file
        self.one_shot = one_shot  # a CLI run: no /press afterwards, so say what to type instead
        self.saved: list[Path] = []

    async def render(self, replies: AsyncIterator[Reply]) -> bool:
        ok = True
        text = ReplyText()  # what streamed so far, per part; a terminal only ever appends to it
        shown_jobs: set[str] = set()
        async for reply in replies:
            if isinstance(reply, Status):
                print(reply.text, file=self.err, flush=True)
            elif isinstance(reply, Delta):
                if reply.part not in text.parts and reply.part:
                    self.out.write(f"\n[{reply.part}] ")
                text.add(reply)
                self.out.write(reply.text)
                self.out.flush()
            elif isinstance(reply, Answer):
                part = text.parts.get(reply.part)
                streamed = part.streamed if part is not None and part.answer is None else None
                text.add(reply)
                self._answer(reply, text.section(reply.part, streaming=False), streamed)
                self._job_line(reply.job_id, shown_jobs)
            elif isinstance(reply, Image | File):
                self._save(reply)
                self._job_line(reply.job_id if isinstance(reply, Image) else "", shown_jobs)
            elif isinstance(reply, Error):
                ok = False
                print(reply.text, file=self.err, flush=True)
            elif isinstance(reply, Notice):
                print(reply.text, file=self.err, flush=True)
                self._actions(reply.actions)
            elif isinstance(reply, Done) and self.one_shot and reply.hint:
                print(reply.hint, file=self.out, flush=True)
            elif isinstance(reply, Done) and reply.actions:
                self._actions(reply.actions)
        return ok

    def _answer(self, reply: Answer, section: ShownPart, streamed: str | None) -> None:
        if streamed is None:  # nothing of it streamed: the whole part (title, text, footer)
            self.out.write(section.show(MARKUP) + "\n")
        else:
            if reply.text.strip() != streamed.strip():
                # The final text differs from the stream (e.g. a stop string was cut): reprint it.
                self.out.write("\n" + reply.text)
            self.out.write("\n" + "".join(f"{line}\n" for line in section.footer))
        self.out.flush()
        if reply.actions:
            self._actions(reply.actions)

    def _job_line(self, job_id: str, shown: set[str]) -> None:
        """The result's job id, once per job, so `/show ID` can post it again (not in a one-shot
        CLI run, which has no next line to type it on)."""
        if job_id and not self.one_shot and job_id not in shown:
            shown.add(job_id)
            print(f"  (/show {job_id})", file=self.out, flush=True)

    def _actions(self, actions: tuple[Action, ...]) -> None:
        """Buttons, as the console shows them: `/press ID` presses one."""
        for action in actions:
            print(f"  [{action.label}]  /press {action.id}", file=self.out, flush=True)

    def _save(self, reply: Image | File) -> None:
        data = reply.png if isinstance(reply, Image) else reply.data
        if self.output is not None and not self.saved:
            path = self.output
        else:
            path = self.save_dir / reply.filename
            if self.output is not None:
                path = self.output.with_name(f"{self.output.stem}-{len(self.saved)}{self.output.suffix}")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.saved.append(path)
        print(f"saved {path}" + (f" — {reply.caption}" if reply.caption else ""), file=self.out, flush=True)
        if isinstance(reply, Image) and reply.actions:
            self._actions(reply.actions)


def parse_line(line: str) -> tuple[str, dict[str, Any]] | None:
    """`/chat --model large hello there` -> ("chat", {"model": "large", "prompt": "hello there"}).

    Text without a leading slash is a /chat prompt; the rest is the one option parser's
    (`hubbot.commands.options`). `--image PATH` and `--file PATH` attach a local file
    (/edit, /ask-image; /chat's document, /code's source);
    `/press ID` presses the button printed with that id; `/place CHANNEL [THREAD]` moves to
    another place (its settings, its own conversation).
    """
    line = line.strip()
    if not line:
        return None
    if not line.startswith("/"):
        return "chat", {"prompt": line}
    name, _, rest = line[1:].partition(" ")
    if name == "press":
        return name, {"id": rest.strip()}
    if name == "place":
        return name, {"where": rest.strip()}
    command = get(name)
    return name, parse_text(command.spec, rest) if command is not None else {}


def file_options(name: str, options: dict[str, Any]) -> list[Attachment]:
    """The command's attachment options given as paths (`--image PATH`, `--file PATH`), taken
    out of `options` as attachments of local files."""
    command = get(name)
    names = [o.name for o in command.spec.options if o.type == "attachment"] if command else []
    paths = [options.pop(n) for n in names if options.get(n) not in (None, "", True)]
    return [file_attachment(Path(str(path)).expanduser()) for path in paths]


def _place(text: str) -> tuple[str, str]:
    words = text.replace("#", " ").split()
    return (words[0] if words else "", words[1] if len(words) > 1 else "")


def console_request(name: str, options: dict[str, Any], user: str | UserRef, session: str,
                    **extra: Any) -> Request:
    """`user`: a console user's name, or who the CLI's `--user` named (`cli.common.cli_user`)."""
    if isinstance(user, str):
        user = UserRef(id=f"console:{user}", platform="console", display_name=user)
    return Request(
        command=name,
        options=options,
        user=user,
        conversation_key=f"console:{session}",
        **extra,
    )


async def run_console(app: App, *, user: str | UserRef = "local", stdin: TextIO = sys.stdin,
                      out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    session = uuid.uuid4().hex[:12]
    renderer = ConsoleRenderer(out, err, save_dir=app.settings.data_path / "console")
    lang = app.settings.defaults.language
    interactive = stdin.isatty()
    where = ("", "")  # channel, thread (`/place`): the place whose settings apply
    print(t("console.welcome", lang), file=out, flush=True)
    loop = asyncio.get_running_loop()
    while True:
        if interactive:
            out.write("> ")
            out.flush()
        line = await loop.run_in_executor(None, stdin.readline)
        if not line:
            break
        parsed = parse_line(line)
        if parsed is None:
            continue
        name, options = parsed
        if name in ("quit", "exit"):
            break
        if name == "place":  # where the next lines are said: `/place CHANNEL [THREAD]`
            where = _place(options.get("where", ""))
            print(t("console.place", lang, channel=where[0] or "console", thread=where[1] or "-"), file=out,
                  flush=True)
            continue
        attachments = file_options(name, options)
        here = f"{session}:{where[0]}/{where[1]}" if any(where) else session  # one conversation per place
        request = console_request(name, options, user, here, attachments=attachments, channel=where[0],
                                  thread=where[1] if where[0] else "")
        if name == "press":  # a button, by the id the console printed beside it
            await renderer.render(execute_action(str(options.get("id", "")).strip(), request, app))
        else:
            await renderer.render(execute(request, app))
    print(t("console.bye", lang), file=out, flush=True)
    return 0
