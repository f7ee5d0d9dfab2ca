"""Rating math checked against hand-computed Bradley–Terry results."""

from __future__ import annotations

import math

import pytest

from hubbot.commands.rating import bradley_terry, leaderboard, pairs_from_vote, to_score


def test_two_models_strength_ratio_is_the_win_ratio() -> None:
    # A beats B 3 times out of 4: the BT maximum-likelihood strengths are in ratio 3:1.
    pairs = [("A", "B", 1.0)] * 3 + [("B", "A", 1.0)]
    strength = bradley_terry(pairs, ["A", "B"], prior=0)
    assert strength["A"] / strength["B"] == pytest.approx(3.0, rel=1e-6)
    assert math.sqrt(strength["A"] * strength["B"]) == pytest.approx(1.0)  # geometric mean 1
    assert to_score(strength["A"]) - to_score(strength["B"]) == pytest.approx(400 * math.log10(3))


def test_three_models_transitive_example() -> None:
    # A beats B 2:1, B beats C 2:1, A beats C 4:1 — consistent with strengths 4:2:1 exactly?
    # BT likelihood with p = (4, 2, 1): P(A>B)=2/3, P(B>C)=2/3, P(A>C)=4/5: the MLE of these counts.
    pairs = ([("A", "B", 1.0)] * 2 + [("B", "A", 1.0)] + [("B", "C", 1.0)] * 2 + [("C", "B", 1.0)]
             + [("A", "C", 1.0)] * 4 + [("C", "A", 1.0)])
    s = bradley_terry(pairs, ["A", "B", "C"], prior=0, iterations=2000)
    assert s["A"] / s["B"] == pytest.approx(2.0, rel=1e-3)
    assert s["B"] / s["C"] == pytest.approx(2.0, rel=1e-3)


def test_vote_outcomes_become_pairs() -> None:
    assert pairs_from_vote(["x", "y", "z"], "b") == [("y", "x", 1.0), ("y", "z", 1.0)]
    assert sorted(pairs_from_vote(["x", "y"], "tie")) == [("x", "y", 0.5), ("y", "x", 0.5)]
    assert pairs_from_vote(["x", "y"], "bad") == []
    assert pairs_from_vote(["x", "y"], "c") == []


def test_leaderboard_orders_models_with_intervals_around_the_score() -> None:
    votes = [(["big", "small"], "a")] * 8 + [(["big", "small"], "b")] * 2 + [(["big", "small"], "bad")]
    board = leaderboard(votes, rounds=100, seed=1)
    assert [r.model for r in board] == ["big", "small"]
    for rating in board:
        assert rating.low <= rating.score <= rating.high
        assert rating.votes == 11
    assert board[0].score > 1000 > board[1].score
    assert leaderboard([]) == []
