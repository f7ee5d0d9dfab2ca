"""Daily quotas: per user and per guild/workspace, atomic across processes, admins exempt."""

from __future__ import annotations

import asyncio

from hubbot.commands import execute
from hubbot.commands.base import Answer, Error, Request, UserRef
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
