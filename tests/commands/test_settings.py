"""Settings per place (issue 22): thread > channel > guild/workspace > config; who may change
them (the one rule in policy/access.py, fed by each platform's facts); the audit of each change;
what the settings do to /chat and /code (default model, persona and its name, answer language,
memory length, enabled commands, how <think> reasoning is shown); and /settings through the
real Discord and Slack libraries against their stand-ins."""

from __future__ import annotations

import asyncio
import dataclasses
from typing import Any

import pytest
from fakes import SaysBackend
from sqlmodel import select

from hubbot.app import App
from hubbot.commands import places
from hubbot.commands.base import Answer, Delta, Error, File, Request, UserRef, current_request
from hubbot.commands.runner import execute
from hubbot.policy.access import may_change_settings
from hubbot.policy.moderation import safety_level
from hubbot.storage import places as store
from hubbot.storage.models import AuditEvent, PlaceSetting

GUILD = "discord:1"
MANAGER = frozenset({"manage_channels"})
THINKING = "<think>The user wants a colour. Blue fits.</think>The sky is blue."


def discord_user(name: str = "ann", permissions: frozenset[str] = frozenset()) -> UserRef:
    return UserRef(f"discord:{name}", "discord", name, permissions=permissions)


def at(command: str, options: dict[str, Any], user: UserRef, *, channel: str = "10", thread: str = "",
       scope: str = GUILD, locale: str | None = None) -> Request:
    key = f"discord:thread:{thread}" if thread else f"discord:chain:{command}{channel}"
    return Request(command, options, user, key, locale=locale, scope=scope, channel=channel, thread=thread)


async def run(app: App, request: Request) -> list:
    return [reply async for reply in execute(request, app)]


def text_of(replies: list) -> str:
    return "\n".join(r.text for r in replies if isinstance(r, Answer | Error))


async def setting(app: App, key: str, value: str, level: str, **where: Any) -> list:
    admin = discord_user("boss", frozenset({"administrator"}))
    return await run(app, at("settings", {"action": "set", "key": key, "value": value, "level": level},
                             admin, **where))


def says(app: App, model_id: str, text: str) -> SaysBackend:
    backend = SaysBackend(app.registry.card(model_id), text)
    app.registry.use_backend(model_id, backend)
    return backend


# ---- precedence ------------------------------------------------------------------------------


async def test_thread_beats_channel_beats_guild_beats_config_and_show_names_the_source(app) -> None:
    ann = discord_user()
    assert places.current(at("chat", {}, ann), app).get("chat_model") == app.settings.defaults.chat_model
    assert "config" in text_of(await run(app, at("settings", {}, ann)))

    await setting(app, "chat_model", "chat-medium", "guild")
    await setting(app, "chat_model", "chat-large", "channel", channel="10")
    await setting(app, "chat_model", "chat-small", "thread", channel="10", thread="77")

    async def applies(**where: Any) -> tuple[str, str]:
        resolved = await places.resolve(at("chat", {}, ann, **where), app)
        return resolved.get("chat_model"), resolved.sources["chat_model"]

    assert await applies(channel="10", thread="77") == ("chat-small", "thread")
    assert await applies(channel="10", thread="78") == ("chat-large", "channel")  # another thread
    assert await applies(channel="11") == ("chat-medium", "guild")  # another channel
    assert await applies(channel="10", scope="discord:2") == (app.settings.defaults.chat_model, "config")
    shown = text_of(await run(app, at("settings", {"action": "show"}, ann, channel="10", thread="77")))
    assert "`chat_model` = chat-small  (thread)" in shown and "`reasoning` = hidden  (config)" in shown

    await run(app, at("settings", {"action": "reset", "key": "chat_model", "level": "thread"},
                      discord_user("boss", frozenset({"administrator"})), channel="10", thread="77"))
    assert await applies(channel="10", thread="77") == ("chat-large", "channel")


async def test_the_default_model_of_a_place_answers_its_chats(app) -> None:
    large = says(app, "chat-large", "Large here.")
    await setting(app, "chat_model", "chat-large", "channel")
    replies = await run(app, at("chat", {"prompt": "hello"}, discord_user()))
    answer = next(r for r in replies if isinstance(r, Answer))
    assert answer.text == "Large here." and answer.title == app.registry.card("chat-large").display_name
    assert len(large.seen) == 1


