"""The engine's shortcuts that save passes over [batch, months] give the same bits."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.engine import formulas as fx

SHAPES = [(), (1, 1), (3, 1), (1, 5), (3, 5)]


@settings(max_examples=200, deadline=None)
@given(
    ufunc=st.sampled_from([np.add, np.subtract, np.multiply, np.true_divide]),
    a_shape=st.sampled_from(SHAPES),
    b_shape=st.sampled_from(SHAPES),
    seed=st.integers(0, 2**32 - 1),
)
def test_over_fresh_is_the_ufunc(ufunc, a_shape, b_shape, seed) -> None:
    rng = np.random.default_rng(seed)
    a = rng.normal(size=a_shape) if a_shape else float(rng.normal())
    b = rng.normal(size=b_shape) if b_shape else float(rng.normal())
    expected = ufunc(a, b)
    a_copy = a.copy() if isinstance(a, np.ndarray) else a
    b_copy = b.copy() if isinstance(b, np.ndarray) else b
    got = fx.over_fresh(ufunc, a_copy, b_copy, a_copy, b_copy)
    assert np.shape(got) == np.shape(expected)
    assert np.asarray(got).tobytes() == np.asarray(expected).tobytes()
    written = [x for x in (a_copy, b_copy) if isinstance(x, np.ndarray) and x is got]
    assert written or not any(
        isinstance(x, np.ndarray) and x.shape == np.shape(expected) for x in (a, b)
    )


def test_times_trend_skips_a_factor_of_one_only() -> None:
    fresh = np.array([[1.5, -0.0, np.nan], [2.0, 0.0, 3.0]])
    ones = np.ones((1, 3))
    assert fx.times_trend(fresh, ones) is fresh
    trend = np.array([[1.0, 1.0, 1.0000000000000002]])
    assert fx.times_trend(fresh.copy(), trend).tobytes() == (fresh * trend).tobytes()
    column = np.array([[1.5], [2.0]])
    spread = fx.times_trend(column.copy(), ones)  # more months than `fresh`: multiplied
    assert spread.shape == (2, 3)
    assert spread.tobytes() == (column * ones).tobytes()
    by_variant = np.ones((2, 3))  # a factor per variant is multiplied (as before)
    assert fx.times_trend(fresh.copy(), by_variant).tobytes() == (fresh * by_variant).tobytes()
