"""How the learned layer does on sentences it never saw: each development set is left out of
training in turn, and the layer trained on the others (with its own cross-validated threshold)
is measured on it, per language. The held-out sets are never used, for training or here.

The last two columns are its veto over the intent rules (learned.VETO_BELOW): of the harmful
sentences the rules refuse, how many it would let through ("lost"), and of the ordinary ones
they refuse, how many it clears. The rules are tuned on every development set, so they refuse
few of those ordinary sentences here: what the veto clears of a new author's look-alikes is
measured on sets before the rules were tuned on them (the README's table).

    .venv/bin/python scripts/policy_cross_sets.py
"""

from __future__ import annotations

from hubbot.evals.policy import load_policy_sets
from hubbot.policy.learned import ORDINARY, Labelled, LearnedLayer
from hubbot.policy.moderation import WordListChecker, default_checker, local_finding


def main() -> None:
    sets = [s for s in load_policy_sets() if s.trains]
    rules = default_checker()
    totals: dict[str, list[int]] = {}
    print(f"{'left out':<10} {'lang':<5} {'harmful refused':<18} {'ordinary refused':<18} threshold  "
          "veto: harmful lost / ordinary cleared")
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
            lost, by_rules_h = _overturned(rules, layer, harmful)
            cleared, by_rules_o = _overturned(rules, layer, ordinary)
            counts = (caught, len(harmful), refused, len(ordinary), lost, by_rules_h, cleared, by_rules_o)
            total = totals.setdefault(lang, [0] * len(counts))
            for i, n in enumerate(counts):
                total[i] += n
            print(f"{left_out.name:<10} {lang:<5} {_share(caught, len(harmful)):<18} "
                  f"{_share(refused, len(ordinary)):<18} {layer.thresholds[lang]:<10} "
                  f"{lost}/{by_rules_h} / {cleared}/{by_rules_o}")
    for lang, (caught, harmful, refused, ordinary, lost, by_rules_h, cleared, by_rules_o) in totals.items():
        print(f"{'all':<10} {lang:<5} {_share(caught, harmful):<18} {_share(refused, ordinary):<18} "
              f"{'':<10} {lost}/{by_rules_h} / {cleared}/{by_rules_o}")


def _overturned(rules: WordListChecker, layer: LearnedLayer, sentences: list[Labelled]) -> tuple[int, int]:
    """Of the sentences the rules refuse, how many the layer's veto lets through, and how many that is of."""
    by_rules = [x.text for x in sentences if rules.check(x.text) is not None]
    return sum(local_finding(rules, layer, text) is None for text in by_rules), len(by_rules)


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.0%}" if whole else "–"


if __name__ == "__main__":
    main()
