"""The changed_pct walk against a plain loop over one variant, bit for bit.

The batched walk folds "U > 0 and U >= threshold" into one comparison with
max(threshold, the least positive float) and resets U with `np.where`; the plain loop
below is MODEL.md's rule as written, in Python floats (the same IEEE arithmetic).
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.engine.schedule import _trainings_when_changed

MONTHS = 12
values = st.sampled_from([0.0, -0.0, 5e-324, 1e-300, 0.5, 1.0, 3.0, 7.25, 1e6, float("nan")])


def plain_walk(threshold: list[float], changes: list[float], events: list[int]):
    """trainings[m] and U[m] of one variant, month by month."""
    trainings, unlearned = [], []
    U = 0.0  # noqa: N806
    for month, (limit, x) in enumerate(zip(threshold, changes, strict=True)):
        trains = month == 0 or month in events or (U > 0 and U >= limit)  # noqa: SIM300
        trainings.append(1.0 if trains else 0.0)
        if trains:
            U = 0.0  # noqa: N806
        U = U + x  # noqa: N806
        unlearned.append(U)
    return trainings, unlearned


@settings(max_examples=200, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.lists(values, min_size=MONTHS, max_size=MONTHS),
            st.lists(values, min_size=MONTHS, max_size=MONTHS),
        ),
        min_size=1,
        max_size=5,
    ),
    events=st.lists(st.integers(1, MONTHS - 1), max_size=3),
)
def test_the_batched_walk_is_the_plain_rule(rows, events) -> None:
    threshold = np.array([limits for limits, _ in rows])
    changes = np.array([x for _, x in rows])
    trainings, unlearned = _trainings_when_changed(threshold, changes, events)
    for row, (limits, x) in enumerate(rows):
        want_trainings, want_unlearned = plain_walk(limits, x, events)
        assert trainings[row].tolist() == want_trainings
        got = np.array(unlearned[row])
        want = np.array(want_unlearned)
        assert got.tobytes() == want.tobytes()  # -0.0 and NaN included
