"""The content policy's learned layer: a linear classifier over character and word n-grams,
after the word list and the intent rules, on requests.

The rules know the shapes they were written for; every new blind set met them at about 50 %
before it was tuned on. A classifier trained on all the labelled sets generalises further on
sentences it never saw (scripts/policy_cross_sets.py measures it: each set left out of training
in turn). It is trained here, at start-up, from the labelled sentences shipped in the package
(hubbot/data/moderation/labelled.jsonl, exported from tests/policy by
scripts/policy_training_data.py; the held-out sets are never in it) in well under a second, so
there are no weights to ship or download: scikit-learn's hashed n-grams (nothing to fit there),
TF-IDF and logistic regression.

- The decision is harmful against ordinary (logistic regression); naive Bayes over the harmful
  sentences only names the class, for the refusal message and the audit.
- The threshold is chosen per language, unless configured, by cross-validation on the training
  sentences: the lowest whose false refusals stay within `FALSE_REFUSAL_TARGET` both over random
  folds and over folds of whole sets the model did not train on (a new author's sentences are
  less like the training ones than a random fifth of them is); worked out on export and shipped
  beside them in learned.json.
- Text is read as the rules read it (look-alike letters, inserted characters, Latin-mode Korean
  typing undone), so evasions meet the same features as plain text.
- With a model reading (`[moderation] learned_reader`, policy/reader.py), English requests are
  decided on the mean of the n-gram probability and a language model's; the veto stays the
  n-grams' alone.
"""

from __future__ import annotations

import copy
import json
import logging
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hubbot.policy.intent import korean_forms
from hubbot.policy.normalise import HANGUL, canonical, script_language
from hubbot.policy.reader import ModelReading

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

log = logging.getLogger(__name__)

TRAINING = Path(__file__).resolve().parents[1] / "data" / "moderation" / "labelled.jsonl"
THRESHOLD_FILE = TRAINING.with_name("learned.json")
ORDINARY = "ordinary"
FEATURES = 2**18  # per kind of n-gram; hashed, so nothing to store or fit
FALSE_REFUSAL_TARGET = 0.01
LANGUAGES = ("en", "ko")
FOLDS = 5
THRESHOLDS = tuple(round(0.5 + 0.025 * i, 3) for i in range(19))  # 0.5 … 0.95
# Below both, too little text for n-gram statistics: a bare "go" (a /code language) scored 0.73, and
# three- and four-word everyday prompts 0.66-0.69. The rules judge it alone: no harmful training
# sentence that short gets past them, and of the harmful sentences in five new blind sets only one
# was that short (the rules caught it before they were tuned on it).
MIN_WORDS, MIN_CHARS = 5, 40
# An intent rule's refusal the layer overturns when the text and every stretch of it score below
# this (`[moderation] learned_veto`). Chosen on rounds of blind sets measured before the rules were
# tuned on them (the rules as they stood then, the layer trained without those sets): at 0.15 it
# cleared 11 of 32 English and 27 of 44 Korean false refusals and let 1 of 441 caught harmful
# sentences through; with each development set left out of training in turn, 2 of 1,720
# (scripts/policy_cross_sets.py).
VETO_BELOW = 0.15
# The stretches: windows of 12 words, 6 apart. A harmful request buried in ordinary text scores low
# as a whole, not in the window that holds it: three ordinary sentences put before each caught
# harmful one took 43 of 441 below 0.15 as a whole, and 1 with the windows.
WINDOW_WORDS, WINDOW_STEP = 12, 6


@dataclass(frozen=True)
class Labelled:
    text: str
    label: str  # a policy class, or ORDINARY
    lang: str
    source: str = ""  # the labelled set it comes from (folds of whole sets choose the threshold)


def training_sentences(path: Path = TRAINING) -> list[Labelled]:
    with path.open(encoding="utf-8") as lines:
        return [Labelled(**json.loads(line)) for line in lines if line.strip()]


def features_text(text: str) -> str:
    """The text as the rules read it, every reading side by side."""
    plain = canonical(text)
    readings = korean_forms(plain) if HANGUL.search(plain) else [plain]
    return " ".join(dict.fromkeys(readings))


def _vectoriser() -> Any:
    from sklearn.feature_extraction.text import HashingVectorizer
    from sklearn.pipeline import make_union

    common = {"n_features": FEATURES, "alternate_sign": False, "norm": None}
    return make_union(HashingVectorizer(analyzer="char_wb", ngram_range=(1, 4), **common),
                      HashingVectorizer(analyzer="word", token_pattern=r"\S+", ngram_range=(1, 2), **common))


@dataclass(frozen=True)
class LearnedVerdict:
    label: str
    score: float  # the probability of harm the decision model gives


