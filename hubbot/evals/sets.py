"""Question sets: TOML files in `hubbot/data/evals/` (see en.toml for the format)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hubbot.errors import ConfigError, UserError

SETS_DIR = Path(__file__).resolve().parent.parent / "data" / "evals"
COMMANDS = ("chat", "code")
DEFAULT_CODE_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class Question:
    id: str
    turns: tuple[str, ...]  # one prompt, or several messages of one conversation
    command: str = "chat"  # chat | code (code: mode generate, the answer's code is run)
    exact: tuple[str, ...] = ()
    pattern: str = ""
    forbid: str = ""
    tests: str = ""  # code questions: Python appended to the answer's code
    timeout_s: float = DEFAULT_CODE_TIMEOUT_S


@dataclass(frozen=True)
class QuestionSet:
    name: str
    language: str  # the language the questions are asked in (en | ko)
    description: str
    questions: tuple[Question, ...]


def set_names(directory: Path = SETS_DIR) -> list[str]:
    return sorted(path.stem for path in directory.glob("*.toml"))


def load_set(name: str, directory: Path = SETS_DIR) -> QuestionSet:
    """The set called `name`; UserError (eval.unknown_set) when there is none."""
    path = directory / f"{name}.toml"
    if not re.fullmatch(r"[\w-]+", name) or not path.is_file():
        raise UserError("eval.unknown_set", name=name, known=", ".join(set_names(directory)))
    return parse_set(tomllib.loads(path.read_text(encoding="utf-8")), path.name)


def load_sets(names: list[str] | None = None, directory: Path = SETS_DIR) -> list[QuestionSet]:
    return [load_set(name, directory) for name in (names or set_names(directory))]


def parse_set(data: dict[str, Any], source: str) -> QuestionSet:
    """Check a set's contents: a broken shipped set fails loudly, naming the file and question."""
    questions = [_question(raw, source) for raw in data.get("questions", [])]
    if not questions:
        raise ConfigError(f"{source}: no [[questions]]")
    ids = [q.id for q in questions]
    if len(set(ids)) != len(ids):
        raise ConfigError(f"{source}: question ids repeat")
    return QuestionSet(name=str(data.get("name") or Path(source).stem),
                       language=str(data.get("language", "en")),
                       description=str(data.get("description", "")), questions=tuple(questions))


def _question(raw: dict[str, Any], source: str) -> Question:
    qid = str(raw.get("id", ""))
    where = f"{source}: question {qid or '?'}"
    turns = tuple(raw["turns"]) if "turns" in raw else (raw["prompt"],) if "prompt" in raw else ()
    if not qid or not turns or not all(isinstance(turn, str) and turn.strip() for turn in turns):
        raise ConfigError(f"{where}: needs an id and a prompt (or turns)")
    command = raw.get("command", "chat")
    if command not in COMMANDS:
        raise ConfigError(f"{where}: command must be one of {', '.join(COMMANDS)}")
    question = Question(
        id=qid, turns=turns, command=command, exact=tuple(raw.get("exact", ())),
        pattern=raw.get("pattern", ""), forbid=raw.get("forbid", ""), tests=raw.get("tests", ""),
        timeout_s=float(raw.get("timeout_s", DEFAULT_CODE_TIMEOUT_S)),
    )
    checks = [bool(question.exact), bool(question.pattern), bool(question.tests)]
    if sum(checks) != 1:
        raise ConfigError(f"{where}: give exactly one of exact, pattern or tests")
    if question.tests and command != "code":
        raise ConfigError(f"{where}: tests need command = \"code\"")
    for expression in (question.pattern, question.forbid):
        try:
            re.compile(expression)
        except re.error as exc:
            raise ConfigError(f"{where}: bad regular expression {expression!r}: {exc}") from None
    return question
