"""Documents in conversations (a helper module, not a command): text, Markdown, code and PDF
files attached to /chat — a Discord option, a Slack file, a mention's attachment, `--file` in
the console and the one-shot CLI — become context for the conversation.

- `extract` turns untrusted bytes into a `Document`, recognised by content, never by name:
  a PDF (`%PDF-`) is read with pypdf — encrypted, broken or too many pages refused before any
  text is extracted; anything else must be text: UTF-8 (with or without BOM), UTF-16 with a
  BOM, or CP949/EUC-KR (Korean files saved on Windows). Binary content is refused.
- `read` fetches a request's attachments within the byte cap, extracts them off the event loop
  and screens the text with the content policy (the path requests and code files take).
- A document is stored as a conversation message of role `document`: purged, exported and
  forgotten like messages. Its content is what the model reads: "Document: NAME" then the text.
- `fit` puts the conversation's documents into the newest user turn. What does not fit the
  model's context (counted in its own tokens) is cut, keeping the start of each document, and
  the answer says so (`documents.cut`) — a refusal would leave a long PDF no way in at all.
Limits (`[limits] max_document_bytes / pages / chars`) are characters, not tokens, at
extraction: that bound holds for every model; tokens are counted only when a model is chosen.
"""

from __future__ import annotations

import asyncio
import codecs
import io
import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

from hubbot.commands.base import Attachment, Request
from hubbot.commands.image_input import sniff_format
from hubbot.errors import Refused, UserError
from hubbot.i18n import t
from hubbot.inference import prompts
from hubbot.inference.jobs import ChatMessage
from hubbot.policy.moderation import refusal, screen
from hubbot.storage.conversations import DOCUMENT

if TYPE_CHECKING:
    from pypdf import PdfReader

    from hubbot.app import App
    from hubbot.config import LimitsSection, ModelCard
    from hubbot.inference.backends.base import PromptRenderer

# pypdf logs what it repairs or can't read in a damaged file: for us that is the user's file,
# answered with documents.broken (or read anyway), not a warning in the operator's log or a
# second line on the CLI's stderr.
logging.getLogger("pypdf").setLevel(logging.ERROR)

ROLE = DOCUMENT
HEADER = "Document: "
INTRO = "Use the following document(s) to answer."
PDF_MAGIC = b"%PDF-"
HANGUL_SYLLABLE = re.compile(r"[\uac00-\ud7a3]")
# Control characters a text file may hold; any other in more than 1 of 100 characters: binary.
TEXT_CONTROLS = frozenset("\t\n\r\f\v\x1b")
# Names a thread's file is taken by without being attached to the request (Slack's /chat).
_SUFFIXES = (
    ".txt .md .markdown .rst .csv .tsv .log .json .jsonl .yaml .yml .toml .ini .cfg .xml .html .htm "
    ".tex .pdf .py .js .ts .rs .go .java .kt .c .h .cc .cpp .hpp .cs .rb .php .swift .sh .sql .r .scala .lua"
)
TEXT_SUFFIXES = frozenset(_SUFFIXES.split())
# The image helpers' download errors, as a document's.
DOWNLOAD_ERRORS = {
    "image_input.too_large": "documents.too_large",
    "image_input.download_failed": "documents.download_failed",
    "image_input.download_timeout": "documents.download_failed",
    "image_input.host_not_allowed": "documents.download_failed",
}


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    pages: int | None = None  # a PDF's

    @property
    def content(self) -> str:
        """The stored form (a message's content)."""
        return f"{HEADER}{self.name}\n{self.text}"

    @classmethod
    def from_content(cls, content: str) -> Document:
        first, _, text = content.partition("\n")
        return cls(first.removeprefix(HEADER), text)

    def block(self, chars: int | None = None) -> str:
        """How the model reads it (`chars`: only the first that many characters)."""
        text = self.text if chars is None else self.text[:chars]
        return f'{HEADER}{self.name}\n"""\n{text}\n"""'


