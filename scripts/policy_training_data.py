"""Write the learned layer's training sentences (hubbot/data/moderation/labelled.jsonl) from
the labelled sets in tests/policy (every set but the held-out ones), each sentence with its set's
name, and their cross-validated thresholds per language (learned.json). Run it after a set
changes; tests/policy/test_learned.py fails while
the files and the sets disagree.

    .venv/bin/python scripts/policy_training_data.py
"""

from __future__ import annotations

import json

from hubbot.evals.policy import training_sentences_from_sets
from hubbot.policy.learned import THRESHOLD_FILE, TRAINING, export_lines, thresholds_for


def main() -> None:
    sentences = training_sentences_from_sets()
    TRAINING.write_text(export_lines(sentences), encoding="utf-8")
    thresholds = thresholds_for(sentences)
    THRESHOLD_FILE.write_text(json.dumps({"thresholds": thresholds}) + "\n", encoding="utf-8")
    harmful = sum(s.label != "ordinary" for s in sentences)
    print(f"{TRAINING}: {len(sentences)} sentences ({harmful} harmful, "
          f"{len(sentences) - harmful} ordinary); thresholds {thresholds}")
    print("next: scripts/policy_reader_head.py trains the model reading's head on them")


if __name__ == "__main__":
    main()
