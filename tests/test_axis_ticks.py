"""Round axis steps: the one 1-2-5 rule of the charts, the decision map and the editor."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.gui.editor.inputs import nice_step as arrow_step
from desktop_app.present.axis_ticks import month_step, nice_step, nice_top, ticks_to

raws = st.floats(min_value=1e-6, max_value=1e12, allow_nan=False, allow_infinity=False)


def is_nice(step: float) -> bool:
    """1, 2 or 5 times a power of ten (to float precision)."""
    mantissa = step / 10.0 ** math.floor(math.log10(step) + 1e-12)
    return any(math.isclose(mantissa, m, rel_tol=1e-9) for m in (1, 2, 5, 10))


@pytest.mark.parametrize(
    ("raw", "up", "down"),
    [(0.3, 0.5, 0.2), (0.2, 0.2, 0.2), (7, 10, 5), (1000, 1000, 1000), (0.012, 0.02, 0.01)],
)
def test_nice_steps_by_hand(raw: float, up: float, down: float) -> None:
    assert nice_step(raw) == pytest.approx(up)
    assert nice_step(raw, down=True) == pytest.approx(down)


def test_a_step_a_hair_above_a_round_one_is_that_round_one() -> None:
    # (0.1 + 0.2) / 1.5 is 0.20000000000000004: the decision map used to step by 0.5 here
    assert nice_step((0.1 + 0.2) / 1.5) == pytest.approx(0.2)


@given(raws)
def test_the_step_up_is_the_smallest_nice_step_not_below(raw: float) -> None:
    step = nice_step(raw)
    assert is_nice(step)
    assert step >= raw * (1 - 1e-9)
    assert step < raw * 2.5 + 1e-300  # the next nice step down (÷2 or ÷2.5) would be below raw


@given(raws)
def test_the_step_down_is_the_largest_nice_step_not_above(raw: float) -> None:
    step = nice_step(raw, down=True)
    assert is_nice(step)
    assert step <= raw * (1 + 1e-9)
    assert step * 2.5 > raw * (1 - 1e-9)


@given(st.floats(min_value=1e-3, max_value=1e12))
def test_an_axis_top_covers_the_value_in_at_most_six_steps(value: float) -> None:
    top, step = nice_top(value)
    assert top >= value * (1 - 1e-9)
    ticks = ticks_to(top, step)
    assert ticks[0] == 0 and ticks[-1] == pytest.approx(top)
    assert 2 <= len(ticks) <= 7


@pytest.mark.parametrize(("horizon", "step"), [(1, 1), (10, 1), (11, 2), (36, 6), (120, 12)])
def test_month_labels_step_so_that_at_most_ten_show(horizon: int, step: int) -> None:
    assert month_step(horizon) == step


@pytest.mark.parametrize(
    ("value", "integer", "step"), [(50_000, True, 5000), (3, True, 1), (0.075, False, 0.01)]
)
def test_the_editor_arrow_keys_step_by_a_round_tenth(value: float, integer: bool, step: float):
    assert arrow_step(value, integer) == pytest.approx(step)
