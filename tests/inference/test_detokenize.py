"""No half characters: token ids become text in whole characters, streamed or final, whatever
the token limit cuts (issue 16: an answer ending in U+FFFD)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from hubbot.inference.backends.openai_text import _Stream, _take_chunk
from hubbot.inference.backends.transformers_text import RowDecoder, RowOptions
from hubbot.inference.detokenize import REPLACEMENT, Detokenizer, is_byte_level
from hubbot.inference.jobs import Finished, TextDelta

TEXT = "안녕하세요 😀 hubbot, 日本語も少し — ✓ done"


@pytest.fixture(scope="module")
def byte_level(hub_dir: Path):
    """The tiny chat model's real byte-level BPE tokenizer (as SmolLM2, Llama 3, Qwen use)."""
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(hub_dir / "models" / "chat-small")


@pytest.fixture(scope="module")
def byte_fallback():
    """A SentencePiece-style tokenizer (Llama 2): unknown characters fall back to <0xNN> tokens."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    vocab = {"<unk>": 0, **{f"<0x{b:02X}>": 1 + b for b in range(256)}}
    for word in ("▁hubbot", "▁done", "▁", "h", "u", "b", "o", "t", "d", "n", "e", ","):
        vocab.setdefault(word, len(vocab))
    tokenizer = Tokenizer(models.BPE(vocab=vocab, merges=[], unk_token="<unk>", byte_fallback=True))
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace()
    tokenizer.decoder = decoders.Sequence([decoders.Replace("▁", " "), decoders.ByteFallback(),
                                           decoders.Fuse(), decoders.Strip(" ", 1, 0)])
    return PreTrainedTokenizerFast(tokenizer_object=tokenizer, unk_token="<unk>")


def cuts_in_half(tokenizer, ids: list[int]) -> list[int]:
    """Prefix lengths at which plain decoding shows U+FFFD: where a character is cut."""
    decode = tokenizer.decode
    return [n for n in range(1, len(ids)) if REPLACEMENT in decode(ids[:n], skip_special_tokens=True)]


@pytest.mark.parametrize("kind", ["byte_level", "byte_fallback"])
def test_every_cut_gives_whole_characters_only(kind: str, request: pytest.FixtureRequest) -> None:
    tokenizer = request.getfixturevalue(kind)
    assert is_byte_level(tokenizer) == (kind == "byte_level")
    ids = tokenizer(TEXT, add_special_tokens=False)["input_ids"]
    whole = tokenizer.decode(ids, skip_special_tokens=True)
    assert cuts_in_half(tokenizer, ids), "the text must split some character across tokens"
    for n in range(1, len(ids) + 1):
        detokenizer = Detokenizer(tokenizer)
        pieces = [detokenizer.push(token) for token in ids[:n]]
        pieces.append(detokenizer.finish())
        text = "".join(pieces)
        assert REPLACEMENT not in text, (n, text)
        assert whole.startswith(text.rstrip()), (n, text)
    assert text == whole  # nothing lost when nothing is cut


def test_a_character_that_never_completes_is_dropped_mid_stream(byte_level) -> None:
    korean = byte_level("한", add_special_tokens=False)["input_ids"]
    ascii_ids = byte_level(" ok", add_special_tokens=False)["input_ids"]
    # The first byte of 한 as its own token, then plain text: the character can never complete.
    lead = [i for i in range(len(byte_level)) if byte_level.convert_ids_to_tokens(i) == "í"]
    assert lead and len(korean) >= 1
    detokenizer = Detokenizer(byte_level)
    text = "".join(detokenizer.push(t) for t in [lead[0], *ascii_ids]) + detokenizer.finish()
    assert text == " ok"
    assert REPLACEMENT in byte_level.decode([lead[0], *ascii_ids])  # what plain decoding shows


def test_the_row_decoder_never_streams_half_a_character_at_the_token_limit(byte_level) -> None:
    ids = byte_level(TEXT, add_special_tokens=False)["input_ids"]
    for limit in cuts_in_half(byte_level, ids):
        events: list = []
        options = RowOptions(max_new_tokens=limit, temperature=0.0, top_p=1.0, top_k=0, seed=None,
                             stops=("<|im_end|>",), shared=())
        row = RowDecoder("job", byte_level, options, frozenset({byte_level.eos_token_id}),
                         lambda _job, event, events=events: events.append(event), time.perf_counter())
        for token in ids:
            if row.push(token):
                break
        deltas = "".join(e.text for e in events if isinstance(e, TextDelta))
        final = [e for e in events if isinstance(e, Finished)]
        assert len(final) == 1 and final[0].finish_reason == "length"
        assert REPLACEMENT not in deltas and REPLACEMENT not in final[0].text, limit
        assert TEXT.startswith(final[0].text) and deltas.strip() == final[0].text


def test_a_remote_servers_cut_character_is_not_shown() -> None:
    state = _Stream()
    streamed = [_take_chunk({"choices": [{"index": 0, "delta": {"content": part}}]}, state)
                for part in ("안녕", "하\ufffd")]
    _take_chunk({"choices": [{"index": 0, "delta": {}, "finish_reason": "length"}]}, state)
    assert streamed == ["안녕", "하"] and state.text == "안녕하"
