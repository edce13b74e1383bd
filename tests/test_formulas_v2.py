"""Hand-computed checks of every row MODEL.md version 2 adds, on the QUIET scenario.

QUIET (tests/test_formulas.py) prices and counts nothing; each test switches on what its row
needs, with round numbers, and the comments show the arithmetic. Months m are 0-based; an
event's `month` is 1-based, so it happens in m = month - 1.
"""

from __future__ import annotations

import pytest
from test_formulas import QUIET, _merged, approx, months, run

from desktop_app.core.engine.evaluation import evaluate
from desktop_app.core.engine.kernel import simulate_scenario
from desktop_app.core.model.scenario import Scenario

ALL = ["embeddings", "fine_tuning", "hybrid", "long_context"]


def test_replicas_step_up_one_two_three_with_load():
    # fine_tuning on a dedicated endpoint; a query has O = 1,000 output tokens and nothing
    # else, at 1,000 output tokens/s: g = 0/20000 + 1000/1000 = 1 second per query.
    # peak 1, target 100 %: replicas = ceil_units(Q * 1 * 1 / (2,628,000 * 1)).
    # Q = 2,628,000 * 1.5**m = 2,628,000; 3,942,000; 5,913,000 -> load 1 (exact: ceil_units
    # does not tip it over), 1.5, 2.25 -> replicas 1, 2, 3; inference = replicas * 730 * 2.
    dedicated = {
        "replica_per_hour": 2,
        "output_tokens_per_second": 1000,
        "min_replicas": 0,
        "target_utilisation_pct": 100,
    }
    result = run(
        horizon_months=3,
        workload={
            "queries_per_month": 2628000,
            "monthly_growth_pct": 50,
            "output_tokens_per_query": 1000,
            "peak_to_average": 1,
        },
        fine_tuned_model={"serving": "dedicated", "dedicated": dedicated, "output_per_1m": 5},
        fine_tuning={"eval_queries_per_training": 100},
    )
    ft = result.strategies["fine_tuning"]
    assert months(ft.replicas) == [1, 2, 3]
    assert months(ft.components["inference"]) == approx([1460, 2920, 4380])
    # the replicas are paid already: evaluation queries cost nothing with dedicated serving
    assert months(ft.components["evaluation"]) == [0, 0, 0]
    assert float(result.summary.strategies["fine_tuning"]["max_replicas"][0]) == 3
    # min_replicas 2 keeps two running: max(2, 1) = 2, then 2, 3
    result = run(
        horizon_months=3,
        workload={
            "queries_per_month": 2628000,
            "monthly_growth_pct": 50,
            "output_tokens_per_query": 1000,
            "peak_to_average": 1,
        },
        fine_tuned_model={"serving": "dedicated", "dedicated": {**dedicated, "min_replicas": 2}},
    )
    assert months(result.strategies["fine_tuning"].replicas) == [2, 2, 3]
    # per-token serving has no replicas
    assert months(result.strategies["embeddings"].replicas) == [0, 0, 0]


def test_peak_and_target_size_the_replicas():
    # g = (A + W)/input_tps + O/output_tps = 2,000/1,000 + 0 = 2 s (u = 2,000 input tokens);
    # Q = 1,314,000: load = 1,314,000 * 2 * peak 3 / (2,628,000 * 0.5) = 6 -> 6 replicas
    result = run(
        workload={
            "queries_per_month": 1314000,
            "input_tokens_per_query": 2000,
            "peak_to_average": 3,
        },
        base_model={
            "serving": "dedicated",
            "dedicated": {
                "input_tokens_per_second": 1000,
                "target_utilisation_pct": 50,
                "replica_per_hour": 1,
            },
        },
    )
    assert months(result.strategies["embeddings"].replicas) == [6]
    assert months(result.strategies["embeddings"].components["inference"]) == approx([6 * 730])


