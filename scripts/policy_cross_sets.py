"""How the learned layer does on sentences it never saw: each development set is left out of
training in turn, and the layer trained on the others (with its own cross-validated threshold)
is measured on it, per language. The held-out sets are never used, for training or here.

    .venv/bin/python scripts/policy_cross_sets.py
"""

from __future__ import annotations

from hubbot.evals.policy import load_policy_sets
from hubbot.policy.learned import ORDINARY, LearnedLayer


def main() -> None:
    sets = [s for s in load_policy_sets() if s.trains]
    totals: dict[str, list[int]] = {}
    print(f"{'left out':<10} {'lang':<5} {'harmful refused':<18} {'ordinary refused':<18} threshold")
    for left_out in sets:
        if left_out.name == "tuned":
            continue
        training = [x for s in sets if s is not left_out for x in s.labelled()]
        layer = LearnedLayer.train(training)
        for lang in ("en", "ko"):
            tested = [x for x in left_out.labelled() if x.lang == lang]
            harmful = [x for x in tested if x.label != ORDINARY]
            ordinary = [x for x in tested if x.label == ORDINARY]
            caught = sum(layer.check(x.text) is not None for x in harmful)
            refused = sum(layer.check(x.text) is not None for x in ordinary)
            total = totals.setdefault(lang, [0, 0, 0, 0])
            for i, n in enumerate((caught, len(harmful), refused, len(ordinary))):
                total[i] += n
            print(f"{left_out.name:<10} {lang:<5} {_share(caught, len(harmful)):<18} "
                  f"{_share(refused, len(ordinary)):<18} {layer.threshold}")
    for lang, (caught, harmful, refused, ordinary) in totals.items():
        print(f"{'all':<10} {lang:<5} {_share(caught, harmful):<18} {_share(refused, ordinary):<18}")


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.0%}" if whole else "–"


if __name__ == "__main__":
    main()