def looks_like_document(filename: str, content_type: str | None) -> bool:
    """A file worth taking from a thread unasked: text or PDF by its type or name."""
    kind = (content_type or "").lower()
    return (
        kind.startswith("text/")
        or kind == "application/pdf"
        or PurePath(filename).suffix.lower() in TEXT_SUFFIXES
    )


# ---- extraction (blocking: call in a thread) --------------------------------------------------


def display_name(filename: str) -> str:
    """A file name as shown and stored: one line, no backticks (it is quoted in `code`)."""
    return " ".join(filename.replace("`", "'").split())[:200] or "document"


def extract(data: bytes, name: str, limits: LimitsSection) -> Document:
    """A document from untrusted bytes, or a UserError saying why not."""
    name = display_name(name)
    if not data:
        raise UserError("documents.empty", name=name)
    if len(data) > limits.max_document_bytes:
        raise Refused("documents.too_large", name=name, limit=megabytes(limits.max_document_bytes))
    pages = None
    if PDF_MAGIC in data[:1024]:  # readers accept the header anywhere in the first kilobyte
        text, pages = pdf_text(data, name, limits)
    elif sniff_format(data) is not None:
        raise UserError("documents.image", name=name)
    else:
        text = decode_text(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise UserError("documents.no_text", name=name)
    if len(text) > limits.max_document_chars:
        raise Refused("documents.too_long", name=name, limit=limits.max_document_chars)
    return Document(name, text, pages)


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (BOM or not), UTF-16 with a BOM, else CP949 (a superset of EUC-KR) when that
    reads as Korean; NUL bytes or many control characters mean binary."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decoded(data, "utf-16", name)
    elif b"\x00" in data:
        raise UserError("documents.binary", name=name)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _decoded(data, "cp949", name)
            # cp949 reads many byte strings; a Korean file has Hangul in it.
            if not HANGUL_SYLLABLE.search(text):
                raise UserError("documents.encoding", name=name) from None
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in TEXT_CONTROLS)
    if controls * 100 > len(text):
        raise UserError("documents.binary", name=name)
    return text


