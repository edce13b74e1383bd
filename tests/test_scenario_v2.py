"""Scenario files of version 2: the new fields, events and their one-line errors, the schema."""

from __future__ import annotations

import copy

import pytest
from jsonschema import Draft202012Validator
from pydantic import ValidationError

from desktop_app.core.model.events import calendar_month, settable_paths
from desktop_app.core.model.migrations import upgrade
from desktop_app.core.model.problems import problems
from desktop_app.core.model.scenario import Scenario
from desktop_app.core.model.schema import scenario_schema

VALIDATOR = Draft202012Validator(scenario_schema())
V2 = {"format": "embed-or-tune/scenario", "schema_version": 2}


def message(document: dict) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        Scenario.model_validate(upgrade(copy.deepcopy(document)))
    return problems(caught.value)


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            {
                "events": [
                    {"month": 2},
                    {"month": 3},
                    {"month": 4, "set": {"base_model.serving": "gpu"}},
                ]
            },
            "events[2].set.base_model.serving: must be 'per_token' or 'dedicated', got 'gpu'",
        ),
        (
            {"events": [{"month": 2, "set": {"base_model.input_per_1m": -1}}]},
            "events[0].set.base_model.input_per_1m: must be >= 0, got -1",
        ),
        (
            {"events": [{"month": 2, "set": {"retrieval.embedding_dimensions": 7.5}}]},
            "events[0].set.retrieval.embedding_dimensions: must be a whole number, got 7.5",
        ),
        (
            {"events": [{"month": 2, "set": {"base_model.output_per_1m": None}}]},
            "events[0].set.base_model.output_per_1m: must be a number, got null",
        ),
        (
            {"events": [{"month": 2, "set": {"workload.queries_per_month": 5}}]},
            "events[0].set.workload.queries_per_month: is not a field an event can set",
        ),
        (
            {"events": [{"month": 2, "set": {"base_model.input_per1m": 5}}]},
            "events[0].set.base_model.input_per1m: is not a field an event can set "
            "(did you mean 'base_model.input_per_1m'?)",
        ),
        ({"events": [{"month": 0}]}, "events[0].month: must be >= 1, got 0"),
        (
            {"events": [{"month": 3, "hours": {"rag": 4}}]},
            "events[0].hours.rag: must be one of 'embeddings', 'fine_tuning', 'hybrid' or "
            "'long_context', got 'rag'",
        ),
        (
            {"events": [{"month": 3, "retrain": "yes"}]},
            "events[0].retrain: must be true or false, got 'yes'",
        ),
        (
            {"start_month": "2027-13"},
            "start_month: must be a calendar month written YYYY-MM, such as 2027-01, got '2027-13'",
        ),
        ({"events": [{"month": 121}]}, "events[0].month: must be <= 120, got 121"),
        ({"events": [{"name": "x"}]}, "events[0].month: is required"),
        (
            {"events": [{"month": 3, "hours": {"fine_tuning": -2}}]},
            "events[0].hours.fine_tuning: must be >= 0, got -2",
        ),
        (
            {"strategies": []},
            "strategies: must list at least 1 entry",
        ),
        ({"strategies": ["hybrid", "hybrid"]}, "strategies: must not name a strategy twice"),
        (
            {"strategies": ["rag"]},
            "strategies[0]: must be one of 'embeddings', 'fine_tuning', 'hybrid' or "
            "'long_context', got 'rag'",
        ),
        (
            {"base_model": {"dedicated": {"min_replicas": 1.5}}},
            "base_model.dedicated.min_replicas: must be a whole number, got 1.5",
        ),
        (
            {"fine_tuned_model": {"dedicated": {"input_tokens_per_second": 0}}},
            "fine_tuned_model.dedicated.input_tokens_per_second: must be > 0, got 0",
        ),
        ({"workload": {"peak_to_average": 0.5}}, "workload.peak_to_average: must be >= 1, got 0.5"),
    ],
)
def test_each_problem_is_one_line_naming_the_field(edit: dict, expected: str) -> None:
    assert message({**V2, **edit}) == [expected]