# ---- who may change them ------------------------------------------------------------------------


def test_the_one_permission_rule() -> None:
    assert may_change_settings("console", False, (), "guild")  # the console's operator
    assert may_change_settings("discord", True, (), "guild")  # a bot admin
    assert may_change_settings("discord", False, MANAGER, "channel")
    assert may_change_settings("discord", False, MANAGER, "thread")
    assert not may_change_settings("discord", False, MANAGER, "guild")
    assert not may_change_settings("discord", False, MANAGER, "channel", key="safety_level")
    assert may_change_settings("discord", False, {"manage_guild"}, "guild")
    assert not may_change_settings("discord", False, (), "channel")
    assert may_change_settings("slack", False, {"workspace_admin"}, "guild")
    assert not may_change_settings("slack", False, (), "channel")


async def test_a_member_cannot_change_settings_a_channel_manager_can_and_each_change_is_audited(app) -> None:
    member = discord_user("ann")
    refused = await run(app, at("settings", {"action": "set", "key": "persona_name", "value": "Rex"}, member))
    assert isinstance(refused[-1], Error) and "Manage Channels" in refused[-1].text
    async with app.db.session() as session:
        assert not (await session.exec(select(PlaceSetting))).all()

    manager = discord_user("mia", MANAGER)
    done = await run(app, at("settings", {"action": "set", "key": "persona_name", "value": "Rex"}, manager))
    assert "`persona_name` is now `Rex`" in text_of(done)
    again = await run(app, at("settings", {"action": "set", "key": "persona_name", "value": "Max"}, manager))
    assert not any(isinstance(r, Error) for r in again)
    to_guild = {"action": "set", "key": "language", "value": "ko", "level": "guild"}
    guild = await run(app, at("settings", to_guild, manager))
    assert isinstance(guild[-1], Error)
    await run(app, at("settings", {"action": "reset", "key": "persona_name"}, manager))

    async with app.db.session() as session:
        rows = (await session.exec(select(AuditEvent).where(
            AuditEvent.command.in_(["settings-set", "settings-reset"])).order_by(AuditEvent.id))).all()
    assert [(r.command, r.user_id) for r in rows] == [
        ("settings-set", "discord:mia"), ("settings-set", "discord:mia"), ("settings-reset", "discord:mia")]
    assert rows[0].detail["changes"] == {"persona_name": {"before": None, "after": "Rex"}}
    assert rows[1].detail["changes"] == {"persona_name": {"before": "Rex", "after": "Max"}}
    assert rows[2].detail["changes"] == {"persona_name": {"before": "Max", "after": None}}
    assert rows[0].detail["level"] == "channel" and rows[0].detail["place"] == "10"
    assert rows[0].scope == GUILD


async def test_bad_values_get_a_clear_message_and_change_nothing(app) -> None:
    cases = [("chat_model", "imagine", "chat-small"), ("reasoning", "loud", "`hidden`"),
             ("memory", "-3", "0"), ("commands", "chat, nope", "nope")]
    for key, value, shown in cases:
        replies = await setting(app, key, value, "channel")
        assert isinstance(replies[-1], Error) and shown in replies[-1].text, (key, replies)
    thread_here = await setting(app, "language", "ko", "thread")  # not in a thread
    assert isinstance(thread_here[-1], Error) and "not a thread" in thread_here[-1].text
    in_dm = await setting(app, "language", "ko", "guild", scope="discord:dm")
    assert isinstance(in_dm[-1], Error) and "DM" in in_dm[-1].text
    async with app.db.session() as session:
        assert not (await session.exec(select(PlaceSetting))).all()
    assert await store.resolve(app.db, store.PlaceIds(GUILD, "10"), places.defaults(app.settings))


# ---- what the settings do -------------------------------------------------------------------------


