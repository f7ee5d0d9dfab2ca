"""Moderation models: a `moderation` card's backend scores text against the policy's classes.

- local (`backend = "transformers"`): a sequence-classification model loaded with
  `AutoModelForSequenceClassification.from_pretrained` from a directory; its labels are mapped
  to the policy's classes by the card's `labels` (names already equal to a class need no entry).
  `classify` is synchronous and blocking: the caller runs it in a worker thread.
- remote (`backend = "openai"`): the same endpoint pool, health checks and API-key handling as
  the OpenAI text backend, with `prompt_format`
  - `llama_guard`: the text is sent as a chat turn; the server's template (Llama Guard 3's) adds
    its own categories; the answer `safe` / `unsafe\\nS1,S10` is mapped through `labels`
    (Llama Guard 3's codes by default);
  - `guard_prompt`: we write the guard prompt with the policy's five classes as S1..S5 (any
    instruct or guard model: ShieldGemma-style `Yes`/`No` answers are read too);
  - `moderations`: an OpenAI-style `/moderations` endpoint; category names mapped through
    `labels` (OpenAI's names by default), the highest mapped score is the verdict's score.
"""

from __future__ import annotations

import inspect
import logging
import re
import threading
from dataclasses import dataclass
from typing import Any

import aiohttp

from hubbot.config import ModelCard
from hubbot.errors import ConfigError
from hubbot.inference.backends.openai_text import OpenAITextBackend, _check_status, _describe, _is_down

log = logging.getLogger(__name__)

# The content policy's classes (the word list's, commands/moderation.py) and what they cover.
CLASSES = ("offensive", "hate", "violence", "harassment", "identity_hate", "sexual")
CLASS_DESCRIPTIONS = {
    "offensive": "Offensive language: insults, slurs and profanity aimed at someone.",
    "hate": "Hate: content promoting hatred of or contempt for groups of people.",
    "violence": "Violence and self-harm: threats, encouragement of violence, suicide or self-harm, "
                "instructions for weapons or attacks.",
    "harassment": "Harassment: mocking, threatening, intimidating or bullying a person.",
    "identity_hate": "Identity hate: attacks on people for their race, ethnicity, nationality, "
                     "religion, gender, sexual orientation or disability.",
    "sexual": "Sexual content: explicit sexual material, and any sexual content involving minors.",
}
SAFE = "safe"
# Names a classifier's "nothing wrong" label often has.
SAFE_NAMES = frozenset({"safe", "neutral", "none", "clean", "normal", "ok", "non-toxic", "non_toxic",
                        "not_toxic", "nothate", "not_hate", "benign"})
# Llama Guard 3's hazard categories (MLCommons taxonomy) mapped to the policy's classes; the
# others (crimes, IP, elections, ...) are outside this policy.
LLAMA_GUARD_3_LABELS = {"S1": "violence", "S4": "sexual", "S9": "violence", "S10": "hate", "S11": "violence",
                        "S12": "sexual"}
# OpenAI /moderations categories mapped to the policy's classes.
OPENAI_MODERATION_LABELS = {
    "hate": "hate", "hate/threatening": "hate", "harassment": "harassment",
    "harassment/threatening": "harassment", "self-harm": "violence", "self-harm/intent": "violence",
    "self-harm/instructions": "violence", "violence": "violence", "violence/graphic": "violence",
    "sexual": "sexual", "sexual/minors": "sexual",
}
GUARD_FORMATS = ("llama_guard", "guard_prompt", "moderations")


@dataclass(frozen=True)
class Verdict:
    """A model's reading of one text: the violated class (None: none) and the highest score of
    any policy class (1.0/0.0 for guard models, which answer without probabilities)."""

    label: str | None
    score: float


def policy_class(name: str, labels: dict[str, str]) -> str | None:
    """The policy class a model label stands for (None: safe). ConfigError when unmapped."""
    mapped = labels.get(name, labels.get(name.lower(), name.lower()))
    if mapped in CLASSES:
        return mapped
    if mapped == SAFE or mapped in SAFE_NAMES:
        return None
    raise ConfigError(f"moderation label {name!r} is not mapped to a policy class: add it to the "
                      f"card's labels, e.g. labels = {{ {name} = \"offensive\" }} (or \"safe\")")


def _check_labels(card: ModelCard) -> None:
    for name, value in card.labels.items():
        if value != SAFE and value not in CLASSES:
            raise ConfigError(f"model {card.id}: labels.{name} = {value!r} is neither \"safe\" nor "
                              f"one of {', '.join(CLASSES)}")


