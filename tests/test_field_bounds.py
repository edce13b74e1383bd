"""One test of a value against a field's bounds, worded twice (files and the window)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.model.fields import BOUND_KINDS, NumericField, numeric_fields
from desktop_app.core.model.numbers import plain_number
from desktop_app.gui.editor.inputs import BOUND_WORDS, bound_problem, format_number, reading


def _field(**bounds: float) -> NumericField:
    return NumericField("x.y", "Y", "", "", None, integer=False, nullable=False, **bounds)


@pytest.mark.parametrize(
    ("bounds", "value", "file_words", "window_words"),
    [
        ({"ge": 0.0}, -1.0, "must be >= 0", "must be at least 0"),
        ({"gt": 0.0}, 0.0, "must be > 0", "must be more than 0"),
        ({"le": 100.0}, 100.5, "must be <= 100", "must be at most 100"),
        ({"lt": 1.0}, 1.0, "must be < 1", "must be less than 1"),
        ({"ge": 1.0, "le": 50_000.0}, 60_000.0, "must be <= 50000", "must be at most 50,000"),
    ],
)
def test_each_kind_of_bound_is_worded_for_files_and_for_the_window(
    bounds: dict[str, float], value: float, file_words: str, window_words: str
) -> None:
    field = _field(**bounds)
    assert field.problem(value) == file_words
    assert bound_problem(field, value) == window_words
    assert reading(field, format_number(value)) == (
        None,
        f"{window_words}, got {format_number(value)}",
    )


def test_a_value_on_a_closed_bound_is_valid_and_nan_breaks_none() -> None:
    field = _field(ge=0.0, le=100.0)
    assert field.problem(0.0) is None and bound_problem(field, 100.0) is None
    assert field.broken_bound(math.nan) is None


def test_the_window_has_words_for_every_kind_of_bound() -> None:
    assert set(BOUND_WORDS) == set(BOUND_KINDS)


_NUMBERS = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12)


@st.composite
def _field_and_value(draw: st.DrawFn) -> tuple[NumericField, float]:
    """A catalogue field and a value, often on or just beside one of its bounds."""
    field = draw(st.sampled_from(numeric_fields()))
    bounds = [b for b in (field.ge, field.gt, field.le, field.lt) if b is not None]
    near = [
        v for b in bounds for v in (b, math.nextafter(b, -math.inf), math.nextafter(b, math.inf))
    ]
    value = draw(st.sampled_from(near) | _NUMBERS if near else _NUMBERS)
    return field, value


@given(_field_and_value())
def test_the_window_and_the_files_refuse_the_same_values_at_the_same_bound(
    case: tuple[NumericField, float],
) -> None:
    field, value = case
    broken = field.broken_bound(value)
    in_files, in_window = field.problem(value), bound_problem(field, value)
    assert (in_files is None) == (in_window is None) == (broken is None)
    if broken is not None:
        kind, bound = broken
        assert in_files == f"must be {BOUND_KINDS[kind]} {plain_number(bound)}"
        assert in_window == BOUND_WORDS[kind].format(bound=format_number(bound))
