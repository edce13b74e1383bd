"""staleness_pct without the empty-corpus mask gives the masked path's numbers, by variant."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from desktop_app.core.engine.schedule import staleness_pct


def inputs(added: float, taught: float | np.ndarray) -> SimpleNamespace:
    return SimpleNamespace(
        knowledge=SimpleNamespace(added_tokens_per_month=added),
        fine_tuning=SimpleNamespace(knowledge_tokens_per_corpus_token=taught),
    )


def test_a_month_major_u_gives_a_batch_major_share() -> None:
    """U laid out by month (as the changed_pct walk returns it); every corpus is non-empty.

    share = min(100, 100 * U / (C + added)): 100 * 30 / (200 + 100) = 10 %,
    100 * 600 / (400 + 100) = 120 % -> 100 %, 100 * 0 / (100 + 100) = 0 %.
    """
    U = np.array([[30.0, 600.0, 0.0], [3.0, 6.0, 9.0]]).T.copy().T  # noqa: N806 - Fortran order
    C = np.array([[200.0, 400.0, 100.0], [200.0, 200.0, 200.0]])  # noqa: N806
    got = staleness_pct(inputs(100.0, 1.0), U, C)
    assert got.flags.c_contiguous
    assert got.tolist() == [[10.0, 100.0, 0.0], [1.0, 2.0, 3.0]]


def test_an_empty_or_unknown_corpus_keeps_the_masked_path() -> None:
    """An empty corpus is 0 % stale; a variant taught nothing is 100 % where it has a corpus."""
    U = np.array([[30.0, 30.0], [30.0, 30.0]])  # noqa: N806
    C = np.array([[0.0, 200.0], [200.0, 200.0]])  # noqa: N806
    taught = np.array([[1.0], [0.0]])
    got = staleness_pct(inputs(0.0, taught), U, C)
    assert got.tolist() == [[0.0, 15.0], [100.0, 100.0]]
    nan_corpus = staleness_pct(inputs(0.0, 1.0), U, np.array([[np.nan, 200.0]]))
    assert nan_corpus[:, 0].tolist() == [0.0, 0.0]  # an unknown corpus counts as empty
    assert nan_corpus[:, 1].tolist() == [15.0, 15.0]