def test_batch_factor_applies_to_per_token_serving_only():
    # beta = 1 - 50/100 * 50/100 = 0.75; Q = 1,000 queries of 1,000 input tokens at 1 per 1M:
    # per token: 1,000 * 0.001 * 0.75 = 0.75
    result = run(
        workload={"queries_per_month": 1000, "input_tokens_per_query": 1000, "batch_share_pct": 50},
        base_model={"input_per_1m": 1, "batch_discount_pct": 50},
    )
    assert months(result.strategies["embeddings"].components["inference"]) == approx([0.75])


def test_reranker_and_rewrites():
    # rerank = Q/1000 * 2 = 10,000/1000 * 2 = 20 for embeddings and hybrid, 0 for fine-tuning
    # one rewrite per query of 300 in / 60 out tokens: A = 300, O = 60 (nothing else);
    # base prices 1 in / 10 out per 1M: q = (300 + 600)/1e6 = 0.0009 -> inference 9
    result = run(
        workload={"queries_per_month": 10000},
        retrieval={
            "rerank_per_1k_queries": 2,
            "rewrites_per_query": 1,
            "rewrite_input_tokens": 300,
            "rewrite_output_tokens": 60,
        },
        base_model={"input_per_1m": 1, "output_per_1m": 10},
    )
    s = result.strategies
    assert months(s["embeddings"].components["rerank"]) == approx([20])
    assert months(s["hybrid"].components["rerank"]) == approx([20])
    assert months(s["fine_tuning"].components["rerank"]) == [0]
    assert months(s["embeddings"].components["inference"]) == approx([9])
    assert months(s["embeddings"].total) == approx([29])


def test_long_context_cache_miss_and_hit_split():
    # C = 100,000 corpus tokens, u = 10, s_b = 0, o = 0, cache hits 90 %:
    # A = 10, B = 0 + 100,000 * 0.9 = 90,000, W = 100,000 * 0.1 = 10,000
    # prices in 1, cached 0.1, write 2 per 1M:
    # q = (10*1 + 90,000*0.1 + 10,000*2)/1e6 = (10 + 9,000 + 20,000)/1e6 = 0.02901
    # Q = 1,000 -> inference 29.01; cache storage 0.5 per 1M per hour:
    # context_cache = 730 * 100,000/1e6 * 0.5 = 36.5
    sections = dict(
        strategies=["long_context"],
        workload={"queries_per_month": 1000, "input_tokens_per_query": 10},
        knowledge={"corpus_tokens": 100000},
        base_model={"input_per_1m": 1, "cached_input_per_1m": 0.1},
        long_context={
            "cache_hit_pct": 90,
            "cache_write_per_1m": 2,
            "cache_storage_per_1m_per_hour": 0.5,
        },
    )
    lc = run(**sections).strategies["long_context"]
    assert months(lc.components["inference"]) == approx([29.01])
    assert months(lc.components["context_cache"]) == approx([36.5])
    # an empty write price is the input price: (10 + 9,000 + 10,000)/1e6 * 1,000 = 19.01
    sections["long_context"] = {"cache_hit_pct": 90, "cache_write_per_1m": None}
    lc = run(**sections).strategies["long_context"]
    assert months(lc.components["inference"]) == approx([19.01])
    # hours: setup 5 in month 0 + updates 4 * 0.25 = 1 per month (rebuilding the prompt)
    lc = run(
        **{**sections, "knowledge": {"corpus_tokens": 100000, "updates_per_month": 4}},
        horizon_months=2,
        effort={"setup_hours": {"long_context": 5}, "hours_per_content_update": 0.25},
    ).strategies["long_context"]
    assert months(lc.hours) == approx([6, 1])


