"""Safety levels per place (#21): strict / standard / relaxed, set with /settings, shown in
/privacy, and what each lets through — text and images, on the console and on Discord."""

from __future__ import annotations

import io
from typing import Any

from PIL import Image as PILImage

from hubbot.commands.base import Answer, Error, Image, Request, UserRef
from tests.bot.test_discord import discord_settings, finished, running_bot, standin  # noqa: F401 (fixtures)
from tests.policy.test_moderation_model import (
    FlagAllImages,
    KeywordClassifier,
    audit_rows,
    imagine,
    run,
    use_image_layer,
    use_layer,
)

PROFANE = "fuck you, printer"
THREAT = "fuck you, I'm going to stab you"


def chat(text: str, **request: Any) -> Request:
    return Request("chat", {"prompt": text, "max_tokens": 4}, UserRef("console:mo", "console"), "c:mo",
                   **request)


async def set_level(app, level: str) -> None:
    request = Request("settings", {"action": "set", "key": "safety_level", "value": level},
                      UserRef("console:mo", "console"), "c:mo")
    replies = await run(app, request)
    assert not [r for r in replies if isinstance(r, Error)], replies


def refused(replies: list) -> bool:
    return any(isinstance(r, Error) and r.kind == "refused" for r in replies)


async def test_relaxed_lets_profanity_through_and_nothing_else(app) -> None:
    assert refused(await run(app, chat(PROFANE)))  # standard, the default
    await set_level(app, "relaxed")
    assert not refused(await run(app, chat(PROFANE)))
    assert refused(await run(app, chat(THREAT)))  # the threat is still found behind the profanity
    assert refused(await run(app, chat("너 진짜 죽여버릴 거야")))


async def test_strict_refuses_what_the_model_could_not_check_even_when_failing_open(app) -> None:
    use_layer(app, KeywordClassifier("x", error=RuntimeError("guard model down")), fail="open")
    assert not refused(await run(app, chat("What is the capital of France?")))
    await set_level(app, "strict")
    replies = await run(app, chat("What is the capital of France?"))
    assert refused(replies) and "can't check" in replies[-1].text


async def test_the_privacy_page_shows_the_level_here(app) -> None:
    request = Request("privacy", {}, UserRef("console:mo", "console"), "c:mo")
    assert "standard" in (await run(app, request))[-1].text
    await set_level(app, "relaxed")
    text = (await run(app, request))[-1].text
    assert "relaxed" in text and isinstance((await run(app, request))[-1], Answer)


def pixels(png: bytes) -> PILImage.Image:
    return PILImage.open(io.BytesIO(png)).convert("RGB")


async def test_a_flagged_image_is_withheld_at_standard_and_blurred_at_relaxed(app) -> None:
    use_image_layer(app, FlagAllImages())
    standard = await run(app, imagine())
    assert not [r for r in standard if isinstance(r, Image)] and refused(standard)
    await set_level(app, "relaxed")
    relaxed = await run(app, imagine())
    [shown] = [r for r in relaxed if isinstance(r, Image)]
    assert shown.spoiler and not shown.actions and "blurred" in shown.caption
    image = pixels(shown.png)
    # Blurred past recognition: neighbouring pixels hardly differ anywhere.
    step = max(abs(a - b) for y in range(0, image.height, 4) for x in range(image.width - 1)
               for a, b in zip(image.getpixel((x, y)), image.getpixel((x + 1, y)), strict=True))
    assert step <= 12
    outcomes = [e.outcome for e in await audit_rows(app)]
    assert "withheld" in outcomes and "blurred" in outcomes


async def test_an_age_restricted_place_blurs_at_standard_but_strict_still_withholds(app) -> None:
    use_image_layer(app, FlagAllImages())
    nsfw = imagine()
    nsfw.age_restricted = True
    assert [r for r in await run(app, nsfw) if isinstance(r, Image) and r.spoiler]
    await set_level(app, "strict")
    assert not [r for r in await run(app, nsfw) if isinstance(r, Image)]


async def test_discord_posts_a_blurred_image_as_a_spoiler_in_an_nsfw_channel(
        discord_settings, standin) -> None:  # noqa: F811 (the fixtures imported above)
    from tests.standins.discord_standin import CHANNEL_ID

    standin.nsfw_channels.add(CHANNEL_ID)
    async with running_bot(discord_settings, standin) as app:
        use_image_layer(app, FlagAllImages())
        log = await finished(standin, await standin.slash("imagine", {"prompt": "a red fox", "steps": 1}))
    [message] = log.public_messages
    [attachment] = message["attachments"]
    assert attachment["filename"].startswith("SPOILER_") and not message["embeds"]
    assert "blurred" in message["content"]
