"""Documents in conversations: text, Markdown, code and PDF files attached to /chat become
context — extracted (encodings, PDFs built here, no downloads), limited (bytes, pages,
characters, the model's context), screened by the content policy, remembered by the
conversation, exported and forgotten like messages — on the console, the one-shot CLI, Discord
and Slack (real discord.py and slack-bolt against the stand-ins)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from hubbot.commands.base import Answer, Attachment, Error, Request, UserRef
from hubbot.commands.documents import Document, extract, fit
from hubbot.commands.runner import execute
from hubbot.config import LimitsSection
from hubbot.errors import UserError
from hubbot.inference import prompts
from hubbot.inference.jobs import ChatMessage
from hubbot.storage import conversations, privacy

LIMITS = LimitsSection()
FACT = "The project codename is BLUEFIN."


def make_pdf(pages: list[str]) -> bytes:
    """A minimal PDF, one line of Helvetica text a page, with a correct cross-reference table."""
    count = len(pages)
    font = 3 + 2 * count
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{' '.join(f'{3 + 2 * i} 0 R' for i in range(count))}] "
        f"/Count {count} >>".encode(),
    ]
    for i, text in enumerate(pages):
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
            f"<< /Font << /F1 {font} 0 R >> >> /Contents {4 + 2 * i} 0 R >>".encode()
        )
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        stream = f"BT /F1 12 Tf 72 720 Td ({escaped}) Tj ET".encode()
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def encrypted_pdf(data: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt("secret", algorithm="RC4-128")  # RC4 needs no `cryptography`
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def refused_key(data: bytes, name: str, limits: LimitsSection = LIMITS) -> str:
    with pytest.raises(UserError) as caught:
        extract(data, name, limits)
    return caught.value.key


def attachment(name: str, data: bytes) -> Attachment:
    async def fetch(max_bytes: int) -> bytes:
        return data[: max_bytes + 1]

    return Attachment(name, None, len(data), fetch)


def chat(
    prompt: str,
    files: list[Attachment] | None = None,
    *,
    user: str = "discord:ann",
    key: str = "discord:thread:1",
    **options,
) -> Request:
    platform = user.split(":")[0]
    return Request(
        "chat",
        {"prompt": prompt, "max_tokens": 4, **options},
        UserRef(user, platform),
        key,
        attachments=files or [],
    )


async def run(app, request: Request) -> list:
    return [reply async for reply in execute(request, app)]


# ---- extraction --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("notes.txt", FACT.encode(), FACT),
        ("README.md", b"# Plan\n\n- ship *BLUEFIN* in May\r\n", "# Plan\n\n- ship *BLUEFIN* in May"),
        ("tool.py", b"def codename():\n    return 'BLUEFIN'\n", "def codename():\n    return 'BLUEFIN'"),
        ("bom.txt", "\ufeff".encode() + FACT.encode(), FACT),
        ("wide.txt", "한국어 BLUEFIN".encode("utf-16"), "한국어 BLUEFIN"),
        (
            "회의록.txt",
            "프로젝트 코드명은 블루핀입니다.\n다음 회의는 월요일.".encode("cp949"),
            "프로젝트 코드명은 블루핀입니다.\n다음 회의는 월요일.",
        ),
        ("euc.txt", "안녕하세요 문서입니다".encode("euc-kr"), "안녕하세요 문서입니다"),
    ],
)
def test_text_markdown_and_code_files_in_their_encodings(name: str, data: bytes, expected: str) -> None:
    document = extract(data, name, LIMITS)
    assert document.text == expected and document.name == name and document.pages is None


def test_a_file_name_is_one_line_without_backticks() -> None:
    document = extract(FACT.encode(), "evil`\nname.txt", LIMITS)
    assert document.name == "evil' name.txt"
    assert Document.from_content(document.content) == Document(document.name, FACT)


def test_a_pdfs_pages_are_read_in_order() -> None:
    document = extract(make_pdf([FACT, "Budget: 12 (twelve) units."]), "brief.pdf", LIMITS)
    assert document.pages == 2
    assert document.text.index("BLUEFIN") < document.text.index("Budget: 12 (twelve) units.")


@pytest.mark.parametrize(
    ("data", "name", "key"),
    [
        (b"", "empty.txt", "documents.empty"),
        (b"   \n\n ", "blank.md", "documents.no_text"),
        (make_pdf([""]), "scan.pdf", "documents.no_text"),
        (bytes(range(256)) * 8, "blob.bin", "documents.binary"),
        (b"PK\x03\x04" + b"\x00" * 40, "archive.txt", "documents.binary"),  # content decides, not the name
        (b"text\x01\x02\x03\x04\x05\x06 with controls", "odd.txt", "documents.binary"),
        (b"caf\xe9 au lait", "latin1.txt", "documents.encoding"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "photo.png", "documents.image"),
        (make_pdf([FACT])[:200], "cut.pdf", "documents.broken"),
        (b"%PDF-1.7\n garbage that is no pdf at all", "fake.pdf", "documents.broken"),
        (encrypted_pdf(make_pdf([FACT])), "locked.pdf", "documents.encrypted"),
    ],
)
def test_unreadable_files_are_refused_with_their_reason(data: bytes, name: str, key: str) -> None:
    assert refused_key(data, name) == key


def test_each_limit_comes_from_the_config() -> None:
    small = LimitsSection(max_document_bytes=100, max_document_pages=2, max_document_chars=50)
    assert refused_key(b"x" * 101, "big.txt", small) == "documents.too_large"
    assert (
        refused_key(make_pdf(["one", "two", "three"]), "long.pdf", LimitsSection(max_document_pages=2))
        == "documents.too_many_pages"
    )
    assert refused_key(b"word " * 12, "wordy.txt", small) == "documents.too_long"
    many = make_pdf([f"page {i} " + "lorem ipsum " * 5 for i in range(3)])
    assert refused_key(many, "wordy.pdf", LimitsSection(max_document_chars=100)) == "documents.too_long"
    assert extract(b"x" * 50, "ok.txt", small).text == "x" * 50


def test_an_owner_password_alone_does_not_lock_a_pdf() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf([FACT]))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    assert "BLUEFIN" in extract(out.getvalue(), "open.pdf", LIMITS).text


# ---- through /chat -------------------------------------------------------------------------------


async def test_the_reply_names_each_refusal_in_the_users_language(app) -> None:
    broken = await run(app, chat("이 문서 요약해 줘", [attachment("보고서.pdf", b"%PDF-1.4 broken")]))
    assert isinstance(broken[-1], Error) and "`보고서.pdf`을(를) PDF로 읽을 수 없습니다" in broken[-1].text
    big = LimitsSection(max_document_bytes=10)
    app.settings = app.settings.model_copy(update={"limits": big})
    large = await run(app, chat("summarize it", [attachment("notes.txt", b"x" * 11)]))
    assert isinstance(large[-1], Error) and large[-1].text.startswith("`notes.txt` is too large")
    assert not any(isinstance(r, Answer) for r in broken + large)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("plan.txt", "Step 1: how to make a bomb at home."),
        ("계획.md", "# 폭탄 만드는 법\n재료를 준비한다."),
    ],
)
async def test_a_harmful_document_is_refused_by_the_content_policy(app, name: str, text: str) -> None:
    replies = await run(app, chat("What does this say?", [attachment(name, text.encode())]))
    assert isinstance(replies[-1], Error) and replies[-1].kind == "refused"
    assert f"`{name}`" in replies[-1].text and "violence" in replies[-1].text  # the class, never the text
    assert await conversations.find(app.db, "discord", "discord:thread:1") is None  # nothing stored


async def test_a_document_is_remembered_once_and_named_under_each_answer(app) -> None:
    notes = attachment("notes.txt", FACT.encode())
    first = await run(app, chat("What is the codename?", [notes]))
    again = await run(app, chat("Say it again.", [notes]))  # offered again (a Slack thread's file)
    later = await run(app, chat("And in one word?"))
    for replies in (first, again, later):
        [answer] = [r for r in replies if isinstance(r, Answer)]
        assert "📄 Document: `notes.txt`" in answer.footer
    conversation = await conversations.find(app.db, "discord", "discord:thread:1")
    [stored] = await conversations.documents(app.db, conversation.id)
    assert stored.content == f"Document: notes.txt\n{FACT}" and stored.role == "document"
    assert [m.role for m in await conversations.history(app.db, conversation.id)] == ["user", "assistant"] * 3


async def test_follow_ups_give_the_model_the_document(app, monkeypatch) -> None:
    from hubbot.commands import chat as chat_module

    seen: list[str] = []
    real = chat_module.build_messages

    def spy(*args, **kwargs):
        messages = real(*args, **kwargs)
        seen.append(messages[-1].content)
        return messages

    monkeypatch.setattr(chat_module, "build_messages", spy)
    await run(app, chat("What is the codename?", [attachment("notes.txt", FACT.encode())]))
    await run(app, chat("Who chose it?"))
    assert all(f'Document: notes.txt\n"""\n{FACT}\n"""' in turn for turn in seen) and len(seen) == 2
    assert seen[1].endswith("Who chose it?")


async def test_users_who_keep_no_logs_keep_the_document_for_the_live_conversation(app) -> None:
    from hubbot.storage import users

    await users.touch(app.db, "discord:ann", "discord", "ann")
    await privacy.set_keep_logs(app.db, "discord:ann", False)  # /privacy keep_logs:off
    await run(app, chat("What is the codename?", [attachment("notes.txt", FACT.encode())]))
    replies = await run(app, chat("again?"))
    [answer] = [r for r in replies if isinstance(r, Answer)]
    assert "`notes.txt`" in answer.footer
    assert await conversations.find(app.db, "discord", "discord:thread:1") is None  # nothing written


def test_a_document_longer_than_the_context_is_cut_with_a_notice(app) -> None:
    renderer = app.registry.renderer("chat-small")
    card = app.registry.card("chat-small").model_copy(update={"context_length": 500})
    short = Document("short.txt", "tiny fact")
    long = Document("manual.txt", " ".join(f"line {i} of the manual." for i in range(400)))
    fitted = fit(renderer, card, [short, long], "What does it say?", 64)
    assert set(fitted.cut) == {"manual.txt"} and 0 < fitted.cut["manual.txt"] < 100
    assert "tiny fact" in fitted.prompt and fitted.prompt.endswith("What does it say?")
    system = prompts.system_messages(card)
    used = renderer.count_tokens(renderer.render([*system, ChatMessage("user", fitted.prompt)]))
    assert used <= 500 - 64
    whole = fit(renderer, card, [short], "What does it say?", 64)
    assert whole.cut == {} and "tiny fact" in whole.prompt


async def test_the_answer_says_when_a_document_was_cut(app) -> None:
    card = app.registry.card("chat-small")
    app.registry.cards["chat-small"] = card.model_copy(update={"context_length": 500})
    text = " ".join(f"line {i} of the manual." for i in range(400))
    replies = await run(app, chat("Summarize.", [attachment("manual.txt", text.encode())]))
    [answer] = [r for r in replies if isinstance(r, Answer)]
    assert "✂️ Only the first" in answer.footer and "`manual.txt`" in answer.footer


# ---- privacy --------------------------------------------------------------------------------------


async def test_export_includes_the_document_and_forget_removes_it(settings, db_url: str) -> None:
    import zipfile

    from hubbot.app import App
    from hubbot.commands.base import File
    from hubbot.storage.database import Database

    async with App.create(settings, db=Database(db_url)) as app:
        user = f"discord:ann-{db_url[:5]}"
        await run(
            app,
            chat(
                "What is the codename?",
                [attachment("notes.txt", FACT.encode())],
                user=user,
                key=f"discord:thread:{user}",
            ),
        )
        replies = await run(app, Request("export", {}, UserRef(user, "discord"), "discord:dm:1"))
        [archive] = [r for r in replies if isinstance(r, File)]
        data = json.loads(zipfile.ZipFile(io.BytesIO(archive.data)).read("data.json"))
        documents = [m for m in data["tables"]["messages"] if m["role"] == "document"]
        assert [d["content"] for d in documents] == [f"Document: notes.txt\n{FACT}"]
        counts = await privacy.forget_user(app.db, user, app.settings.data_path)  # what /forget runs
        assert counts["messages"] == 3  # the document and the exchange
        after = await privacy.export_user(app.db, user)
        assert after["messages"] == [] and after["conversations"] == []


async def test_retention_purges_documents_like_messages(app) -> None:
    from datetime import timedelta

    from sqlmodel import select

    from hubbot.storage import retention
    from hubbot.storage.models import Message

    await run(app, chat("What is the codename?", [attachment("notes.txt", FACT.encode())]))
    async with app.db.session() as session:  # everything in it is older than the retention period
        for message in (await session.exec(select(Message))).all():
            message.created_at = message.created_at - timedelta(days=3650)
            session.add(message)
    await retention.purge(app.db, app.settings.retention, app.settings.data_path)
    conversation = await conversations.find(app.db, "discord", "discord:thread:1")
    assert conversation is None or await conversations.documents(app.db, conversation.id) == []


# ---- console and the one-shot CLI ---------------------------------------------------------------


async def test_console_file_option_attaches_a_document(app, tmp_path: Path) -> None:
    from hubbot.bot.console import run_console

    notes = tmp_path / "notes.md"
    notes.write_text(f"# Brief\n{FACT}\n", encoding="utf-8")
    stdin = io.StringIO(
        f"/chat --file {notes} --max_tokens 4 What is the codename?\n"
        f"/chat --file {tmp_path / 'missing.pdf'} hello\n"
    )
    out, err = io.StringIO(), io.StringIO()
    assert await run_console(app, stdin=stdin, out=out, err=err) == 0
    assert "📄 Document: `notes.md`" in out.getvalue()
    assert f"File not found: {tmp_path / 'missing.pdf'}" in err.getvalue()


def test_cli_chat_file_answers_and_an_unreadable_file_is_one_line_and_exit_2(
    hub_dir: Path, tmp_path: Path, monkeypatch, capsys
) -> None:
    from hubbot.cli import main

    monkeypatch.setenv("HUBBOT_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.setenv("HUBBOT_DATA_DIR", str(tmp_path / "data"))
    config = ["--config", str(hub_dir / "hubbot.toml")]
    brief = tmp_path / "brief.pdf"
    brief.write_bytes(make_pdf([FACT]))
    assert main([*config, "chat", "--file", str(brief), "--max-tokens", "4", "What is the codename?"]) == 0
    assert "📄 Document: `brief.pdf`" in capsys.readouterr().out
    for name, data, says in (
        ("broken.pdf", b"%PDF-1.4 nothing else", "could not be read as a PDF"),
        ("blob.txt", bytes(range(256)), "is not a text file or a PDF"),
        ("cut.pdf", make_pdf([FACT])[:-30], "could not be read as a PDF"),  # pypdf logs about it
        ("locked.pdf", encrypted_pdf(make_pdf([FACT])), "password-protected"),
    ):
        bad = tmp_path / name
        bad.write_bytes(data)
        assert main([*config, "chat", "--file", str(bad), "What is it?"]) == 2
        captured = capsys.readouterr()
        assert captured.err.strip().count("\n") == 0 and says in captured.err and f"`{name}`" in captured.err
        assert captured.out == ""
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (LIMITS.max_document_bytes + 1))
    assert main([*config, "chat", "--file", str(big), "What is it?"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "is too large (limit: 5 MB)" in err


# ---- the platforms ---------------------------------------------------------------------------------


async def test_discord_slash_attachment_and_a_mention_with_a_document(settings) -> None:
    from tests.bot.test_discord import answered, configure, finished, running_bot
    from tests.standins.discord_standin import DiscordStandIn

    standin = await DiscordStandIn().start()
    try:
        async with running_bot(configure(settings, standin), standin) as app:
            synced = {c["name"]: c for c in standin.commands["global"] if c["type"] == 1}
            assert "chat" not in {c["name"] for c in standin.commands["global"] if c["type"] == 3}
            options = {o["name"]: o for o in synced["chat"]["options"]}
            assert options["file"]["type"] == 11 and not options["file"].get("required")  # an attachment
            pdf = standin.upload("brief.pdf", make_pdf([FACT]), content_type="application/pdf")
            log = await finished(
                standin,
                await standin.slash(
                    "chat", {"prompt": "What is the codename?", "max_tokens": 4}, attachments={"file": pdf}
                ),
            )
            [message] = log.public_messages
            assert "📄 Document: `brief.pdf`" in message["content"] and not log.ephemeral_texts
            bad = standin.upload("보고서.pdf", b"%PDF-1.4 broken", content_type="application/pdf")
            refused = await finished(
                standin,
                await standin.slash("chat", {"prompt": "요약해 줘"}, attachments={"file": bad}, locale="ko"),
            )
            assert not refused.public_messages and len(refused.ephemeral_texts) == 1
            assert "PDF로 읽을 수 없습니다" in refused.ephemeral_texts[0]
            notes = standin.upload("notes.md", f"# Notes\n{FACT}".encode(), content_type="text/markdown")
            posted = await standin.say("", attachments=[notes])  # a bare mention with a document
            replies = await answered(standin, posted)
            assert "📄 Document: `notes.md`" in replies[-1]["content"]
            found = await conversations.find(app.db, "discord", f"discord:chain:{posted['id']}")
            [stored] = await conversations.documents(app.db, found.id)
            assert stored.content.startswith("Document: notes.md\n# Notes")
    finally:
        await standin.stop()


async def test_slack_mention_with_a_file_and_slash_chat_in_its_thread(settings) -> None:
    from tests.bot.test_slack import post, running_bot, until
    from tests.standins.slack_standin import CHANNEL, TEAM, SlackStandIn

    standin = SlackStandIn()
    await standin.start()
    try:
        standin.files["brief.txt"] = FACT.encode()
        brief = {
            "id": "Fbrief",
            "name": "brief.txt",
            "mimetype": "text/plain",
            "size": len(FACT),
            "url_private": f"{standin.base}/files/brief.txt",
        }
        event = {
            "type": "event_callback",
            "team_id": TEAM,
            "event_id": "EvDoc",
            "event": {
                "type": "app_mention",
                "user": "U0031",
                "text": "<@UBOT> what is the codename?",
                "ts": "7.0001",
                "channel": CHANNEL,
                "team": TEAM,
                "files": [brief],
            },
        }
        standin.threads["7.0001"] = [{"ts": "7.0001", "text": "what is the codename?", "files": [brief]}]
        standin.files["bad.pdf"] = b"%PDF-1.4 broken"
        bad = {
            "id": "Fbad",
            "name": "bad.pdf",
            "mimetype": "application/pdf",
            "size": 15,
            "url_private": f"{standin.base}/files/bad.pdf",
        }
        broken = {
            "type": "event_callback",
            "team_id": TEAM,
            "event_id": "EvBad",
            "event": {
                "type": "app_mention",
                "user": "U0032",
                "text": "<@UBOT> read this",
                "ts": "8.0001",
                "channel": CHANNEL,
                "team": TEAM,
                "files": [bad],
            },
        }

        def finals() -> list[str]:
            return [c["text"] for c in standin.called("chat.update") if c.get("blocks")]

        async with running_bot(settings, standin) as (app, url):
            assert await post(url, json.dumps(event), form=False) == 200
            await until(lambda: len(finals()) == 1)
            body = standin.command("chat", "--max_tokens 4 and again?", user="U0031", thread_ts="7.0001")
            assert await post(url, body) == 200
            await until(lambda: len(finals()) == 2)
            assert await post(url, json.dumps(broken), form=False) == 200
            await until(
                lambda: any(
                    "could not be read as a PDF" in text
                    for text in finals() + [c.get("text", "") for c in standin.called("chat.postEphemeral")]
                )
            )
            found = await conversations.find(app.db, "slack", f"slack:{TEAM}:{CHANNEL}:7.0001")
            assert len(await conversations.documents(app.db, found.id)) == 1  # offered twice, kept once
        assert all("📄 Document: `brief.txt`" in text for text in finals()[:2])
    finally:
        await standin.stop()


# ---- the real model ----------------------------------------------------------------------------------


@pytest.mark.real_model
async def test_the_real_model_answers_from_the_document(real_hub_dir: Path, tmp_path: Path) -> None:
    from hubbot.app import App
    from hubbot.config import load_settings

    settings = load_settings(
        real_hub_dir / "hubbot.toml",
        data_dir=str(tmp_path / "data"),
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'db'}",
    )
    async with App.create(settings) as app:
        replies = await run(
            app,
            Request(
                "chat",
                {"prompt": "What is the project codename?", "max_tokens": 32},
                UserRef("console:ann", "console"),
                "console:doc",
                attachments=[attachment("notes.txt", f"{FACT}\n".encode())],
            ),
        )
        [answer] = [r for r in replies if isinstance(r, Answer)]
        assert "BLUEFIN" in answer.text.upper(), answer.text
        follow = await run(
            app,
            Request(
                "chat",
                {"prompt": "Repeat the project codename.", "max_tokens": 32},
                UserRef("console:ann", "console"),
                "console:doc",
            ),
        )
        [again] = [r for r in follow if isinstance(r, Answer)]
        assert "BLUEFIN" in again.text.upper(), again.text
