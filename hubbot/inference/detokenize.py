"""Token ids to text, one token at a time, whole characters only.

A token can end in the middle of a multi-byte UTF-8 character (Korean syllables and emoji take
three or four bytes; byte-level BPE splits them freely). Decoding such a prefix gives U+FFFD.
`Detokenizer.push` holds incomplete bytes back until the tokens that complete them arrive, and
`finish` drops what is still incomplete when generation ends (at the token limit, say), so no
answer, streamed or final, ever shows half a character.

Byte-level BPE tokenizers (GPT-2 style: SmolLM2, Llama 3, Qwen, the tiny models) are decoded
byte-exactly: each token's bytes go through an incremental UTF-8 decoder, and bytes that can
never form a character (a lead byte followed by a non-continuation) are dropped. Other
tokenizers (SentencePiece) are decoded as text, where an incomplete character shows only as
U+FFFD: it is held back while it is the last character and dropped otherwise.
"""

from __future__ import annotations

import codecs
from functools import cache
from typing import Any

REPLACEMENT = "\ufffd"


@cache
def _unicode_to_byte() -> dict[str, int]:
    """The inverse of GPT-2's byte-to-unicode table (printable stand-ins for the 256 bytes)."""
    printable = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1),
                 *range(ord("®"), ord("ÿ") + 1)]
    codes = list(printable)
    extra = 0
    for byte in range(256):
        if byte not in printable:
            printable.append(byte)
            codes.append(256 + extra)
            extra += 1
    return {chr(code): byte for byte, code in zip(printable, codes, strict=True)}


def is_byte_level(tokenizer: Any) -> bool:
    backend = getattr(tokenizer, "backend_tokenizer", None)
    decoder = getattr(backend, "decoder", None)
    return type(decoder).__name__ == "ByteLevel"


class Detokenizer:
    """Feed token ids with `push`; each call returns the new whole characters (maybe "")."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self._byte_level = is_byte_level(tokenizer)
        # Added tokens are stored as plain text, not in the byte alphabet; special ones are skipped.
        self._added = dict(getattr(tokenizer, "added_tokens_decoder", None) or {})
        self._special = frozenset(getattr(tokenizer, "all_special_ids", ()) or ()) | {
            i for i, t in self._added.items() if getattr(t, "special", False)}
        self._utf8 = codecs.getincrementaldecoder("utf-8")(errors="ignore")
        self._token_bytes: dict[int, bytes] = {}
        # Text path: the ids of the last emitted text (context: SentencePiece decodes a lone
        # token without its leading space, and fuses byte tokens only within one run), then
        # the ids not emitted yet.
        self._ids: list[int] = []
        self._context = 0  # how many of self._ids are context
        self._sent = 0  # characters of decode(self._ids) already returned

    def push(self, token: int) -> str:
        if self._byte_level:
            return self._utf8.decode(self._bytes_of(token))
        return self._push_text(token)

    def finish(self) -> str:
        """The end: whatever is still incomplete is dropped."""
        if self._byte_level:
            self._utf8.reset()
            return ""
        text = self._decoded().rstrip(REPLACEMENT)[self._sent:]
        self._ids, self._context, self._sent = [], 0, 0
        return text.replace(REPLACEMENT, "")

    # ---- byte-level BPE ------------------------------------------------------------------

    def _bytes_of(self, token: int) -> bytes:
        cached = self._token_bytes.get(token)
        if cached is None:
            cached = self._token_bytes[token] = self._lookup_bytes(token)
        return cached

    def _lookup_bytes(self, token: int) -> bytes:
        if token in self._special:
            return b""  # as decode(skip_special_tokens=True) does
        if token in self._added:
            return str(getattr(self._added[token], "content", self._added[token])).encode("utf-8")
        piece = self.tokenizer.convert_ids_to_tokens(token)
        table = _unicode_to_byte()
        if piece is None or not all(ch in table for ch in piece):
            return self.tokenizer.decode([token], skip_special_tokens=True).encode("utf-8")
        return bytes(table[ch] for ch in piece)

    # ---- any other tokenizer, through decode -----------------------------------------------

    def _decoded(self) -> str:
        return self.tokenizer.decode(self._ids, skip_special_tokens=True)

    def _push_text(self, token: int) -> str:
        self._ids.append(token)
        text = self._decoded()
        if text.endswith(REPLACEMENT):
            return ""  # maybe half a character: wait for the next token
        new = text[self._sent:].replace(REPLACEMENT, "")  # an earlier character never completed
        self._ids = self._ids[self._context:]
        self._context, self._sent = len(self._ids), len(self._decoded())
        return new
