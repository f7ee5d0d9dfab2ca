"""Arena ratings: a Bradley–Terry fit over pairwise outcomes, with bootstrap intervals.

A vote on a comparison of models M with outcome:
- "a", "b", … (the label's index into M): that model beats every other model in M;
- "tie": every pair in M counts half a win each way;
- "bad" ("both bad"): no information about which is better, so it adds no pairs (it still
  counts as a vote for each model).
Scores are on an Elo-like scale: 1000 + 400·log10(strength), strengths normalised to a
geometric mean of 1.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

Pair = tuple[str, str, float]  # (winner, loser, weight)


@dataclass(frozen=True)
class Rating:
    model: str
    score: float
    low: float
    high: float
    votes: int


def pairs_from_vote(models: Sequence[str], outcome: str) -> list[Pair]:
    if outcome == "tie":
        return [(a, b, 0.5) for a in models for b in models if a != b]
    if len(outcome) == 1 and outcome.isalpha():
        index = ord(outcome.lower()) - ord("a")
        if 0 <= index < len(models):
            winner = models[index]
            return [(winner, other, 1.0) for other in models if other != winner]
    return []


def bradley_terry(pairs: Sequence[Pair], models: Sequence[str], *, prior: float = 0.5,
                  iterations: int = 200) -> dict[str, float]:
    """Strengths by the MM algorithm (Hunter 2004). `prior` adds that many virtual wins each
    way between every pair of models, so a model with no wins keeps a finite score."""
    wins: dict[str, float] = defaultdict(float)
    games: dict[tuple[str, str], float] = defaultdict(float)
    for winner, loser, weight in pairs:
        wins[winner] += weight
        games[tuple(sorted((winner, loser)))] += weight  # type: ignore[index]
    if prior:
        for i, a in enumerate(models):
            for b in models[i + 1:]:
                wins[a] += prior
                wins[b] += prior
                games[tuple(sorted((a, b)))] += 2 * prior  # type: ignore[index]
    strength = {m: 1.0 for m in models}
    for _ in range(iterations):
        updated = {}
        for m in models:
            denominator = sum(
                n / (strength[m] + strength[other])
                for (x, y), n in games.items() if m in (x, y)
                for other in ((y,) if x == m else (x,))
            )
            updated[m] = wins[m] / denominator if denominator and wins[m] else 1e-9
        mean_log = sum(math.log(v) for v in updated.values()) / len(updated)
        strength = {m: v / math.exp(mean_log) for m, v in updated.items()}
    return strength


def to_score(strength: float) -> float:
    return 1000 + 400 * math.log10(max(strength, 1e-9))


def leaderboard(votes: Sequence[tuple[Sequence[str], str]], *, rounds: int = 200, seed: int = 0,
                prior: float = 0.5) -> list[Rating]:
    """Ratings for every model that appears in `votes` ((models, outcome) each), best first."""
    models = sorted({m for ms, _ in votes for m in ms})
    if not models:
        return []
    counts = {m: sum(1 for ms, _ in votes if m in ms) for m in models}

    def fit(sample: Sequence[tuple[Sequence[str], str]]) -> dict[str, float]:
        pairs = [p for ms, outcome in sample for p in pairs_from_vote(ms, outcome)]
        return {m: to_score(s) for m, s in bradley_terry(pairs, models, prior=prior).items()}

    point = fit(votes)
    rng = random.Random(seed)
    samples: dict[str, list[float]] = defaultdict(list)
    for _ in range(rounds):
        for model, score in fit([rng.choice(votes) for _ in votes]).items():
            samples[model].append(score)
    ratings = []
    for model in models:
        ordered = sorted(samples[model])
        low = ordered[int(0.025 * (len(ordered) - 1))]
        high = ordered[int(0.975 * (len(ordered) - 1))]
        ratings.append(Rating(model, point[model], low, high, counts[model]))
    return sorted(ratings, key=lambda r: r.score, reverse=True)
