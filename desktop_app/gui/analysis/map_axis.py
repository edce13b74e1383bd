"""One axis of the decision map: value <-> position along it, its cells and its ticks (no Qt)."""

from __future__ import annotations

import math

import numpy as np

from desktop_app.present.axis_ticks import nice_step


def _edges(centres: np.ndarray) -> np.ndarray:
    """Cell edges around each centre: halfway to the neighbours, half a step beyond the ends."""
    if len(centres) == 1:
        return np.array([centres[0] - 0.5, centres[0] + 0.5])
    middle = (centres[:-1] + centres[1:]) / 2
    first = centres[0] - (centres[1] - centres[0]) / 2
    last = centres[-1] + (centres[-1] - centres[-2]) / 2
    return np.concatenate([[first], middle, [last]])


class MapAxis:
    """One axis of the painted map: value <-> position along it, cells and ticks."""

    def __init__(self, values: np.ndarray, log: bool) -> None:
        self.values = np.asarray(values, dtype=float)
        self.log = log
        self.centres = self.transform(self.values)
        self.edges = _edges(self.centres)

    def transform(self, values: np.ndarray | float) -> np.ndarray:
        """The axis coordinate: log10 of a value on a log axis, else the value."""
        array = np.asarray(values, dtype=float)
        return np.log10(array) if self.log else array

    def fraction(self, value: float) -> float:
        """Where a value lies between the first and last cell edge (0..1)."""
        span = self.edges[-1] - self.edges[0]
        return float((self.transform(value) - self.edges[0]) / span)

    def cell(self, fraction: float) -> int | None:
        """The cell at a fraction of the axis, or None outside it."""
        if not 0 <= fraction <= 1:
            return None
        coordinate = self.edges[0] + fraction * (self.edges[-1] - self.edges[0])
        index = int(np.searchsorted(self.edges, coordinate, side="right")) - 1
        return min(max(index, 0), len(self.values) - 1)

    def contains(self, value: float) -> bool:
        """Whether a value lies within the mapped range (first to last value)."""
        return bool(self.values[0] <= value <= self.values[-1])

    def ticks(self, count: int) -> list[float]:
        """Round values to label: decades on a log axis, 1-2-5 steps on a linear one."""
        low, high = float(self.values[0]), float(self.values[-1])
        if self.log:
            first, last = math.floor(math.log10(low)), math.ceil(math.log10(high))
            decades = [10.0**k for k in range(first, last + 1) if low <= 10.0**k * (1 + 1e-9)]
            decades = [value for value in decades if value <= high * (1 + 1e-9)]
            if len(decades) >= 3 or count < 6:  # decades only, thinned to fit
                every = max(1, math.ceil(len(decades) / max(count, 1)))
                return decades[::every]
            steps = [m * 10.0**k for k in range(first, last + 1) for m in (1, 2, 5)]
            return [value for value in steps if low * (1 - 1e-9) <= value <= high * (1 + 1e-9)]
        if high <= low:
            return [low]
        step = nice_step((high - low) / max(count, 1))
        start = math.ceil(low / step - 1e-9)
        return [round(k * step, 12) for k in range(start, math.floor(high / step + 1e-9) + 1)]
