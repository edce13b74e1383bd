"""The four analyses on version-2 scenarios: compared strategies only, feasibility, new inputs."""

from __future__ import annotations

import json

import numpy as np
import pytest

from desktop_app.core.analyses.break_even_finder import find_break_even
from desktop_app.core.analyses.decision_map import decision_map
from desktop_app.core.analyses.monte_carlo import run_monte_carlo
from desktop_app.core.analyses.sensitivity import sensitivity
from desktop_app.core.engine.evaluation import evaluate
from desktop_app.core.model.fields import with_values
from desktop_app.core.model.scenario import Scenario
from desktop_app.launch import main

# Long context fits at first (900,000 + 20,000 m tokens against a 1,000,000 window), so a
# horizon of up to 5 months is feasible and a longer one is not.
SMALL_CORPUS = {
    "knowledge": {"corpus_tokens": 900000, "added_tokens_per_month": 20000},
    "fine_tuned_model": {"serving": "dedicated"},
}


def scenario(**changes) -> Scenario:
    return Scenario.model_validate({**SMALL_CORPUS, **changes})


def test_monte_carlo_draws_dedicated_inputs_and_counts_only_feasible_strategies() -> None:
    # the horizon draws nothing; whether long context fits depends on the corpus drawn:
    # 1,000,000 - 900,000 = 100,000 tokens of room, 20,000 added a month, 12 months -> never
    # fits; a corpus below 780,000 - u - s_b - o always fits over 12 months
    uncertain = scenario(
        horizon_months=12,
        uncertainty=[
            {"field": "fine_tuned_model.dedicated.replica_per_hour", "low": 1, "high": 8},
            {
                "field": "knowledge.corpus_tokens",
                "low": 100000,
                "high": 1000000,
                "distribution": "uniform",
            },
        ],
    )
    result = run_monte_carlo(uncertain, samples=2000, seed=5)
    assert set(result.total_cost) == {"embeddings", "fine_tuning", "hybrid", "long_context"}
    assert sum(result.probability_cheapest.values()) == pytest.approx(1.0)
    dedicated = result.total_cost["fine_tuning"]
    assert dedicated["p10"] < dedicated["p90"]  # the replica price was drawn
    # only long context: samples whose prompt outgrows the window have no cheapest strategy
    alone = uncertain.model_copy(update={"strategies": ("long_context",)})
    shares = run_monte_carlo(alone, samples=2000, seed=5).probability_cheapest
    fits = (780000 - 60 - 800 - 250 - 100000) / 900000  # share of corpus draws that fit
    assert shares["long_context"] == pytest.approx(fits, abs=0.04)
    assert list(shares) == ["long_context"]


def test_sensitivity_covers_the_compared_strategies_and_the_new_inputs() -> None:
    two = scenario(horizon_months=5, strategies=["hybrid", "long_context"])
    rows = {row.field: row for row in sensitivity(two)}
    row = rows["fine_tuned_model.dedicated.replica_per_hour"]
    assert set(row.total_cost_low) == {"hybrid", "long_context"}
    # the swing is (long_context - hybrid) at high minus at low: only hybrid pays replicas
    # (1 replica * 730 h * 5 months = 3,650 per 1 an hour; 4 -/+ 20 % = 3.2 .. 4.8)
    assert row.swing == pytest.approx(3650 * 1.6)
    assert "long_context.context_window_tokens" in rows


def test_the_map_marks_where_nothing_fits_and_the_ratio_needs_both_strategies() -> None:
    only = scenario(horizon_months=12, strategies=["long_context", "fine_tuning"])
    found = decision_map(only, x=("knowledge.corpus_tokens", 1e5, 1e6), steps=4)
    assert found.cheapest.shape == (4, 4)
    assert np.isnan(found.ratio_fine_tuning_to_embeddings).all()
    document = found.document()
    assert document["ratio_fine_tuning_to_embeddings"][0] == [None] * 4
    # the largest corpus never fits: fine-tuning is the only feasible strategy there
    assert all(row[-1] == "fine_tuning" for row in document["cheapest"])
    lone = only.model_copy(update={"strategies": ("long_context",)})
    cells = decision_map(lone, x=("knowledge.corpus_tokens", 1e5, 1e6), steps=4).document()
    assert cells["cheapest"][0][0] == "long_context" and cells["cheapest"][0][-1] is None


def test_break_even_finder_pairs_only_compared_and_feasible_strategies() -> None:
    two = scenario(horizon_months=5, strategies=["long_context", "embeddings"])
    crossings = find_break_even(two, "workload.queries_per_month", (1e3, 1e7))
    assert {c.pair for c in crossings} <= {"long_context_vs_embeddings"}
    for crossing in crossings:
        near = with_values(two, {"workload.queries_per_month": crossing.value})
        totals = evaluate(near)
        assert totals.figure("long_context", "total_cost") == pytest.approx(
            totals.figure("embeddings", "total_cost"), rel=1e-6
        )
    # a grown corpus no longer fits: no crossing is reported for long context
    grown = with_values(two, {"knowledge.corpus_tokens": 2e6})
    assert find_break_even(grown, "workload.queries_per_month", (1e3, 1e7)) == []


def test_map_text_and_json_commands_with_fewer_strategies(capsys, tmp_path) -> None:
    path = tmp_path / "two.json"
    path.write_text(
        json.dumps(
            {
                "format": "embed-or-tune/scenario",
                "schema_version": 2,
                "strategies": ["long_context", "fine_tuning"],
                **SMALL_CORPUS,
            }
        ),
        encoding="utf-8",
    )
    assert main(["map", str(path), "--steps", "3"]) == 0
    out = capsys.readouterr().out
    assert "(F fine-tuning, L long context, . none fits)" in out
    assert main(["sensitivity", str(path)]) == 0
    assert "long context − fine-tuning" in capsys.readouterr().out