def test_a_prompt_that_stops_fitting_makes_long_context_infeasible():
    # window 1,000; prompt = u + s_b + C[m] + o = 10 + 0 + (900 + 50m) + 0 = 910, 960, 1,010
    # -> exceeds from month 3 (1-based). Long context costs nothing here, embeddings 1 a month
    # (a plan minimum), yet embeddings is the cheapest: an infeasible strategy never is.
    sections = dict(
        horizon_months=3,
        strategies=["embeddings", "long_context"],
        workload={"input_tokens_per_query": 10},
        knowledge={"corpus_tokens": 900, "added_tokens_per_month": 50},
        retrieval={"vector_store_monthly_minimum": 1},
        long_context={"context_window_tokens": 1000},
    )
    result = run(**sections)
    summary = result.summary
    assert float(summary.strategies["long_context"]["exceeds_context_from_month"][0]) == 3
    assert not result.strategies["long_context"].feasible[0]
    assert summary.cheapest_key() == "embeddings"
    document = evaluate(Scenario.model_validate(_merged(QUIET, sections)))
    assert document.break_even("long_context_vs_embeddings") is None  # though 0 <= 1 always
    assert document.advice.recommendation == "embeddings"  # never the strategy that cannot run
    # two months fit: 910, 960 <= 1,000 -> feasible, cheapest, and cheaper from month 1
    fits = evaluate(Scenario.model_validate(_merged(QUIET, {**sections, "horizon_months": 2})))
    assert fits.figure("long_context", "exceeds_context_from_month") is None
    assert fits.cheapest == "long_context"
    assert fits.break_even("long_context_vs_embeddings") == 1
    # alone and infeasible: nothing is cheapest, nothing recommended
    alone = evaluate(
        Scenario.model_validate(_merged(QUIET, {**sections, "strategies": ["long_context"]}))
    )
    assert alone.cheapest is None and alone.advice.recommendation is None


@pytest.mark.parametrize(
    ("policy", "extra", "event_month", "expected"),
    [
        # never: only month 0, plus the event's month m = 2
        ("never", {}, 3, [1, 0, 1, 0]),
        # every 2 months trains at m = 0, 2: an event at m = 2 adds nothing, at m = 1 one
        ("every_n_months", {"retrain_every_months": 2}, 3, [1, 0, 1, 0]),
        ("every_n_months", {"retrain_every_months": 2}, 2, [1, 1, 1, 0]),
        # changed_pct 25 %: X = 100 a month, C = 1,000 + 100m; U = 100 at m = 1 < 275, so no
        # training but the event's at m = 1; then U = 100 < 300, 200 < 325: [1, 1, 0, 0]
        ("changed_pct", {"retrain_changed_pct": 25}, 2, [1, 1, 0, 0]),
        # every_update (2 updates a month): 1 + 2 in month 0, 2 a month, the event adds one
        ("every_update", {}, 3, [3, 2, 3, 2]),
        # an event in month 1 (m = 0) adds nothing: month 0 always trains
        ("never", {}, 1, [1, 0, 0, 0]),
    ],
)
def test_a_retrain_event_under_each_policy(policy, extra, event_month, expected):
    result = run(
        horizon_months=4,
        knowledge={"corpus_tokens": 1000, "added_tokens_per_month": 100, "updates_per_month": 2},
        fine_tuning={"retrain_policy": policy, "knowledge_tokens_per_corpus_token": 1, **extra},
        effort={"hours_per_retrain": 10},
        events=[{"month": event_month, "retrain": True}],
    )
    ft = result.strategies["fine_tuning"]
    assert months(ft.trainings) == expected
    # every training but the first costs hours_per_retrain: 10 * (trainings - [m=0])
    assert months(ft.hours) == approx([10 * (t - (m == 0)) for m, t in enumerate(expected)])


def test_a_retrain_event_resets_staleness_and_trains_the_hybrid_too():
    # never retrains; X = 100 a month on C = 1,000 + 100m; the event at m = 2 trains:
    # U after m: 100, 200, (0 +) 100, 200; staleness = 100 * U / (C[m] + 100)
    # = 100*100/1,100, 100*200/1,200, 100*100/1,300, 100*200/1,400
    result = run(
        horizon_months=4,
        knowledge={"corpus_tokens": 1000, "added_tokens_per_month": 100},
        fine_tuning={"knowledge_tokens_per_corpus_token": 1},
        hybrid={"retrain_every_months": 0},
        events=[{"month": 3, "retrain": True}],
    )
    stale = months(result.strategies["fine_tuning"].staleness_pct)
    assert stale == approx([100 * 100 / 1100, 100 * 200 / 1200, 100 * 100 / 1300, 100 * 200 / 1400])
    # the hybrid's cadence 0 means never after the first, but the event still trains it
    assert months(result.strategies["hybrid"].trainings) == [1, 0, 1, 0]


