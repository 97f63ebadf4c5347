"""Training the role model: (features, gold roles) examples -> :class:`RoleModel`. Pure.

Deterministic: one logistic regression per role, fitted by full-batch gradient descent from
zero weights for a fixed number of steps with L2 regularisation, on the examples in the order
given. ``scripts/train_roles.py`` builds the examples from the dev corpus (the pipeline's
rule output for each person matched by name to a gold person) and writes the JSON file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from pko_extract.models import ROLES
from pko_extract.role_model import RoleModel


@dataclass(frozen=True)
class Example:
    """One person of one report: its features and the gold roles."""

    doc_id: str
    features: tuple[str, ...]
    roles: frozenset[str]


def fit(
    examples: Sequence[Example],
    *,
    steps: int = 1500,
    rate: float = 1.0,
    l2: float = 0.001,
    min_count: int = 1,
    threshold: float = 0.5,
    version: str = "1",
) -> RoleModel:
    """Fit one-vs-rest logistic regressions.

    Args:
        examples: training persons.
        steps, rate, l2: gradient descent steps, learning rate and L2 penalty.
        min_count: features seen in fewer examples are dropped.
        threshold: probability above which a role is predicted.
        version: recorded in the model.
    """
    counts: dict[str, int] = {}
    for ex in examples:
        for f in set(ex.features):
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, c in counts.items() if c >= min_count)
    index = {f: i for i, f in enumerate(vocab)}
    rows = [sorted({index[f] for f in ex.features if f in index}) for ex in examples]
    bias: dict[str, float] = {}
    weights: dict[str, dict[str, float]] = {}
    for role in ROLES:
        labels = [1.0 if role in ex.roles else 0.0 for ex in examples]
        if not any(labels):
            continue
        b, w = _fit_one(rows, labels, len(vocab), steps=steps, rate=rate, l2=l2)
        bias[role] = round(b, 6)
        weights[role] = {vocab[i]: round(x, 6) for i, x in enumerate(w) if abs(x) >= 1e-4}
    return RoleModel(
        version=version,
        about=f"one-vs-rest logistic regression, {len(examples)} persons, {len(vocab)} features",
        threshold=threshold,
        bias=bias,
        weights=weights,
    )


def _fit_one(
    rows: list[list[int]], labels: list[float], n: int, *, steps: int, rate: float, l2: float
) -> tuple[float, list[float]]:
    """Bias and weights of one binary logistic regression (sparse binary features)."""
    x = np.zeros((len(rows), n))
    for r, row in enumerate(rows):
        x[r, row] = 1.0
    y = np.asarray(labels)
    w = np.zeros(n)
    b = 0.0
    m = max(1, len(rows))
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w + b, -30.0, 30.0)))
        err = p - y
        b -= rate * float(err.sum()) / m
        w -= rate * (x.T @ err / m + l2 * w)
    return b, [float(v) for v in w]