async def test_persona_reaches_the_model_and_its_name_is_in_the_footer(app) -> None:
    backend = says(app, "chat-small", "Looks fine to me.")
    await setting(app, "persona", "You are Rex, a strict code reviewer.", "channel")
    await setting(app, "persona_name", "Rex", "channel")
    replies = await run(app, at("chat", {"prompt": "review this", "model": "small"}, discord_user()))
    answer = next(r for r in replies if isinstance(r, Answer))
    assert "Persona: Rex" in answer.footer
    system = backend.seen[0][0]
    assert system.role == "system" and system.content.startswith("You are Rex, a strict code reviewer.")
    assert "AI" in system.content  # the AI disclosure stays in a persona's prompt

    await run(app, at("chat", {"prompt": "review this", "model": "small"}, discord_user(), channel="11"))
    assert not backend.seen[1][0].content.startswith("You are Rex")  # another channel: the card's own


async def test_place_language_sets_the_reply_language_and_tells_the_model(app) -> None:
    backend = says(app, "chat-small", "하늘은 파랗습니다.")
    await setting(app, "language", "ko", "channel")
    replies = await run(app, at("chat", {"prompt": "What colour is the sky?"}, discord_user()))
    answer = next(r for r in replies if isinstance(r, Answer))
    assert "AI" in answer.footer and "생성" in answer.footer  # the footer in Korean
    assert backend.seen[0][0].content.endswith("Answer in Korean.")


async def test_memory_length_limits_the_turns_the_model_sees(app) -> None:
    backend = says(app, "chat-small", "ok")
    await setting(app, "memory", "1", "thread", channel="10", thread="5")
    for n in range(3):
        await run(app, at("chat", {"prompt": f"turn {n}"}, discord_user(), thread="5"))
    last = [(m.role, m.content) for m in backend.seen[-1] if m.role != "system"]
    assert last == [("user", "turn 1"), ("assistant", "ok"), ("user", "turn 2")]
    await setting(app, "memory", "0", "thread", channel="10", thread="5")
    await run(app, at("chat", {"prompt": "turn 3"}, discord_user(), thread="5"))
    assert [m.content for m in backend.seen[-1] if m.role != "system"] == ["turn 3"]


async def test_a_command_turned_off_here_says_so_in_the_users_language(app) -> None:
    await setting(app, "commands", "-imagine, -edit", "channel")
    english = await run(app, at("imagine", {"prompt": "a cat"}, discord_user()))
    assert isinstance(english[-1], Error) and "`/imagine` is turned off in this place" in english[-1].text
    korean = await run(app, at("imagine", {"prompt": "고양이"}, discord_user()))
    assert "꺼져 있습니다" in korean[-1].text
    elsewhere = await run(app, at("settings", {}, discord_user(), channel="11"))  # other channels: on
    assert "`commands` = all" in text_of(elsewhere)
    helped = text_of(await run(app, at("help", {}, discord_user())))
    assert "`/chat`" in helped and "`/imagine`" not in helped  # /help lists what is on here
    await setting(app, "commands", "chat", "channel")
    assert "turned off" in text_of(await run(app, at("models", {}, discord_user())))
    assert not any(isinstance(r, Error) for r in await run(app, at("settings", {}, discord_user())))


@pytest.mark.parametrize("mode", ["hidden", "inline", "spoiler", "file"])
async def test_reasoning_display_modes(app, mode: str) -> None:
    says(app, "chat-small", THINKING)
    await setting(app, "reasoning", mode, "channel")
    replies = await run(app, at("chat", {"prompt": "sky?"}, discord_user()))
    answer = next(r for r in replies if isinstance(r, Answer))
    files = [r for r in replies if isinstance(r, File)]
    assert "<think>" not in answer.text and answer.text.endswith("The sky is blue.")
    streamed = "".join(r.text for r in replies if isinstance(r, Delta))
    assert ("colour" in streamed) == (mode == "inline")  # the stream shows reasoning only inline
    if mode == "hidden":
        assert answer.text == "The sky is blue." and not files
    elif mode == "inline":
        assert "> The user wants a colour. Blue fits." in answer.text and not files
    elif mode == "spoiler":
        assert "||The user wants a colour. Blue fits.||" in answer.text and not files
    else:
        assert answer.text == "The sky is blue."
        assert [f.filename for f in files] == ["reasoning.txt"]
        assert files[0].data.decode() == "The user wants a colour. Blue fits."


