"""The scenario model: MODEL.md's defaults, and a one-line message for each kind of bad input."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from reference_model import default_scenario

from desktop_app.core.model.fields import numeric_field, numeric_fields, with_values
from desktop_app.core.model.migrations import NewerVersionError, upgrade
from desktop_app.core.model.problems import problems
from desktop_app.core.model.scenario import Scenario


def message(document: dict) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        Scenario.model_validate(document)
    return problems(caught.value)


def test_defaults_are_model_md_defaults() -> None:
    expected = default_scenario()  # written from MODEL.md's table by hand
    actual = Scenario().model_dump()
    for section, fields in expected.items():
        if isinstance(fields, dict):
            for name, value in fields.items():
                assert actual[section][name] == value, f"{section}.{name}"
    assert actual["currency"] == "USD"
    assert actual["checklist"] == dict.fromkeys(actual["checklist"], "unsure")
    assert actual["uncertainty"] == ()


def test_minimal_document_is_a_valid_scenario() -> None:
    scenario = Scenario.model_validate({"format": "embed-or-tune/scenario", "schema_version": 2})
    assert scenario == Scenario()
    assert scenario.strategies == ("embeddings", "fine_tuning", "hybrid", "long_context")


def test_every_numeric_field_has_a_description_and_a_unit() -> None:
    for field in numeric_fields():
        assert len(field.description) > 10, field.path
        assert field.unit, field.path


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (
            {"workload": {"queries_per_month": -5}},
            "workload.queries_per_month: must be >= 0, got -5",
        ),
        (
            {"workload": {"querys_per_month": 5}},
            "workload.querys_per_month: unknown field (did you mean 'queries_per_month'?)",
        ),
        ({"spam": 1}, "spam: unknown field"),
        (
            {"knowledge": {"corpus_tokens": float("nan")}},
            "knowledge.corpus_tokens: must be a finite number, got nan",
        ),
        (
            {"knowledge": {"corpus_tokens": float("inf")}},  # a file's 1e999 or 5,000 nines
            "knowledge.corpus_tokens: must be a number below 1e300, got a larger one",
        ),
        (
            {"knowledge": {"corpus_tokens": float("-inf")}},
            "knowledge.corpus_tokens: must be a finite number, got -inf",
        ),
        (
            {"workload": {"queries_per_month": "many"}},
            "workload.queries_per_month: must be a number, got 'many'",
        ),
        (
            {"workload": {"queries_per_month": True}},
            "workload.queries_per_month: must be a number, got true",
        ),
        ({"retrieval": {"top_k": 2.5}}, "retrieval.top_k: must be a whole number, got 2.5"),
        (
            {"retrieval": {"chunk_overlap_pct": 100}},
            "retrieval.chunk_overlap_pct: must be < 100, got 100",
        ),
        (
            {"workload": {"monthly_growth_pct": -100}},
            "workload.monthly_growth_pct: must be > -100, got -100",
        ),
        ({"horizon_months": 121}, "horizon_months: must be <= 120, got 121"),
        (
            {"fine_tuning": {"retrain_policy": "weekly"}},
            "fine_tuning.retrain_policy: must be one of 'never', 'every_n_months', 'changed_pct' "
            "or 'every_update', got 'weekly'",
        ),
        (
            {"checklist": {"content_changes": "maybe"}},
            "checklist.content_changes: must be one of 'yes', 'no' or 'unsure', got 'maybe'",
        ),
        (
            {"currency": "usd"},
            "currency: must be a three-letter ISO 4217 code such as USD, got 'usd'",
        ),
        ({"workload": 5}, "workload: must be an object, got 5"),
        ({"uncertainty": {}}, "uncertainty: must be a list, got an object"),
        (
            {"effort": {"setup_hours": {"embedings": 3}}},
            "effort.setup_hours.embedings: unknown field (did you mean 'embeddings'?)",
        ),
    ],
)
def test_bad_input_gets_one_line_naming_field_and_problem(document: dict, expected: str) -> None:
    assert message(document) == [expected]


def test_every_problem_is_reported_not_only_the_first() -> None:
    lines = message({"workload": {"queries_per_month": -1, "output_tokens_per_query": -2}})
    assert lines == [
        "workload.queries_per_month: must be >= 0, got -1",
        "workload.output_tokens_per_query: must be >= 0, got -2",
    ]


def test_partial_per_strategy_group_keeps_the_other_defaults() -> None:
    effort = Scenario.model_validate({"effort": {"setup_hours": {"hybrid": 10}}}).effort
    assert (effort.setup_hours.embeddings, effort.setup_hours.fine_tuning) == (80, 120)
    assert effort.setup_hours.hybrid == 10


def test_whole_number_written_as_float_is_accepted() -> None:
    assert Scenario.model_validate({"retrieval": {"top_k": 3.0}}).retrieval.top_k == 3


def uncertain(**entry) -> dict:
    return {"uncertainty": [{"field": "workload.queries_per_month", **entry}]}


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (
            {"uncertainty": [{"field": "workload.queries_per_montj", "low": 1, "high": 2}]},
            "uncertainty[0].field: 'workload.queries_per_montj' is not a field of a scenario "
            "(did you mean 'workload.queries_per_month'?)",
        ),
        (
            {"uncertainty": [{"field": "fine_tuning.retrain_policy", "low": 1, "high": 2}]},
            "uncertainty[0].field: 'fine_tuning.retrain_policy' is not a number, so it cannot vary",
        ),
        (
            {"uncertainty": [{"field": "horizon_months", "low": 1, "high": 2}]},
            "uncertainty[0].field: horizon_months cannot vary: it sets how many months are simulated",
        ),
        (
            uncertain(low=60000, high=90000),
            "uncertainty[0].low: the scenario's value of workload.queries_per_month (50000) must "
            "lie within low..high: triangular takes it as the most likely value",
        ),
        (
            uncertain(low=1000, high=2000, distribution="pert"),
            "uncertainty[0].high: the scenario's value of workload.queries_per_month (50000) "
            "must lie within low..high: pert takes it as the most likely value",
        ),
        (
            uncertain(low=3, high=2, distribution="uniform"),
            "uncertainty[0].low: must be <= high (2), got 3",
        ),
        (
            uncertain(low=-3, high=2, distribution="uniform"),
            "uncertainty[0].low: must be >= 0 for workload.queries_per_month, got -3",
        ),
        (
            uncertain(low=1, high=2, distribution="normal"),
            "uncertainty[0].distribution: must be one of 'triangular', 'uniform' or 'pert', got 'normal'",
        ),
        (
            {
                "uncertainty": [
                    {"field": "workload.queries_per_month", "low": 0, "high": 1e5},
                    {"field": "workload.queries_per_month", "low": 0, "high": 1e6},
                ]
            },
            "uncertainty[1].field: 'workload.queries_per_month' has more than one range",
        ),
        (
            {
                "base_model": {"cached_input_per_1m": None},
                "uncertainty": [
                    {
                        "field": "base_model.cached_input_per_1m",
                        "low": 0,
                        "high": 1,
                        "distribution": "uniform",
                    }
                ],
            },
            "uncertainty[0].field: base_model.cached_input_per_1m is empty, so it has no range to vary in",
        ),
    ],
)
def test_uncertainty_entries_are_checked_against_real_fields(document: dict, expected: str) -> None:
    assert message(document) == [expected]


def test_valid_uncertainty_entries() -> None:
    scenario = Scenario.model_validate(
        {
            "uncertainty": [
                {"field": "workload.queries_per_month", "low": 20000, "high": 90000},
                {
                    "field": "effort.setup_hours.fine_tuning",
                    "low": 10,
                    "high": 20,
                    "distribution": "uniform",
                },
                {
                    "field": "knowledge.changed_pct_per_month",
                    "low": 5,
                    "high": 5,
                    "distribution": "pert",
                },
            ]
        }
    )
    assert [entry.distribution for entry in scenario.uncertainty] == [
        "triangular",
        "uniform",
        "pert",
    ]


def test_scenarios_are_immutable_and_edits_are_validated() -> None:
    scenario = Scenario()
    with pytest.raises(ValidationError):
        scenario.workload.queries_per_month = 5  # type: ignore[misc]
    edited = with_values(scenario, {"workload.queries_per_month": 7})
    assert edited.workload.queries_per_month == 7 and scenario.workload.queries_per_month == 50000
    with pytest.raises(ValidationError):
        with_values(scenario, {"workload.queries_per_month": -7})


def test_field_clip_keeps_values_inside_their_range() -> None:
    assert numeric_field("retrieval.chunk_overlap_pct").clip(130) < 100
    assert numeric_field("workload.queries_per_month").clip(-5) == 0
    assert numeric_field("fine_tuning.retrain_every_months").clip(0.4) == 1
    assert numeric_field("retrieval.top_k").clip(4.6) == 5


def test_newer_schema_version_is_refused_with_a_message_that_says_so() -> None:
    with pytest.raises(NewerVersionError, match="newer version of Embed or Tune"):
        upgrade({"format": "embed-or-tune/scenario", "schema_version": 3})


def test_older_versions_are_upgraded_step_by_step(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.core.model import migrations

    def rename_volume(document: dict) -> dict:
        document["workload"] = {"queries_per_month": document.pop("volume")}
        return document

    monkeypatch.setitem(migrations.STEPS, 1, rename_volume)
    upgraded = upgrade(
        {"format": "embed-or-tune/scenario", "schema_version": 1, "volume": 9}, current=2
    )
    assert upgraded == {
        "format": "embed-or-tune/scenario",
        "schema_version": 2,
        "workload": {"queries_per_month": 9},
    }


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (
            {"schema_version": 1},
            "format: must be 'embed-or-tune/scenario' (missing): not a scenario file",
        ),
        (
            {"format": "x", "schema_version": 1},
            "format: must be 'embed-or-tune/scenario' (got 'x'): not a scenario file",
        ),
        (
            {"format": "embed-or-tune/scenario"},
            "schema_version: is required",
        ),
    ],
)
def test_files_without_format_or_version_are_refused(document: dict, expected: str) -> None:
    with pytest.raises(ValueError) as caught:
        upgrade(document)
    assert str(caught.value) == expected