class LocalModerationBackend:
    """A transformers sequence classifier on a local directory."""

    is_remote = False

    def __init__(self, card: ModelCard, source: str) -> None:
        _check_labels(card)
        self.card = card
        self.source = source
        self._model: Any = None
        self._tokenizer: Any = None
        self._classes: list[str | None] = []
        self._multi_label = False
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def load(self) -> None:
        with self._lock:
            if self._model is not None:
                return
            import torch
            from transformers import AutoModelForSequenceClassification, AutoTokenizer

            tokenizer = AutoTokenizer.from_pretrained(self.source)
            model = AutoModelForSequenceClassification.from_pretrained(self.source)
            device = self.card.device
            if device == "auto":
                device = "cuda" if torch.cuda.is_available() else "cpu"
            model.to(device).eval()
            id2label = model.config.id2label
            self._classes = [policy_class(id2label[i], self.card.labels) for i in range(len(id2label))]
            self._multi_label = model.config.problem_type == "multi_label_classification"
            self._tokenizer, self._model = tokenizer, model

    def unload(self) -> None:
        with self._lock:
            self._model = self._tokenizer = None

    def memory_bytes(self) -> int:
        model = self._model
        return 0 if model is None else sum(p.numel() * p.element_size() for p in model.parameters())

    def classify(self, texts: list[str], threshold: float) -> list[Verdict]:
        """Score the texts as one batch (blocking; call from a worker thread)."""
        import torch

        self.load()
        tokenizer, model = self._tokenizer, self._model
        limit = min(self.card.context_length, getattr(tokenizer, "model_max_length", 512) or 512)
        encoded = tokenizer(texts, truncation=True, max_length=limit, padding=True, return_tensors="pt")
        accepted = inspect.signature(model.forward).parameters  # BERT takes token_type_ids, others not
        inputs = {k: v.to(model.device) for k, v in encoded.items() if k in accepted}
        with torch.inference_mode():
            logits = model(**inputs).logits.float()
        probabilities = logits.sigmoid() if self._multi_label else logits.softmax(dim=-1)
        return [self._verdict(row, threshold) for row in probabilities.tolist()]

    def _verdict(self, row: list[float], threshold: float) -> Verdict:
        scored = [(p, c) for p, c in zip(row, self._classes, strict=True) if c is not None]
        if not scored:
            return Verdict(None, 0.0)
        score, label = max(scored)
        return Verdict(label if score >= threshold else None, score)


# ---- remote: guard models and /moderations ------------------------------------------------


def guard_prompt(text: str, role: str = "User") -> str:
    """A Llama Guard-style prompt listing the policy's classes as S1..S5."""
    categories = "\n".join(f"S{i}: {CLASS_DESCRIPTIONS[c]}" for i, c in enumerate(CLASSES, 1))
    return (
        f"Task: Check if there is unsafe content in '{role}' messages in conversations according to "
        "our safety policy with the below categories.\n\n"
        f"<BEGIN UNSAFE CONTENT CATEGORIES>\n{categories}\n<END UNSAFE CONTENT CATEGORIES>\n\n"
        f"<BEGIN CONVERSATION>\n\n{role}: {text}\n\n<END CONVERSATION>\n\n"
        f"Provide your safety assessment for ONLY THE LAST {role} message in the above conversation:\n"
        " - First line must read 'safe' or 'unsafe'.\n"
        " - If unsafe, a second line must include a comma-separated list of violated categories."
    )


GUARD_PROMPT_LABELS = {f"S{i}": c for i, c in enumerate(CLASSES, 1)}
_CODES = re.compile(r"\bS\d{1,2}\b", re.IGNORECASE)


def parse_guard_answer(answer: str, labels: dict[str, str]) -> Verdict:
    """Read a guard model's answer: `safe`, `unsafe` + `S1,S10` (Llama Guard), `Yes`/`No`
    (ShieldGemma: Yes = violates). Codes outside `labels` are outside this policy. An answer
    in none of these forms raises ValueError (treated as the model being unavailable)."""
    lines = [line.strip() for line in answer.strip().splitlines() if line.strip()]
    first = lines[0].lower().strip(" .:*'\"") if lines else ""
    if first in ("safe", "no"):
        return Verdict(None, 0.0)
    if first == "yes":
        return Verdict(labels.get("yes", "offensive"), 1.0)
    if not first.startswith("unsafe"):
        raise ValueError(f"not a guard verdict: {answer[:80]!r}")
    codes = [c.upper() for c in _CODES.findall(" ".join([lines[0][6:], *lines[1:]]))]
    mapped = [labels[c] for c in codes if labels.get(c, SAFE) != SAFE]
    if codes and not mapped:
        return Verdict(None, 0.0)  # unsafe only in categories this policy does not cover
    return Verdict(mapped[0] if mapped else "offensive", 1.0)


