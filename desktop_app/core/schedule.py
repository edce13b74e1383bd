"""MODEL.md, "Training schedule" and "Hybrid schedule": when models are (re)trained.

Also how much of the corpus the fine-tuned model has not learned yet (its staleness).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from desktop_app.core.batch import Array


def _every(months: Array, m: Array) -> Array:
    """1 in every month m >= 1 that is a multiple of `months` (0 where months == 0)."""
    safe = np.where(months > 0, months, 1)
    return ((m >= 1) & (months > 0) & (np.mod(m, safe) == 0)).astype(float)


def fine_tuning_trainings(p: Any, policy: str, C: Array, X: Array) -> tuple[Array, Array]:  # noqa: N803
    """(trainings[m], U[m]): trainings in each month, and unlearned changed tokens after it.

    One training at m = 0 on C[0]; from m = 1 the policy decides at the start of each month.
    A training sets U = 0; then the month's changes X[m] add to U (except `every_update`,
    which trains at every content update and so keeps U = 0).
    """
    m = np.arange(C.shape[1], dtype=float)[None, :]
    first = (m == 0).astype(float)
    ft = p.fine_tuning
    if policy == "every_update":
        trainings = first + p.knowledge.updates_per_month + 0 * C
        return trainings, np.zeros_like(C)
    if policy == "never":
        return first + 0 * C, np.cumsum(X, axis=1)
    if policy == "every_n_months":
        trainings = first + _every(ft.retrain_every_months, m) + 0 * C
        return trainings, _unlearned_since_last_training(trainings, X)
    if policy == "changed_pct":
        return _trainings_when_changed(ft.retrain_changed_pct[:, 0], C, X)
    raise ValueError(f"unknown retrain policy {policy!r}")


def _unlearned_since_last_training(trainings: Array, X: Array) -> Array:  # noqa: N803
    """U[m] = X summed from the month of the last training up to m."""
    m = np.arange(X.shape[1])
    last_training = np.maximum.accumulate(np.where(trainings > 0, m, 0), axis=1)
    total_changes = np.cumsum(X, axis=1)
    before_last = np.take_along_axis(total_changes, last_training, axis=1) - np.take_along_axis(
        X, last_training, axis=1
    )
    return total_changes - before_last


def _trainings_when_changed(threshold_pct: Array, C: Array, X: Array) -> tuple[Array, Array]:  # noqa: N803
    """Policy `changed_pct`: retrain when U > 0 and U >= threshold % of C[m].

    Each month's decision depends on the previous ones, so this walks the months (vectorised
    over the batch).
    """
    trainings = np.zeros_like(C)
    unlearned = np.zeros_like(C)
    U = np.zeros(C.shape[0])  # noqa: N806
    for month in range(C.shape[1]):
        if month == 0:
            trains = np.ones(C.shape[0], dtype=bool)
        else:
            trains = (U > 0) & (threshold_pct / 100 * C[:, month] <= U)
        trainings[:, month] = trains
        U = np.where(trains, 0.0, U) + X[:, month]  # noqa: N806
        unlearned[:, month] = U
    return trainings, unlearned


def staleness_pct(p: Any, U: Array, C: Array) -> Array:  # noqa: N803
    """staleness_pct[m]: unlearned share of the corpus at the end of month m, capped at 100.

    0 when that corpus is empty; 100 when it is not but the model was taught none of it.
    """
    corpus_at_end = C + p.knowledge.added_tokens_per_month
    taught_nothing = p.fine_tuning.knowledge_tokens_per_corpus_token == 0
    share = 100 * U / np.where(corpus_at_end > 0, corpus_at_end, 1)
    share = np.where(taught_nothing, 100.0, np.minimum(share, 100.0))
    return np.where(corpus_at_end > 0, share, 0.0)


def hybrid_trainings(p: Any, m: Array, batch: int) -> Array:
    """trainings[m] of the hybrid: at m = 0, then every `hybrid.retrain_every_months` (0: never)."""
    return (m == 0) + _every(p.hybrid.retrain_every_months, m) + np.zeros((batch, 1))
