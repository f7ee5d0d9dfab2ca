"""/show JOB_ID (issue 22): a finished result posted again — an answer's text, an image job's
pictures with their buttons — for its owner anywhere, for others only in the channel where it
was posted publicly; refused clearly once past retention; the console prints the id under each
result; the owner's "show again" button; /forget and retention reach the stored results."""

from __future__ import annotations

import io
from datetime import timedelta

from sqlmodel import select

from hubbot.app import App
from hubbot.bot.console import ConsoleRenderer, run_console
from hubbot.commands.base import Answer, Error, Image, Request, UserRef
from hubbot.commands.runner import execute, execute_action
from hubbot.storage import privacy, retention
from hubbot.storage.models import Result, User

ANN = UserRef("discord:ann", "discord", "ann")
BOB = UserRef("discord:bob", "discord", "bob")
SAMPLED = {"temperature": 1.0, "max_tokens": 8}


def at(command: str, options: dict, user: UserRef = ANN, channel: str = "10") -> Request:
    return Request(command, options, user, f"discord:chain:{command}{channel}{user.id}", scope="discord:1",
                   channel=channel)


async def run(app: App, request: Request) -> list:
    return [reply async for reply in execute(request, app)]


async def chatted(app: App, user: UserRef = ANN, channel: str = "10") -> Answer:
    replies = await run(app, at("chat", {"prompt": "hello there", **SAMPLED}, user, channel))
    return next(r for r in replies if isinstance(r, Answer))


async def consented(app: App, *users: UserRef) -> None:
    async with app.db.session() as session:
        for user in users:
            session.add(User(id=user.id, platform=user.platform, image_consent_at=app.db.now()))


async def test_the_owner_shows_an_answer_again_by_its_job_id_or_as_the_latest(app) -> None:
    answer = await chatted(app)
    assert answer.job_id
    again = await run(app, at("show", {"id": answer.job_id}, channel="99"))  # the owner: anywhere
    shown = next(r for r in again if isinstance(r, Answer))
    assert (shown.text, shown.title, shown.footer) == (answer.text, answer.title, answer.footer)
    latest = await run(app, at("show", {}))
    assert next(r for r in latest if isinstance(r, Answer)).text == answer.text


async def test_others_see_a_public_result_only_in_its_channel_and_a_private_one_never(app) -> None:
    answer = await chatted(app)
    same_channel = await run(app, at("show", {"id": answer.job_id}, BOB))
    assert next(r for r in same_channel if isinstance(r, Answer)).text == answer.text
    elsewhere = await run(app, at("show", {"id": answer.job_id}, BOB, channel="11"))
    assert isinstance(elsewhere[-1], Error) and "No result" in elsewhere[-1].text
    async with app.db.session() as session:  # as if it had been a private reply
        row = await session.get(Result, answer.job_id)
        row.public = False
        session.add(row)
    private = await run(app, at("show", {"id": answer.job_id}, BOB))
    assert isinstance(private[-1], Error) and "No result" in private[-1].text
    unknown = await run(app, at("show", {"id": "no-such-job"}, BOB))
    assert unknown[-1].text == private[-1].text.replace(answer.job_id, "no-such-job")  # ids stay secret


async def test_past_retention_is_refused_clearly(app) -> None:
    answer = await chatted(app)
    later = app.db.now() + timedelta(days=app.settings.retention.messages_days, seconds=1)
    app.db.clock = lambda: later
    expired = await run(app, at("show", {"id": answer.job_id}))
    assert isinstance(expired[-1], Error) and "expired" in expired[-1].text
    await retention.purge(app.db, app.settings.retention, app.settings.data_path)
    async with app.db.session() as session:
        assert await session.get(Result, answer.job_id) is None


