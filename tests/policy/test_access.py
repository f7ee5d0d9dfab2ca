"""The one access check (hubbot/policy/access.py), through both adapters: slash commands,
buttons, mentions and DMs on Discord and Slack pass the same rules — deny/allow lists with
bare or platform-qualified ids, disabled commands (buttons included), shutdown — and config
that cannot work on a platform (roles on Slack) stops the start with one line."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from tests.bot.test_discord import FOOTER, answered, configure, finished
from tests.bot.test_discord import running_bot as discord_bot
from tests.bot.test_slack import ack_of, free_port, post, until
from tests.standins.discord_standin import (
    ALICE,
    BANNED_ROLE,
    BOB,
    CAROL,
    DM_CHANNEL_ID,
    GUILD_ID,
    MEMBER_ROLE,
    DiscordStandIn,
)
from tests.standins.slack_standin import BOT_TOKEN, CHANNEL, SIGNING_SECRET, TEAM, SlackStandIn, action_body

DENIED = "Sorry, this bot isn't available to you here."


@contextlib.asynccontextmanager
async def slack_bot(settings: Any, standin: SlackStandIn, **section: Any,
                    ) -> AsyncIterator[tuple[Any, str, asyncio.Event]]:
    """`hubbot run slack` (HTTP mode) in this process; yields the stop event as well, so a test
    can act while the bot is shutting down."""
    from hubbot.app import App
    from hubbot.bot.slack import run

    port = free_port()
    configured = settings.model_copy(update={
        "slack_bot_token": SecretStr(BOT_TOKEN), "slack_signing_secret": SecretStr(SIGNING_SECRET),
        "slack_api_base": f"{standin.base}/api/", "slack_host": "127.0.0.1", "slack_port": port,
        "slack": settings.slack.model_copy(update={"edit_interval_s": 0.2, **section}),
    })
    async with App.create(configured) as app:
        stop = asyncio.Event()
        task = asyncio.create_task(run(app, stop=stop))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not task.done():
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.1):
                break
            await asyncio.sleep(0.05)
        try:
            yield app, f"http://127.0.0.1:{port}/slack/events", stop
        finally:
            stop.set()
            await asyncio.wait_for(task, 60)


def mention(user: str, text: str, ts: str) -> str:
    return json.dumps({"type": "event_callback", "team_id": TEAM, "event_id": f"Ev{ts}", "event": {
        "type": "app_mention", "user": user, "text": f"<@UBOT> {text}", "ts": ts, "channel": CHANNEL,
        "team": TEAM}})


# ---- Discord -----------------------------------------------------------------------------------


async def test_discord_dms_hold_the_role_lists_through_a_member_lookup(
        settings: Any, discord: DiscordStandIn) -> None:
    """A DM carries no roles: the bot looks the member up in the guild that owns the roles, so a
    deny_roles member is refused in a DM as in the guild, and allow_roles admits only holders."""
    configured = configure(settings, discord, deny_roles=[str(BANNED_ROLE)],
                           allow_roles=[f"discord:{MEMBER_ROLE}"])
    discord.member_roles[BOB["id"]] = [MEMBER_ROLE, BANNED_ROLE]
    discord.member_roles[CAROL["id"]] = []  # in the guild, without the allowed role
    async with discord_bot(configured, discord):
        dm = {"channel_id": DM_CHANNEL_ID}
        banned_dm = await discord.say("hello in private", user=BOB, mention_bot=False, **dm)
        [banned_reply] = await answered(discord, banned_dm)
        banned_slash = await finished(discord, await discord.slash("help", user=BOB, **dm))
        no_role = await finished(discord, await discord.slash("help", user=CAROL, **dm))
        member_dm = await discord.say("hello there", user=ALICE, mention_bot=False, **dm)
        member_reply = await answered(discord, member_dm)
    assert banned_reply["content"] == DENIED and not banned_reply["attachments"]
    assert banned_slash.ephemeral_texts == [DENIED] and not banned_slash.public_messages
    assert no_role.ephemeral_texts == [DENIED] and not no_role.public_messages
    assert FOOTER in member_reply[-1]["content"]  # a member with the allowed role chats in a DM
    assert ("GET", f"/guilds/{GUILD_ID}/members/{BOB['id']}") in discord.calls


# ---- Slack -------------------------------------------------------------------------------------


async def test_slack_buttons_mentions_and_qualified_ids_pass_the_access_check(
        settings: Any, slack: SlackStandIn) -> None:
    press_url = f"{slack.base}/response/press"
    async with slack_bot(settings, slack, deny_users=["slack:U0666"],
                         disabled_commands=["imagine", "chat"]) as (_, url, _stop):
        denied_slash = await ack_of(url, slack.command("models", "", user="U0666"))
        assert await post(url, action_body("arena-vote:1:A", "U0666", response_url=press_url)) == 200
        assert await post(url, action_body("imagine-reroll:1", "U0001", response_url=press_url)) == 200
        assert await post(url, mention("U0002", "hello", "8.0001"), form=False) == 200
        await until(lambda: len(slack.responses) == 2 and slack.called("chat.postEphemeral"), 30)
        await asyncio.sleep(0.3)
    assert denied_slash["response_type"] == "ephemeral" and denied_slash["text"] == DENIED  # "slack:U0666"
    texts = sorted(r["text"] for r in slack.responses)
    assert texts == sorted(["`/imagine` is turned off here.", DENIED])  # each button checked, privately
    assert all(r["response_type"] == "ephemeral" for r in slack.responses)
    [told] = slack.called("chat.postEphemeral")
    assert told["user"] == "U0002" and told["text"] == "`/chat` is turned off here."  # mentions too
    assert slack.called("chat.postMessage") == []  # nothing ran, nothing public


async def test_slack_buttons_are_refused_while_the_bot_stops(settings: Any, slack: SlackStandIn) -> None:
    slow = settings.model_copy(update={
        "dispatcher": settings.dispatcher.model_copy(update={"shutdown_grace_s": 20})})
    async with slack_bot(slow, slack) as (_, url, stop):
        # Long answers from three users: a random-weight model sometimes ends one early (an end
        # token), but not all three before the stop; shutdown waits for a running one.
        for user in ("U0001", "U0002", "U0003"):
            long_one = "--model large --max_tokens 500 write a very long story"
            assert await post(url, slack.command("chat", long_one, user=user)) == 200
        await until(lambda: any("▌" in c["text"] for c in slack.called("chat.update")), 60)  # streaming
        stop.set()
        await asyncio.sleep(0.3)
        press = action_body("arena-vote:1:A", "U0001", response_url=f"{slack.base}/response/press")
        assert await post(url, press) == 200
        await until(lambda: slack.responses, 30)
    assert slack.responses[0]["text"] == "The bot is restarting; please ask again in a minute."
    assert len(slack.called("chat.postMessage")) == 3  # only the running answers' messages


def test_roles_on_slack_stop_the_start_with_one_line(hub_dir: Path, tmp_path: Path, capsys: Any,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """An allow list that looks restrictive but cannot work (Slack has no roles) must not start."""
    from hubbot.cli import main

    config = tmp_path / "hubbot.toml"
    config.write_text((hub_dir / "hubbot.toml").read_text() + '\n[slack]\nallow_roles = ["admins"]\n')
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-x")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "s")
    assert main(["--config", str(config), "run", "slack"]) == 2
    error = capsys.readouterr().err.strip()
    assert "\n" not in error and "allow_roles" in error and "Slack has no roles" in error


# ---- the rule itself ---------------------------------------------------------------------------


def test_one_rule_for_every_platform() -> None:
    from hubbot.config import DiscordSection, SlackSection
    from hubbot.policy.access import Asker, refusal

    slack = SlackSection(deny_users=["slack:U9"], allow_channels=["C1"], disabled_commands=["imagine"])
    assert refusal(slack, Asker("slack", "U9", "T1", ("C1",))) == "access.denied"  # qualified id
    assert refusal(slack, Asker("slack", "U8", "T1", ("C1",))) is None
    assert refusal(slack, Asker("slack", "U8", "T1", ("C2",))) == "access.denied"  # allow list
    assert refusal(slack, Asker("slack", "U8", "T1", ("C1",), command="imagine")) == "access.command_disabled"
    assert refusal(slack, Asker("slack", "U8", "T1", ("C1",)), accepting=False) == "error.shutting_down"

    discord = DiscordSection(deny_roles=["7"], allow_channels=["100"], deny_users=["discord:6"])
    thread_of_100 = ("300", "100")
    assert refusal(discord, Asker("discord", "5", "1", thread_of_100, ("2",))) is None  # a thread of 100
    assert refusal(discord, Asker("discord", "5", "1", thread_of_100, ("2", "7"))) == "access.denied"
    assert refusal(discord, Asker("discord", "6", "1", thread_of_100, ("2",))) == "access.denied"
    dm = DiscordSection(deny_roles=["7"])
    assert refusal(dm, Asker("discord", "5", None, ("400",), None)) == "access.denied"  # roles unknown
    assert refusal(dm, Asker("discord", "5", None, ("400",), ())) is None
    guilds_only = DiscordSection(allow_guilds=["1"])
    assert refusal(guilds_only, Asker("discord", "5", None, ("400",))) == "access.denied"  # a DM has no guild


def test_config_that_cannot_work_is_rejected() -> None:
    from hubbot.config import load_settings
    from hubbot.errors import ConfigError

    for bad in ({"slack": {"deny_roles": ["R1"]}}, {"slack": {"admin_roles": ["U1"]}},
                {"slack": {"deny_users": ["discord:1"]}}, {"discord": {"allow_users": ["slack:U1"]}}):
        with pytest.raises(ConfigError) as raised:
            load_settings(None, **bad)
        message = str(raised.value)
        assert "\n" not in message and ("never match" in message or "no roles" in message), message
    fine = load_settings(None, slack={"deny_users": ["slack:U9", "U8"]})
    assert fine.slack.deny_users == ["slack:U9", "U8"]

