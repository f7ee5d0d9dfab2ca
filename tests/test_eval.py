"""`hubbot eval`: question sets, scoring (exact, pattern, code run in a subprocess), the run
through the command path, stored results on /models and /compare, CLI exit codes, and — when
the real SmolLM2 model is installed — its score on the English set."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from fakes import FakeBackend

from hubbot.commands.base import Answer, Request, UserRef
from hubbot.commands.runner import execute
from hubbot.errors import ConfigError, UserError
from hubbot.evals.runner import EVAL_USER, evaluate
from hubbot.evals.scoring import extract_code, normalise, run_code, score_text
from hubbot.evals.sets import Question, QuestionSet, load_set, load_sets, parse_set, set_names
from hubbot.inference.jobs import Finished, Job, TextDelta, Usage

# ---- the shipped sets ----------------------------------------------------------------------------


def test_shipped_sets_load_with_english_korean_memory_and_code_questions() -> None:
    sets = {s.name: s for s in load_sets()}
    assert {"en", "ko", "code"} <= set(sets)
    english, korean, code = sets["en"], sets["ko"], sets["code"]
    assert english.language == "en" and korean.language == "ko"
    assert all(re.search(r"[\uac00-\ud7a3]", q.turns[-1]) for q in korean.questions)
    for question_set in (english, korean):
        kinds = {"exact" if q.exact else "pattern" for q in question_set.questions}
        assert kinds == {"exact", "pattern"}
        assert any(len(q.turns) == 2 for q in question_set.questions)  # a two-turn memory question
    assert all(q.command == "code" and q.tests for q in code.questions)


def test_a_broken_set_is_refused_with_its_file_and_question() -> None:
    with pytest.raises(ConfigError, match=r"x\.toml: question q1: give exactly one"):
        parse_set({"questions": [{"id": "q1", "prompt": "hi"}]}, "x.toml")
    with pytest.raises(ConfigError, match="bad regular expression"):
        parse_set({"questions": [{"id": "q1", "prompt": "hi", "pattern": "(unclosed"}]}, "x.toml")
    with pytest.raises(ConfigError, match="tests need command"):
        parse_set({"questions": [{"id": "q1", "prompt": "hi", "tests": "assert f()"}]}, "x.toml")
    with pytest.raises(ConfigError, match="ids repeat"):
        parse_set({"questions": [{"id": "q", "prompt": "a", "pattern": "a"},
                                 {"id": "q", "prompt": "b", "pattern": "b"}]}, "x.toml")


def test_an_unknown_set_names_the_known_ones() -> None:
    with pytest.raises(UserError) as caught:
        load_set("nope")
    assert caught.value.key == "eval.unknown_set" and "en" in str(caught.value)
    with pytest.raises(UserError):
        load_set("../en")  # names, not paths
    assert set_names() == sorted(set_names())


# ---- scoring ---------------------------------------------------------------------------------------


def _q(**fields: Any) -> Question:
    return Question(id="q", turns=("?",), **fields)


def test_exact_answers_ignore_case_quotes_markdown_and_final_punctuation_only() -> None:
    question = _q(exact=("cold",))
    assert normalise("  **Cold.** ") == "cold"
    assert score_text(question, "Cold.").correct and score_text(question, "'cold'").correct
    assert not score_text(question, "The opposite is cold.").correct  # exact means the whole answer
    assert not score_text(question, "colder").correct


def test_pattern_answers_and_forbidden_ones() -> None:
    question = _q(pattern=r"\b(8|eight)\b", forbid=r"\b(6|six)\b")
    assert score_text(question, "A spider has eight legs.").correct
    assert not score_text(question, "Spiders have 18 legs").correct
    wrong = score_text(question, "It has 6 or 8 legs.")
    assert not wrong.correct and wrong.reason == "forbidden answer"


def test_code_is_taken_from_the_python_block_else_any_block_else_the_whole_answer() -> None:
    answer = "Here:\n```bash\necho hi\n```\nand\n```python\ndef f():\n    return 1\n```\nDone."
    assert extract_code(answer) == "def f():\n    return 1"
    assert extract_code("```js\nlet x = 1\n```") == "let x = 1"
    assert extract_code("```\nx = 2\n```") == "x = 2"
    assert extract_code("def g(): return 3") == "def g(): return 3"
    assert extract_code("```python\ndef h():\n    return 4") == "def h():\n    return 4"  # cut at the limit


async def test_code_answers_run_against_tests_in_a_subprocess() -> None:
    tests = "assert double(2) == 4\nassert double(-1) == -2\n"
    passed = await run_code("def double(x):\n    return 2 * x", tests, 10)
    assert passed.correct and passed.reason == "tests passed"
    failed = await run_code("def double(x):\n    return x + 2", tests, 10)
    assert not failed.correct and "AssertionError" in failed.reason
    broken = await run_code("def double(x) return", tests, 10)
    assert not broken.correct and "SyntaxError" in broken.reason
    assert not (await run_code("", tests, 10)).correct


async def test_a_hanging_code_answer_is_killed_at_its_time_limit_and_scored_wrong(tmp_path: Path) -> None:
    marker = tmp_path / "still-running"
    # The answer starts a grandchild that would outlive it; the whole process group goes.
    grandchild = f"import time; time.sleep(3); open({str(marker)!r}, 'w')"
    code = (f"import subprocess, sys\nsubprocess.Popen([sys.executable, '-c', {grandchild!r}])\n"
            "while True:\n    pass\n")
    started = time.perf_counter()
    hung = await run_code(code, "", 1.0)
    assert not hung.correct and hung.reason == "timed out after 1 s"
    assert time.perf_counter() - started < 5
    time.sleep(3.5)
    assert not marker.exists()


async def test_code_answers_run_in_an_empty_folder_of_their_own(tmp_path: Path) -> None:
    run = await run_code("import os\nassert os.listdir('.') == ['answer.py'], os.listdir('.')", "", 10)
    assert run.correct, run.reason


# ---- through the command path ---------------------------------------------------------------------


class ScriptedBackend(FakeBackend):
    """Answers from a function of the job's messages: what a model that knows the answers would
    say, so the scoring of right answers is tested too (the tiny models only ever get it wrong)."""

    def __init__(self, card: Any, reply: Callable[[list[Any]], str]) -> None:
        super().__init__(card)
        self.reply = reply
        self.seen: list[list[Any]] = []
        self.load()

    def batch_key(self, job: Job) -> Hashable:
        return self.card.id

    def run_batch(self, jobs: list[Job], emit: Any) -> None:
        for job in jobs:
            messages = list(job.inputs.messages)
            self.seen.append(messages)
            text = self.reply(messages)
            emit(job.id, TextDelta(text))
            emit(job.id, Finished(text=text, usage=Usage(completion_tokens=max(1, len(text.split())))))


def _knowing_model(messages: list[Any]) -> str:
    last = messages[-1].content
    earlier = " ".join(m.content for m in messages[:-1] if m.role == "user")
    if "favourite fruit?" in last:
        return "Your favourite fruit is mango." if "mango" in earlier else "I don't know."
    if "is_even" in last:
        return "```python\ndef is_even(n):\n    return n % 2 == 0\n```"
    if "loop_forever" in last:
        return "```python\ndef loop_forever():\n    while True:\n        pass\n```"
    if "capital of France" in last:
        return "The capital of France is Paris."
    return "Lyon."


SCRIPTED = QuestionSet("scripted", "en", "", (
    Question("france", ("What is the capital of France?",), pattern=r"\bParis\b"),
    Question("exact-wrong", ("Name a city in France, one word.",), exact=("Paris",)),
    Question("memory", ("My favourite fruit is mango.", "What is my favourite fruit?"), pattern=r"\bmango"),
    Question("memory-control", ("What is my favourite fruit?",), pattern=r"\bmango"),
    Question("even", ("Write is_even(n).",), command="code",
             tests="assert is_even(4)\nassert not is_even(3)\n"),
    Question("hang", ("Write loop_forever().",), command="code", tests="loop_forever()\n", timeout_s=1.0),
))


async def test_eval_asks_through_the_commands_scores_and_stores(app) -> None:
    from hubbot.storage import evals
    from hubbot.storage.models import Message

    backend = ScriptedBackend(app.registry.card("chat-small"), _knowing_model)
    app.registry.use_backend("chat-small", backend)
    scores = await evaluate(app, ["chat-small"], [SCRIPTED])
    [result] = scores
    verdicts = {o.question_id: (o.correct, o.reason) for o in result.outcomes}
    assert verdicts == {
        "france": (True, "matched"), "exact-wrong": (False, "not exact"),
        "memory": (True, "matched"),  # the first turn reached the model through conversation memory
        "memory-control": (False, "no match"),  # a fresh conversation does not know it
        "even": (True, "tests passed"), "hang": (False, "timed out after 1 s"),
    }
    assert result.correct == 3 and result.questions == 6
    assert all(o.seconds > 0 and o.tokens > 0 for o in result.outcomes)
    # The command path: the card's system prompt and /code's own prompt reached the backend.
    assert all(messages[0].role == "system" for messages in backend.seen)
    assert any("fenced" in m.content for messages in backend.seen for m in messages if m.role == "user")
    stored = (await evals.latest(app.db, ["chat-small"]))["chat-small"]
    assert [(r.set_name, r.correct, r.questions) for r in stored] == [("scripted", 3, 6)]
    assert {d["id"] for d in stored[0].details} == set(verdicts)
    async with app.db.session() as session:  # the eval user's conversations are not kept
        from sqlmodel import select

        assert not (await session.exec(select(Message).where(Message.user_id == EVAL_USER.id))).all()


async def test_a_code_card_is_asked_only_the_code_questions(app) -> None:
    app.registry.use_backend("code", ScriptedBackend(app.registry.card("code"), _knowing_model))
    [result] = await evaluate(app, ["code"], [SCRIPTED])
    assert [o.question_id for o in result.outcomes] == ["even", "hang"] and result.skipped == 4


async def test_tiny_random_models_score_through_the_real_path(app) -> None:
    """The tiny random models run for real (no scripted backend): they answer, are timed and
    score near nothing, so a scorer that passes everything would fail here."""
    [english] = await evaluate(app, ["chat-medium"], [load_set("en")])
    assert english.questions == len(load_set("en").questions)
    assert english.accuracy < 0.3
    assert english.seconds_per_answer > 0


# ---- shown on the cards -----------------------------------------------------------------------------


def _request(command: str, options: dict, locale: str | None = None) -> Request:
    return Request(command, options, UserRef("console:ann", "console"), "console:ann", locale=locale)


async def _record(app, model_id: str, set_name: str, correct: int, questions: int) -> None:
    from hubbot.storage import evals
    from hubbot.storage.models import EvalResult

    await evals.record(app.db, [EvalResult(run_id="r", model_id=model_id, set_name=set_name,
                                           questions=questions, correct=correct, seconds_per_answer=1.5,
                                           tokens_per_s=20.0)])


async def test_models_and_compare_show_answer_quality(app) -> None:
    await _record(app, "chat-small", "en", 2, 13)
    await _record(app, "chat-small", "en", 9, 13)  # the newest run counts
    await _record(app, "chat-small", "ko", 1, 8)
    await _record(app, "chat-medium", "en", 4, 13)
    replies = [r async for r in execute(_request("models", {}), app)]
    text = next(r for r in replies if isinstance(r, Answer)).text
    small = text.split("`chat-small`")[1].split("**")[0]
    assert "Answer quality: en 9/13 · ko 1/8 · 1.50 s/answer, 20.0 tokens/s" in small
    large = text.split("`chat-large`")[1].split("**")[0]
    assert "Answer quality" not in large  # never evaluated: no line, nothing invented
    korean = [r async for r in execute(_request("models", {"model": "chat-medium"}, "ko"), app)]
    assert "답변 품질: en 4/13" in next(r for r in korean if isinstance(r, Answer)).text

    compared = [r async for r in execute(_request(
        "compare", {"prompt": "hello", "models": "chat-small,chat-medium,chat-large"}), app)]
    names = {app.registry.card(m).display_name: m for m in ("chat-small", "chat-medium", "chat-large")}
    footers = {names[r.title]: r.footer for r in compared if isinstance(r, Answer)}
    assert "en 9/13 · ko 1/8" in footers["chat-small"] and "en 4/13" in footers["chat-medium"]
    assert "Answer quality" not in footers["chat-large"]
    blind = [r async for r in execute(_request(
        "compare", {"prompt": "hello", "models": "chat-small,chat-medium", "blind": True}), app)]
    assert not any("Answer quality" in r.footer for r in blind if isinstance(r, Answer))


async def test_results_round_trip_on_both_databases(db_url: str) -> None:
    from hubbot.storage import Database, evals
    from hubbot.storage.models import EvalResult

    db = Database(db_url)
    await db.migrate()
    try:
        rows = [EvalResult(run_id="r1", model_id=m, set_name=s, questions=10, correct=c,
                           details=[{"id": "x"}])
                for m, s, c in [("a", "en", 1), ("a", "ko", 2), ("b", "en", 3)]]
        await evals.record(db, rows)
        newer = EvalResult(run_id="r2", model_id="a", set_name="en", questions=10, correct=7)
        await evals.record(db, [newer])
        latest = await evals.latest(db, ["a", "b", "c"])
        assert {m: [(r.set_name, r.correct) for r in rs] for m, rs in latest.items()} == {
            "a": [("en", 7), ("ko", 2)], "b": [("en", 3)]}
    finally:
        await db.close()


def test_eval_results_are_not_user_data_and_match_the_migration() -> None:
    import tempfile

    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine
    from sqlmodel import SQLModel

    from hubbot.storage import privacy
    from hubbot.storage.database import alembic_config

    table = SQLModel.metadata.tables["eval_results"]
    assert "eval_results" not in privacy.USER_TABLES
    assert not {"user_id", "subject", "conversation_id", "voter_key"} & set(table.columns.keys())
    with tempfile.TemporaryDirectory() as folder:
        engine = create_engine(f"sqlite:///{folder}/x.db")
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert not [change for change in diff if "eval_results" in str(change)]


# ---- the command line ------------------------------------------------------------------------------


@pytest.fixture
def own_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite+aiosqlite:///{tmp_path / 'eval.db'}"
    monkeypatch.setenv("HUBBOT_DATABASE_URL", url)
    return url


def test_cli_prints_accuracy_and_speed_and_the_card_shows_it(hub_dir: Path, own_database: str,
                                                             tmp_path: Path, capsys: Any) -> None:
    import json

    from hubbot.cli import main

    config = str(hub_dir / "hubbot.toml")
    out = tmp_path / "eval.json"
    argv = ["--config", config, "eval", "--models", "chat-small", "--set", "ko", "--json", str(out)]
    assert main(argv) == 0
    printed = capsys.readouterr().out
    row = next(line for line in printed.splitlines() if "chat-small" in line)
    assert re.search(r"ko\s.*\d+/8\s.*\d+%\s.*[\d.]+\s.*[\d.]+", row), row
    [figures] = json.loads(out.read_text(encoding="utf-8"))
    assert figures["questions"] == 8 and len(figures["answers"]) == 8

    async def models_text() -> str:
        from hubbot.app import App
        from hubbot.config import load_settings

        async with App.create(load_settings(config)) as app:
            replies = [r async for r in execute(_request("models", {"model": "chat-small"}), app)]
        return next(r for r in replies if isinstance(r, Answer)).text

    assert re.search(r"Answer quality: ko \d+/8", asyncio.run(models_text()))


@pytest.mark.parametrize("argv, message", [
    (["eval", "--models", "nosuch"], "Unknown model `nosuch`"),
    (["eval", "--models", "imagine"], "Unknown model `imagine`"),  # not a chat or code model
    (["eval", "--set", "nosuch"], "There is no question set 'nosuch'"),
    (["eval", "--models", " , "], "models"),
])
def test_cli_user_mistakes_exit_2_with_one_line(hub_dir: Path, own_database: str, capsys: Any,
                                                argv: list[str], message: str) -> None:
    from hubbot.cli import main

    assert main(["--config", str(hub_dir / "hubbot.toml"), *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1, err


# ---- the real model ------------------------------------------------------------------------------


@pytest.mark.real_model
async def test_the_real_model_passes_the_floor_on_the_english_set(real_app) -> None:
    """SmolLM2-135M-Instruct answers real questions: a floor, well under what it scored when
    the set was first run (9/13; the questions were not tuned to it)."""
    [english] = await evaluate(real_app, [real_app.settings.defaults.chat_model], [load_set("en")])
    assert english.correct >= ENGLISH_FLOOR, [(o.question_id, o.reason, o.answer) for o in english.outcomes]


# Under what SmolLM2-135M-Instruct scored on the English set when it was first run (see the
# issue 16 note), with room for the noise of a different machine or library version.
ENGLISH_FLOOR = 6


@pytest_asyncio.fixture(loop_scope="function")  # on the test's own event loop
async def real_app(real_hub_dir: Path, tmp_path: Path):
    """An app whose default chat and code model is the real SmolLM2 (conftest's `real_hub_dir`
    skips with the reason when it is not installed)."""
    from hubbot.app import App
    from hubbot.config import load_settings

    settings = load_settings(real_hub_dir / "hubbot.toml", data_dir=str(tmp_path / "data"),
                             database_url=f"sqlite+aiosqlite:///{tmp_path / 'real.db'}")
    async with App.create(settings) as started:
        yield started
