"""MODEL.md, "Training schedule" and "Hybrid schedule": when models are (re)trained.

Also how much of the corpus the fine-tuned model has not learned yet (its staleness).
"""

from __future__ import annotations

import numpy as np

from desktop_app.core.engine.batch import Array
from desktop_app.core.engine.inputs import Inputs

LEAST_POSITIVE = np.nextafter(0.0, 1.0)
"""The least positive float: U > 0 exactly when U >= this."""


def _every(months: Array | float, m: Array) -> Array:
    """1 in every month m >= 1 that is a multiple of `months` (0 where months == 0)."""
    safe = np.where(months > 0, months, 1)
    return ((m >= 1) & (months > 0) & (np.mod(m, safe) == 0)).astype(float)


def _flags(months: list[int], m: Array) -> Array:
    """1 in each listed month (0-based), else 0."""
    row = np.zeros(m.shape)
    row[:, months] = 1.0
    return row


def fine_tuning_trainings(
    p: Inputs,
    policy: str,
    C: Array,  # noqa: N803
    X: Array,  # noqa: N803
    retrain: list[int] | None = None,
) -> tuple[Array, Array]:
    """(trainings[m], U[m]): trainings in each month, and unlearned changed tokens after it.

    One training at m = 0 on C[0]; from m = 1 the policy decides at the start of each month.
    A `retrain` event's month (0-based, in `retrain`) trains when the policy does not.
    A training sets U = 0; then the month's changes X[m] add to U (except `every_update`,
    which trains at every content update and so keeps U = 0; there an event adds one).
    """
    m = np.arange(C.shape[1], dtype=float)[None, :]
    first = (m == 0).astype(float)
    ft = p.fine_tuning
    events = [e for e in (retrain or []) if e >= 1]
    if policy == "every_update":
        trainings = first + p.knowledge.updates_per_month
        if events:
            trainings = trainings + _flags(events, m)
        return trainings, np.zeros((1, 1))
    if policy == "never" and not events:
        return first, _changes_since(p, X, m, since=0.0)
    if policy in ("never", "every_n_months"):
        trainings = first
        if policy == "every_n_months":
            trainings = first + _every(ft.retrain_every_months, m)
        if events:
            trainings = np.maximum(trainings, _flags(events, m))
        last_training = np.maximum.accumulate(np.where(trainings > 0, m, 0.0), axis=1)
        return trainings, _changes_since(p, X, m, since=last_training)
    if policy == "changed_pct":
        threshold = ft.retrain_changed_pct / 100 * C
        threshold, X = np.broadcast_arrays(threshold, X)  # noqa: N806
        return _trainings_when_changed(threshold, X, events)
    raise ValueError(f"unknown retrain policy {policy!r}")


def _changes_since(p: Inputs, X: Array, m: Array, since: Array | float) -> Array:  # noqa: N803
    """U[m] = X[since] + ... + X[m]: the changes from month `since` up to m.

    X[m] grows by the same amount every month (C[m] is linear in m), so the sum is the
    number of months times the mean of the first and the last term (an arithmetic series).
    """
    k = p.knowledge
    growth_per_month = k.added_tokens_per_month * k.changed_pct_per_month / 100
    first_term = X[:, :1] + growth_per_month * since
    return (m - since + 1) * (first_term + X) / 2


def _trainings_when_changed(
    threshold: Array,
    X: Array,  # noqa: N803
    events: list[int],
) -> tuple[Array, Array]:
    """Policy `changed_pct`: retrain when U > 0 and U >= threshold (a share of C[m]).

    Also in every month with a `retrain` event.

    Each month's decision depends on the previous ones, so this walks the months (vectorised
    over the batch).
    """
    # Month-major copies, so that each month is one contiguous row. "U > 0 and U >= limit"
    # is one comparison, max(limit, the least positive number) <= U (NaN stays NaN).
    limit_by_month = np.empty((X.shape[1], X.shape[0]))
    np.maximum(threshold.T, LEAST_POSITIVE, out=limit_by_month)
    changes_by_month = np.ascontiguousarray(X.T)
    trains = np.empty(limit_by_month.shape, dtype=bool)
    unlearned = np.empty(limit_by_month.shape)
    U = np.zeros(X.shape[0])  # noqa: N806 - U at the end of the month before
    for month, (changes, limit) in enumerate(zip(changes_by_month, limit_by_month, strict=True)):
        if month == 0 or month in events:
            trains[month] = True
        else:
            np.less_equal(limit, U, out=trains[month])
        # U = 0 where the model trains, then the month's changes add to it (np.where, not a
        # masked copy: writing through a mask that changes at random costs ~5x as much)
        U = np.add(np.where(trains[month], 0.0, U), changes, out=unlearned[month])  # noqa: N806
    return trains.T.astype(float), unlearned.T


def staleness_pct(p: Inputs, U: Array, C: Array) -> Array:  # noqa: N803
    """staleness_pct[m]: unlearned share of the corpus at the end of month m, capped at 100.

    0 when that corpus is empty; 100 when it is not but the model was taught none of it.
    """
    corpus_at_end = C + p.knowledge.added_tokens_per_month
    taught_nothing = p.fine_tuning.knowledge_tokens_per_corpus_token == 0
    shape = np.broadcast_shapes(np.shape(U), C.shape)
    has_corpus: np.ndarray | bool
    if corpus_at_end.size and corpus_at_end.min() > 0:  # every variant has a corpus (no NaN)
        # the same quotients without a mask, laid out by variant whatever U's layout
        has_corpus = True
        share = np.multiply(100, U, out=np.empty(shape))
        np.divide(share, corpus_at_end, out=share)
    else:
        mask = corpus_at_end > 0
        share = np.divide(100 * U, corpus_at_end, out=np.zeros(shape), where=mask)
        has_corpus = mask
    np.minimum(share, 100.0, out=share)
    if taught_nothing is False:  # a fixed input that is not 0: the floor is 0 everywhere
        return np.maximum(share, 0.0, out=share)
    return np.maximum(share, 100.0 * (taught_nothing & has_corpus))


def hybrid_trainings(p: Inputs, m: Array, retrain: list[int] | None = None) -> Array:
    """trainings[m] of the hybrid: at m = 0, then every `hybrid.retrain_every_months` (0: never).

    A `retrain` event's month trains when the cadence does not (also with a cadence of 0).
    """
    trainings = (m == 0) + _every(p.hybrid.retrain_every_months, m)
    events = [e for e in (retrain or []) if e >= 1]
    if events:
        trainings = np.maximum(trainings, _flags(events, m))
    return trainings
