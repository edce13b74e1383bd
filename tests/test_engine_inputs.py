"""The engine's declared inputs (core/engine/inputs.py) cannot drift from the field catalogue."""

from __future__ import annotations

import dataclasses
import re
from typing import get_args, get_type_hints

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.appdata.examples import load_example
from desktop_app.core.engine import batch as batch_module
from desktop_app.core.engine import inputs
from desktop_app.core.engine.batch import ScenarioBatch
from desktop_app.core.engine.inputs import Inputs, declared_paths, inputs_from
from desktop_app.core.model.events import month_index
from desktop_app.core.model.fields import value_at, variable_paths


def _walk(section: type, prefix: str = "") -> list[tuple[str, object]]:
    """Every leaf attribute of a section class with its resolved annotation."""
    found: list[tuple[str, object]] = []
    for name, hint in get_type_hints(section).items():
        if dataclasses.is_dataclass(hint):
            found.extend(_walk(hint, f"{prefix}{name}."))
        else:
            found.append((prefix + name, hint))
    return found


def test_the_declared_attributes_are_exactly_the_variable_numeric_fields() -> None:
    leaves = _walk(Inputs)
    assert [path for path, _ in leaves] == list(variable_paths())
    assert declared_paths() == variable_paths()


def test_every_leaf_is_a_column_array_or_float() -> None:
    for path, hint in _walk(Inputs):
        assert set(get_args(hint)) == {np.ndarray, float}, path
    assert set(get_args(inputs.Column)) == {np.ndarray, float}


def test_every_section_is_slotted_so_no_attribute_can_be_misspelt() -> None:
    p = ScenarioBatch.of(load_example("support-chatbot")).inputs()
    with pytest.raises(AttributeError):
        p.workload.queries_per_mnth = 1.0
    assert not hasattr(p.retrieval, "__dict__")


def _at(p: Inputs, path: str) -> object:
    node: object = p
    for part in path.split("."):
        node = getattr(node, part)
    return node


def test_a_batch_fills_every_input_with_its_scenario_value() -> None:
    """A plain float each, but an input the example's month-2 event sets: a row per month."""
    scenario = load_example("support-chatbot")
    (event,) = scenario.events
    e = month_index(event)  # month 2 is index 1
    p = ScenarioBatch.of(scenario).inputs()
    for path in variable_paths():
        got = np.asarray(_at(p, path), dtype=float)
        expected = value_at(scenario, path)
        before = np.nan if expected is None else float(expected)
        if path in event.set:
            assert got.shape == (1, scenario.horizon_months), path
            np.testing.assert_array_equal(got[0, :e], before)
            np.testing.assert_array_equal(got[0, e:], float(event.set[path]))
        else:
            assert got.shape == (), path
            np.testing.assert_array_equal(got, before)


def test_a_varying_input_is_a_column_and_the_others_stay_plain_floats() -> None:
    batch = ScenarioBatch.of(
        load_example("support-chatbot"), {"workload.queries_per_month": [1e3, 2e3, 4e3]}
    )
    p = batch.inputs()
    assert isinstance(p.workload.queries_per_month, np.ndarray)
    assert p.workload.queries_per_month.tolist() == [[1e3], [2e3], [4e3]]
    assert isinstance(p.workload.monthly_growth_pct, float)


def test_a_missing_input_is_refused_by_its_path() -> None:
    missing = "finance.discount_rate_pct_per_year"
    columns = {path: 1.0 for path in variable_paths() if path != missing}
    with pytest.raises(KeyError, match=re.escape(missing)):
        inputs_from(columns)


@settings(max_examples=300, deadline=None)
@given(
    values=st.lists(st.sampled_from([0.0, -0.0, 1.5, np.nan, 2.0, np.inf]), min_size=1, max_size=6)
)
def test_an_input_is_one_number_when_every_variant_has_the_same(values) -> None:
    value = np.array(values)
    # the rule as first written: equal to the first (NaN aside), and all NaN or none
    expected = bool(((value == value[0]) | np.isnan(value)).all()) and (
        bool(np.isnan(value).all()) or not np.isnan(value).any()
    )
    assert batch_module._same_everywhere(value) is expected


def test_an_input_no_variant_changes_is_one_value_not_a_column_per_variant() -> None:
    # each of the ~85 inputs a Monte Carlo does not vary was a full array of 5,000 copies,
    # written and then compared back to one value (~4 ms of a 52 ms run)
    scenario = load_example("content-pipeline")
    batch = ScenarioBatch.of(scenario, {"workload.queries_per_month": [1e5, 2e5, 3e5]})
    rate = batch.values["effort.hourly_rate"]
    assert list(rate) == [value_at(scenario, "effort.hourly_rate")] * 3
    assert rate.strides == (0,) and not rate.flags.writeable  # shared by every variant
    assert batch.values["workload.queries_per_month"].strides != (0,)
    columns = batch.inputs()
    assert columns.effort.hourly_rate == value_at(scenario, "effort.hourly_rate")