class LearnedLayer:
    """Logistic regression on TF-IDF n-grams decides harmful or not (with a model reading, on the
    mean of both probabilities); naive Bayes over the harmful sentences names the class."""

    def __init__(self, tfidf: Any, decide: Any, name: Any, threshold: float | Mapping[str, float]) -> None:
        self._vectoriser = _vectoriser()
        self._tfidf = tfidf
        self._decide = decide
        self._name = name
        self.thresholds = (dict(threshold) if isinstance(threshold, Mapping)
                           else dict.fromkeys(LANGUAGES, threshold))
        self.reading: ModelReading | None = None
        self.reading_thresholds: dict[str, float] = {}

    def with_reading(self, reading: ModelReading, threshold: float | None = None) -> LearnedLayer:
        """This layer deciding, on text the reading's head reads, on the mean of its n-gram
        probability and the model's, at the head's thresholds (or `threshold`)."""
        layer = copy.copy(self)
        layer.reading = reading
        layer.reading_thresholds = {lang: threshold or t for lang, t in reading.head.thresholds.items()}
        return layer

    def _model_language(self, text: str) -> str | None:
        return None if self.reading is None else self.reading.language_of(text)

    @classmethod
    def train(cls, sentences: Sequence[Labelled],
              threshold: float | Mapping[str, float] | None = None) -> LearnedLayer:
        """Fit on `sentences`; with no threshold, the cross-validated ones (ten more fits)."""
        from sklearn.naive_bayes import ComplementNB

        counts = _vectoriser().transform([features_text(s.text) for s in sentences])
        labels = [s.label for s in sentences]
        harmful = [label != ORDINARY for label in labels]
        if threshold is None:
            threshold = cross_validated_thresholds(counts, harmful, [s.lang for s in sentences],
                                                   [s.source for s in sentences])
        tfidf, decide = _fit_decision(counts, harmful)
        rows = tfidf.transform(counts)
        which = [i for i, h in enumerate(harmful) if h]
        name = ComplementNB().fit(rows[which], [labels[i] for i in which])
        return cls(tfidf, decide, name, threshold)

    def score(self, text: str) -> tuple[float, str]:
        """The probability of harm and the likeliest harmful class."""
        return self._score(text, self._model_language(text))

    def check(self, text: str, allow: frozenset[str] = frozenset()) -> LearnedVerdict | None:
        if too_short(text):
            return None
        lang = self._model_language(text)  # once: both the score and the threshold depend on it
        harm, label = self._score(text, lang)
        if harm < self._threshold(text, lang) or label in allow:
            return None
        return LearnedVerdict(label, harm)

    def threshold_of(self, text: str) -> float:
        return self._threshold(text, self._model_language(text))

    def _score(self, text: str, model_language: str | None) -> tuple[float, str]:
        row = self._rows([text])
        harm = float(self._decide.predict_proba(row)[0, 1])
        if self.reading is not None and model_language is not None:
            harm = (harm + self.reading.probability(text, model_language)) / 2
        return harm, str(self._name.predict(row)[0])

    def _threshold(self, text: str, model_language: str | None) -> float:
        if model_language is None:
            return self.thresholds[script_language(text)]
        return self.reading_thresholds[model_language]

    def clears(self, text: str, below: float = VETO_BELOW) -> bool:
        """Whether the text and every window of it score below `below`: plainly ordinary to the
        layer, so an intent rule's refusal is overturned. Never for short text (too little to read).
        The n-grams alone: the veto's 0.15 was chosen on their scores."""
        if too_short(text):
            return False
        return float(self._decide.predict_proba(self._rows(windows(text)))[:, 1].max()) < below

    def _rows(self, texts: list[str]) -> Any:
        """The texts as the decision reads them: TF-IDF over the hashed n-grams of each reading."""
        return self._tfidf.transform(self._vectoriser.transform([features_text(t) for t in texts]))


def too_short(text: str) -> bool:
    return len(text.split()) < MIN_WORDS and len(text.strip()) < MIN_CHARS


def windows(text: str) -> list[str]:
    """The text, and when longer than a window, each window of it."""
    words = text.split()
    if len(words) <= WINDOW_WORDS:
        return [text]
    starts = range(0, len(words) - WINDOW_WORDS + WINDOW_STEP, WINDOW_STEP)
    return [text, *(" ".join(words[i:i + WINDOW_WORDS]) for i in starts)]


def _fit_decision(counts: Any, harmful: Sequence[bool]) -> tuple[Any, Any]:
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression

    tfidf = TfidfTransformer(sublinear_tf=True)
    decide = LogisticRegression(C=10, class_weight="balanced", solver="liblinear")
    decide.fit(tfidf.fit_transform(counts), harmful)
    return tfidf, decide