async def test_spoiler_reasoning_becomes_a_file_where_there_are_no_spoilers(app) -> None:
    says(app, "chat-small", THINKING)
    slack = UserRef("slack:U1", "slack")
    await run(app, Request("settings", {"action": "set", "key": "reasoning", "value": "spoiler"},
                           UserRef("slack:UADMIN", "slack", is_admin=True), "slack:k", scope="slack:T1",
                           channel="C1"))
    replies = await run(app, Request("chat", {"prompt": "sky?"}, slack, "slack:k2", scope="slack:T1",
                                     channel="C1"))
    assert next(r for r in replies if isinstance(r, Answer)).text == "The sky is blue."
    assert [r.filename for r in replies if isinstance(r, File)] == ["reasoning.txt"]


async def test_the_policy_reads_the_safety_level_of_the_place(app) -> None:
    request = at("chat", {}, discord_user(), thread="9")

    async def level() -> str:  # as the runner runs it: the place resolved once
        return safety_level(app, dataclasses.replace(request, resolved=await places.resolve(request, app)))

    assert await level() == "standard"
    await setting(app, "safety_level", "strict", "guild")
    assert await level() == "strict"
    await setting(app, "safety_level", "relaxed", "thread", thread="9")
    assert await level() == "relaxed"
    token = current_request.set(dataclasses.replace(request, resolved=await places.resolve(request, app)))
    try:  # the current request's place, for the checks deep inside a command
        assert safety_level(app) == "relaxed"
    finally:
        current_request.reset(token)
    assert safety_level(app) == "standard"  # outside a request: the config's default


# ---- through the real platform libraries -----------------------------------------------------


async def test_discord_channel_manager_sets_a_persona_and_a_member_is_refused(settings, discord) -> None:
    from tests.bot.test_discord import configure, finished, running_bot
    from tests.standins.discord_standin import ALICE, BOB, MANAGE_CHANNELS, THREAD_ID

    async with running_bot(configure(settings, discord), discord) as app:
        backend = says(app, "chat-small", "Reviewed.")
        synced = {c["name"]: c for c in discord.commands["global"] if c["type"] == 1}
        assert {"settings", "show"} <= set(synced)
        assert synced["settings"]["name_localizations"]["ko"] == "설정"
        for key, typed, offered in (("chat_model", "", ["chat-small", "chat-medium", "chat-large"]),
                                    ("reasoning", "sp", ["spoiler"])):
            completed = await discord.autocomplete("settings", "value", typed, others={"key": key})
            await discord.wait_for(lambda c=completed: c.callbacks, what="autocomplete")
            values = [c["value"] for c in completed.callbacks[0]["data"]["choices"]]
            assert set(offered) <= set(values) and (key != "reasoning" or values == offered), values
        refused = await finished(discord, await discord.slash(
            "settings", {"action": "set", "key": "persona_name", "value": "Rex"}, user=BOB))
        assert any("Manage Channels" in text for text in refused.ephemeral_texts), refused.callbacks
        for key, value in (("persona", "You are Rex, a reviewer."), ("persona_name", "Rex")):
            done = await finished(discord, await discord.slash(
                "settings", {"action": "set", "key": key, "value": value}, user=ALICE,
                permissions=MANAGE_CHANNELS))
            assert not any("Manage" in text for text in done.ephemeral_texts)
        thread = await finished(discord, await discord.slash(
            "settings", {"action": "set", "key": "persona_name", "value": "Thread Rex"}, user=ALICE,
            permissions=MANAGE_CHANNELS, channel_id=THREAD_ID))
        assert thread.callbacks
        chat = await finished(discord, await discord.slash("chat", {"prompt": "hi", "model": "small"},
                                                           channel_id=THREAD_ID, user=BOB))
        shown = "\n".join(m["content"] for m in chat.public_messages)
        assert "Persona: Thread Rex" in shown  # the thread's name over the channel's
        assert backend.seen[-1][0].content.startswith("You are Rex, a reviewer.")  # the channel's prompt
        async with app.db.session() as session:
            rows = (await session.exec(select(PlaceSetting))).all()
        assert {(r.level, r.key) for r in rows} == {("channel", "persona"), ("channel", "persona_name"),
                                                    ("thread", "persona_name")}


