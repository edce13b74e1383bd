"""Uncertainty, sensitivity, the decision map and the break-even finder."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from v1_examples import load_example

from desktop_app.core.analyses.break_even_finder import find_break_even
from desktop_app.core.analyses.decision_map import decision_map
from desktop_app.core.analyses.monte_carlo import CancelledError, run_monte_carlo
from desktop_app.core.analyses.sensitivity import sensitivity
from desktop_app.core.appdata.examples import load_example as load_bundled
from desktop_app.core.engine.evaluation import evaluate
from desktop_app.core.engine.sampling import analytic_mean, draw
from desktop_app.core.model.fields import with_values
from desktop_app.core.model.scenario import Scenario, UncertainInput
from desktop_app.launch import main

STRATEGIES = ("embeddings", "fine_tuning", "hybrid")
"""What the bundled (version-1) examples compare."""


def certain(name: str) -> Scenario:
    return load_example(name).model_copy(update={"uncertainty": ()})


def total(scenario: Scenario, key: str) -> float:
    return evaluate(scenario).figure(key, "total_cost")


def test_without_ranges_every_percentile_is_the_plain_run() -> None:
    scenario = certain("support-chatbot")
    plain = evaluate(scenario)
    result = run_monte_carlo(scenario, samples=500, seed=3)
    for key in STRATEGIES:
        for band in ("p10", "p50", "p90"):
            assert result.cumulative[key][band].tolist() == plain.monthly(key, "cumulative")
        for figure in ("mean", "p10", "p50", "p90"):
            assert result.total_cost[key][figure] == plain.figure(key, "total_cost")
    assert result.probability_cheapest == {"embeddings": 1.0, "fine_tuning": 0.0, "hybrid": 0.0}


def test_percentiles_are_ordered_and_shares_sum_to_one() -> None:
    result = run_monte_carlo(load_example("content-pipeline"), samples=3000, seed=1)
    for key in STRATEGIES:
        bands = result.cumulative[key]
        assert (bands["p10"] <= bands["p50"]).all() and (bands["p50"] <= bands["p90"]).all()
        totals = result.total_cost[key]
        assert totals["p10"] <= totals["p50"] <= totals["p90"]
    assert sum(result.probability_cheapest.values()) == pytest.approx(1.0, abs=1e-12)
    assert 0 < result.probability_cheapest["hybrid"] <= 1


def test_same_seed_same_numbers_other_seed_other_numbers() -> None:
    scenario = load_example("product-advisor")
    first = run_monte_carlo(scenario, samples=2000, seed=42)
    again = run_monte_carlo(scenario, samples=2000, seed=42)
    other = run_monte_carlo(scenario, samples=2000, seed=43)
    assert first.document() == again.document()
    assert first.total_cost != other.total_cost


def test_chunks_do_not_change_the_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.core.analyses import monte_carlo

    scenario = load_example("ticket-classifier")
    whole = run_monte_carlo(scenario, samples=2500, seed=5)
    monkeypatch.setattr(monte_carlo, "CHUNK", 700)
    chunked = run_monte_carlo(scenario, samples=2500, seed=5)
    assert whole.document() == chunked.document()


@pytest.mark.parametrize(
    ("distribution", "low", "mode", "high"),
    [("triangular", 2, 3, 10), ("uniform", 2, 3, 10), ("pert", 2, 3, 10), ("pert", 0, 10, 10)],
)
def test_sample_means_match_the_analytic_means(distribution, low, mode, high) -> None:
    entry = UncertainInput(
        field="workload.queries_per_month", low=low, high=high, distribution=distribution
    )
    draws = draw(entry, mode, 200_000, np.random.default_rng(11))
    assert draws.min() >= low and draws.max() <= high
    standard_error = draws.std() / np.sqrt(len(draws))
    assert abs(draws.mean() - analytic_mean(entry, mode)) < 5 * standard_error


def test_analytic_means_by_hand() -> None:
    def entry(kind: str) -> UncertainInput:
        return UncertainInput(field="workload.queries_per_month", low=0, high=12, distribution=kind)

    assert analytic_mean(entry("uniform"), 3) == 6  # (0 + 12) / 2
    assert analytic_mean(entry("triangular"), 3) == 5  # (0 + 3 + 12) / 3
    assert analytic_mean(entry("pert"), 3) == 4  # (0 + 4*3 + 12) / 6


def test_cancel_stops_a_run_and_progress_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.core.analyses import monte_carlo

    monkeypatch.setattr(monte_carlo, "CHUNK", 100)
    seen: list[tuple[int, int]] = []
    with pytest.raises(CancelledError):
        run_monte_carlo(
            load_example("support-chatbot"),
            samples=1000,
            progress=lambda done, count: seen.append((done, count)),
            cancelled=lambda: len(seen) >= 3,
        )
    assert seen == [(100, 1000), (200, 1000), (300, 1000)]


def test_sensitivity_end_points_equal_single_runs() -> None:
    scenario = load_example("documentation-bot")
    rows = sensitivity(scenario)
    assert [row.field for row in rows] != [] and len(rows) == len(scenario.uncertainty)
    for row in rows:
        for end, totals in ((row.low, row.total_cost_low), (row.high, row.total_cost_high)):
            moved = with_values(scenario.model_copy(update={"uncertainty": ()}), {row.field: end})
            for key in STRATEGIES:
                assert totals[key] == pytest.approx(total(moved, key), rel=1e-12)
    assert [row.swing for row in rows] == sorted((row.swing for row in rows), reverse=True)


def test_sensitivity_without_ranges_moves_every_input_by_twenty_percent_clipped() -> None:
    scenario = with_values(
        certain("support-chatbot"), {"workload.cached_instruction_share_pct": 95}
    )
    rows = {row.field: row for row in sensitivity(scenario)}
    queries = rows["workload.queries_per_month"]
    assert (queries.low, queries.high) == pytest.approx((32000, 48000))  # 40,000 ∓ 20 %
    cached = rows["workload.cached_instruction_share_pct"]
    assert (cached.low, cached.high) == (76, 100)  # 95 + 20 % is clipped to 100
    cadence = rows["fine_tuning.retrain_every_months"]
    assert (cadence.low, cadence.high) == (2, 2)  # 2 ∓ 20 % rounds back to whole months
    assert "horizon_months" not in rows


def test_map_cells_equal_single_runs() -> None:
    scenario = certain("content-pipeline")
    found = decision_map(scenario, steps=12)
    assert found.cheapest.shape == (12, 12) and found.x.log and not found.y.log
    for row, column in [(0, 0), (5, 7), (11, 11), (3, 10)]:
        moved = with_values(
            scenario,
            {
                "workload.queries_per_month": float(found.x.values[column]),
                "knowledge.changed_pct_per_month": float(found.y.values[row]),
            },
        )
        evaluation = evaluate(moved)
        assert found.cheapest[row, column] == evaluation.cheapest
        for key in STRATEGIES:
            assert found.totals[key][row, column] == pytest.approx(
                evaluation.figure(key, "total_cost"), rel=1e-12
            )
        ratio = evaluation.figure("fine_tuning", "total_cost") / evaluation.figure(
            "embeddings", "total_cost"
        )
        assert found.ratio_fine_tuning_to_embeddings[row, column] == pytest.approx(ratio)


def test_map_refuses_bad_axes() -> None:
    with pytest.raises(ValueError, match=r"workload.queries_per_month: must be >= 0, got -5"):
        decision_map(Scenario(), x=("workload.queries_per_month", -5, 10))
    with pytest.raises(ValueError, match="two axes must be different"):
        decision_map(Scenario(), y=("workload.queries_per_month", 1, 10))


def test_a_whole_number_input_is_mapped_and_searched_only_between_whole_numbers() -> None:
    """1.2..1.4 epochs has no whole number in it: refused, never mapped at 1 (outside it)."""
    for low, high in [(1.2, 1.4), (1.5, 3), (1, 2.5)]:
        with pytest.raises(ValueError, match=r"fine_tuning.epochs: must be a whole number, got"):
            decision_map(Scenario(), x=("fine_tuning.epochs", low, high))
        with pytest.raises(ValueError, match=r"fine_tuning.epochs: must be a whole number, got"):
            find_break_even(Scenario(), "fine_tuning.epochs", (low, high))
    found = decision_map(Scenario(), x=("retrieval.top_k", 1, 3), steps=5)
    assert found.x.values.tolist() == [1.0, 2.0, 3.0]  # one point per whole number, inside


@pytest.mark.parametrize(
    ("name", "field"),
    [
        ("ticket-classifier", "workload.queries_per_month"),
        ("support-chatbot", "workload.queries_per_month"),
        ("content-pipeline", "workload.instruction_tokens"),
        ("support-chatbot", "effort.hourly_rate"),
    ],
)
def test_break_even_value_really_equalises_the_two_totals(name: str, field: str) -> None:
    scenario = certain(name)
    crossings = find_break_even(scenario, field)
    assert crossings, "each of these examples has a crossing in its default range"
    for crossing in crossings:
        a, b = crossing.pair.split("_vs_")
        at = with_values(scenario, {field: crossing.value})
        total_a, total_b = total(at, a), total(at, b)
        assert total_a == pytest.approx(total_b, rel=1e-9)
        above = with_values(scenario, {field: crossing.value * 1.05})
        cheaper = crossing.cheaper_above
        other = b if cheaper == a else a
        assert total(above, cheaper) < total(above, other)


def test_break_even_example_figure() -> None:
    (crossing,) = find_break_even(certain("ticket-classifier"), "workload.queries_per_month")
    assert crossing.pair == "fine_tuning_vs_embeddings" and crossing.cheaper_above == "fine_tuning"
    assert 600_000 < crossing.value < 800_000  # fine-tuning pays off above ~706k tickets/month


def test_break_even_needs_a_range_for_a_zero_input() -> None:
    with pytest.raises(ValueError, match="--between"):
        find_break_even(Scenario(), "fine_tuned_model.hosting_per_hour")
    crossings = find_break_even(
        certain("ticket-classifier"), "fine_tuned_model.hosting_per_hour", between=(0, 10)
    )
    assert crossings and crossings[0].cheaper_above == "embeddings"


@given(
    st.integers(0, 2**32 - 1),
    st.sampled_from(["support-chatbot", "content-pipeline", "ticket-classifier"]),
)
def test_any_seed_gives_ordered_bands(seed: int, name: str) -> None:
    result = run_monte_carlo(load_example(name), samples=300, seed=seed)
    assert sum(result.probability_cheapest.values()) == pytest.approx(1.0)
    for key in STRATEGIES:
        assert (np.diff(result.cumulative[key]["p50"]) >= 0).all()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_cli_simulate_with_samples_adds_model_md_uncertainty(capsys) -> None:
    status, out, _ = run(
        capsys,
        "simulate",
        "--example",
        "support-chatbot",
        "--samples",
        "2000",
        "--seed",
        "9",
        "--json",
    )
    assert status == 0
    uncertainty = json.loads(out)["uncertainty"]
    assert uncertainty["samples"] == 2000 and uncertainty["seed"] == 9
    assert set(uncertainty) == {
        "samples",
        "seed",
        "cumulative",
        "total_cost",
        "probability_cheapest",
    }
    assert len(uncertainty["cumulative"]["hybrid"]["p90"]) == 24
    assert set(uncertainty["total_cost"]["embeddings"]) == {"mean", "p10", "p50", "p90"}
    expected = run_monte_carlo(load_bundled("support-chatbot"), 2000, 9).document()
    assert uncertainty == json.loads(json.dumps(expected))


def test_cli_sensitivity_map_and_breakeven(capsys) -> None:
    status, out, _ = run(capsys, "sensitivity", "--example", "content-pipeline", "--json")
    rows = json.loads(out)["sensitivity"]
    assert status == 0 and set(rows[0]) == {
        "field",
        "low",
        "high",
        "total_cost_low",
        "total_cost_high",
    }
    status, out, _ = run(capsys, "map", "--example", "support-chatbot", "--json")
    found = json.loads(out)["decision_map"]
    assert status == 0 and len(found["cheapest"]) == 40 and len(found["cheapest"][0]) == 40
    assert found["x"]["field"] == "workload.queries_per_month" and found["x"]["values"][0] == 1000
    assert found["y"]["values"][-1] == 50
    status, out, _ = run(
        capsys,
        "map",
        "--example",
        "support-chatbot",
        "--x",
        "effort.hourly_rate",
        "20",
        "200",
        "--steps",
        "5",
    )
    assert status == 0 and "columns: effort.hourly_rate" in out
    status, out, _ = run(
        capsys,
        "breakeven",
        "--example",
        "ticket-classifier",
        "--field",
        "workload.queries_per_month",
    )
    assert status == 0 and "fine-tuning cheaper than embeddings above" in out
    status, out, _ = run(
        capsys,
        "breakeven",
        "--example",
        "ticket-classifier",
        "--field",
        "workload.queries_per_month",
        "--json",
    )
    crossing = json.loads(out)["break_even_values"]["crossings"][0]
    assert crossing["pair"] == "fine_tuning_vs_embeddings"


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (
            ["breakeven", "--example", "support-chatbot", "--field", "workload.nope"],
            1,
            "workload.nope",
        ),
        (
            ["map", "--example", "support-chatbot", "--x", "effort.hourly_rate", "9", "x"],
            2,  # text that is not a number: wrong usage, as for --samples
            "must be two numbers",
        ),
        (
            ["map", "--example", "support-chatbot", "--x", "workload.queries_per_month", "-1", "9"],
            1,
            "must be >= 0",
        ),
    ],
)
def test_cli_analysis_errors_are_one_line(capsys, argv, status, message) -> None:
    got, _, err = run(capsys, *argv)
    assert got == status and message in err and err.count("\n") == 1


def test_cli_samples_must_be_positive(capsys) -> None:
    status, _, err = run(capsys, "simulate", "--example", "support-chatbot", "--samples", "0")
    assert status == 2 and "must be a whole number from 1 to 100,000" in err


def test_a_replica_step_is_reported_as_a_step_not_as_equal_totals() -> None:
    # support-chatbot's tuned strategies run on dedicated replicas: at some query volume the
    # hybrid needs one replica more, its total jumps past fine-tuning's, and the two are never
    # equal there. The finder still says where the cheaper one switches, and that it is a step.
    from desktop_app.core.analyses.break_even_finder import STEP_SHARE
    from desktop_app.core.appdata.examples import load_example as load_v2_example
    from desktop_app.core.engine.kernel import simulate_scenario

    scenario = load_v2_example("support-chatbot")
    (crossing,) = [
        c
        for c in find_break_even(scenario, "workload.queries_per_month")
        if c.pair == "fine_tuning_vs_hybrid"
    ]
    assert crossing.step != 0
    totals = {}
    for side, factor in (("below", 1 - 1e-4), ("above", 1 + 1e-4)):
        variant = scenario.model_copy(
            update={
                "workload": scenario.workload.model_copy(
                    update={"queries_per_month": crossing.value * factor}
                )
            }
        )
        result = simulate_scenario(variant).strategies
        totals[side] = {
            key: float(result[key].cumulative[0, -1]) for key in ("fine_tuning", "hybrid")
        }
    gap_below = totals["below"]["fine_tuning"] - totals["below"]["hybrid"]
    gap_above = totals["above"]["fine_tuning"] - totals["above"]["hybrid"]
    assert gap_below * gap_above < 0  # the cheaper one switches at the value…
    assert (
        min(abs(gap_below), abs(gap_above)) > STEP_SHARE * totals["above"]["hybrid"]
    )  # …by a jump
    assert abs(abs(crossing.step) - abs(gap_above - gap_below)) < 0.01 * abs(crossing.step)


def test_a_smooth_crossing_has_no_step() -> None:
    from desktop_app.core.appdata.examples import load_example as load_v2_example

    crossings = find_break_even(load_v2_example("ticket-classifier"), "workload.queries_per_month")
    smooth = [c for c in crossings if c.pair == "fine_tuning_vs_embeddings"]
    assert smooth and smooth[0].step == 0.0
