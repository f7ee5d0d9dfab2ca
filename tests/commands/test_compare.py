"""/compare: concurrent answers with figures, blind votes, leaderboard, the LoRA variant."""

from __future__ import annotations

import time

import pytest

from hubbot.commands.base import Answer, Delta, Done, Error, Request, Status, UserRef
from hubbot.commands.runner import execute, execute_action
from hubbot.inference import jobs


def request(options: dict, user: str = "ann") -> Request:
    return Request("compare", options, UserRef(f"console:{user}", "console"), f"console:{user}")


async def collect(replies) -> list:
    return [reply async for reply in replies]


async def test_models_run_concurrently_and_answers_carry_figures(app, monkeypatch) -> None:
    events: list[tuple[float, str, str]] = []
    submit = app.dispatcher.submit

    def watching_submit(job):
        handle = submit(job)
        events.append((time.perf_counter(), job.model_id, "submitted"))
        original = handle.push

        def push(event, model=job.model_id):
            events.append((time.perf_counter(), model, type(event).__name__))
            original(event)

        handle.push = push
        return handle

    monkeypatch.setattr(app.dispatcher, "submit", watching_submit)
    replies = await collect(execute(request({"prompt": "Tell me a joke", "max_tokens": 8}), app))
    answers = [r for r in replies if isinstance(r, Answer)]
    assert sorted(a.part for a in answers) == ["A", "B", "C"]
    assert {a.title for a in answers} == {f"Chatbot {size} (random weights)" for size in ("Small", "Medium",
                                                                                         "Large")}
    assert {r.part for r in replies if isinstance(r, Delta)} <= {"A", "B", "C"}
    submitted = [t for t, _, kind in events if kind == "submitted"]
    first_finish = min(t for t, _, kind in events if kind == "Finished")
    assert len(submitted) == 3 and max(submitted) < first_finish  # all in flight together
    for answer in answers:
        ttft, total, rate, tokens = _figures(answer.footer)
        assert 0 <= ttft <= total and tokens > 0 and rate > 0
        assert "random weights" in answer.footer and "None" not in answer.footer  # the card beside it
    assert isinstance(replies[-1], Done) and replies[-1].actions == ()


def _figures(footer: str) -> tuple[float, float, float, int]:
    import re

    found = re.search(r"first token ([\d.]+) s · total ([\d.]+) s · ([\d.]+) tokens/s · (\d+) tokens", footer)
    assert found, footer
    return float(found[1]), float(found[2]), float(found[3]), int(found[4])


async def test_blind_hides_names_until_the_vote_reveals_them(app) -> None:
    replies = await collect(execute(request({"prompt": "hi", "models": "small,large", "blind": True}), app))
    answers = [r for r in replies if isinstance(r, Answer)]
    text = " ".join(a.title + a.footer for a in answers)
    assert "Chatbot" not in text and {a.title for a in answers} == {"Model A", "Model B"}
    actions = replies[-1].actions
    assert [a.id.rsplit(":", 1)[1] for a in actions] == ["a", "b", "tie", "bad"]

    revealed = await collect(execute_action(actions[0].id, request({}), app))
    assert "Chatbot Small" in revealed[0].text and "Chatbot Large" in revealed[0].text
    again = await collect(execute_action(actions[1].id, request({}), app))
    assert isinstance(again[0], Error) and "already voted" in again[0].text
    board = await collect(execute(Request("leaderboard", {}, UserRef("console:ann", "console"), "c"), app))
    assert "Chatbot Small" in board[0].text and "1 votes" in board[0].text


async def test_only_the_asker_votes_on_a_blind_comparison(app) -> None:
    replies = await collect(execute(request({"prompt": "hi", "models": "small,large", "blind": True}), app))
    vote_a = replies[-1].actions[0].id
    stranger = await collect(execute_action(vote_a, request({}, user="bob"), app))
    assert isinstance(stranger[0], Error) and stranger[0].kind == "refused"
    assert "Only the person who asked" in stranger[0].text and "Chatbot" not in stranger[0].text
    assert isinstance((await collect(execute_action(vote_a, request({}), app)))[0], Answer)


async def test_blind_status_lines_name_no_model(app) -> None:
    replies = await collect(execute(request({"prompt": "hi", "models": "small,large", "blind": True}), app))
    shown = [r.text for r in replies if isinstance(r, Status | Error)]
    assert any("Loading" in line for line in shown), shown  # the models were loaded during the run
    for card in (app.registry.card("chat-small"), app.registry.card("chat-large")):
        assert not any(card.id in line or card.display_name in line for line in shown), shown
    named = await collect(execute(request({"prompt": "hi", "models": "small,medium"}), app))
    assert any("chat-medium" in r.text for r in named if isinstance(r, Status))  # not blind: named


async def test_daily_vote_cap(app) -> None:
    app.settings.defaults.arena_votes_per_day = 1
    ids = []
    for _ in range(2):
        options = {"prompt": "q", "models": "small,medium", "blind": "on"}
        replies = await collect(execute(request(options), app))
        ids.append(replies[-1].actions[0].id)
    assert isinstance((await collect(execute_action(ids[0], request({}), app)))[0], Answer)
    capped = await collect(execute_action(ids[1], request({}), app))
    assert isinstance(capped[0], Error) and "limit" in capped[0].text


@pytest.mark.parametrize(("models", "expected"), [
    ("small", "between 2 and 4"), ("small,small", "between 2 and 4"),
    ("small,nope", "Unknown model `nope`"), ("small,code", "Unknown model `code`"),
])
async def test_bad_model_lists_are_refused(app, models: str, expected: str) -> None:
    replies = await collect(execute(request({"prompt": "hi", "models": models}), app))
    assert isinstance(replies[0], Error) and expected in replies[0].text


async def test_lora_variant_loads_and_differs_from_its_base(settings) -> None:
    from hubbot.inference.registry import Registry

    registry = Registry(settings)
    assert settings.model("chat-small-ft").base_model == "chat-small"
    outputs = {}
    for model_id in ("chat-small", "chat-small-ft"):
        backend = registry.backend(model_id)
        job = jobs.Job(jobs.JobKind.TEXT, model_id, jobs.TextInputs(prompt="hello there"), "u",
                       options={"temperature": 0, "max_new_tokens": 12})
        got: list = []
        backend.run_batch([job], lambda _id, event, got=got: got.append(event))
        outputs[model_id] = next(e for e in got if isinstance(e, jobs.Finished)).text
    assert type(registry.backend("chat-small-ft").model).__name__.startswith("Peft")
    assert outputs["chat-small"] != outputs["chat-small-ft"]
