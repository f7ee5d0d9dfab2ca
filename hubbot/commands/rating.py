"""Arena ratings: a Bradley–Terry fit over pairwise outcomes, with bootstrap intervals.

A vote on a comparison of models M with outcome:
- "a", "b", … (the label's index into M): that model beats every other model in M;
- "tie": every pair in M counts half a win each way;
- "bad" ("both bad"): no information about which is better, so it adds no pairs (it still
  counts as a vote for each model).
Scores are on an Elo-like scale: 1000 + 400·log10(strength), strengths normalised to a
geometric mean of 1.

Votes are counted by (models, outcome) first: the fit and each bootstrap round then cost the
same for 100 votes or 100,000 (a bootstrap round draws the group counts from a multinomial,
which is resampling the votes with replacement), so the work is bounded by the number of
distinct comparisons, not by the number of votes.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

Pair = tuple[str, str, float]  # (winner, loser, weight)
VoteGroup = tuple[tuple[str, ...], str, int]  # (models, outcome, how many votes)


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
                  iterations: int = 200, tolerance: float = 1e-10) -> dict[str, float]:
    """Strengths by the MM algorithm (Hunter 2004). `prior` adds that many virtual wins each
    way between every pair of models, so a model with no wins keeps a finite score."""
    index = {m: i for i, m in enumerate(models)}
    wins = np.zeros((1, len(models)))
    games = np.zeros((1, len(models), len(models)))
    for winner, loser, weight in pairs:
        w, lo = index[winner], index[loser]
        wins[0, w] += weight
        games[0, w, lo] += weight
        games[0, lo, w] += weight
    strength = fit_many(wins, games, prior=prior, iterations=iterations, tolerance=tolerance)[0]
    return {m: float(strength[i]) for m, i in index.items()}


def fit_many(wins: np.ndarray, games: np.ndarray, *, prior: float = 0.5, iterations: int = 200,
             tolerance: float = 1e-10) -> np.ndarray:
    """Bradley–Terry strengths for many samples at once: `wins` (samples × models), `games`
    (samples × models × models, symmetric: games played between i and j). Geometric mean 1."""
    count = wins.shape[1]
    others = 1.0 - np.eye(count)
    wins = wins + prior * (count - 1)
    games = games + 2 * prior * others
    strength = np.ones_like(wins)
    for _ in range(iterations):
        denominator = (games / (strength[:, :, None] + strength[:, None, :])).sum(axis=2)
        with np.errstate(divide="ignore", invalid="ignore"):
            updated = np.where((denominator > 0) & (wins > 0), wins / denominator, 1e-9)
        updated /= np.exp(np.log(updated).mean(axis=1, keepdims=True))
        change = np.abs(np.log(updated / strength)).max()
        strength = updated
        if change < tolerance:
            break
    return strength


def to_score(strength: float) -> float:
    return 1000 + 400 * math.log10(max(strength, 1e-9))


def group_votes(votes: Sequence[tuple[Sequence[str], str]]) -> list[VoteGroup]:
    counts = Counter((tuple(models), outcome) for models, outcome in votes)
    return [(models, outcome, n) for (models, outcome), n in sorted(counts.items())]


def leaderboard(votes: Sequence[tuple[Sequence[str], str]], *, rounds: int = 200, seed: int = 0,
                prior: float = 0.5) -> list[Rating]:
    """Ratings for every model that appears in `votes` ((models, outcome) each), best first."""
    return leaderboard_of_groups(group_votes(votes), rounds=rounds, seed=seed, prior=prior)


def leaderboard_of_groups(groups: Sequence[VoteGroup], *, rounds: int = 200, seed: int = 0,
                          prior: float = 0.5) -> list[Rating]:
    """Ratings from votes counted by (models, outcome), best first. The point estimate and all
    bootstrap rounds are fitted together, as arrays."""
    groups = [g for g in groups if g[2] > 0]
    models = sorted({m for ms, _, _ in groups for m in ms})
    if not models:
        return []
    index = {m: i for i, m in enumerate(models)}
    group_wins = np.zeros((len(groups), len(models)))
    group_games = np.zeros((len(groups), len(models), len(models)))
    for g, (ms, outcome, _) in enumerate(groups):
        for winner, loser, weight in pairs_from_vote(ms, outcome):
            group_wins[g, index[winner]] += weight
            group_games[g, index[winner], index[loser]] += weight
            group_games[g, index[loser], index[winner]] += weight
    sizes = np.array([n for _, _, n in groups], dtype=float)
    rng = np.random.default_rng(seed)
    draws = rng.multinomial(int(sizes.sum()), sizes / sizes.sum(), size=rounds).astype(float)
    samples = np.vstack([sizes[None, :], draws])  # row 0: the votes as they are
    strengths = fit_many(samples @ group_wins, np.einsum("sg,gij->sij", samples, group_games), prior=prior)
    scores = 1000 + 400 * np.log10(np.maximum(strengths, 1e-9))
    ratings = []
    for model, i in index.items():
        ordered = np.sort(scores[1:, i]) if rounds else scores[:1, i]
        low = float(ordered[int(0.025 * (len(ordered) - 1))])
        high = float(ordered[int(0.975 * (len(ordered) - 1))])
        votes = sum(n for ms, _, n in groups if model in ms)
        ratings.append(Rating(model, float(scores[0, i]), low, high, votes))
    return sorted(ratings, key=lambda r: r.score, reverse=True)
