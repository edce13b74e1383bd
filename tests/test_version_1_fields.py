"""A file that says schema_version 1 holds only version 1's fields: version 1's numbers, or a refusal."""

from __future__ import annotations

import json

import pytest

from desktop_app.core.appdata.scenario_files import (
    ScenarioFileError,
    parse_scenario,
    scenario_document,
)
from desktop_app.core.model.scenario import Scenario
from desktop_app.present.problem_words import problem_line

VERSION_1 = {"format": "embed-or-tune/scenario", "schema_version": 1}
SET_TO_2 = "but the file says schema_version 1: set schema_version to 2 to use it"

# MODEL.md, "Upgrading a version-1 file": what version 2 adds (a field each, by its path).
VERSION_2_ADDITIONS = [
    "base_model.batch_discount_pct",
    "base_model.dedicated",
    "base_model.serving",
    "effort.hours_per_incident.long_context",
    "effort.monitoring_hours_per_month.long_context",
    "effort.setup_hours.long_context",
    "events",
    "fine_tuned_model.batch_discount_pct",
    "fine_tuned_model.dedicated",
    "fine_tuned_model.serving",
    "fine_tuned_model.training_minimum_per_run",
    "long_context",
    "market.fine_tuned_price_change_pct_per_year",
    "quality",
    "retrieval.rerank_per_1k_queries",
    "retrieval.rewrite_input_tokens",
    "retrieval.rewrite_output_tokens",
    "retrieval.rewrites_per_query",
    "retrieval.store_unit_gb",
    "retrieval.store_unit_per_month",
    "start_month",
    "strategies",
    "workload.batch_share_pct",
    "workload.peak_to_average",
]


def _with(path: str, value: object) -> dict[str, object]:
    document: dict[str, object] = json.loads(json.dumps(VERSION_1))
    *sections, key = path.split(".")
    place = document
    for section in sections:
        place = place.setdefault(section, {})  # type: ignore[assignment]
    place[key] = value  # type: ignore[index]
    return document


def _refusal(document: dict[str, object]) -> ScenarioFileError:
    with pytest.raises(ScenarioFileError) as refused:
        parse_scenario(json.dumps(document), "old.json")
    return refused.value


@pytest.mark.parametrize("path", VERSION_2_ADDITIONS)
def test_each_version_2_field_in_a_version_1_file_is_refused_by_its_path(path: str) -> None:
    version_2 = scenario_document(Scenario())
    value = version_2
    for part in path.split("."):
        value = value[part]  # the field's own default: valid in version 2
    refused = _refusal(_with(path, value))
    assert refused.lines == [f"{path}: is a field of version 2, {SET_TO_2}"]
    assert [problem.kind for problem in refused.problems] == ["version_2_field"]


def test_the_same_file_with_schema_version_2_is_read() -> None:
    document = _with("retrieval.rerank_per_1k_queries", 2.5)
    document["schema_version"] = 2
    assert parse_scenario(json.dumps(document)).retrieval.rerank_per_1k_queries == 2.5


def test_a_whole_version_2_file_labelled_1_names_its_first_addition() -> None:
    document = scenario_document(Scenario())
    document["schema_version"] = 1
    assert _refusal(document).lines == [f"start_month: is a field of version 2, {SET_TO_2}"]


def test_a_range_on_an_input_only_version_2_has_is_refused() -> None:
    ranged = {"field": "retrieval.rerank_per_1k_queries", "low": 0, "high": 1}
    refused = _refusal({**VERSION_1, "uncertainty": [ranged]})
    assert refused.lines == [
        "uncertainty[0].field: 'retrieval.rerank_per_1k_queries' is a choice of version 2, "
        + SET_TO_2
    ]


@pytest.mark.parametrize(
    ("document", "line"),
    [
        ({**VERSION_1, "bogus": 1}, "bogus: unknown field"),
        (
            {**VERSION_1, "uncertainty": [{"field": "foo.bar", "low": 0, "high": 1}]},
            "uncertainty[0].field: 'foo.bar' is not a field of a scenario",
        ),
    ],
)
def test_what_neither_version_knows_keeps_the_models_own_words(document, line: str) -> None:
    assert _refusal(document).lines == [line]


def test_a_plain_version_1_file_is_still_read_with_three_strategies() -> None:
    document = _with("effort.incidents_per_month", 2)
    scenario = parse_scenario(json.dumps(document))
    assert scenario.strategies == ("embeddings", "fine_tuning", "hybrid")
    assert scenario.effort.incidents_per_month.long_context == 2


def test_the_window_words_the_refusal_as_the_command_line_does() -> None:
    refused = _refusal(_with("long_context", {}))
    assert problem_line(refused.problems[0]) == refused.lines[0]


@pytest.mark.parametrize("incidents", [{"embeddings": 1, "long_context": 50}, {}])
def test_incidents_written_per_strategy_in_a_version_1_file_are_refused(incidents) -> None:
    refused = _refusal(_with("effort.incidents_per_month", incidents))
    assert refused.lines == [
        "effort.incidents_per_month: is written as in version 2 (a value per strategy), but the "
        "file says schema_version 1: write one number, or set schema_version to 2"
    ]
    assert problem_line(refused.problems[0]) == refused.lines[0]


@pytest.mark.parametrize(
    ("incidents", "shown"), [(None, "null"), ("3", "'3'"), (True, "true"), ([1], "a list")]
)
def test_incidents_that_are_no_number_get_version_1s_rule(incidents, shown: str) -> None:
    refused = _refusal(_with("effort.incidents_per_month", incidents))
    assert refused.lines == [f"effort.incidents_per_month: must be a number, got {shown}"]


def test_an_object_where_both_versions_want_a_number_keeps_the_models_words() -> None:
    refused = _refusal(_with("workload.queries_per_month", {"a": 1}))
    assert refused.lines == ["workload.queries_per_month: must be a number, got an object"]