def test_start_month_is_a_calendar_month_or_empty() -> None:
    assert Scenario.model_validate({**V2, "start_month": "2027-01"}).start_month == "2027-01"
    assert Scenario.model_validate({**V2, "start_month": None}).start_month is None
    for bad in ("2027-13", "2027-1", "January", "2027-01-06"):
        with pytest.raises(ValidationError):
            Scenario.model_validate({**V2, "start_month": bad})
    assert calendar_month("2026-11", 3) == "2027-01"


def test_strategies_are_kept_in_canonical_order() -> None:
    scenario = Scenario.model_validate({**V2, "strategies": ["long_context", "embeddings"]})
    assert scenario.strategies == ("embeddings", "long_context")


def test_an_event_after_a_shorter_horizon_keeps_the_file_valid() -> None:
    scenario = Scenario.model_validate(
        {**V2, "horizon_months": 6, "events": [{"month": 30, "retrain": True}]}
    )
    assert scenario.events[0].month == 30 and not scenario.events[0].re_embed


def test_every_settable_path_is_a_model_field_or_one_of_model_mds_list() -> None:
    paths = settable_paths()
    assert "base_model.dedicated.replica_per_hour" in paths
    assert "fine_tuned_model.training_minimum_per_run" in paths
    assert "quality.cost_per_wrong_answer" in paths and "workload.queries_per_month" not in paths


EDITS = [
    {"strategies": ["long_context"]},
    {"strategies": []},
    {"strategies": ["a"]},
    {"start_month": "2027-01"},
    {"start_month": "2027-00"},
    {"events": [{"month": 3, "set": {"fine_tuned_model.serving": "dedicated"}, "retrain": True}]},
    {"events": [{"month": 3, "set": {"fine_tuned_model.serving": "gpu"}}]},
    {"events": [{"month": 3, "set": {"base_model.cached_input_per_1m": None}}]},
    {"events": [{"month": 3, "set": {"base_model.input_per_1m": None}}]},
    {"events": [{"month": 3, "set": {"retrieval.embedding_dimensions": 3.0}}]},
    {"events": [{"month": 3, "set": {"retrieval.embedding_dimensions": 3.5}}]},
    {"events": [{"month": 3, "set": {"effort.hourly_rate": 1e6}}]},
    {"events": [{"month": 3, "set": {"workload.queries_per_month": 1}}]},
    {"events": [{"month": 3, "hours": {"hybrid": 4, "long_context": 2}}]},
    {"events": [{"month": 3, "hours": {"rag": 4}}]},
    {"events": [{"month": 3, "extra": 1}]},
    {"base_model": {"serving": "dedicated", "dedicated": {"min_replicas": 0}}},
    {"long_context": {"cache_write_per_1m": None, "context_window_tokens": 200000}},
    {"quality": {"wrong_answer_pct": {"fine_tuning": 101}}},
    {"effort": {"incidents_per_month": {"long_context": 1}}},
    {"effort": {"incidents_per_month": 2}},
    {"market": {"fine_tuned_price_change_pct_per_year": -100}},
]


@pytest.mark.parametrize("edit", EDITS, ids=[str(e)[:60] for e in EDITS])
def test_schema_and_app_agree_on_version_2_files(edit: dict) -> None:
    document = {**V2, **edit}
    try:
        Scenario.model_validate(upgrade(copy.deepcopy(document)))
        app = True
    except (ValidationError, ValueError):
        app = False
    assert VALIDATOR.is_valid(document) == app


def test_version_1_files_are_checked_against_the_version_1_schema() -> None:
    old = {"format": "embed-or-tune/scenario", "schema_version": 1}
    assert VALIDATOR.is_valid({**old, "effort": {"incidents_per_month": 2}})
    assert not VALIDATOR.is_valid({**old, "strategies": ["embeddings"]})  # not a v1 field
    assert not VALIDATOR.is_valid({**V2, "effort": {"incidents_per_month": 2}})