async def test_slack_non_admin_is_refused_and_a_workspace_admin_may_set(settings, slack) -> None:
    from tests.bot.test_slack import post
    from tests.bot.test_slack import running_bot as slack_bot
    from tests.standins.slack_standin import TEAM

    slack.admins.add("UADMIN")
    async with slack_bot(settings, slack) as (app, url):
        assert await post(url, slack.command("settings", "set language ko", user="U0001")) == 200
        await _until(lambda: slack.called("chat.postEphemeral") or slack.responses)
        assert await post(url, slack.command("settings", "set language ko", user="UADMIN")) == 200
        await _until(lambda: len(slack.called("users.info")) == 2)
        await _until_stored(app)
        where = store.PlaceIds(f"slack:{TEAM}", "C0001")
        resolved = await store.resolve(app.db, where, places.defaults(app.settings))
        assert resolved.get("language") == "ko" and resolved.sources["language"] == "channel"
        said = " ".join(str(x) for x in slack.calls) + " ".join(str(r) for r in slack.responses)
        assert "workspace admin" in said


async def test_slack_a_mention_in_a_thread_sets_that_threads_setting(settings, slack) -> None:
    import json

    from tests.bot.test_slack import post
    from tests.bot.test_slack import running_bot as slack_bot
    from tests.standins.slack_standin import CHANNEL, TEAM

    slack.admins.add("UADMIN")
    event = {"type": "app_mention", "user": "UADMIN", "ts": "5.0002", "thread_ts": "5.0001",
             "channel": CHANNEL, "team": TEAM, "text": "<@UBOT> /settings set persona_name Thread Bot"}
    body = json.dumps({"type": "event_callback", "team_id": TEAM, "event_id": "EvS1", "event": event})
    async with slack_bot(settings, slack) as (app, url):
        assert await post(url, body, form=False) == 200
        await _until_stored(app)
        async with app.db.session() as session:
            [row] = (await session.exec(select(PlaceSetting))).all()
    assert (row.scope, row.level, row.place, row.value) == (f"slack:{TEAM}", "thread", f"{CHANNEL}/5.0001",
                                                            "Thread Bot")


async def _until_stored(app: App, timeout: float = 30) -> None:
    for _ in range(int(timeout / 0.05)):
        async with app.db.session() as session:
            if (await session.exec(select(PlaceSetting))).all():
                return
        await asyncio.sleep(0.05)
    raise AssertionError("no setting was stored")


async def _until(condition, timeout: float = 30) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, "timed out waiting"
        await asyncio.sleep(0.05)


def test_console_text_reads_as_key_and_value() -> None:
    from hubbot.commands.options import parse_text
    from hubbot.commands.settings import SPEC

    assert parse_text(SPEC, "set persona_name Thread Rex") == {
        "action": "set", "key": "persona_name", "value": "Thread Rex"}
    assert parse_text(SPEC, "set thread language ko") == {
        "action": "set", "level": "thread", "key": "language", "value": "ko"}
    assert parse_text(SPEC, "reset persona --level guild") == {"action": "reset", "key": "persona",
                                                               "level": "guild"}


def test_streamed_reasoning_is_left_out_even_when_a_tag_is_split() -> None:
    pieces = ["Hi <th", "ink>secret plan", "</thi", "nk> the sky", " is blue. <THINK>more</think>!"]
    think = places.ThinkFilter()
    assert "".join(think.feed(p) for p in pieces) == "Hi  the sky is blue. !"
    assert places.ThinkFilter().feed("a < b and c <t") == "a < b and c "  # "<t" may start a tag


async def test_the_store_on_sqlite_and_postgresql(db_url: str) -> None:
    from hubbot.storage.database import Database

    db = Database(db_url)
    await db.migrate()
    try:
        here = store.PlaceIds("slack:T1", "C1", "1700.1")
        defaults = {"language": "auto", "memory": "all"}
        assert await store.put(db, here, "guild", "language", "en") is None
        assert await store.put(db, here, "thread", "language", "ko") is None
        assert await store.put(db, here, "thread", "language", "en") == "ko"
        await store.put(db, store.PlaceIds("slack:T1", "C2", "1700.1"), "thread", "memory", "3")  # same ts
        resolved = await store.resolve(db, here, defaults)
        assert resolved.values == {"language": "en", "memory": "all"}
        assert resolved.sources == {"language": "thread", "memory": "config"}
        assert await store.remove(db, here, "thread", ["language", "memory"]) == {"language": "en"}
        assert (await store.resolve(db, here, defaults)).sources["language"] == "guild"
    finally:
        await db.close()
