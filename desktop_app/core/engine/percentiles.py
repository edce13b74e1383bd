"""Exact percentiles by selection: `np.percentile`'s default method, without sorting or copies.

`np.percentile(a, q, axis=1)` (method "linear") takes, per row, the order statistics at
floor((n - 1) * q / 100) and the one after it, and interpolates between them. Here each
needed order statistic comes from `ndarray.partition` with a single kth (numpy selects one in
a single vectorised pass; given several at once it is several times slower), the next one up
from a minimum over the part above it, and the interpolation is the same expression as
numpy's: the same numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from desktop_app.core.engine.batch import Array


def order_statistics(rows: Array, ranks: Sequence[int]) -> dict[int, Array]:
    """The `ranks`-th smallest value (0-based) of every row; reorders `rows` in place.

    A rank right after another one asked for is the minimum of the part above that one (up
    to the next partitioned rank); every other rank is partitioned, the middle one first and
    then each side on its own, so that each pass sees only the part the rank can lie in.
    """
    n = rows.shape[1]
    wanted = sorted(set(ranks))
    pivots: list[int] = []
    for rank in wanted:
        if not (pivots and rank == pivots[-1] + 1):
            pivots.append(rank)
    _partition(rows, pivots, 0, n)
    found = {rank: rows[:, rank].copy() for rank in pivots}
    for rank in wanted:
        if rank not in found:
            # rows[:, rank : next pivot + 1] holds exactly the ranks up to that pivot.
            above = next((pivot for pivot in pivots if pivot > rank), n - 1)
            found[rank] = rows[:, rank : above + 1].min(axis=1)
    return found


def _partition(rows: Array, pivots: list[int], low: int, high: int) -> None:
    """Put each pivot rank in its place; rows[:, low:high] holds exactly ranks low..high-1."""
    if not pivots:
        return
    middle = len(pivots) // 2
    rank = pivots[middle]
    rows[:, low:high].partition(rank - low, axis=1)
    _partition(rows, pivots[:middle], low, rank)
    _partition(rows, pivots[middle + 1 :], rank + 1, high)


def percentiles(rows: Array, levels: Sequence[float]) -> Array:
    """`np.percentile(rows, levels, axis=1)`: shape [len(levels), rows]; reorders `rows`.

    Every row must be free of NaN (the engine refuses results that are not finite).
    """
    n = rows.shape[1]
    virtual = (n - 1) * np.true_divide(np.asarray(levels, dtype=float), 100)
    previous = np.floor(virtual).astype(np.intp)
    following = previous + 1
    at_end = virtual >= n - 1
    previous[at_end] = n - 1
    following[at_end] = n - 1
    values = order_statistics(rows, [*previous.tolist(), *following.tolist()])
    low = np.array([values[rank] for rank in previous.tolist()])
    high = np.array([values[rank] for rank in following.tolist()])
    # numpy's gamma is measured from index -1 at the end; there low == high, so it cancels.
    gamma = (virtual - np.where(at_end, -1, previous))[:, None]
    return _lerp(low, high, gamma)


def _lerp(a: Array, b: Array, t: Array) -> Array:
    """The interpolation of numpy's `_lerp`: a + (b - a) * t, from b where t >= 0.5."""
    diff_b_a = b - a
    result = np.add(a, diff_b_a * t)
    np.subtract(b, diff_b_a * (1 - t), out=result, where=np.broadcast_to(t >= 0.5, result.shape))
    return result
