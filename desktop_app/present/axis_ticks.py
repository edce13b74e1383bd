"""Where a chart's axis puts its ticks: round steps of 1, 2 or 5 times a power of ten (Qt-free).

One rule serves the value axes of the month charts, the tornado's money axis, the decision
map's linear axes and the editor's arrow-key steps.
"""

from __future__ import annotations

import math

VALUE_INTERVALS = 6
"""Intervals a value axis aims for (at most; fewer when the top is round)."""
MONTH_STEPS = (1, 2, 3, 6, 12, 24)
MAX_MONTH_LABELS = 10
_FACTORS = (1, 2, 5, 10)
_SLACK = 1e-9
"""Relative slack, so that a step computed as 0.20000000000000004 still counts as 0.2."""


def nice_step(raw: float, down: bool = False) -> float:
    """The 1-2-5 step (times a power of ten) at or above `raw`; at or below it with `down`."""
    magnitude = 10.0 ** math.floor(math.log10(raw))
    steps = [factor * magnitude for factor in _FACTORS]
    if down:
        return max((step for step in steps if step <= raw * (1 + _SLACK)), default=magnitude)
    return min(step for step in steps if step >= raw * (1 - _SLACK))


def nice_top(value: float, intervals: int = VALUE_INTERVALS) -> tuple[float, float]:
    """A round axis top at or above `value`, and its tick step (1, 2 or 5 times a power of ten)."""
    if not math.isfinite(value) or value <= 0:
        value = 1.0
    step = nice_step(value / intervals)
    return math.ceil(value / step - 1e-9) * step, step


def ticks_to(top: float, step: float) -> list[float]:
    """The tick values 0, step, 2·step, ... up to `top`, without float noise."""
    return [round(k * step, 12) for k in range(round(top / step) + 1)]


def month_step(horizon: int) -> int:
    """Months between two labels of the month axis, so that at most ten labels show."""
    return next((s for s in MONTH_STEPS if horizon / s <= MAX_MONTH_LABELS), MONTH_STEPS[-1])