def parse_moderations(body: dict[str, Any], labels: dict[str, str], threshold: float) -> Verdict:
    """Read an OpenAI-style /moderations response (its first result)."""
    result = body["results"][0]
    scores: dict[str, float] = result.get("category_scores") or {}
    flags: dict[str, bool] = result.get("categories") or {}
    best: tuple[float, str] | None = None
    for name in set(scores) | set(flags):
        label = labels.get(name, SAFE)
        if label == SAFE:
            continue
        score = float(scores.get(name, 1.0 if flags.get(name) else 0.0))
        if best is None or score > best[0]:
            best = (score, label)
    if best is None:
        return Verdict(None, 0.0)
    flagged = best[0] >= threshold or any(flags.get(n) for n in flags if labels.get(n, SAFE) == best[1])
    return Verdict(best[1] if flagged else None, best[0])


class RemoteUnavailable(Exception):
    """No healthy endpoint, or the server failed or answered in an unreadable form."""


class RemoteModerationBackend(OpenAITextBackend):
    """A guard model or /moderations endpoint on OpenAI-compatible servers (the text backend's
    endpoint pool, health monitor and API key)."""

    def __init__(self, card: ModelCard, source: str = "") -> None:
        super().__init__(card, source)
        _check_labels(card)
        if card.prompt_format not in GUARD_FORMATS:
            raise ConfigError(f"model {card.id}: prompt_format must be one of {', '.join(GUARD_FORMATS)} "
                              "for a remote moderation model")
        defaults = {"llama_guard": LLAMA_GUARD_3_LABELS, "guard_prompt": GUARD_PROMPT_LABELS,
                    "moderations": OPENAI_MODERATION_LABELS}[card.prompt_format]
        self.labels = {**defaults, **card.labels}

    async def classify(self, text: str, threshold: float, *, role: str = "user") -> Verdict:
        """One text's verdict (async, on the caller's loop). RemoteUnavailable on any failure:
        the caller's fail mode decides what that means."""
        self._loaded = True
        self._ensure_monitor()
        endpoint = self.pool.acquire()
        if endpoint is None:
            raise RemoteUnavailable("no healthy endpoint")
        path, body = self._moderation_request(text, role)
        timeout = aiohttp.ClientTimeout(sock_connect=self.options.connect_timeout_s,
                                        sock_read=self.options.read_timeout_s)
        try:
            async with (aiohttp.ClientSession(timeout=timeout, headers=self._headers()) as session,
                        session.post(endpoint.url + path, json=body) as response):
                await _check_status(response)
                answer = await response.json(content_type=None)
            return self._read(answer, threshold)
        except (aiohttp.ClientError, TimeoutError) as exc:
            if _is_down(exc):
                self.pool.mark(endpoint, False, _describe(exc))
            raise RemoteUnavailable(_describe(exc)) from exc
        except Exception as exc:  # 4xx/5xx (_Rejected/_Retry) or an answer we cannot read
            raise RemoteUnavailable(_describe(exc)) from exc
        finally:
            self.pool.release(endpoint)

    def _moderation_request(self, text: str, role: str) -> tuple[str, dict[str, Any]]:
        body: dict[str, Any] = {"model": self.card.remote_model} if self.card.remote_model else {}
        if self.card.prompt_format == "moderations":
            return "/moderations", {**body, "input": text}
        if self.card.prompt_format == "guard_prompt":
            prompt = guard_prompt(text, "Agent" if role == "assistant" else "User")
            messages = [{"role": "user", "content": prompt}]
        elif role == "assistant":  # Llama Guard judges the last turn; an answer needs a user turn before it
            messages = [{"role": "user", "content": "-"}, {"role": "assistant", "content": text}]
        else:
            messages = [{"role": "user", "content": text}]
        return "/chat/completions", {**body, "messages": messages, "max_tokens": 16, "temperature": 0.0,
                                     **self.options.extra_body}

    def _read(self, answer: dict[str, Any], threshold: float) -> Verdict:
        if self.card.prompt_format == "moderations":
            return parse_moderations(answer, self.labels, threshold)
        return parse_guard_answer(answer["choices"][0]["message"]["content"] or "", self.labels)
