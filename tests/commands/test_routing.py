"""One routing rule for free messages (hubbot/commands/routing.py), through both adapters: an
image with an edit word is edited on Discord as on Slack, "/name" in a Slack mention runs the
command (a private one answers privately), and an edit word without an image just chats."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from tests.bot.test_discord import PNG_MAGIC, answered, buttons, configure, png
from tests.bot.test_discord import running_bot as discord_bot
from tests.bot.test_slack import post, running_bot, until
from tests.standins.discord_standin import BOB, DiscordStandIn
from tests.standins.slack_standin import CHANNEL, TEAM, SlackStandIn


def mention(user: str, text: str, ts: str) -> str:
    return json.dumps({"type": "event_callback", "team_id": TEAM, "event_id": f"Ev{ts}", "event": {
        "type": "app_mention", "user": user, "text": f"<@UBOT> {text}", "ts": ts, "channel": CHANNEL,
        "team": TEAM}})


async def test_discord_edits_an_image_when_the_message_says_edit(
        settings: Any, discord: DiscordStandIn) -> None:
    async with discord_bot(configure(settings, discord), discord):
        picture = await discord.say("my drawing", user=BOB, mention_bot=False,
                                    attachments=[discord.upload("drawing.png", png(40, 40, (0, 90, 200)))])
        asked = await discord.say("흑백으로 바꿔줘", reply_to=picture)  # "make it black and white"
        edited = await answered(discord, asked)
    [result] = [m for m in edited if m["attachments"]]
    assert discord.file(result["attachments"][0]).startswith(PNG_MAGIC)
    assert [b["custom_id"].split(":")[0] for b in buttons(result)] == ["edit-again", "show"]


async def test_slack_mentions_run_slash_names_and_chat_without_an_image(
        settings: Any, slack: SlackStandIn) -> None:
    async with running_bot(settings, slack) as (_, url):
        assert await post(url, mention("U0007", "/export", "9.0001"), form=False) == 200
        await until(lambda: slack.called("files.completeUploadExternal")
                    and slack.called("chat.postEphemeral"))
        assert slack.called("chat.postMessage") == []  # the export went to the asker alone
        assert await post(url, mention("U0008", "이 코드 수정해줘: print(1", "9.0002"), form=False) == 200
        await until(lambda: any(c.get("blocks") for c in slack.called("chat.update")))
        await asyncio.sleep(0.3)
    assert slack.called("files.completeUploadExternal")[0]["channel_id"] == "DU0007"  # the user's DM
    [private] = slack.called("chat.postEphemeral")
    assert private["user"] == "U0007" and "everything we hold about you" in private["text"]
    [placeholder] = slack.called("chat.postMessage")  # a chat answer, not "I need an image"
    assert placeholder["thread_ts"] == "9.0002"


def test_the_rule_for_a_free_message() -> None:
    from hubbot.commands.routing import Route, route_message

    assert route_message("/편집 흑백으로", True, "ko") == Route("edit", args="흑백으로")  # Korean name
    assert route_message("/nope hi", False, "en") == Route("nope", args="hi")  # told it is unknown
    assert route_message("edit: blue", True, "en") == Route("edit", {"instruction": "edit: blue"})
    assert route_message("what is this?", True, "en") == Route("ask-image", {"question": "what is this?"})
    assert route_message("", True, "ko") == Route("ask-image", {"question": "이 이미지를 설명해 주세요."})
    assert route_message("이 코드 수정해줘", False, "ko") == Route("chat", {"prompt": "이 코드 수정해줘"})
    assert route_message("/ not a command", False, "en") == Route("chat", {"prompt": "/ not a command"})
    assert route_message("", False, "en") == Route("help")
