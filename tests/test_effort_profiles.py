"""Effort profiles: every hour estimate with a range, applied as one scenario, recognised."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.analyses.monte_carlo import run_monte_carlo
from desktop_app.core.appdata.examples import example_names, load_example
from desktop_app.core.appdata.scenario_files import parse_scenario, scenario_json
from desktop_app.core.model.effort_profiles import (
    CUSTOM,
    PROFILES,
    apply_profile,
    matching_profile,
    profile_title,
)
from desktop_app.core.model.fields import numeric_fields, value_at, with_values
from desktop_app.core.model.scenario import Scenario
from desktop_app.launch import main
from desktop_app.present.sheet_assumptions import assumptions_html

HOUR_FIELDS = [
    f.path
    for f in numeric_fields()
    if f.path.startswith("effort.") and f.path != "effort.hourly_rate"
]


def test_the_defaults_are_the_standard_profile() -> None:
    assert matching_profile(Scenario()) == "standard"
    values = PROFILES["standard"].values()
    assert all(value_at(Scenario(), path) == value for path, value in values.items())


@pytest.mark.parametrize("name", list(PROFILES))
def test_every_profile_sets_every_hour_field_with_a_range(name: str) -> None:
    chosen = PROFILES[name]
    assert sorted(chosen.values()) == sorted(HOUR_FIELDS)  # all of them, nothing else
    assert "effort.hourly_rate" not in chosen.values()  # the user's pay is not a profile's
    applied = apply_profile(Scenario(), name)
    ranges = {entry.field: entry for entry in applied.uncertainty}
    assert set(ranges) == set(HOUR_FIELDS)
    for path, value in chosen.values().items():
        assert value_at(applied, path) == value
        entry = ranges[path]
        assert entry.distribution == "triangular" and entry.low <= value <= entry.high
        if value > 0:
            assert entry.low < value < entry.high
    assert matching_profile(applied) == name
    assert parse_scenario(scenario_json(applied)) == applied  # the file round-trips


def test_first_build_setup_ranges_are_hand_computed() -> None:
    applied = apply_profile(Scenario(), "first-build")
    entry = next(e for e in applied.uncertainty if e.field == "effort.setup_hours.embeddings")
    # 160 h, range 0.6 x 160 = 96 to 2.0 x 160 = 320
    assert (applied.effort.setup_hours.embeddings, entry.low, entry.high) == (160, 96, 320)


def test_one_changed_hour_makes_the_effort_custom() -> None:
    applied = apply_profile(Scenario(), "regulated-enterprise")
    edited = with_values(applied, {"effort.hours_per_retrain": 81})
    assert matching_profile(edited) == CUSTOM
    assert profile_title(edited) == "Custom hour estimates"
    assert profile_title(applied) == "Regulated enterprise"


def test_other_ranges_are_kept_and_old_hour_ranges_replaced() -> None:
    scenario = load_example("support-chatbot")
    others = [e for e in scenario.uncertainty if not e.field.startswith("effort.")]
    applied = apply_profile(scenario, "small-team-existing-platform")
    kept = [e for e in applied.uncertainty if not e.field.startswith("effort.")]
    assert kept == others
    fields = [e.field for e in applied.uncertainty]
    assert len(fields) == len(set(fields))  # one range per field


def test_ranges_only_for_compared_strategies() -> None:
    scenario = with_values(Scenario(), {"strategies": ["embeddings", "long_context"]})
    applied = apply_profile(scenario, "first-build")
    leaves = {e.field.rsplit(".", 1)[-1] for e in applied.uncertainty}
    assert "fine_tuning" not in leaves and "hybrid" not in leaves
    assert applied.effort.setup_hours.fine_tuning == 240  # values still set for every strategy


def test_a_group_range_on_incidents_gives_way_to_the_per_strategy_ranges() -> None:
    scenario = with_values(
        Scenario(),
        {"uncertainty": [{"field": "effort.incidents_per_month", "low": 1, "high": 4}]},
    )
    applied = apply_profile(scenario, "standard")
    assert "effort.incidents_per_month" not in [e.field for e in applied.uncertainty]


@pytest.mark.parametrize("example", example_names())
@pytest.mark.parametrize("name", list(PROFILES))
def test_applied_profiles_validate_and_simulate_on_every_example(example: str, name: str) -> None:
    applied = apply_profile(load_example(example), name)
    assert matching_profile(applied) == name
    run = run_monte_carlo(applied, 50, 0)
    assert run.samples == 50


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(list(PROFILES)), st.sampled_from(list(PROFILES)))
def test_applying_twice_is_the_last_profile(first: str, second: str) -> None:
    twice = apply_profile(apply_profile(Scenario(), first), second)
    assert twice == apply_profile(Scenario(), second)


def test_unknown_profile_names_the_choices() -> None:
    with pytest.raises(KeyError, match="the profiles are standard, small-team"):
        apply_profile(Scenario(), "big")


def test_sheet_says_which_profile() -> None:
    html = assumptions_html(apply_profile(Scenario(), "first-build"), "Effort", ("effort.",))
    assert "Hour estimates: First build." in html
    custom = with_values(Scenario(), {"effort.hours_per_retrain": 1})
    assert "Hour estimates: Custom hour estimates." in assumptions_html(
        custom, "Effort", ("effort.",)
    )


def test_cli_example_with_an_effort_profile(capsys) -> None:
    assert main(["example", "support-chatbot", "--effort-profile", "first-build"]) == 0
    written = parse_scenario(capsys.readouterr().out)
    assert matching_profile(written) == "first-build"
    assert main(["example", "support-chatbot", "--effort-profile", "nope"]) == 1
    assert "--effort-profile: no effort profile 'nope'" in capsys.readouterr().err
    assert main(["profiles"]) == 0
    out = capsys.readouterr().out
    assert all(name in out for name in PROFILES)
    assert all(len(line) <= 100 for line in out.splitlines())
