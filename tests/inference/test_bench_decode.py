"""`hubbot bench`: batch-1 decode against the bandwidth bound, the plain padded-batch ceiling
beside the dispatcher's ratio, and time to first token under load."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hubbot.inference import decode_bound


def test_weight_bytes_per_token_counts_tied_embeddings_once_and_skips_an_untied_input_table() -> None:
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    def model(tied: bool) -> Any:
        config = LlamaConfig(vocab_size=1000, hidden_size=32, intermediate_size=64, num_hidden_layers=1,
                             num_attention_heads=2, num_key_value_heads=2, tie_word_embeddings=tied)
        return LlamaForCausalLM(config).to(torch.float32)

    tied, untied = model(True), model(False)
    assert decode_bound.weight_bytes_per_token(tied) == 4 * sum(p.numel() for p in tied.parameters())
    table = 1000 * 32
    everything = 4 * sum(p.numel() for p in untied.parameters())
    assert decode_bound.weight_bytes_per_token(untied) == everything - 4 * (table - 32)


def test_bandwidth_is_measured_by_a_real_copy() -> None:
    figures = decode_bound.measure_bandwidth("cpu", mib=64, repeat=2)
    assert figures["buffer_mib"] == 64
    assert 0.1 < figures["copy_gb_s"] < 2000 and 0.1 < figures["read_gb_s"] < 2000


def test_bench_reports_the_bound_the_padded_ceiling_and_first_token(hub_dir: Path, tmp_path: Path,
                                                                      capsys: Any) -> None:
    from hubbot.cli import main

    out = tmp_path / "bench.json"
    code = main(["--config", str(hub_dir / "hubbot.toml"), "bench", "--model", "chat-small",
                 "--only", "decode", "text", "--users", "2", "--prompts", "4", "--new-tokens", "4",
                 "--decode-tokens", "8", "--repeat", "1", "--json", str(out)])
    assert code == 0
    printed = capsys.readouterr().out
    for row in ("decode: batch 1", "bandwidth bound", "padded ceiling", "dispatcher ratio ÷ padded ceiling",
                "first token under the 2-user load"):
        assert row in printed, row
    figures = json.loads(out.read_text(encoding="utf-8"))
    decode, text = figures["decode"], figures["text"]
    assert decode["decode_tokens_per_s"] > 0 and decode["weight_mb_per_token"] > 0
    expected_bound = decode["copy_gb_s"] * 1e9 / (decode["weight_mb_per_token"] * 1e6)
    assert abs(decode["bound_tokens_per_s"] - expected_bound) / expected_bound < 0.05
    assert text["padded_batch_tokens_per_s"] > 0 and text["padded_batch_ratio"] > 0
    share = text["ratio"] / text["padded_batch_ratio"]
    assert abs(text["dispatcher_share_of_padded"] - share) <= 0.02 * share + 0.01
    assert 0 < text["mean_first_token_s"] <= text["p90_first_token_s"]  # p90 of 4 is the slowest


def test_left_padding_is_exact_in_real_arithmetic_and_drifts_only_by_rounding(hub_dir: Path) -> None:
    """Batched greedy = unbatched greedy rests on masks and position ids making padding
    invisible. In float64 the padded batch's logits equal each prompt's alone (to 1e-9); in
    float32 they may drift by rounding only (the attention's longer key axis), far below
    the model's logit scale."""
    import torch

    from hubbot.config import load_settings
    from hubbot.inference.registry import Registry

    backend = Registry(load_settings(hub_dir / "hubbot.toml")).backend("chat-large")
    backend.load()  # type: ignore[attr-defined]
    prompts = [backend.prompt_ids(job) for job in (  # type: ignore[attr-defined]
        _job("hi"), _job("Write a poem about the sea and the moon at night"), _job("코드 예제를 보여줘"))]
    assert len({len(p) for p in prompts}) == 3  # really padded
    single = decode_bound.padding_drift(backend, prompts, batch=3)
    assert single["rows"] == 3 and single["max_logit_drift"] < 1e-3
    backend.model = backend.model.to(torch.float64)  # type: ignore[attr-defined]
    try:
        double = decode_bound.padding_drift(backend, prompts, batch=3)
    finally:
        backend.model = backend.model.to(torch.float32)  # type: ignore[attr-defined]
    assert double["max_logit_drift"] < 1e-9 and double["argmax_equal"] == 3


def _job(prompt: str) -> Any:
    from hubbot.inference.jobs import Job, JobKind, TextInputs

    return Job(JobKind.TEXT, "chat-large", TextInputs(prompt=prompt), "u", options={"temperature": 0})


def test_the_baseline_text_is_decoded_as_the_dispatcher_decodes_it(hub_dir: Path) -> None:
    """`hubbot bench` compares batched and unbatched answers as text: the baseline's tokens go
    through the same whole-character decoding, so a broken UTF-8 tail (U+FFFD in a plain
    `decode`) does not count as a batching difference (it made 6/32 of the tiny model's equal
    answers look different)."""
    from transformers import AutoTokenizer

    from hubbot.inference.bench import _detokenized

    tokenizer = AutoTokenizer.from_pretrained(hub_dir / "models" / "chat-large")
    ids = [tokenizer.convert_tokens_to_ids("a"), tokenizer.convert_tokens_to_ids("ê")]  # "ê": byte 0xEA
    assert tokenizer.decode(ids, skip_special_tokens=True) == "a\ufffd"
    assert _detokenized(tokenizer, ids) == "a"


def test_bench_models_have_the_real_shapes_and_a_valid_config(tmp_path: Path) -> None:
    """`hubbot bench-models --llama 135m` is SmolLM2-135M-Instruct's shape: 134,515,008
    parameters, as the real model loaded from its GGUF counts (../shared/TESTING.md: 134.5M)."""
    import torch
    from transformers import LlamaForCausalLM

    from hubbot.config import load_settings
    from hubbot.inference.benchmodels import LLAMA_SHAPES, bench_config, llama_config
    from hubbot.inference.tiny.text import build_tokenizer

    tokenizer = build_tokenizer(tmp_path / "tok")
    with torch.device("meta"):
        smol = LlamaForCausalLM(llama_config("135m", tokenizer))
    assert sum(p.numel() for p in smol.parameters()) == 134_515_008
    for shape in LLAMA_SHAPES:
        (tmp_path / "hubbot.toml").write_text(bench_config(shape), encoding="utf-8")
        card = load_settings(tmp_path / "hubbot.toml").models[0]
        assert card.id == "bench-llama" and card.dtype == "float16" and shape.upper() in card.display_name
