"""staleness_pct when only the taught-nothing floor varies between variants."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from desktop_app.core.engine.schedule import staleness_pct


def test_a_varying_knowledge_share_spreads_a_single_row_of_staleness() -> None:
    """U and C the same for both variants ([1, 1]); one variant is taught nothing.

    share = 100 * U / (C + added) = 100 * 50 / (1000 + 0) = 5 %; the variant taught nothing
    is 100 % stale while it has a corpus.
    """
    p = SimpleNamespace(
        knowledge=SimpleNamespace(added_tokens_per_month=0.0),
        fine_tuning=SimpleNamespace(knowledge_tokens_per_corpus_token=np.array([[1.0], [0.0]])),
    )
    got = staleness_pct(p, np.array([[50.0]]), np.array([[1000.0]]))
    assert got.shape == (2, 1)
    assert got.tolist() == [[5.0], [100.0]]


def test_a_fixed_knowledge_share_floors_at_zero() -> None:
    """Taught the corpus (a plain number): 100 * 30 / (200 + 100) = 10 %; an empty corpus 0."""
    p = SimpleNamespace(
        knowledge=SimpleNamespace(added_tokens_per_month=100.0),
        fine_tuning=SimpleNamespace(knowledge_tokens_per_corpus_token=1.0),
    )
    got = staleness_pct(p, np.array([[30.0, 0.0]]), np.array([[200.0, -100.0]]))
    assert got.tolist() == [[10.0, 0.0]]
