"""Write the learned layer's training sentences (hubbot/data/moderation/labelled.jsonl) from
the labelled sets in tests/policy (every set but the held-out ones), and their cross-validated
threshold (learned.json). Run it after a set changes; tests/policy/test_learned.py fails while
the files and the sets disagree.

    .venv/bin/python scripts/policy_training_data.py
"""

from __future__ import annotations

import json

from hubbot.evals.policy import training_sentences_from_sets
from hubbot.policy.learned import THRESHOLD_FILE, TRAINING, export_lines, threshold_for


def main() -> None:
    sentences = training_sentences_from_sets()
    TRAINING.write_text(export_lines(sentences), encoding="utf-8")
    threshold = threshold_for(sentences)
    THRESHOLD_FILE.write_text(json.dumps({"threshold": threshold}) + "\n", encoding="utf-8")
    harmful = sum(s.label != "ordinary" for s in sentences)
    print(f"{TRAINING}: {len(sentences)} sentences ({harmful} harmful, "
          f"{len(sentences) - harmful} ordinary); threshold {threshold}")


if __name__ == "__main__":
    main()
