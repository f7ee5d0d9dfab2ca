"""Private commands (CommandSpec.ephemeral: /export, /privacy, /usage, /forget, /reset) answer
only the person who asked, whichever way they are invoked — slash command, a message in a
channel, a DM, or a button — on Discord and on Slack (real adapters against the stand-ins)."""

from __future__ import annotations

import asyncio
from typing import Any

from tests.bot.test_discord import answered, buttons, configure, finished
from tests.bot.test_discord import running_bot as discord_bot
from tests.bot.test_slack import post, until
from tests.bot.test_slack import running_bot as slack_bot
from tests.standins.discord_standin import DM_CHANNEL_ID, EPHEMERAL, DiscordStandIn
from tests.standins.slack_standin import SlackStandIn, action_body


def private_commands() -> list[str]:
    from hubbot.commands.discovery import specs

    names = [s.name for s in specs() if s.ephemeral]
    assert {"export", "privacy", "usage", "forget"} <= set(names)
    return names


async def test_discord_private_commands_in_a_channel_message_point_to_the_slash_command(
        settings: Any, discord: DiscordStandIn) -> None:
    """`@bot /export` in a channel must not put the user's data file up in public: the bot says
    to use the slash command (its answer is ephemeral). In a DM, the same message is answered."""
    async with discord_bot(configure(settings, discord), discord):
        await answered(discord, await discord.say("remember me: I like tea"))  # some data to export
        in_channel = {}
        for name in private_commands():
            in_channel[name] = await answered(discord, await discord.say(f"/{name}"))
        in_dm = await answered(discord, await discord.say("/export", mention_bot=False,
                                                          channel_id=DM_CHANNEL_ID))
    for name, replies in in_channel.items():
        [reply] = replies
        assert f"`/{name}`" in reply["content"] and "only you will see the answer" in reply["content"]
        assert not reply["attachments"] and not reply["components"]  # no file, no /forget button
    files = [a["filename"] for message in in_dm for a in message["attachments"]]
    assert files == ["hubbot-export.zip"]
    assert all(m["channel_id"] == str(DM_CHANNEL_ID) for m in in_dm)


async def test_discord_private_command_button_answers_privately(
        settings: Any, discord: DiscordStandIn) -> None:
    async with discord_bot(configure(settings, discord), discord):
        forget = await finished(discord, await discord.slash("forget"))
        [button] = buttons(forget.original)
        press = await finished(discord, await discord.click(forget.original, button["custom_id"]))
    assert forget.original["flags"] & EPHEMERAL
    assert not press.public_messages  # "deleted …" is nobody else's business
    assert press.callbacks[0]["data"].get("flags", 0) & EPHEMERAL
    shown = [press.original["content"] if press.original else "", *press.ephemeral_texts]
    assert any("eleted" in text for text in shown), shown


async def test_slack_private_command_button_answers_privately_wherever_it_is(
        settings: Any, slack: SlackStandIn) -> None:
    """A /forget confirmation pressed on a message in a channel (not an ephemeral one) still
    answers only the presser, through response_url: nothing is posted or updated in public."""
    from hubbot.commands.forget import owner_tag

    value = f"forget-confirm:{owner_tag('slack:U0042')}"
    async with slack_bot(settings, slack) as (_, url):
        press = action_body(value, "U0042", ephemeral=False, response_url=f"{slack.base}/response/press")
        assert await post(url, press) == 200
        await until(lambda: slack.responses, 60)
        await asyncio.sleep(0.5)
    assert [r["response_type"] for r in slack.responses] == ["ephemeral"]
    assert "eleted" in slack.responses[0]["text"]
    assert slack.called("chat.postMessage") == [] and slack.called("chat.update") == []
