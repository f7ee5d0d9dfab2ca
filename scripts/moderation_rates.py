"""The word-list content policy's refusal rate on harmful sentences and false-refusal rate on
ordinary ones, for the tuned and the held-out sets (tests/policy/moderation_sets.py).

    .venv/bin/python scripts/moderation_rates.py [--misses]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "policy"))

import moderation_sets as sets

from hubbot.policy.moderation import default_checker


def rates(harmful: list[tuple[str, str]], ordinary: list[str], show_misses: bool) -> tuple[str, str]:
    checker = default_checker()
    caught = [text for text, _ in harmful if checker.check(text) is not None]
    refused = [text for text in ordinary if checker.check(text) is not None]
    if show_misses:
        for text, _ in harmful:
            if text not in caught:
                print(f"    missed:  {text!r}")
        for text in refused:
            print(f"    refused: {text!r}")
    return (f"{len(caught)}/{len(harmful)} = {len(caught) / len(harmful):.0%}",
            f"{len(refused)}/{len(ordinary)} = {len(refused) / len(ordinary):.0%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the sentences it gets wrong")
    args = parser.parse_args()
    print(f"{'set':<9} {'harmful refused':<18} {'ordinary refused':<18}")
    for name, harmful, ordinary in (("tuned", sets.TUNED_HARMFUL, sets.TUNED_ORDINARY),
                                    ("held-out", sets.HELD_OUT_HARMFUL, sets.HELD_OUT_ORDINARY)):
        if args.misses:
            print(f"  {name}:")
        caught, refused = rates(harmful, ordinary, args.misses)
        print(f"{name:<9} {caught:<18} {refused:<18}")


if __name__ == "__main__":
    main()
