"""Invariants of model version 2 on random scenarios, and results too large to show."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import scenarios

from desktop_app.core.appdata.scenario_files import parse_scenario, scenario_document
from desktop_app.core.engine.batch import ScenarioBatch
from desktop_app.core.engine.evaluation import evaluate
from desktop_app.core.engine.kernel import simulate, simulate_scenario
from desktop_app.core.engine.overflow import LIMIT, ResultTooLargeError
from desktop_app.core.model.fields import numeric_fields, value_at
from desktop_app.core.model.scenario import Scenario
from desktop_app.launch import main

THREE = ("embeddings", "fine_tuning", "hybrid")
UNTRENDED = (
    "base_model.batch_discount_pct",
    "base_model.dedicated.replica_per_hour",
    "fine_tuned_model.hosting_per_hour",
    "fine_tuned_model.monthly_fee",
    "fine_tuned_model.training_minimum_per_run",
    "retrieval.vector_storage_per_gb_month",
    "retrieval.vector_store_monthly_minimum",
    "retrieval.rerank_per_1k_queries",
    "effort.hourly_rate",
    "quality.cost_per_wrong_answer",
)
"""Settable fields without a price trend: setting one to its own value changes nothing."""


def same_results(a, b) -> None:
    for key in a.strategies:
        np.testing.assert_allclose(
            a.strategies[key].cumulative, b.strategies[key].cumulative, rtol=1e-12, atol=0
        )
        np.testing.assert_array_equal(a.strategies[key].trainings, b.strategies[key].trainings)
        np.testing.assert_array_equal(a.strategies[key].replicas, b.strategies[key].replicas)
    assert a.summary.cheapest.tolist() == b.summary.cheapest.tolist()


@given(scenarios(max_horizon=48), st.data())
def test_an_event_with_no_effect_changes_nothing(scenario: Scenario, data) -> None:
    month = data.draw(st.integers(1, 120))
    paths = data.draw(st.lists(st.sampled_from(UNTRENDED), max_size=4, unique=True))
    serving = (
        {"base_model.serving": scenario.base_model.serving} if data.draw(st.booleans()) else {}
    )
    event = {
        "month": month,
        "name": "changes nothing",
        "set": {path: value_at(scenario, path) for path in paths} | serving,
        "hours": dict.fromkeys(data.draw(st.lists(st.sampled_from(THREE), max_size=2)), 0.0),
    }
    # appended last, so it wins in its month: it must only restate what is in effect then
    earlier = [e for e in scenario.events if e.month <= month]
    if any(set(e.set) & set(event["set"]) for e in earlier):
        return
    document = scenario.model_dump()
    document["events"] = [*document["events"], event]
    same_results(simulate_scenario(scenario), simulate_scenario(Scenario.model_validate(document)))


@given(scenarios(max_horizon=36), st.floats(1.0, 50.0), st.floats(1.0, 50.0))
def test_more_replica_capacity_never_costs_more(scenario: Scenario, faster_in, faster_out) -> None:
    overrides = {}
    for model in ("base_model", "fine_tuned_model"):
        for side, factor in (("input", faster_in), ("output", faster_out)):
            path = f"{model}.dedicated.{side}_tokens_per_second"
            value = value_at(scenario, path)
            overrides[path] = [value, min(value * factor, 1e9)]
    result = simulate(ScenarioBatch.of(scenario, overrides))
    for key in scenario.strategies:
        slow, fast = result.strategies[key].total
        assert (fast <= slow * (1 + 1e-12)).all(), key
        slow_replicas, fast_replicas = result.strategies[key].replicas
        assert (fast_replicas <= slow_replicas).all(), key


def _version_1_document(scenario: Scenario) -> dict:
    """The scenario as version 1 wrote it (only fields version 1 had)."""
    document = scenario_document(scenario)
    document["schema_version"] = 1
    for key in ("start_month", "strategies", "events", "long_context", "quality"):
        del document[key]
    document["workload"] = {
        k: v
        for k, v in document["workload"].items()
        if k not in ("batch_share_pct", "peak_to_average")
    }
    new = {
        "store_unit_gb",
        "store_unit_per_month",
        "rerank_per_1k_queries",
        "rewrites_per_query",
        "rewrite_input_tokens",
        "rewrite_output_tokens",
    }
    document["retrieval"] = {k: v for k, v in document["retrieval"].items() if k not in new}
    for model in ("base_model", "fine_tuned_model"):
        for key in ("batch_discount_pct", "serving", "dedicated", "training_minimum_per_run"):
            document[model].pop(key, None)
    document["market"].pop("fine_tuned_price_change_pct_per_year")
    effort = document["effort"]
    effort["incidents_per_month"] = effort["incidents_per_month"]["embeddings"]
    for group in ("setup_hours", "monitoring_hours_per_month", "hours_per_incident"):
        effort[group].pop("long_context")
    return document


@given(scenarios(events=False), st.floats(0, 10))
def test_a_version_1_file_is_the_upgraded_scenario(scenario: Scenario, incidents) -> None:
    document = scenario.model_dump()
    defaults = Scenario().model_dump()
    for section in ("workload", "retrieval", "base_model", "fine_tuned_model", "market"):
        for key, value in defaults[section].items():
            if key not in _version_1_document(Scenario()).get(section, {}):
                document[section][key] = value
    document["strategies"] = list(THREE)
    document["effort"]["incidents_per_month"] = dict.fromkeys((*THREE, "long_context"), incidents)
    for key in ("setup_hours", "monitoring_hours_per_month", "hours_per_incident"):
        document["effort"][key]["long_context"] = defaults["effort"][key]["long_context"]
    document["long_context"], document["quality"] = defaults["long_context"], defaults["quality"]
    expected = Scenario.model_validate(document)
    text = json.dumps(_version_1_document(expected))
    upgraded = parse_scenario(text)
    assert upgraded == expected
    same_results(simulate_scenario(upgraded), simulate_scenario(expected))


def _at_upper_bounds() -> Scenario:
    """Every numeric input at its upper bound (an open bound approached), per-token serving."""
    document = Scenario().model_dump()
    for field in numeric_fields():
        if field.path == "horizon_months" or (field.le is None and field.lt is None):
            continue
        value = field.clip(float("inf"))
        *sections, leaf = field.path.split(".")
        node = document
        for section in sections:
            node = node[section]
        node[leaf] = int(value) if field.integer else value
    document["horizon_months"] = 120
    return Scenario.model_validate(document)


def test_every_input_at_its_bound_is_refused_naming_the_inputs() -> None:
    with pytest.raises(ResultTooLargeError) as caught:
        evaluate(_at_upper_bounds())
    message = str(caught.value)
    assert (
        "too large to show" in message and "workload.queries_per_month = 1000000000000" in message
    )
    assert f"{LIMIT:.0e}" in message


def test_a_vanishing_query_volume_is_refused_not_shown_as_5e305(capsys, tmp_path) -> None:
    path = tmp_path / "tiny.json"
    path.write_text(
        '{"format": "embed-or-tune/scenario", "schema_version": 2,'
        ' "workload": {"queries_per_month": 1e-300}}',
        encoding="utf-8",
    )
    assert main(["simulate", str(path), "--json"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1
    assert "cost per 1,000 queries" in err and "workload.queries_per_month = 1e-300" in err


def test_a_large_but_showable_result_passes_and_sweeps_are_not_refused() -> None:
    scenario = Scenario.model_validate({"workload": {"queries_per_month": 1e9}})
    assert evaluate(scenario).figure("embeddings", "total_cost") < LIMIT
    # the break-even finder and the map sweep far beyond what is shown: no error there
    from desktop_app.core.analyses.break_even_finder import find_break_even
    from desktop_app.core.analyses.decision_map import decision_map

    find_break_even(scenario, "workload.monthly_growth_pct", (0, 100))
    decision_map(scenario, ("workload.queries_per_month", 1e3, 1e12), steps=3)