def cross_validated_thresholds(counts: Any, harmful: Sequence[bool], langs: Sequence[str],
                               sources: Sequence[str]) -> dict[str, float]:
    """Per language, the lowest threshold whose false-refusal rate stays within
    FALSE_REFUSAL_TARGET over folds the model did not train on: random folds, and, where the
    sentences name their sets, folds of whole sets (fixed folds: the same sentences give the same
    thresholds). Over folds of whole sets English needs a higher threshold than over random ones
    (a new author's look-alikes are less like the training ones than a random fifth of them is)."""
    thresholds = dict.fromkeys(LANGUAGES, THRESHOLDS[0])
    for split in threshold_splits(harmful, sources):
        raise_to_target(thresholds, held_out_scores(counts, harmful, split), harmful, langs)
    return thresholds


def threshold_splits(harmful: Sequence[bool], sources: Sequence[str]) -> list[list[tuple[Any, Any]]]:
    """The folds thresholds are chosen over: random fifths, and fifths of whole sets where the
    sentences name their sets (fixed, so the same sentences give the same thresholds)."""
    from sklearn.model_selection import GroupKFold, StratifiedKFold

    rows = range(len(harmful))
    splits = [list(StratifiedKFold(FOLDS, shuffle=True, random_state=0).split(rows, harmful))]
    if len(set(sources)) >= FOLDS and all(sources):
        splits.append(list(GroupKFold(FOLDS).split(rows, harmful, sources)))
    return splits


def raise_to_target(thresholds: dict[str, float], held_scores: Sequence[float], harmful: Sequence[bool],
                    langs: Sequence[str]) -> None:
    """Raise each language's threshold to the lowest keeping these held-out scores' false
    refusals within target."""
    for lang in thresholds:
        ordinary = [p for p, h, lg in zip(held_scores, harmful, langs, strict=True) if not h and lg == lang]
        thresholds[lang] = max(thresholds[lang], _lowest_within_target(ordinary))


def held_out_scores(counts: Any, harmful: Sequence[bool], folds: Iterable[tuple[Any, Any]]) -> list[float]:
    scores = [0.0] * len(harmful)
    for train, held in folds:
        tfidf, decide = _fit_decision(counts[train], [harmful[i] for i in train])
        for i, p in zip(held, decide.predict_proba(tfidf.transform(counts[held]))[:, 1], strict=True):
            scores[i] = float(p)
    return scores


def _lowest_within_target(ordinary: Sequence[float]) -> float:
    for threshold in THRESHOLDS:
        if sum(p >= threshold for p in ordinary) <= FALSE_REFUSAL_TARGET * len(ordinary):
            return threshold
    return THRESHOLDS[-1]


_lock = threading.Lock()


def shipped_thresholds(path: Path = THRESHOLD_FILE) -> dict[str, float]:
    """The cross-validated thresholds for the shipped sentences, worked out when they were
    exported (scripts/policy_training_data.py), so start-up fits once instead of eleven times."""
    return {lang: float(t) for lang, t in json.loads(path.read_text(encoding="utf-8"))["thresholds"].items()}


def thresholds_for(sentences: Sequence[Labelled]) -> dict[str, float]:
    """The cross-validated thresholds `train` picks when given none (what learned.json holds)."""
    return LearnedLayer.train(sentences).thresholds


@cache
def _trained(threshold: float | None) -> LearnedLayer:
    sentences = training_sentences()
    layer = LearnedLayer.train(sentences, shipped_thresholds() if threshold is None else threshold)
    log.info("content policy: learned layer trained on %d sentences, thresholds %s",
             len(sentences), layer.thresholds)
    return layer


@cache
def _reading(directory: str, device: str) -> ModelReading | None:
    try:
        reading = ModelReading.load(directory, device=device)
    except Exception as error:  # whatever went wrong, the n-grams still decide (never no layer)
        log.warning("content policy: the learned layer reads with n-grams alone: the model reading "
                    "did not load (%s)", error)
        return None
    log.info("content policy: the learned layer also reads with the first %d layers of %s on %s",
             reading.head.layers, directory, reading.reader.device)
    return reading


@cache
def _with_reading(threshold: float | None, directory: str, device: str) -> LearnedLayer:
    layer = _trained(threshold)
    reading = _reading(directory, device)
    return layer if reading is None else layer.with_reading(reading, threshold)


def default_layer(threshold: float | None = None, reader: str | None = None,
                  device: str = "cpu") -> LearnedLayer:
    """The layer trained on the shipped sentences (once per process; a second caller waits), with
    the model reading of the model directory `reader` (on `device`, as a model card names one)
    when given and its weights are the head's."""
    with _lock:
        return _trained(threshold) if reader is None else _with_reading(threshold, reader, device)


def export_lines(sentences: Iterable[Labelled]) -> str:
    """The training file's text: one JSON object a line, in the given order."""
    return "".join(json.dumps(s.__dict__, ensure_ascii=False) + "\n" for s in sentences)
