"""Draws for the uncertain inputs (MODEL.md, "Uncertainty"): triangular, uniform and PERT.

Each entry is drawn independently, in the order the scenario lists them, from one seeded
generator: the same seed gives the same numbers.
"""

from __future__ import annotations

import numpy as np

from desktop_app.core.model.fields import value_at
from desktop_app.core.model.scenario import Scenario, UncertainInput

PERT_LAMBDA = 4.0


def pert_shape(low: float, mode: float, high: float) -> tuple[float, float]:
    """The Beta distribution's (alpha, beta) of a PERT with λ = 4."""
    width = high - low
    alpha = 1 + PERT_LAMBDA * (mode - low) / width
    beta = 1 + PERT_LAMBDA * (high - mode) / width
    return alpha, beta


def draw(entry: UncertainInput, mode: float, count: int, rng: np.random.Generator) -> np.ndarray:
    """`count` draws of one uncertain input whose most likely value is `mode`."""
    low, high = entry.low, entry.high
    if low == high:
        return np.full(count, low)
    if entry.distribution == "uniform":
        return rng.uniform(low, high, count)
    if entry.distribution == "triangular":
        return rng.triangular(low, mode, high, count)
    alpha, beta = pert_shape(low, mode, high)
    return low + rng.beta(alpha, beta, count) * (high - low)


def analytic_mean(entry: UncertainInput, mode: float) -> float:
    """The distribution's mean (what many draws average to)."""
    low, high = entry.low, entry.high
    if entry.distribution == "uniform":
        return (low + high) / 2
    if entry.distribution == "triangular":
        return (low + mode + high) / 3
    return (low + PERT_LAMBDA * mode + high) / (PERT_LAMBDA + 2)


def _mode(value: float | None) -> float:
    """The scenario's value (None for a group whose strategies differ: uniform needs none)."""
    return float("nan") if value is None else float(value)


def draw_all(scenario: Scenario, count: int, seed: int) -> dict[str, np.ndarray]:
    """Draws of every uncertain input of the scenario, keyed by field path."""
    rng = np.random.default_rng(seed)
    return {
        entry.field: draw(entry, _mode(value_at(scenario, entry.field)), count, rng)
        for entry in scenario.uncertainty
    }
