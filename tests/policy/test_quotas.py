"""Daily quotas: per user and per guild/workspace, atomic across processes, admins exempt."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest_asyncio

from hubbot.app import App
from hubbot.commands.base import Answer, Error, Request, UserRef
from hubbot.commands.runner import execute
from hubbot.storage import Database, usage


async def test_take_is_atomic_under_a_race(db_url: str) -> None:
    first, second = Database(db_url), Database(db_url)  # two processes' engines
    await first.migrate()
    results = await asyncio.gather(*(usage.take(db, "user:x", "imagine", 5)
                                     for db in [first, second] * 6))
    assert sum(results) == 5  # exactly the limit, however the 12 attempts interleave
    assert await usage.used_today(first, "user:x") == {"imagine": 5}
    await first.close()
    await second.close()


def req(user: str, *, admin: bool = False, scope: str = "guild:1") -> Request:
    return Request("models", {}, UserRef(f"console:{user}", "console", is_admin=admin), f"c:{user}",
                   scope=scope)


async def collect(replies) -> list:
    return [r async for r in replies]


async def test_user_and_scope_limits_and_admins(app) -> None:
    app.settings.quotas.per_user = {"models": 2}
    app.settings.quotas.per_scope = {"models": 3}
    outcomes = [type((await collect(execute(req("ann"), app)))[-1]) for _ in range(3)]
    assert outcomes == [Answer, Answer, Error]
    refused = (await collect(execute(req("ann"), app)))[-1]
    assert refused.kind == "quota" and "limit for /models (2)" in refused.text
    assert isinstance((await collect(execute(req("bob"), app)))[-1], Answer)  # scope: 3rd use
    scope_full = (await collect(execute(req("cat"), app)))[-1]
    assert isinstance(scope_full, Error) and "This server" in scope_full.text
    assert isinstance((await collect(execute(req("cat", scope="guild:2"), app)))[-1], Answer)
    assert isinstance((await collect(execute(req("root", admin=True), app)))[-1], Answer)
    shown = (await collect(execute(Request("usage", {}, UserRef("console:ann", "console"), "c"), app)))[-1]
    assert "/models: 2 of 2" in shown.text


@pytest_asyncio.fixture(loop_scope="function")
async def app_on(settings, db_url: str) -> AsyncIterator[App]:
    """The app on SQLite and on PostgreSQL (quota counters are rows)."""
    async with App.create(settings, db=Database(db_url)) as started:
        yield started


def press_request(command: str, user: str = "ann", **options) -> Request:
    return Request(command, options, UserRef(f"console:{user}", "console"), f"c:{user}", scope="guild:1")


async def test_buttons_count_against_the_command_that_owns_them(app_on: App) -> None:
    app = app_on
    from hubbot.commands.base import Image
    from hubbot.commands.runner import execute_action

    app.settings.quotas.per_user = {"imagine": 1}
    drawn = await collect(execute(press_request("imagine", prompt="a red chair", steps=2, seed=3), app))
    reroll, vary, _show_again = drawn_actions = next(r for r in drawn if isinstance(r, Image)).actions
    assert len(drawn_actions) == 3  # the third, /show's "show again", starts no job
    for action in (reroll, vary, reroll):  # the audit's three presses
        pressed = await collect(execute_action(action.id, press_request(action.id.split(":")[0]), app))
        assert not any(isinstance(r, Image) for r in pressed)
        assert isinstance(pressed[-1], Error) and pressed[-1].kind == "quota"
        assert "limit for /imagine (1)" in pressed[-1].text
    shown = (await collect(execute(press_request("usage"), app)))[-1]
    assert "/imagine: 1 of 1" in shown.text
    # Within the quota a button works, and is counted.
    app.settings.quotas.per_user = {"imagine": 2}
    pressed = await collect(execute_action(reroll.id, press_request("imagine-reroll"), app))
    assert any(isinstance(r, Image) for r in pressed)
    assert "/imagine: 2 of 2" in (await collect(execute(press_request("usage"), app)))[-1].text


async def test_a_vote_button_starts_no_job_and_uses_no_quota(app_on: App) -> None:
    app = app_on
    from hubbot.commands.runner import execute_action

    app.settings.quotas.per_user = {"compare": 1}
    options = {"prompt": "hi", "models": "small,medium", "blind": True, "max_tokens": 2}
    compared = await collect(execute(press_request("compare", **options), app))
    voted = await collect(execute_action(compared[-1].actions[0].id, press_request("arena-vote"), app))
    assert isinstance(voted[0], Answer)
    again = (await collect(execute(press_request("compare", **options), app)))[-1]
    assert isinstance(again, Error) and again.kind == "quota"
