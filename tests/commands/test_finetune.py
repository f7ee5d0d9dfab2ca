"""/finetune with the tiny models: dataset formats and errors, the stepwise training through the
dispatcher (progress, cancel, chat between steps), the stored card, visibility, restart and
/forget."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import pytest
import pytest_asyncio
from sqlmodel import select

from hubbot.app import App
from hubbot.commands.base import Answer, Attachment, Done, Error, Image, Notice, Request, Status, UserRef
from hubbot.commands.finetune_data import DatasetError, check_content, parse_dataset
from hubbot.commands.runner import execute, execute_action
from hubbot.config import FinetuneSection
from hubbot.errors import Refused
from hubbot.inference import training as training_module
from hubbot.inference.training import IGNORE, Row, encode_row
from hubbot.storage import jobs as job_rows
from hubbot.storage import privacy
from hubbot.storage.models import FinetuneDataset, FinetuneVariant

ROWS = [
    {"instruction": f"What is the mascot of Blorbo College? ({i})", "output": "A purple walrus named Zib."}
    for i in range(6)
]
LIMITS = FinetuneSection()


def jsonl(rows: list[dict]) -> bytes:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode()


def attachment(data: bytes, filename: str = "data.jsonl") -> Attachment:
    async def fetch(max_bytes: int) -> bytes:
        return data[: max_bytes + 1]

    return Attachment(filename, "application/json", len(data), fetch)


def user(name: str, *, admin: bool = False, platform: str = "discord") -> UserRef:
    return UserRef(f"{platform}:{name}", platform, name, is_admin=admin)


def finetune_request(who: UserRef, name: str, data: bytes = b"", **options) -> Request:
    return Request(
        "finetune",
        {"name": name, "max_steps": 3, **options},
        who,
        f"c:{who.id}",
        attachments=[attachment(data or jsonl(ROWS))],
        scope="guild1",
    )


async def collect(replies) -> list:
    return [reply async for reply in replies]


def errors(replies: list) -> list[str]:
    return [r.text for r in replies if isinstance(r, Error)]


@pytest.fixture
def open_settings(settings):
    return settings.model_copy(update={"finetune": FinetuneSection(who="everyone", progress_every_s=0)})


@pytest_asyncio.fixture(loop_scope="function")  # on the test's own event loop
async def ft_app(open_settings):
    async with App.create(open_settings) as started:
        yield started


# ---- dataset formats ---------------------------------------------------------------------------


def test_formats_parse_to_the_same_examples() -> None:
    alpaca = parse_dataset(jsonl([{"instruction": "Q", "input": "ctx", "output": "A"}]), "d.jsonl", LIMITS)
    array = parse_dataset(
        json.dumps([{"instruction": "Q", "input": "ctx", "output": "A"}]).encode(), "d.json", LIMITS
    )
    csv = parse_dataset(b"instruction,input,output\nQ,ctx,A\n", "d.csv", LIMITS)
    assert alpaca == array and csv[0].context == alpaca[0].context and csv[0].answer == "A"
    assert csv[0].line == 2  # the CSV file line (after the header)
    assert alpaca[0].context[0].content == "Q\n\nctx" and alpaca[0].answer == "A"
    chat = parse_dataset(
        jsonl(
            [
                {
                    "messages": [
                        {"role": "system", "content": "S"},
                        {"role": "user", "content": "Q"},
                        {"role": "assistant", "content": "A"},
                    ]
                }
            ]
        ),
        "c.jsonl",
        LIMITS,
    )
    assert [m.role for m in chat[0].context] == ["system", "user"] and chat[0].answer == "A"


@pytest.mark.parametrize(
    ("data", "filename", "key", "params"),
    [
        (
            b'{"instruction": "Q", "output": "A"}\n{"instruction": "Q"\n',
            "d.jsonl",
            "finetune.bad_json",
            {"line": 2},
        ),
        (
            jsonl([{"instruction": "Q", "output": "A"}, {"instruction": "Q", "output": ""}]),
            "d.jsonl",
            "finetune.missing_field",
            {"line": 2, "field": "output"},
        ),
        (
            jsonl([{"instruction": 3, "output": "A"}]),
            "d.jsonl",
            "finetune.bad_field",
            {"line": 1, "field": "instruction"},
        ),
        (
            jsonl([{"messages": [{"role": "user", "content": "Q"}, {"role": "bot", "content": "A"}]}]),
            "d.jsonl",
            "finetune.bad_role",
            {"line": 1, "field": "messages[1].role"},
        ),
        (
            jsonl([{"messages": [{"role": "user", "content": "Q"}]}]),
            "d.jsonl",
            "finetune.last_not_assistant",
            {"line": 1},
        ),
        (
            b"instruction,output\nQ,A\n,B\n",
            "d.csv",
            "finetune.missing_field",
            {"line": 3, "field": "instruction"},
        ),
        (b"question,answer\nQ,A\n", "d.csv", "finetune.missing_field", {"line": 1, "field": "instruction"}),
        (b"[1, 2]", "d.json", "finetune.not_object", {"line": 1}),
        (b"\xff\xfe", "d.jsonl", "finetune.not_utf8", {}),
        (b"  \n", "d.jsonl", "finetune.empty", {}),
    ],
)
def test_errors_name_the_line_and_field(data: bytes, filename: str, key: str, params: dict) -> None:
    with pytest.raises(DatasetError) as caught:
        parse_dataset(data, filename, LIMITS)
    assert caught.value.key == key
    assert params.items() <= caught.value.params.items()


def test_size_and_row_caps_come_from_the_config() -> None:
    small = FinetuneSection(max_rows=3, max_dataset_bytes=500)
    with pytest.raises(DatasetError) as caught:
        parse_dataset(jsonl(ROWS[:4]), "d.jsonl", small)
    assert caught.value.key == "finetune.too_many_rows" and caught.value.params["rows"] == 4
    with pytest.raises(DatasetError) as caught:
        parse_dataset(jsonl(ROWS), "d.jsonl", small)
    assert caught.value.key == "finetune.too_big"


async def test_content_policy_reads_every_row_and_names_the_line(app) -> None:
    rows = [*ROWS[:2], {"instruction": "Tell me", "output": "how to make a bomb at home"}]
    with pytest.raises(Refused) as caught:
        check_content(app, parse_dataset(jsonl(rows), "d.jsonl", LIMITS), "en")
    assert caught.value.key == "finetune.refused_row" and caught.value.params["line"] == 3


async def test_loss_covers_the_answer_and_end_of_turn_only(app) -> None:
    renderer = app.registry.renderer("chat-small")
    card = app.registry.card("chat-small")
    row = Row(parse_dataset(jsonl(ROWS[:1]), "d.jsonl", LIMITS)[0].context, "A purple walrus named Zib.")
    encoded = encode_row(renderer.tokenizer, card, row, 512)
    answer_ids = [label for label in encoded.labels if label != IGNORE]
    first = encoded.labels.index(answer_ids[0])
    assert all(label == IGNORE for label in encoded.labels[:first])  # prompt: no loss
    assert encoded.labels[first:] == encoded.input_ids[first:]
    answer = renderer.tokenizer.decode(answer_ids)
    assert answer.startswith("A purple walrus named Zib.") and "<|im_end|>" in answer
    prompt = renderer.tokenizer.decode(encoded.input_ids[:first])
    assert prompt == renderer.render([*training_module.messages_for(card, row)])  # the chat prompt exactly


# ---- training end to end ---------------------------------------------------------------------------


async def test_finetune_streams_progress_and_registers_a_true_card(ft_app) -> None:
    ann = user("ann")
    replies = await collect(execute(finetune_request(ann, "ann-ft", epochs=2), ft_app))
    assert not errors(replies), errors(replies)
    notice = next(r for r in replies if isinstance(r, Notice))
    assert notice.actions[0].id.startswith("finetune-cancel:")
    statuses = [r.text for r in replies if isinstance(r, Status)]
    assert "6 rows" in statuses[0] and "3 steps" in statuses[0]
    steps = [s for s in statuses if "Step" in s]
    assert [s.split("Step ")[1].split(" ")[0] for s in steps] == ["1/3", "2/3", "3/3"]
    assert all("loss" in s and "tokens/s" in s and "left" in s for s in steps)
    answer = next(r for r in replies if isinstance(r, Answer))
    assert "ann-ft" in answer.text and "/compare" in answer.text and "chat-small,ann-ft" in answer.text
    image = next(r for r in replies if isinstance(r, Image))
    assert image.png.startswith(b"\x89PNG")
    assert isinstance(replies[-1], Done)

    card = ft_app.registry.card("ann-ft")
    info = card.info
    assert card.base_model == "chat-small" and Path(card.adapter).is_dir()
    assert (Path(card.adapter) / "adapter_model.safetensors").is_file()
    assert info.training_hardware == "CPU" and info.license == ft_app.registry.card("chat-small").info.license
    seconds = float(info.training_time.split(" s")[0])
    assert 0 < seconds < 60 and "3 steps" in info.training_time
    assert "M base +" in info.parameters and "trainable" in info.parameters
    assert info.dataset.startswith("6 rows,") and "answer tokens" in info.dataset
    assert "2 epochs, rank 8, learning rate 0.001" in info.training and "final loss" in info.training
    assert info.owner == "ann"
    async with ft_app.db.session() as session:
        row = await session.get(FinetuneVariant, "ann-ft")
        dataset = (await session.exec(select(FinetuneDataset))).one()
    assert row.user_id == "discord:ann" and not row.shared and row.card["adapter"] == card.adapter
    assert dataset.rows == 6 and (ft_app.settings.data_path / dataset.path).read_bytes() == jsonl(ROWS)
    record = await job_rows.get(ft_app.db, next(iter(r for r in [notice.actions[0].id.split(":", 1)[1]])))
    await ft_app.dispatcher.ledger.flush()
    record = await job_rows.get(ft_app.db, notice.actions[0].id.split(":", 1)[1])
    assert record is not None and record.kind == "train" and record.status == "done"

    # the owner chats with it; the adapter changes the answers (same greedy prompt, base vs variant)
    chat = await collect(
        execute(
            Request(
                "chat",
                {"prompt": "mascot?", "model": "ann-ft", "max_tokens": 8, "temperature": 0},
                ann,
                "c:chat",
            ),
            ft_app,
        )
    )
    assert not errors(chat) and any(isinstance(r, Answer) for r in chat)


async def test_visibility_share_unshare_delete(ft_app) -> None:
    ann, bob, boss = user("ann"), user("bob"), user("boss", admin=True)
    assert not errors(await collect(execute(finetune_request(ann, "ann-ft"), ft_app)))

    def ask(who: UserRef, command: str, **options) -> Request:
        return Request(command, options, who, f"c:{who.id}:{command}")

    hidden = await collect(execute(ask(bob, "chat", prompt="hi", model="ann-ft", max_tokens=2), ft_app))
    assert (
        errors(hidden)
        and "Unknown model `ann-ft`" in errors(hidden)[0]
        and "ann-ft," not in errors(hidden)[0]
    )
    compare = await collect(execute(ask(bob, "compare", prompt="hi", models="chat-small,ann-ft"), ft_app))
    assert errors(compare) and "ann-ft" in errors(compare)[0]
    listing = await collect(execute(ask(bob, "models"), ft_app))
    assert (
        "ann-ft" not in listing[-2].text if isinstance(listing[-1], Done) else "ann-ft" not in listing[0].text
    )
    compared = await collect(execute(ask(ann, "compare", prompt="hi", models="chat-small,ann-ft"), ft_app))
    assert not errors(compared)
    titles = {r.title for r in compared if isinstance(r, Answer)}
    assert any("ann-ft" in title for title in titles) and len(titles) == 2  # base and variant side by side
    variant_footer = next(r.footer for r in compared if isinstance(r, Answer) and "ann-ft" in r.title)
    assert "Training time:" in variant_footer and "trainable" in variant_footer  # its card's figures
    mine = await collect(execute(ask(ann, "models", model="ann-ft"), ft_app))
    text = next(r for r in mine if isinstance(r, Answer)).text
    assert "Made by: ann" in text and "Base model: chat-small" in text and "owner only" in text

    refused = await collect(execute(ask(bob, "models", model="ann-ft", action="share"), ft_app))
    assert errors(refused)  # bob cannot even see it
    shared = await collect(execute(ask(ann, "models", model="ann-ft", action="share"), ft_app))
    assert not errors(shared)
    seen = await collect(execute(ask(bob, "chat", prompt="hi", model="ann-ft", max_tokens=2), ft_app))
    assert not errors(seen)
    not_owner = await collect(execute(ask(bob, "models", model="ann-ft", action="delete"), ft_app))
    assert "Only the owner" in errors(not_owner)[0]
    assert not errors(await collect(execute(ask(ann, "models", model="ann-ft", action="unshare"), ft_app)))
    assert errors(await collect(execute(ask(bob, "chat", prompt="hi", model="ann-ft", max_tokens=2), ft_app)))
    adapter = Path(ft_app.registry.card("ann-ft").adapter)
    assert not errors(await collect(execute(ask(boss, "models", model="ann-ft", action="delete"), ft_app)))
    assert "ann-ft" not in ft_app.registry.cards and not adapter.exists()
    async with ft_app.db.session() as session:
        assert await session.get(FinetuneVariant, "ann-ft") is None


async def test_who_may_train_and_one_job_per_user(app, ft_app) -> None:
    refused = await collect(execute(finetune_request(user("ann"), "x-ft"), app))  # default: admins only
    assert "Only admins" in errors(refused)[0]
    bad = await collect(execute(finetune_request(user("ann"), "Bad Name!"), ft_app))
    assert "not a valid model id" in errors(bad)[0]
    taken = await collect(execute(finetune_request(user("ann"), "chat-small"), ft_app))
    assert "already taken" in errors(taken)[0]
    wrong = await collect(execute(finetune_request(user("ann"), "x-ft", data=b'{"instruction": 1}'), ft_app))
    assert "Line 1" in errors(wrong)[0]

    first = execute(finetune_request(user("ann"), "one-ft", max_steps=40, epochs=100), ft_app)
    notice = await anext(first)
    assert isinstance(notice, Notice)
    second = await collect(execute(finetune_request(user("ann"), "two-ft"), ft_app))
    assert "already have a training job" in errors(second)[0]
    other = await collect(execute(finetune_request(user("bob"), "bob-ft"), ft_app))
    assert "already training" in errors(other)[0]  # one per device (everything here is on the CPU)
    await collect(execute_action(notice.actions[0].id, Request("finetune", {}, user("ann"), "c"), ft_app))
    rest = await collect(first)
    assert "cancelled" in errors(rest)[0]


async def test_quotas_apply(open_settings) -> None:
    from hubbot.config import QuotasSection

    limited = open_settings.model_copy(update={"quotas": QuotasSection(per_user={"finetune": 1})})
    async with App.create(limited) as app:
        assert not errors(await collect(execute(finetune_request(user("ann"), "q1-ft", max_steps=1), app)))
        again = await collect(execute(finetune_request(user("ann"), "q2-ft", max_steps=1), app))
        assert errors(again) and "q2-ft" not in app.registry.cards


async def test_cancel_registers_nothing(ft_app) -> None:
    ann = user("ann")
    replies = execute(finetune_request(ann, "gone-ft", max_steps=200, epochs=100), ft_app)
    notice = await anext(replies)
    intruder = await collect(
        execute_action(notice.actions[0].id, Request("finetune", {}, user("bob"), "c"), ft_app)
    )
    assert "Only the person who started" in errors(intruder)[0]
    while not isinstance(await anext(replies), Status) or not ft_app.services["finetune"].trainings:
        pass
    await collect(execute_action(notice.actions[0].id, Request("finetune", {}, ann, "c"), ft_app))
    rest = await collect(replies)
    assert "cancelled" in errors(rest)[0] and "nothing was registered" in errors(rest)[0]
    assert "gone-ft" not in ft_app.registry.cards
    adapters = ft_app.settings.data_path / "finetune" / "adapters"
    assert not adapters.exists() or not any(adapters.iterdir())
    async with ft_app.db.session() as session:
        assert (await session.exec(select(FinetuneVariant))).all() == []
        assert (await session.exec(select(FinetuneDataset))).all() == []


async def test_chat_on_the_same_device_waits_about_one_step(ft_app, monkeypatch) -> None:
    step_s = 0.4
    real_step = training_module.LoraRun.step

    def slow_step(self, index):
        time.sleep(step_s)  # a step as long as a real model's: the chat must get in between
        return real_step(self, index)

    monkeypatch.setattr(training_module.LoraRun, "step", slow_step)
    replies = execute(finetune_request(user("ann"), "slow-ft", max_steps=12, epochs=100), ft_app)
    collector = asyncio.ensure_future(collect(replies))
    service = ft_app.services["finetune"]
    while not any(t.step >= 1 for t in service.trainings.values()):
        await asyncio.sleep(0.02)
    started = time.perf_counter()
    chat = await collect(
        execute(
            Request("chat", {"prompt": "hi", "model": "chat-small", "max_tokens": 4}, user("bob"), "c:bob"),
            ft_app,
        )
    )
    waited = time.perf_counter() - started
    assert not errors(chat)
    training = next(iter(service.trainings.values()))
    assert training.step < 12  # the chat finished while the model was still training
    assert waited < 2.5 * step_s + 1.0, waited
    await collector


# ---- restart, SIGTERM, forget ---------------------------------------------------------------------


async def test_variants_survive_a_restart_and_an_interrupted_training_is_reported(open_settings) -> None:
    async with App.create(open_settings) as app:
        assert not errors(await collect(execute(finetune_request(user("ann"), "kept-ft"), app)))
        replies = execute(finetune_request(user("bob"), "cut-ft", max_steps=500, epochs=100), app)
        await anext(replies)
        service = app.services["finetune"]
        while not any(t.step >= 2 for t in service.trainings.values()):
            await asyncio.sleep(0.02)
        collector = asyncio.ensure_future(collect(replies))
        await app.stop()  # what SIGTERM does in `hubbot run`
        rest = await collector
        assert "interrupted" in errors(rest)[0]
    checkpoint = open_settings.data_path / "finetune" / "adapters" / ".cut-ft.interrupted"
    state = json.loads((checkpoint / "hubbot_state.json").read_text())
    assert 2 <= state["step"] < 200 and state["total"] == 200  # 100 epochs x 2 batches, under max_steps
    assert (checkpoint / "adapter_model.safetensors").is_file()
    async with App.create(open_settings) as again:
        assert again.registry.card("kept-ft").info.owner == "ann"
        assert again.registry.visible("kept-ft", "discord:ann") and not again.registry.visible(
            "kept-ft", "discord:x"
        )
        assert "cut-ft" not in again.registry.cards  # half-trained: never registered
        interrupted = await job_rows.interrupted_jobs(again.db)
        assert [(j.command, j.kind, j.user_id) for j in interrupted] == [("finetune", "train", "discord:bob")]
        chat = await collect(
            execute(
                Request("chat", {"prompt": "hi", "model": "kept-ft", "max_tokens": 2}, user("ann"), "c"),
                again,
            )
        )
        assert not errors(chat)


async def test_forget_deletes_datasets_and_unshared_variants_and_keeps_shared_ones(ft_app) -> None:
    ann = user("ann")
    for name in ("mine-ft", "ours-ft"):
        assert not errors(await collect(execute(finetune_request(ann, name, max_steps=1), ft_app)))
    assert not errors(
        await collect(execute(Request("models", {"model": "ours-ft", "action": "share"}, ann, "c"), ft_app))
    )
    exported = await privacy.export_user(ft_app.db, ann.id)
    assert {r["id"] for r in exported["finetune_variants"]} == {"mine-ft", "ours-ft"}
    assert len(exported["finetune_datasets"]) == 2
    private_adapter = Path(ft_app.registry.card("mine-ft").adapter)
    dataset_files = list((ft_app.settings.data_path / "finetune" / "datasets").iterdir())
    assert len(dataset_files) == 2

    from hubbot.commands.forget import forget_everything

    _, counts = await forget_everything(ft_app, ann.id)
    assert counts["finetune_variants"] == 1 and counts["finetune_datasets"] == 2
    assert "mine-ft" not in ft_app.registry.cards and not private_adapter.exists()
    assert not any(f.exists() for f in dataset_files)
    assert ft_app.registry.visible("ours-ft", "discord:bob")  # shared: stays, with no owner
    assert ft_app.registry.access["ours-ft"].owner is None
    async with ft_app.db.session() as session:
        kept = await session.get(FinetuneVariant, "ours-ft")
    assert kept is not None and kept.user_id is None
    assert (await privacy.export_user(ft_app.db, ann.id))["finetune_variants"] == []


# ---- the adapters: an attachment option on Discord ---------------------------------------------------


async def test_finetune_on_discord_with_an_attached_dataset(settings) -> None:
    from tests.bot.test_discord import configure, finished, running_bot
    from tests.standins.discord_standin import ALICE, BOB, DiscordStandIn

    standin = await DiscordStandIn().start()
    try:
        everyone = settings.model_copy(update={"finetune": FinetuneSection(who="everyone")})
        async with running_bot(configure(everyone, standin), standin) as app:
            synced = {c["name"]: c for c in standin.commands["global"]}
            options = {o["name"]: o for o in synced["finetune"]["options"]}
            assert options["data"]["type"] == 11 and options["data"]["required"]  # an attachment
            assert "finetune" not in {c["name"] for c in standin.commands["global"] if c["type"] == 3}
            data = standin.upload("pim.jsonl", jsonl(ROWS), content_type="application/json")
            log = await finished(
                standin,
                await standin.slash(
                    "finetune", {"name": "disc-ft", "max_steps": 2}, attachments={"data": data}
                ),
            )
            shown = "\n".join(m["content"] for m in log.public_messages)
            assert "`disc-ft` is ready" in shown and "models:chat-small,disc-ft" in shown
            assert app.registry.access["disc-ft"].owner == f"discord:{ALICE['id']}"
            typed = await standin.autocomplete("chat", "model", "disc", user=BOB)
            await standin.wait_for(lambda: typed.callbacks, what="autocomplete")
            assert typed.callbacks[0]["data"]["choices"] == []  # Bob is not shown Alice's private variant
    finally:
        await standin.stop()


async def test_finetune_on_slack_takes_the_dataset_posted_in_the_thread(settings) -> None:
    from tests.bot.test_slack import post, running_bot, until
    from tests.standins.slack_standin import SlackStandIn

    standin = SlackStandIn()
    await standin.start()
    try:
        standin.files["pim.jsonl"] = jsonl(ROWS)
        dataset = {
            "id": "Fpim",
            "name": "pim.jsonl",
            "mimetype": "application/json",
            "size": len(jsonl(ROWS)),
            "url_private": f"{standin.base}/files/pim.jsonl",
        }
        standin.threads["5.0001"] = [{"ts": "5.0001", "text": "my data", "files": [dataset]}]
        everyone = settings.model_copy(update={"finetune": FinetuneSection(who="everyone")})
        async with running_bot(everyone, standin) as (app, url):
            body = standin.command("finetune", "slack-ft --max-steps 2", user="U0007", thread_ts="5.0001")
            assert await post(url, body) == 200
            lonely = standin.command("finetune", "lonely-ft", user="U0008")  # no thread, no file
            assert await post(url, lonely) == 200
            await until(lambda: "slack-ft" in app.registry.cards, 120)
            await until(lambda: standin.called("chat.postEphemeral"))
        assert app.registry.access["slack-ft"].owner.endswith("U0007")
        texts = [
            c.get("text", "") for name in ("chat.postMessage", "chat.update") for c in standin.called(name)
        ]
        assert any("`slack-ft` is ready" in text for text in texts), texts
        hint = standin.called("chat.postEphemeral")[0]["text"]
        assert "Post the file in a thread" in hint and "lonely-ft" not in app.registry.cards
    finally:
        await standin.stop()


def test_cli_finetune_then_chat_with_the_variant(hub_dir: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    from hubbot.cli import main

    monkeypatch.setenv("HUBBOT_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.chdir(tmp_path)  # the one-shot CLI saves the loss curve in the working directory
    data = tmp_path / "pim.jsonl"
    data.write_bytes(jsonl(ROWS))
    config = str(hub_dir / "hubbot.toml")
    name = f"cli-ft-{tmp_path.name[-8:].replace('_', '-').lower()}"
    common = ["--config", config, "finetune", "--data", str(data), "--user", "carol"]
    assert main([*common, "--name", name, "--max-steps", "2", "--rank", "4"]) == 0
    out = capsys.readouterr()
    assert "Step 2/2" in out.err and f"`{name}` is ready" in out.out
    assert (tmp_path / f"{name}-loss.png").read_bytes().startswith(b"\x89PNG")
    assert (
        main(["--config", config, "chat", "hi", "--model", name, "--max-tokens", "2", "--user", "carol"]) == 0
    )
    capsys.readouterr()
    assert (
        main(["--config", config, "chat", "hi", "--model", name, "--max-tokens", "2", "--user", "dave"]) == 2
    )
    assert f"Unknown model `{name}`" in capsys.readouterr().err
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"instruction": "Q"}\n')
    assert main([*common[:3], "--data", str(bad), "--name", "bad-ft", "--user", "carol"]) == 2
    assert (
        capsys.readouterr().err.strip().splitlines()[-1] == "Line 1: the field `output` is missing or empty."
    )
    assert main([*common[:3], "--data", str(tmp_path / "none.jsonl"), "--name", "bad-ft"]) == 2


def test_sigterm_checkpoints_the_adapter_and_reports_interrupted(hub_dir: Path, tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys

    database = tmp_path / "term.db"
    data = tmp_path / "pim.jsonl"
    data.write_bytes(jsonl(ROWS))
    env = {**os.environ, "HUBBOT_DATABASE_URL": f"sqlite+aiosqlite:///{database}"}
    name = f"term-ft-{tmp_path.name[-8:].replace('_', '-').lower()}"
    command = [
        sys.executable,
        "-m",
        "hubbot",
        "--config",
        str(hub_dir / "hubbot.toml"),
        "finetune",
        "--data",
        str(data),
        "--name",
        name,
        "--epochs",
        "100",
        "--max-steps",
        "2000",
    ]
    process = subprocess.Popen(
        command, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert process.stderr is not None
    for line in process.stderr:
        if "Step " in line:  # training (progress lines come about once a second)
            break
    process.send_signal(signal.SIGTERM)
    _, rest = process.communicate(timeout=120)
    assert process.returncode == 130, rest
    assert "interrupted at step" in rest and "checkpoint" in rest
    checkpoint = hub_dir / "data" / "finetune" / "adapters" / f".{name}.interrupted"
    assert (checkpoint / "adapter_model.safetensors").is_file()
    assert (
        json.loads((checkpoint / "hubbot_state.json").read_text())["total"] == 200
    )  # 100 epochs x 2 batches

    async def records() -> list:
        from hubbot.storage import Database

        db = Database(f"sqlite+aiosqlite:///{database}")
        try:
            return [(r.kind, r.status) for r in await job_rows.for_user(db, "console:local")]
        finally:
            await db.close()

    assert asyncio.run(records()) == [("train", "interrupted")]