def test_a_re_embed_event_embeds_and_writes_the_whole_corpus_again():
    # C = 1,000 tokens, f = 1, no changes, no queries; embedding at 1 per 1M:
    # embedding[m] = R[m] * 1,000 * 1 / 1e6 = 0.001 in m = 0 and the re-embed month m = 2
    # records: b = 1*4 + 996 = 1,000 bytes; V = 1,000/100 = 10; writes = 10 * 1,000/1,000 * 1
    # = 10 units at 100,000 per 1M = 1.0 in the same months
    result = run(
        horizon_months=3,
        knowledge={"corpus_tokens": 1000},
        retrieval={
            "embedding_price_per_1m": 1,
            "embedding_dimensions": 1,
            "metadata_bytes_per_vector": 996,
            "chunk_tokens": 100,
            "write_units_per_kb": 1,
            "write_price_per_1m_units": 100000,
        },
        events=[{"month": 3, "re_embed": True}],
    )
    e = result.strategies["embeddings"]
    assert months(e.components["embedding"]) == approx([0.001, 0, 0.001])
    assert months(e.components["vector_store"]) == approx([1, 0, 1])
    assert months(result.strategies["hybrid"].components["embedding"]) == approx([0.001, 0, 0.001])


def test_store_units_are_whole_and_at_least_one():
    # GB = C * f / chunk * b / 1e9 = 2.5e9 / 1,000 * 1,000 / 1e9 = 2.5 GB (dims 1, meta 996)
    # units of 1 GB: max(1, ceil_units(2.5)) = 3 at 10 each = 30 a month
    # units of 2.5 GB: exactly 1 (ceil_units does not tip an exact multiple over) = 10
    base = dict(
        knowledge={"corpus_tokens": 2.5e9},
        retrieval={
            "embedding_dimensions": 1,
            "metadata_bytes_per_vector": 996,
            "chunk_tokens": 1000,
            "store_unit_per_month": 10,
        },
    )
    store = run(**_merged(base, {"retrieval": {"store_unit_gb": 1}}))
    assert months(store.strategies["embeddings"].components["vector_store"]) == approx([30])
    store = run(**_merged(base, {"retrieval": {"store_unit_gb": 2.5}}))
    assert months(store.strategies["embeddings"].components["vector_store"]) == approx([10])
    store = run(**_merged(base, {"retrieval": {"store_unit_gb": 0}}))  # nothing provisioned
    assert months(store.strategies["embeddings"].components["vector_store"]) == [0]


def test_a_serving_switch_by_set():
    # per token until the event in month 3 (m = 2), then one dedicated replica at 1 an hour:
    # per token: Q = 1,000 queries of 1,000 input tokens at 1 per 1M = 1; dedicated: 730
    result = run(
        horizon_months=4,
        workload={"queries_per_month": 1000, "input_tokens_per_query": 1000},
        base_model={"input_per_1m": 1, "dedicated": {"replica_per_hour": 1, "min_replicas": 1}},
        events=[{"month": 3, "set": {"base_model.serving": "dedicated"}}],
    )
    e = result.strategies["embeddings"]
    assert months(e.components["inference"]) == approx([1, 1, 730, 730])
    assert months(e.replicas) == [0, 0, 1, 1]


def test_a_price_set_by_an_event_runs_its_trend_from_the_event():
    # prices fall 50 % a year: P[m] = 0.5**(m/12). One query of 1M input tokens a month.
    # input price 1, set to 2 in month 13 (m = 12):
    # m = 0: 1 * P[0] = 1; m = 12: 2 * P[12]/P[12] = 2; m = 24: 2 * P[24]/P[12] = 1
    result = run(
        horizon_months=25,
        workload={"queries_per_month": 1, "input_tokens_per_query": 1e6},
        base_model={"input_per_1m": 1},
        fine_tuned_model={"input_per_1m": 1},
        market={"price_change_pct_per_year": -50, "fine_tuned_price_change_pct_per_year": 0},
        events=[{"month": 13, "set": {"base_model.input_per_1m": 2}}],
    )
    inference = months(result.strategies["embeddings"].components["inference"])
    assert [inference[0], inference[11], inference[12], inference[24]] == approx(
        [1, 0.5 ** (11 / 12), 2, 1]
    )
    # the tuned model keeps its price (its own trend is 0 %): 1 every month
    assert months(result.strategies["fine_tuning"].components["inference"]) == approx([1] * 25)


