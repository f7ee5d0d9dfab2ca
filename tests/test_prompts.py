"""Prompt formats as exact strings (the tokenizer's chat template, ChatML, KULLM, completion),
the system prompt with its AI disclosure, and template artifacts removed from answers."""

from __future__ import annotations

import pytest

from hubbot.config import ModelCard
from hubbot.inference import prompts
from hubbot.inference.jobs import ChatMessage as M


def seed_kullm(x: str, context: str = "") -> str:
    """The prompt of seeds/kullm-korean-llm.md's `ask()`, copied verbatim."""
    return f"### 질문: {x}\n\n### 맥락: {context}\n\n### 답변:" if context else f"### 질문: {x}\n\n### 답변:"


def test_kullm_single_question_is_the_seeds_prompt() -> None:
    rendered = prompts.render("kullm", [M("user", "딥러닝이 뭐야?")])
    assert rendered == "### 질문: 딥러닝이 뭐야?\n\n### 답변:" == seed_kullm("딥러닝이 뭐야?")


def test_kullm_system_prompt_and_earlier_turns_become_the_context() -> None:
    rendered = prompts.render("kullm", [M("system", "너는 AI야."), M("user", "안녕"),
                                        M("assistant", "반가워요"), M("user", "뭐 해?")])
    assert rendered == "### 질문: 뭐 해?\n\n### 맥락: 너는 AI야.\n사용자: 안녕\n답변: 반가워요\n\n### 답변:"
    assert rendered == seed_kullm("뭐 해?", "너는 AI야.\n사용자: 안녕\n답변: 반가워요")


def test_chatml_is_exact() -> None:
    chat = [M("system", "S"), M("user", "hi"), M("assistant", "yo"), M("user", "again")]
    assert prompts.render("chatml", chat) == (
        "<|im_start|>system\nS<|im_end|>\n<|im_start|>user\nhi<|im_end|>\n"
        "<|im_start|>assistant\nyo<|im_end|>\n<|im_start|>user\nagain<|im_end|>\n<|im_start|>assistant\n")


def test_completion_joins_the_turns_and_leaves_the_text_open() -> None:
    assert prompts.render("completion", [M("user", "def f(x):")]) == "def f(x):"
    assert prompts.render("completion", [M("system", "Python."), M("user", "import os"),
                                         M("assistant", ""), M("user", "def f(x):")]) == (
        "Python.\n\nimport os\n\ndef f(x):")


def test_the_tiny_tokenizers_own_chat_template_is_used(settings) -> None:
    from hubbot.inference.registry import Registry

    chat = [M("system", "S"), M("user", "hi")]
    renderer = Registry(settings).renderer("chat-small")  # a real tokenizer loaded from its directory
    assert renderer.tokenizer.chat_template  # the tiny model ships one, so it is the one used
    assert renderer.render(chat) == (
        "<|im_start|>system\nS<|im_end|>\n<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n")


def test_chat_template_without_one_in_the_tokenizer_falls_back_to_chatml() -> None:
    assert prompts.render("chat_template", [M("user", "hi")], tokenizer=None) == (
        "<|im_start|>user\nhi<|im_end|>\n<|im_start|>assistant\n")


def test_unknown_format_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown prompt format 'alpaca'; known: chat_template"):
        prompts.render("alpaca", [M("user", "x")])


def card(**fields) -> ModelCard:
    return ModelCard(id="m", display_name="M", task="chat", backend="transformers", source="m", **fields)


def test_every_system_prompt_carries_the_ai_disclosure() -> None:
    assert prompts.AI_DISCLOSURE in prompts.system_prompt(card())  # the default
    assert prompts.system_prompt(card(system_prompt="Be brief.")) == f"Be brief. {prompts.AI_DISCLOSURE}"
    already = f"Be brief. {prompts.AI_DISCLOSURE}"
    assert prompts.system_prompt(card(system_prompt=already)) == already  # not twice
    assert prompts.system_messages(card(system_prompt="")) == []  # a model that takes none


def test_the_init_cards_disclose_that_they_are_ai(settings) -> None:
    for model_id in ("chat-small", "chat-medium", "chat-large", "code"):
        assert prompts.AI_DISCLOSURE in prompts.system_prompt(settings.model(model_id))


@pytest.mark.parametrize(("fmt", "raw", "clean"), [
    ("kullm", "### 답변: 딥러닝은 인공신경망입니다.\n\n### 질문: 또 뭐?", "딥러닝은 인공신경망입니다."),
    ("kullm", "답변: 네.</s>", "네."),
    ("chatml", "assistant\nHello!<|im_end|>\n<|im_start|>user\nmore", "Hello!"),
    ("chat_template", " Sure.<|endoftext|>", "Sure."),
    ("completion", "    return x * 2\n", "return x * 2"),
])
def test_template_artifacts_are_stripped_from_answers(fmt: str, raw: str, clean: str) -> None:
    assert prompts.clean_answer(raw, fmt) == clean


def test_configured_stop_strings_end_the_answer() -> None:
    assert prompts.clean_answer("a = 1\nUser: next question", "completion", ["\nUser:"]) == "a = 1"
