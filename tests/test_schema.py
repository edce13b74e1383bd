"""The published JSON Schema: valid Draft 2020-12, shipped in sync, and agreeing with the app."""

from __future__ import annotations

import copy
import json

import pytest
from conftest import ROOT
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from pydantic import ValidationError
from strategies import scenarios

from desktop_app.core.appdata.examples import example_names, example_path
from desktop_app.core.appdata.scenario_files import scenario_document
from desktop_app.core.model.migrations import upgrade
from desktop_app.core.model.scenario import Scenario
from desktop_app.core.model.schema import SCHEMA_FILE, scenario_schema, scenario_schema_json

VALIDATOR = Draft202012Validator(scenario_schema())


def app_accepts(document: dict) -> bool:
    try:
        Scenario.model_validate(upgrade(copy.deepcopy(document)))
    except (ValidationError, ValueError):
        return False
    return True


def schema_accepts(document: dict) -> bool:
    return VALIDATOR.is_valid(document)


def test_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(scenario_schema())
    assert scenario_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_shipped_copy_is_in_sync_with_the_model() -> None:
    shipped = (ROOT / "resources" / SCHEMA_FILE).read_text(encoding="utf-8")
    assert shipped == scenario_schema_json(), (
        "run: embed-or-tune schema > resources/scenario.schema.json"
    )


@pytest.mark.parametrize("name", example_names())
def test_examples_are_valid_for_both(name: str) -> None:
    document = json.loads(example_path(name).read_text(encoding="utf-8"))
    assert schema_accepts(document) and app_accepts(document)


MINIMAL = {"format": "embed-or-tune/scenario", "schema_version": 1}
EDITS = [
    {},
    {"format": "other"},
    {"schema_version": 2},
    {"schema_version": 0},
    {"spam": 1},
    {"name": 5},
    {"name": "x" * 201},
    {"currency": "usd"},
    {"currency": "EUR"},
    {"horizon_months": 0},
    {"horizon_months": 12.0},
    {"horizon_months": 12.5},
    {"workload": {"queries_per_month": -1}},
    {"workload": {"queries_per_month": "1"}},
    {"workload": {"queries_per_month": True}},
    {"workload": {"queries_per_month": None}},
    {"workload": {"monthly_growth_pct": -100}},
    {"workload": {"extra": 1}},
    {"workload": []},
    {"retrieval": {"chunk_overlap_pct": 99.9}},
    {"retrieval": {"chunk_overlap_pct": 100}},
    {"retrieval": {"top_k": 3.0}},
    {"base_model": {"cached_input_per_1m": None}},
    {"base_model": {"output_per_1m": None}},
    {"fine_tuning": {"retrain_policy": "every_update"}},
    {"fine_tuning": {"retrain_policy": "sometimes"}},
    {"hybrid": {"retrain_every_months": 0}},
    {"effort": {"setup_hours": {"hybrid": 1}}},
    {"effort": {"setup_hours": {"hybrid": -1}}},
    {"checklist": {"needs_my_content": "yes"}},
    {"checklist": {"needs_my_content": "Yes"}},
    {"uncertainty": [{"field": "workload.queries_per_month", "low": 1, "high": 60000}]},
    {"uncertainty": [{"field": "workload.queries", "low": 1, "high": 60000}]},
    {"uncertainty": [{"field": "workload.queries_per_month", "low": 1}]},
    {
        "uncertainty": [
            {"field": "workload.queries_per_month", "low": 1, "high": 2, "distribution": "normal"}
        ]
    },
]
# Relations between fields that JSON Schema cannot express; only the app refuses these.
APP_ONLY = [
    {"uncertainty": [{"field": "workload.queries_per_month", "low": 1, "high": 2}]},
    {
        "uncertainty": [
            {"field": "workload.queries_per_month", "low": 3, "high": 2, "distribution": "uniform"}
        ]
    },
    {
        "uncertainty": [
            {"field": "workload.queries_per_month", "low": -1, "high": 2, "distribution": "uniform"}
        ]
    },
]


@pytest.mark.parametrize("edit", EDITS, ids=[json.dumps(e)[:60] for e in EDITS])
def test_schema_and_app_agree_on_what_is_valid(edit: dict) -> None:
    document = {**MINIMAL, **edit}
    assert schema_accepts(document) == app_accepts(document)


@pytest.mark.parametrize("edit", APP_ONLY)
def test_cross_field_rules_are_the_apps_alone(edit: dict) -> None:
    document = {**MINIMAL, **edit}
    assert schema_accepts(document) and not app_accepts(document)


@given(scenarios(), st.sampled_from(["workload", "knowledge", "retrieval", "effort"]), st.data())
def test_agreement_on_random_scenarios_with_one_random_change(scenario, section, data) -> None:
    document = scenario_document(scenario)
    field = data.draw(st.sampled_from(sorted(document[section])))
    document[section][field] = data.draw(
        st.one_of(
            st.floats(-1e3, 1e13, allow_nan=False),
            st.integers(-5, 200),
            st.none(),
            st.text(max_size=3),
            st.booleans(),
        )
    )
    assert schema_accepts(document) == app_accepts(document)