async def test_an_image_comes_back_with_its_buttons_and_show_again_is_the_owners(app) -> None:
    await consented(app, ANN, BOB)
    made = await run(app, at("imagine", {"prompt": "a red fox", "steps": 1, "seed": 7}))
    image = next(r for r in made if isinstance(r, Image))
    assert image.job_id and [a.id.split(":")[0] for a in image.actions] == ["imagine-reroll", "imagine-vary",
                                                                             "show"]
    again = await run(app, at("show", {"id": image.job_id}, channel="12"))
    shown = next(r for r in again if isinstance(r, Image))
    assert shown.png == image.png and shown.caption == image.caption
    assert [a.id for a in shown.actions] == [a.id for a in image.actions]
    artifact_id = image.filename.rsplit("-", 1)[1][:16]  # the id the caption shows
    by_artifact = await run(app, at("show", {"id": artifact_id}))
    assert any(isinstance(r, Image) for r in by_artifact)

    pressed = [r async for r in execute_action(image.actions[-1].id, at("show", {}), app)]
    assert any(isinstance(r, Image) for r in pressed)
    stranger = [r async for r in execute_action(image.actions[-1].id, at("show", {}, BOB), app)]
    assert isinstance(stranger[-1], Error) and "Only the person" in stranger[-1].text
    public = await run(app, at("show", {"id": image.job_id}, BOB))  # by typing it, in its channel
    assert [a.id.split(":")[0] for a in next(r for r in public if isinstance(r, Image)).actions] == [
        "imagine-reroll", "imagine-vary"]  # no "show again" for someone else


async def test_forget_and_export_reach_the_stored_results(app) -> None:
    answer = await chatted(app)
    exported = await privacy.export_user(app.db, ANN.id)
    assert [r["id"] for r in exported["results"]] == [answer.job_id]
    await privacy.forget_user(app.db, ANN.id, app.settings.data_path)
    async with app.db.session() as session:
        assert not (await session.exec(select(Result))).all()


async def test_no_answer_is_kept_for_show_when_the_user_keeps_no_logs(app) -> None:
    async with app.db.session() as session:
        session.add(User(id=ANN.id, platform="discord", keep_logs=False))
    answer = await chatted(app)
    refused = await run(app, at("show", {"id": answer.job_id}))
    assert isinstance(refused[-1], Error)


async def test_the_console_prints_the_job_id_and_show_uses_it(app) -> None:
    out, err = io.StringIO(), io.StringIO()
    renderer = ConsoleRenderer(out, err, save_dir=app.settings.data_path)
    request = Request("chat", {"prompt": "hi", **SAMPLED}, UserRef("console:op", "console"), "console:s")
    await renderer.render(execute(request, app))
    line = next(x for x in out.getvalue().splitlines() if x.strip().startswith("(/show "))
    job_id = line.strip()[len("(/show "):-1]
    stdin = io.StringIO(f"/show {job_id}\n")
    shown = io.StringIO()
    assert await run_console(app, user="op", stdin=stdin, out=shown, err=io.StringIO()) == 0
    first = out.getvalue().split(line)[0].strip().splitlines()
    assert first[0] in shown.getvalue()


async def test_discord_show_again_button_and_show_by_id_through_discord_py(settings, discord) -> None:
    from tests.bot.test_discord import PNG_MAGIC, buttons, configure, finished, running_bot
    from tests.standins.discord_standin import ALICE, BOB, OTHER_CHANNEL_ID

    async with running_bot(configure(settings, discord), discord):
        drawn = await finished(discord, await discord.slash("imagine", {"prompt": "a lighthouse", "seed": 3}))
        [message] = drawn.public_messages
        again = next(b["custom_id"] for b in buttons(message) if b["custom_id"].startswith("show:"))
        pressed = await finished(discord, await discord.click(message, again, user=ALICE))
        [shown] = pressed.public_messages
        assert discord.file(shown["attachments"][0]).startswith(PNG_MAGIC)
        assert shown["embeds"][0]["description"] == message["embeds"][0]["description"]  # the same caption
        stranger = await finished(discord, await discord.click(message, again, user=BOB))
        assert not stranger.public_messages and any("Only the person" in t for t in stranger.ephemeral_texts)
        job_id = again.split(":", 1)[1]
        elsewhere = await finished(discord, await discord.slash("show", {"id": job_id}, user=BOB,
                                                                channel_id=OTHER_CHANNEL_ID))
        assert not elsewhere.public_messages and any("No result" in t for t in elsewhere.ephemeral_texts)
        by_id = await finished(discord, await discord.slash("show", {"id": job_id}, user=BOB))
        assert [len(m["attachments"]) for m in by_id.public_messages] == [1]  # public, in its channel