def test_a_minimum_per_training_run():
    # T = 1,000 behaviour tokens, 1 epoch, 3 per 1M: 0.003 a run, below the minimum of 5.
    # every_update with 0.5 updates: 1.5 trainings in month 0 -> 7.5, then 0.5 -> 2.5
    # (a fractional count pays its share of the minimum; the minimum has no price trend)
    result = run(
        horizon_months=13,
        knowledge={"updates_per_month": 0.5},
        fine_tuned_model={"training_per_1m": 3, "training_minimum_per_run": 5},
        fine_tuning={"behavior_training_tokens": 1000, "retrain_policy": "every_update"},
        market={"price_change_pct_per_year": -50},
    )
    training = months(result.strategies["fine_tuning"].components["training"])
    assert training[0] == approx(7.5) and training[1] == approx(2.5)
    assert training[12] == approx(2.5)
    # above the minimum the per-token price wins: T = 1e7 -> 30 a run (0.5 runs = 15)
    result = run(
        horizon_months=2,
        knowledge={"updates_per_month": 0.5},
        fine_tuned_model={"training_per_1m": 3, "training_minimum_per_run": 5},
        fine_tuning={"behavior_training_tokens": 1e7, "retrain_policy": "every_update"},
    )
    assert months(result.strategies["fine_tuning"].components["training"]) == approx([45, 15])


def test_wrong_answers_with_staleness():
    # fine-tuning never retrains; C = 1,000, 10 % changes a month: X = 100; U = 100, 200
    # staleness = 100 * U / 1,000 = 10 %, 20 %; share = 4 + staleness * 50/100 = 9 %, 14 %
    # Q = 1,000: 90 and 140 wrong answers at 2 each = 180, 280. Embeddings: 2 % = 20 a month.
    result = run(
        horizon_months=2,
        workload={"queries_per_month": 1000},
        knowledge={"corpus_tokens": 1000, "changed_pct_per_month": 10},
        fine_tuning={"knowledge_tokens_per_corpus_token": 1},
        quality={
            "wrong_answer_pct": {"embeddings": 2, "fine_tuning": 4},
            "stale_wrong_pct": 50,
            "cost_per_wrong_answer": 2,
        },
    )
    ft, e = result.strategies["fine_tuning"], result.strategies["embeddings"]
    assert months(ft.wrong_answer_count) == approx([90, 140])
    assert months(ft.components["wrong_answers"]) == approx([180, 280])
    assert months(e.wrong_answer_count) == approx([20, 20])
    assert float(result.summary.strategies["fine_tuning"]["wrong_answer_count"][0]) == approx(230)
    # the share is capped at 100 %: 4 + 100 * 100/100 = 104 -> 100 % -> 1,000 a month
    capped = run(
        workload={"queries_per_month": 1000},
        knowledge={"corpus_tokens": 1000, "changed_pct_per_month": 10},
        fine_tuning={"knowledge_tokens_per_corpus_token": 0},  # taught nothing: 100 % stale
        quality={"wrong_answer_pct": {"fine_tuning": 4}, "stale_wrong_pct": 100},
    )
    assert months(capped.strategies["fine_tuning"].wrong_answer_count) == approx([1000])