def _decoded(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise UserError("documents.encoding", name=name) from None


def pdf_text(data: bytes, name: str, limits: LimitsSection) -> tuple[str, int]:
    """The text of every page, pages separated by a blank line, and the page count."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _opened(reader):
            raise Refused("documents.encrypted", name=name)
        count = len(reader.pages)
    except UserError:
        raise
    except Exception:  # pypdf raises many kinds on a damaged file (PdfReadError, KeyError, ...)
        raise UserError("documents.broken", name=name) from None
    if count > limits.max_document_pages:
        raise Refused("documents.too_many_pages", name=name, pages=count, limit=limits.max_document_pages)
    texts: list[str] = []
    total = 0
    for page in reader.pages:
        try:
            text = page.extract_text() or ""
        except Exception:  # as above: a page that can't be decoded
            raise UserError("documents.broken", name=name) from None
        total += len(text)
        if total > limits.max_document_chars:  # stop reading early
            raise Refused("documents.too_long", name=name, limit=limits.max_document_chars)
        texts.append(text.strip())
    return "\n\n".join(filter(None, texts)), count


def _opened(reader: PdfReader) -> bool:
    """An encrypted PDF opens with the empty password when only an owner password is set."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # an unsupported cipher (AES without `cryptography`) or a bad header
        return False


def megabytes(count: int) -> str:
    return f"{count / (1024 * 1024):.1f}".rstrip("0").rstrip(".")


# ---- a request's documents ----------------------------------------------------------------


async def fetch(attachment: Attachment, limits: LimitsSection) -> bytes:
    """The bytes, refused past `max_document_bytes` (before downloading when the size is known)."""
    cap = limits.max_document_bytes
    name = display_name(attachment.filename)
    too_large = Refused("documents.too_large", name=name, limit=megabytes(cap))
    if attachment.size is not None and attachment.size > cap:
        raise too_large
    try:
        data = await attachment.fetch(cap)
    except UserError as exc:
        key = DOWNLOAD_ERRORS.get(exc.key)
        if key is None:
            raise
        if key == "documents.too_large":
            raise too_large from None
        raise UserError(key, name=name) from None
    if len(data) > cap:
        raise too_large
    return data


async def read(request: Request, app: App, lang: str) -> list[Document]:
    """The request's attachments as documents, each checked against the content policy."""
    limits = app.settings.limits
    found: list[Document] = []
    for attachment in request.attachments:
        data = await fetch(attachment, limits)
        document = await asyncio.to_thread(extract, data, attachment.filename, limits)
        finding = await screen(app, document.text)
        if finding is not None:
            refused = refusal(finding, lang)
            if refused.key == "moderation.refused":  # say which file: the user's words passed
                refused = Refused("documents.refused", name=document.name, **refused.params)
            raise refused
        found.append(document)
    return found


def new_ones(attached: Sequence[Document], pinned: Sequence[Document]) -> list[Document]:
    """The attached documents the conversation does not hold yet (a Slack thread's file is
    offered again with every /chat in it)."""
    held = {d.content for d in pinned}
    out: list[Document] = []
    for document in attached:
        if document.content not in held:
            held.add(document.content)
            out.append(document)
    return out


# ---- into the prompt ------------------------------------------------------------------------


@dataclass(frozen=True)
class Fitted:
    prompt: str  # the newest user turn, documents included
    cut: dict[str, int]  # document name -> percent of its text the model saw (only those cut)


def with_documents(documents: Sequence[Document], prompt: str, shares: Sequence[int] | None = None) -> str:
    if not documents:
        return prompt
    blocks = [d.block(None if shares is None else shares[i]) for i, d in enumerate(documents)]
    return "\n\n".join([INTRO, *blocks, prompt])


def fit(
    renderer: PromptRenderer,
    card: ModelCard,
    documents: Sequence[Document],
    prompt: str,
    max_new_tokens: int,
    system: list[ChatMessage] | None = None,
) -> Fitted:
    """The newest turn with as much of the documents as fits the model's context beside the
    system prompt and room for the answer: the start of each, the longest cut first. Blocking
    (tokenizer work). Raises chat.context_overflow when not even the question fits."""
    system = prompts.system_messages(card) if system is None else system  # as build_messages
    budget = card.context_length - max_new_tokens

    def fits(text: str) -> bool:
        return renderer.count_tokens(renderer.render([*system, ChatMessage("user", text)])) <= budget

    whole = with_documents(documents, prompt)
    if not documents or fits(whole):
        return Fitted(whole, {})
    low, high = 0, max(len(d.text) for d in documents)  # characters kept of each: low fits, high not
    while high - low > max(1, high // 200):  # to within half a percent: a dozen tokenizer runs
        middle = (low + high) // 2
        if fits(with_documents(documents, prompt, _shares(documents, middle))):
            low = middle
        else:
            high = middle
    shares = _shares(documents, low)
    if not fits(with_documents(documents, prompt, shares)):
        raise UserError("chat.context_overflow", limit=card.context_length)
    cut = {
        d.name: _percent(kept, len(d.text))
        for d, kept in zip(documents, shares, strict=True)
        if kept < len(d.text)
    }
    return Fitted(with_documents(documents, prompt, shares), cut)


def _percent(part: int, whole: int) -> int:
    """Rounded down, but never 0 for some text or 100 for a cut one."""
    return 0 if not part else max(1, min(99, 100 * part // whole))


def _shares(documents: Sequence[Document], most: int) -> list[int]:
    """At most `most` characters of each: short documents stay whole."""
    return [min(len(d.text), most) for d in documents]


def footer_lines(documents: Sequence[Document], cut: dict[str, int], lang: str) -> list[str]:
    """Which documents the answer used, and which only in part."""
    if not documents:
        return []
    names = ", ".join(f"`{d.name}`" for d in documents)
    lines = [t("documents.used", lang, names=names)]
    lines += [t("documents.cut", lang, name=name, percent=percent) for name, percent in cut.items()]
    return lines
