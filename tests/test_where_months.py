"""where_months (np.where by month, written over a fresh operand) against np.where itself."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.engine.formulas import where_months

MONTHS = 9


@settings(max_examples=150, deadline=None)
@given(
    flags=st.lists(st.booleans(), min_size=MONTHS, max_size=MONTHS),
    rows=st.integers(1, 4),
    other_shape=st.sampled_from(["full", "row", "column", "number"]),
    into_yes=st.booleans(),
    seed=st.integers(0, 2**32 - 1),
)
def test_the_same_values_as_np_where(flags, rows, other_shape, into_yes, seed) -> None:
    rng = np.random.default_rng(seed)
    row = np.array([flags])
    fresh = rng.normal(size=(rows, MONTHS))
    fresh[0, 0] = -0.0
    other = {
        "full": rng.normal(size=(rows, MONTHS)),
        "row": rng.normal(size=(1, MONTHS)),
        "column": rng.normal(size=(rows, 1)),
        "number": np.nan,
    }[other_shape]
    yes, no = (fresh, other) if into_yes else (other, fresh)
    expected = np.where(row, yes, no)
    got = where_months(
        row, yes.copy() if into_yes else yes, no if into_yes else no.copy(), into_yes
    )
    assert got.shape == expected.shape
    assert got.tobytes() == expected.tobytes()


def test_a_plain_flag_or_a_smaller_operand_falls_back_to_np_where() -> None:
    assert where_months(True, np.ones((2, 3)), 0.0, into_yes=True).tolist() == [[1.0] * 3] * 2
    row = np.array([[True, False, True]])
    got = where_months(row, np.array([[5.0]]), np.zeros((2, 3)), into_yes=True)
    assert got.tolist() == [[5.0, 0.0, 5.0], [5.0, 0.0, 5.0]]