def test_event_hours_per_strategy_and_incidents_per_strategy():
    # incidents: 2 for embeddings at 1.5 h = 3 h, 1 for fine-tuning at 6 h = 6 h a month;
    # two events in month 2 (m = 1) add 10 + 5 hours to fine-tuning; hours for long_context,
    # which is not compared, have no effect
    result = run(
        horizon_months=3,
        effort={
            "hourly_rate": 10,
            "incidents_per_month": {"embeddings": 2, "fine_tuning": 1},
            "hours_per_incident": {"embeddings": 1.5, "fine_tuning": 6},
        },
        events=[
            {"month": 2, "hours": {"fine_tuning": 10, "long_context": 99}},
            {"month": 2, "name": "second", "hours": {"fine_tuning": 5}},
        ],
    )
    assert months(result.strategies["embeddings"].hours) == approx([3, 3, 3])
    assert months(result.strategies["fine_tuning"].hours) == approx([6, 21, 6])
    assert months(result.strategies["fine_tuning"].components["engineering"]) == approx(
        [60, 210, 60]
    )
    assert "long_context" not in result.strategies


def test_an_event_after_the_horizon_is_kept_and_has_no_effect():
    sections = dict(
        horizon_months=3,
        workload={"queries_per_month": 1000, "input_tokens_per_query": 100},
        base_model={"input_per_1m": 1},
    )
    plain = run(**sections)
    later = Scenario.model_validate(
        _merged(
            QUIET,
            {
                **sections,
                "events": [
                    {
                        "month": 4,
                        "set": {"base_model.input_per_1m": 9},
                        "retrain": True,
                        "re_embed": True,
                        "hours": {"embeddings": 50},
                    }
                ],
            },
        )
    )
    assert len(later.events) == 1
    moved = simulate_scenario(later)
    for key in ("embeddings", "fine_tuning", "hybrid"):
        assert months(moved.strategies[key].cumulative) == months(plain.strategies[key].cumulative)


def test_only_the_compared_strategies_are_computed_and_paired():
    result = run(strategies=["fine_tuning", "long_context"])
    assert list(result.strategies) == ["fine_tuning", "long_context"]
    assert list(result.summary.break_even) == ["fine_tuning_vs_long_context"]
    everything = run(strategies=ALL)
    assert list(everything.summary.break_even) == [
        "long_context_vs_embeddings",
        "hybrid_vs_embeddings",
        "hybrid_vs_long_context",
        "fine_tuning_vs_embeddings",
        "fine_tuning_vs_long_context",
        "fine_tuning_vs_hybrid",
    ]
    # all cost nothing: ties go to embeddings, then long_context, hybrid, fine-tuning
    assert everything.summary.cheapest_key() == "embeddings"
    assert run(strategies=["fine_tuning", "hybrid", "long_context"]).summary.cheapest_key() == (
        "long_context"
    )


def test_an_event_that_empties_the_cached_price_bills_the_input_price():
    # s_b = 1,000 instruction tokens, all cached (k = 1): B = 1,000; cached 0.5, input 2 per 1M
    # m = 0: 1,000 * 0.5 / 1e6 = 0.0005 a query; from the event (m = 1) the cached price is
    # empty: 1,000 * 2 / 1e6 = 0.002. Q = 1,000 -> 0.5, 2
    result = run(
        horizon_months=2,
        workload={
            "queries_per_month": 1000,
            "instruction_tokens": 1000,
            "cached_instruction_share_pct": 100,
        },
        base_model={"input_per_1m": 2, "cached_input_per_1m": 0.5},
        events=[{"month": 2, "set": {"base_model.cached_input_per_1m": None}}],
    )
    assert months(result.strategies["embeddings"].components["inference"]) == approx([0.5, 2])


def test_a_vanishing_store_unit_size_gives_infinite_units_and_no_warning() -> None:
    """5e-324 GB per unit (a range's draw can reach it): inf units, for overflow.py to refuse.

    Before, the division's RuntimeWarning reached the user's terminal beside the one-line error
    (pytest turns warnings into errors, so this fails on the old code).
    """
    from types import SimpleNamespace

    import numpy as np

    from desktop_app.core.engine.formulas import store_units

    p = SimpleNamespace(retrieval=SimpleNamespace(store_unit_gb=np.array([[5e-324], [0.0], [2.0]])))
    units = store_units(p, np.array([[1.0, 3.0]]))
    assert np.isinf(units[0]).all()
    assert units[1].tolist() == [0.0, 0.0] and units[2].tolist() == [1.0, 2.0]
