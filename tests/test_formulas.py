"""Hand-computed checks of every formula in MODEL.md, "Formulas, month m" and "Result".

Each test runs a tiny scenario built on QUIET, a scenario in which every price, token count,
query count and effort figure is 0 (and the retrain policy is `never`, the hybrid never
retrains). A test switches on only what its formula needs, with small round numbers, and the
comments show the arithmetic so that each expected value can be checked with a pocket
calculator. Month indices m are 0-based, as in MODEL.md; break-even months are 1-based.
"""

from __future__ import annotations

import math
from typing import Any

import pytest

from desktop_app.core.engine.kernel import simulate_scenario
from desktop_app.core.model.scenario import Scenario

PER_STRATEGY_ZERO = {"embeddings": 0, "fine_tuning": 0, "hybrid": 0, "long_context": 0}

QUIET: dict[str, Any] = {
    "horizon_months": 1,
    "strategies": ["embeddings", "fine_tuning", "hybrid"],
    "workload": {
        "queries_per_month": 0,
        "monthly_growth_pct": 0,
        "input_tokens_per_query": 0,
        "output_tokens_per_query": 0,
        "instruction_tokens": 0,
        "instruction_tokens_fine_tuned": 0,
        "cached_instruction_share_pct": 0,
    },
    "knowledge": {
        "corpus_tokens": 0,
        "added_tokens_per_month": 0,
        "changed_pct_per_month": 0,
        "updates_per_month": 0,
    },
    "retrieval": {
        "embedding_price_per_1m": 0,
        "chunk_overlap_pct": 0,
        "top_k": 0,
        "metadata_bytes_per_vector": 0,
        "vector_storage_per_gb_month": 0,
        "read_price_per_1m_units": 0,
        "read_units_per_query_per_gb": 0,
        "min_read_units_per_query": 0,
        "write_price_per_1m_units": 0,
        "write_units_per_kb": 0,
        "vector_store_monthly_minimum": 0,
    },
    "base_model": {"input_per_1m": 0, "cached_input_per_1m": 0, "output_per_1m": 0},
    "fine_tuned_model": {
        "input_per_1m": 0,
        "cached_input_per_1m": 0,
        "output_per_1m": 0,
        "training_per_1m": 0,
        "hosting_per_hour": 0,
        "monthly_fee": 0,
    },
    "fine_tuning": {
        "behavior_training_tokens": 0,
        "knowledge_tokens_per_corpus_token": 0,
        "epochs": 1,
        "retrain_policy": "never",
        "eval_queries_per_training": 0,
    },
    "hybrid": {"retrain_every_months": 0},
    "effort": {
        "hourly_rate": 0,
        "setup_hours": PER_STRATEGY_ZERO,
        "monitoring_hours_per_month": PER_STRATEGY_ZERO,
        "hours_per_content_update": 0,
        "hours_per_retrain": 0,
        "incidents_per_month": PER_STRATEGY_ZERO,
        "hours_per_incident": PER_STRATEGY_ZERO,
    },
    "market": {"price_change_pct_per_year": 0},
    "finance": {"discount_rate_pct_per_year": 0},
}


def _merged(base: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merged(out[key], value)
        else:
            out[key] = value
    return out


def run(**sections: Any) -> Any:
    """Simulate QUIET with `sections` laid over it, e.g. run(workload={...}, horizon_months=3)."""
    return simulate_scenario(Scenario.model_validate(_merged(QUIET, sections)))


def approx(expected: Any) -> Any:
    return pytest.approx(expected, rel=1e-12)


def months(array: Any) -> list[float]:
    """The one variant's month-by-month values as a plain list."""
    return [float(x) for x in array[0]]


# --------------------------------------------------------------------------------------
# Shared quantities
# --------------------------------------------------------------------------------------


def test_queries_grow_compound():
    # Q[m] = queries_per_month * (1 + monthly_growth_pct/100)**m
    # 1000 * 1.1**0 = 1000; 1000 * 1.1 = 1100; 1000 * 1.1**2 = 1000 * 1.21 = 1210
    result = run(horizon_months=3, workload={"queries_per_month": 1000, "monthly_growth_pct": 10})
    assert months(result.queries) == approx([1000, 1100, 1210])
    # falling demand: 1000 * 0.5**m = 1000, 500, 250
    result = run(horizon_months=3, workload={"queries_per_month": 1000, "monthly_growth_pct": -50})
    assert months(result.queries) == approx([1000, 500, 250])


def test_corpus_grows_by_added_tokens():
    # C[m] = corpus_tokens + added_tokens_per_month * m = 1e6 + 1e5 * m
    #      = 1,000,000; 1,100,000; 1,200,000 (edits do not grow it: changed_pct 50 ignored)
    # Seen through fine-tuning's training cost with T[m] = 0 + 1 * C[m], 1 epoch, price 1 per 1M
    # and a training every month: training[m] = C[m] * 1 * 1 / 1e6 = 1.0, 1.1, 1.2
    result = run(
        horizon_months=3,
        knowledge={
            "corpus_tokens": 1e6,
            "added_tokens_per_month": 1e5,
            "changed_pct_per_month": 50,
        },
        fine_tuned_model={"training_per_1m": 1},
        fine_tuning={
            "knowledge_tokens_per_corpus_token": 1,
            "retrain_policy": "every_n_months",
            "retrain_every_months": 1,
        },
    )
    assert months(result.strategies["fine_tuning"].components["training"]) == approx(
        [1.0, 1.1, 1.2]
    )


def test_changed_tokens():
    # X[m] = C[m] * changed_pct_per_month/100 + added_tokens_per_month
    # C[1] = 1e6 + 1e5 = 1.1e6 -> X[1] = 1.1e6 * 0.10 + 1e5 = 110,000 + 100,000 = 210,000
    # C[2] = 1.2e6            -> X[2] = 120,000 + 100,000 = 220,000
    # Seen through embedding[m] for m >= 1 with f = 1, no queries, price 1 per 1M:
    # embedding[1] = 1/1e6 * 210,000 = 0.21; embedding[2] = 0.22
    result = run(
        horizon_months=3,
        knowledge={
            "corpus_tokens": 1e6,
            "added_tokens_per_month": 1e5,
            "changed_pct_per_month": 10,
        },
        retrieval={"embedding_price_per_1m": 1},
    )
    embedding = months(result.strategies["embeddings"].components["embedding"])
    assert embedding[1:] == approx([0.21, 0.22])


def test_embedded_tokens_per_corpus_token():
    # f = 1 + chunk_overlap_pct/100 = 1 + 10/100 = 1.1
    # embedding[0] = 1/1e6 * C[0] * f = 1/1e6 * 1,000,000 * 1.1 = 1.1; nothing changes later -> 0
    result = run(
        horizon_months=2,
        knowledge={"corpus_tokens": 1e6},
        retrieval={"embedding_price_per_1m": 1, "chunk_overlap_pct": 10},
    )
    assert months(result.strategies["embeddings"].components["embedding"]) == approx([1.1, 0.0])


def test_price_factor_applies_to_per_token_prices_only():
    # P[m] = (1 + 44/100)**(m/12): P[0] = 1, P[6] = 1.44**0.5 = 1.2
    # Q = 1e6 queries of 1 input token, no retrieved context (top_k 0), no instructions.
    #   embedding[m]  = P * 1/1e6 * (Q * 1)              = P * 1       -> 1, 1.2
    #   inference emb = P * Q * (1 * 1 base input)/1e6    = P * 1       -> 1, 1.2
    #   inference ft  = P * Q * (1 * 2 tuned input)/1e6   = P * 2       -> 2, 2.4
    #   training ft   = P * 1e6 tokens * 1 epoch * 3/1e6  = P * 3       -> 3, 3.6 (trains m = 0, 6)
    #   evaluation ft = P * 1e6 eval queries * 2/1e6      = P * 2       -> 2, 2.4
    # Not scaled by P:
    #   vector_store  = max(minimum 5, usage 0)           = 5           -> 5, 5
    #   hosting       = 730 * 1 per hour + 10 fee         = 740         -> 740, 740
    #   engineering   = 10 per hour * 1 monitoring hour   = 10          -> 10, 10
    result = run(
        horizon_months=7,
        workload={"queries_per_month": 1e6, "input_tokens_per_query": 1},
        retrieval={"embedding_price_per_1m": 1, "vector_store_monthly_minimum": 5},
        base_model={"input_per_1m": 1},
        fine_tuned_model={
            "input_per_1m": 2,
            "training_per_1m": 3,
            "hosting_per_hour": 1,
            "monthly_fee": 10,
        },
        fine_tuning={
            "behavior_training_tokens": 1e6,
            "retrain_policy": "every_n_months",
            "retrain_every_months": 6,
            "eval_queries_per_training": 1e6,
        },
        effort={"hourly_rate": 10, "monitoring_hours_per_month": {"embeddings": 1}},
        market={"price_change_pct_per_year": 44},
    )
    emb = result.strategies["embeddings"].components
    ft = result.strategies["fine_tuning"].components
    month_0_and_6 = [0, 6]
    assert [emb["embedding"][0, m] for m in month_0_and_6] == approx([1.0, 1.2])
    assert [emb["inference"][0, m] for m in month_0_and_6] == approx([1.0, 1.2])
    assert [ft["inference"][0, m] for m in month_0_and_6] == approx([2.0, 2.4])
    assert [ft["training"][0, m] for m in month_0_and_6] == approx([3.0, 3.6])
    assert [ft["evaluation"][0, m] for m in month_0_and_6] == approx([2.0, 2.4])
    assert [emb["vector_store"][0, m] for m in month_0_and_6] == approx([5.0, 5.0])
    assert [ft["hosting"][0, m] for m in month_0_and_6] == approx([740.0, 740.0])
    assert [emb["engineering"][0, m] for m in month_0_and_6] == approx([10.0, 10.0])


def test_retrieved_context_tokens():
    # r = top_k * chunk_tokens = 4 * 250 = 1000 tokens per query
    # Q = 1000 queries, nothing else in the prompt:
    #   embeddings inference = 1000 * (1000 * 1 base input)/1e6  = 1.0
    #   hybrid inference     = 1000 * (1000 * 2 tuned input)/1e6 = 2.0
    #   fine_tuning (no retrieval, context 0)                    = 0.0
    result = run(
        workload={"queries_per_month": 1000},
        retrieval={"top_k": 4, "chunk_tokens": 250},
        base_model={"input_per_1m": 1},
        fine_tuned_model={"input_per_1m": 2},
    )
    assert result.strategies["embeddings"].components["inference"][0, 0] == approx(1.0)
    assert result.strategies["hybrid"].components["inference"][0, 0] == approx(2.0)
    assert result.strategies["fine_tuning"].components["inference"][0, 0] == 0


# Per-query scenario: input 100, output 200, instructions 1000 (base) / 400 (tuned),
# r = 1 * 300 = 300, Q = 1000, cached share 25 % -> k = 0.25.
PER_QUERY = {
    "workload": {
        "queries_per_month": 1000,
        "input_tokens_per_query": 100,
        "output_tokens_per_query": 200,
        "instruction_tokens": 1000,
        "instruction_tokens_fine_tuned": 400,
        "cached_instruction_share_pct": 25,
    },
    "retrieval": {"top_k": 1, "chunk_tokens": 300},
}


def test_per_query_cost_with_cached_instruction_share():
    # q(s, c) = ((input + c + s*(1-k)) * in + s*k * cached + output * out) / 1e6
    # inference = Q * q = 1000 * (bracket) / 1e6 = bracket / 1000
    # embeddings, base (in 1, cached 0.5, out 2), q(1000, 300):
    #   (100 + 300 + 750) * 1 + 250 * 0.5 + 200 * 2 = 1150 + 125 + 400 = 1675 -> 1.675
    # fine_tuning, tuned (in 4, cached 1, out 8), q(400, 0):
    #   (100 + 0 + 300) * 4 + 100 * 1 + 200 * 8 = 1600 + 100 + 1600 = 3300 -> 3.3
    # hybrid, tuned, q(400, 300):
    #   (100 + 300 + 300) * 4 + 100 * 1 + 200 * 8 = 2800 + 100 + 1600 = 4500 -> 4.5
    result = run(
        **PER_QUERY,
        base_model={"input_per_1m": 1, "cached_input_per_1m": 0.5, "output_per_1m": 2},
        fine_tuned_model={"input_per_1m": 4, "cached_input_per_1m": 1, "output_per_1m": 8},
    )
    assert result.strategies["embeddings"].components["inference"][0, 0] == approx(1.675)
    assert result.strategies["fine_tuning"].components["inference"][0, 0] == approx(3.3)
    assert result.strategies["hybrid"].components["inference"][0, 0] == approx(4.5)


def test_per_query_cost_without_cached_price_uses_input_price():
    # cached_input_per_1m = null -> the cached share is billed at the input price
    # inference = Q * q = 1000 * (bracket) / 1e6 = bracket / 1000
    # embeddings, base (in 1, out 2), q(1000, 300):
    #   (100 + 300 + 750) * 1 + 250 * 1 + 200 * 2 = 1150 + 250 + 400 = 1800 -> 1.8
    # fine_tuning, tuned (in 4, out 8), q(400, 0):
    #   (100 + 0 + 300) * 4 + 100 * 4 + 200 * 8 = 1600 + 400 + 1600 = 3600 -> 3.6
    # hybrid, tuned, q(400, 300):
    #   (100 + 300 + 300) * 4 + 100 * 4 + 1600 = 2800 + 400 + 1600 = 4800 -> 4.8
    result = run(
        **PER_QUERY,
        base_model={"input_per_1m": 1, "cached_input_per_1m": None, "output_per_1m": 2},
        fine_tuned_model={"input_per_1m": 4, "cached_input_per_1m": None, "output_per_1m": 8},
    )
    assert result.strategies["embeddings"].components["inference"][0, 0] == approx(1.8)
    assert result.strategies["fine_tuning"].components["inference"][0, 0] == approx(3.6)
    assert result.strategies["hybrid"].components["inference"][0, 0] == approx(4.8)


# --------------------------------------------------------------------------------------
# Retrieval part (embeddings and hybrid)
# --------------------------------------------------------------------------------------


def test_embedding_cost_with_initial_corpus_in_month_0():
    # embedding[m] = P * price/1e6 * ([m=0] * C[0]*f + X[m]*f + Q[m]*input_tokens_per_query)
    # price 2, f = 1.1, Q = 1000 queries of 100 tokens, corpus 1e6, added 1e5, changed 10 %
    # X[0] = 1e6 * 0.1 + 1e5 = 200,000; X[1] = 1.1e6 * 0.1 + 1e5 = 210,000
    # m = 0: 2/1e6 * (1,100,000 + 220,000 + 100,000) = 2/1e6 * 1,420,000 = 2.84
    # m = 1: 2/1e6 * (0 + 231,000 + 100,000)         = 2/1e6 *   331,000 = 0.662
    result = run(
        horizon_months=2,
        workload={"queries_per_month": 1000, "input_tokens_per_query": 100},
        knowledge={
            "corpus_tokens": 1e6,
            "added_tokens_per_month": 1e5,
            "changed_pct_per_month": 10,
        },
        retrieval={"embedding_price_per_1m": 2, "chunk_overlap_pct": 10},
    )
    assert months(result.strategies["embeddings"].components["embedding"]) == approx([2.84, 0.662])
    assert months(result.strategies["hybrid"].components["embedding"]) == approx([2.84, 0.662])
    assert months(result.strategies["fine_tuning"].components["embedding"]) == [0, 0]


def test_bytes_records_and_gigabytes():
    # b = 256 dims * 4 + 976 metadata = 1024 + 976 = 2000 bytes per record
    # f = 1.25; V[m] = C[m] * f / 500; GB[m] = V[m] * b / 1e9
    # m = 0: C = 1e9   -> V = 1.25e9 / 500 = 2.5e6 -> GB = 2.5e6 * 2000 / 1e9 = 5 -> * 0.5 = 2.5
    # m = 1: C = 1.4e9 -> V = 1.75e9 / 500 = 3.5e6 -> GB = 7                     -> * 0.5 = 3.5
    result = run(
        horizon_months=2,
        knowledge={"corpus_tokens": 1e9, "added_tokens_per_month": 4e8},
        retrieval={
            "embedding_dimensions": 256,
            "metadata_bytes_per_vector": 976,
            "chunk_tokens": 500,
            "chunk_overlap_pct": 25,
            "vector_storage_per_gb_month": 0.5,
        },
    )
    assert months(result.strategies["embeddings"].components["vector_store"]) == approx([2.5, 3.5])


def test_read_units_floor_per_query():
    # Empty corpus -> GB = 0: read_units = Q * max(0.5, 1 * 0) = 1e6 * 0.5 = 500,000
    # cost = 500,000 / 1e6 * 2 = 1.0
    result = run(
        workload={"queries_per_month": 1e6},
        retrieval={
            "min_read_units_per_query": 0.5,
            "read_units_per_query_per_gb": 1,
            "read_price_per_1m_units": 2,
        },
    )
    assert result.strategies["embeddings"].components["vector_store"][0, 0] == approx(1.0)


def test_read_units_per_gb_term_wins():
    # b = 250 * 4 + 0 = 1000 bytes; f = 1; V = 3e9 / 1000 = 3e6; GB = 3e6 * 1000 / 1e9 = 3
    # read_units = 1e6 * max(0.5, 2 * 3) = 1e6 * 6 = 6e6 -> 6e6 / 1e6 * 2 = 12
    result = run(
        workload={"queries_per_month": 1e6},
        knowledge={"corpus_tokens": 3e9},
        retrieval={
            "embedding_dimensions": 250,
            "chunk_tokens": 1000,
            "min_read_units_per_query": 0.5,
            "read_units_per_query_per_gb": 2,
            "read_price_per_1m_units": 2,
        },
    )
    assert result.strategies["embeddings"].components["vector_store"][0, 0] == approx(12.0)


def test_write_units():
    # write_units[m] = ([m=0]*C[0]*f/chunk + X[m]*f/chunk) * b/1000 * write_units_per_kb
    # b = 250 * 4 = 1000 bytes (1 KB), f = 1.2, chunk 1000, X[m] = added = 1e8
    # m = 0: (1e9 + 1e8) * 1.2 / 1000 = 1.32e6 records * 1 KB * 2 = 2.64e6 units
    #        -> 2.64e6 / 1e6 * 0.5 = 1.32
    # m = 1: 1e8 * 1.2 / 1000 = 1.2e5 records * 1 KB * 2 = 2.4e5 units -> 0.24 * 0.5 = 0.12
    result = run(
        horizon_months=2,
        knowledge={"corpus_tokens": 1e9, "added_tokens_per_month": 1e8},
        retrieval={
            "embedding_dimensions": 250,
            "chunk_tokens": 1000,
            "chunk_overlap_pct": 20,
            "write_units_per_kb": 2,
            "write_price_per_1m_units": 0.5,
        },
    )
    assert months(result.strategies["embeddings"].components["vector_store"]) == approx(
        [1.32, 0.12]
    )


def test_vector_store_is_max_of_minimum_and_usage():
    # usage = GB * storage price = 3 GB * 1 = 3 (b = 1000, f = 1, V = 3e9/1000 = 3e6 records)
    storage = {
        "knowledge": {"corpus_tokens": 3e9},
        "retrieval": {
            "embedding_dimensions": 250,
            "chunk_tokens": 1000,
            "vector_storage_per_gb_month": 1,
        },
    }
    # minimum 10 > usage 3 -> 10
    result = run(**_merged(storage, {"retrieval": {"vector_store_monthly_minimum": 10}}))
    assert result.strategies["embeddings"].components["vector_store"][0, 0] == approx(10.0)
    assert result.strategies["hybrid"].components["vector_store"][0, 0] == approx(10.0)
    assert result.strategies["fine_tuning"].components["vector_store"][0, 0] == 0
    # minimum 2 < usage 3 -> 3
    result = run(**_merged(storage, {"retrieval": {"vector_store_monthly_minimum": 2}}))
    assert result.strategies["embeddings"].components["vector_store"][0, 0] == approx(3.0)


def test_content_update_hours():
    # hours = updates_per_month * hours_per_content_update = 4 * 0.5 = 2 every month
    # (embeddings and hybrid only); engineering = 10 per hour * 2 = 20
    result = run(
        horizon_months=2,
        knowledge={"updates_per_month": 4},
        effort={"hourly_rate": 10, "hours_per_content_update": 0.5},
    )
    for key in ("embeddings", "hybrid"):
        assert months(result.strategies[key].hours) == approx([2.0, 2.0])
        assert months(result.strategies[key].components["engineering"]) == approx([20.0, 20.0])
    assert months(result.strategies["fine_tuning"].hours) == [0, 0]


# --------------------------------------------------------------------------------------
# Training schedule of fine_tuning, and staleness
# --------------------------------------------------------------------------------------

# Corpus 1000 tokens, 10 % edited per month, nothing added: C[m] = 1000, X[m] = 100.
# 1 training token per corpus token, so the model is taught the content.
EDITED_CORPUS = {
    "knowledge": {"corpus_tokens": 1000, "changed_pct_per_month": 10},
    "fine_tuning": {"knowledge_tokens_per_corpus_token": 1},
}


def test_training_schedule_never():
    # one training at m = 0; U = 100, 200, 300, 400
    # staleness = 100 * U / (C + added) = 100 * U / 1000 = 10, 20, 30, 40
    result = run(horizon_months=4, **EDITED_CORPUS)
    ft = result.strategies["fine_tuning"]
    assert months(ft.trainings) == [1, 0, 0, 0]
    assert months(ft.staleness_pct) == approx([10, 20, 30, 40])


def test_training_schedule_every_n_months():
    # n = 2: trains at m = 0 and where m % 2 == 0 -> m = 0, 2, 4
    # U (after the month's changes): 0+100, 100+100, 0+100, 100+100, 0+100 = 100, 200, 100, 200, 100
    # staleness = U / 1000 * 100 = 10, 20, 10, 20, 10
    result = run(
        horizon_months=5,
        **_merged(
            EDITED_CORPUS,
            {"fine_tuning": {"retrain_policy": "every_n_months", "retrain_every_months": 2}},
        ),
    )
    ft = result.strategies["fine_tuning"]
    assert months(ft.trainings) == [1, 0, 1, 0, 1]
    assert months(ft.staleness_pct) == approx([10, 20, 10, 20, 10])


def test_training_schedule_changed_pct():
    # Corpus 1000 growing by 100 a month, no edits: C[m] = 1000 + 100m, X[m] = 100.
    # At the start of month m: train if U >= 20 % of C[m]; then U += X[m] = 100.
    #   m=0: first training;                U = 0 + 100 = 100
    #   m=1: 100 >= 0.2*1100 = 220? no;     U = 200
    #   m=2: 200 >= 0.2*1200 = 240? no;     U = 300  (20 % of C[0] = 200 would train here)
    #   m=3: 300 >= 260? yes -> train;      U = 0 + 100 = 100
    #   m=4: 100 >= 280? no;                U = 200
    #   m=5: 200 >= 300? no;                U = 300
    #   m=6: 300 >= 320? no;                U = 400
    #   m=7: 400 >= 340? yes -> train;      U = 100
    result = run(
        horizon_months=8,
        knowledge={"corpus_tokens": 1000, "added_tokens_per_month": 100},
        fine_tuning={
            "knowledge_tokens_per_corpus_token": 1,
            "retrain_policy": "changed_pct",
            "retrain_changed_pct": 20,
        },
    )
    assert months(result.strategies["fine_tuning"].trainings) == [1, 0, 0, 1, 0, 0, 0, 1]


def test_training_schedule_changed_pct_needs_unlearned_changes():
    # Threshold 0 %: "U > 0 and U >= 0" trains whenever anything changed ...
    changed = run(
        horizon_months=3,
        **_merged(
            EDITED_CORPUS,
            {"fine_tuning": {"retrain_policy": "changed_pct", "retrain_changed_pct": 0}},
        ),
    )
    assert months(changed.strategies["fine_tuning"].trainings) == [1, 1, 1]
    # ... but never when nothing changed (U = 0)
    static = run(
        horizon_months=3,
        knowledge={"corpus_tokens": 1000},
        fine_tuning={"retrain_policy": "changed_pct", "retrain_changed_pct": 0},
    )
    assert months(static.strategies["fine_tuning"].trainings) == [1, 0, 0]


def test_training_schedule_every_update_with_fractional_trainings():
    # every_update: 2.5 trainings in every month besides the first -> 1 + 2.5 = 3.5, 2.5, 2.5
    # U stays 0 -> staleness 0
    # training cost per run: T = 0 + 1 * 1000 = 1000 tokens * 1 epoch * 1000/1e6 = 1
    #   -> 3.5, 2.5, 2.5
    # hours = 2 per retrain * (trainings - [m=0]) = 2 * 2.5 = 5 in every month
    result = run(
        horizon_months=3,
        **_merged(
            EDITED_CORPUS,
            {
                "knowledge": {"updates_per_month": 2.5},
                "fine_tuned_model": {"training_per_1m": 1000},
                "fine_tuning": {"retrain_policy": "every_update"},
                "effort": {"hours_per_retrain": 2},
            },
        ),
    )
    ft = result.strategies["fine_tuning"]
    assert months(ft.trainings) == approx([3.5, 2.5, 2.5])
    assert months(ft.staleness_pct) == [0, 0, 0]
    assert months(ft.components["training"]) == approx([3.5, 2.5, 2.5])
    assert months(ft.hours) == approx([5.0, 5.0, 5.0])


def test_staleness_divides_by_corpus_after_the_months_additions():
    # corpus 750, added 250, no edits: X = 250; never retrains: U = 250, 500, 750
    # C[m] + added = 1000, 1250, 1500 -> staleness = 25000/1000, 50000/1250, 75000/1500
    #                                                = 25, 40, 50
    result = run(
        horizon_months=3,
        knowledge={"corpus_tokens": 750, "added_tokens_per_month": 250},
        fine_tuning={"knowledge_tokens_per_corpus_token": 1},
    )
    assert months(result.strategies["fine_tuning"].staleness_pct) == approx([25, 40, 50])
    assert months(result.strategies["embeddings"].staleness_pct) == [0, 0, 0]
    assert months(result.strategies["hybrid"].staleness_pct) == [0, 0, 0]


def test_staleness_is_capped_at_100():
    # corpus 1000, 60 % edited: X = 600; U = 600, 1200, 1800
    # staleness = 60, min(120, 100) = 100, min(180, 100) = 100
    result = run(
        horizon_months=3,
        knowledge={"corpus_tokens": 1000, "changed_pct_per_month": 60},
        fine_tuning={"knowledge_tokens_per_corpus_token": 1},
    )
    assert months(result.strategies["fine_tuning"].staleness_pct) == approx([60, 100, 100])


def test_staleness_of_empty_corpus_is_0():
    # C[m] + added = 0 -> 0, even though the model is taught nothing (knowledge tokens 0)
    result = run(horizon_months=2)
    assert months(result.strategies["fine_tuning"].staleness_pct) == [0, 0]


def test_staleness_is_100_when_no_content_is_taught():
    # knowledge_tokens_per_corpus_token = 0 and a non-empty corpus -> 100, even with U = 0
    result = run(horizon_months=2, knowledge={"corpus_tokens": 1000})
    assert months(result.strategies["fine_tuning"].staleness_pct) == [100, 100]


# --------------------------------------------------------------------------------------
# Training and evaluation cost, hybrid schedule
# --------------------------------------------------------------------------------------


def test_training_cost():
    # T[m] = behavior + knowledge_tokens_per_corpus_token * C[m]; cost = T * epochs * price/1e6 * P
    # behavior 1e5, 2 per corpus token, C = 1e5, 1.5e5, 3 epochs, price 2, P = 1, trains monthly
    # m = 0: T = 1e5 + 2 * 1e5   = 3e5 -> 3e5 * 3 * 2 / 1e6 = 1.8
    # m = 1: T = 1e5 + 2 * 1.5e5 = 4e5 -> 4e5 * 3 * 2 / 1e6 = 2.4
    # hybrid, T = behavior only  = 1e5 -> 1e5 * 3 * 2 / 1e6 = 0.6 (trains monthly too)
    result = run(
        horizon_months=2,
        knowledge={"corpus_tokens": 1e5, "added_tokens_per_month": 5e4},
        fine_tuned_model={"training_per_1m": 2},
        fine_tuning={
            "behavior_training_tokens": 1e5,
            "knowledge_tokens_per_corpus_token": 2,
            "epochs": 3,
            "retrain_policy": "every_n_months",
            "retrain_every_months": 1,
        },
        hybrid={"retrain_every_months": 1},
    )
    assert months(result.strategies["fine_tuning"].components["training"]) == approx([1.8, 2.4])
    assert months(result.strategies["hybrid"].components["training"]) == approx([0.6, 0.6])
    assert months(result.strategies["embeddings"].components["training"]) == [0, 0]


def test_evaluation_cost():
    # eval = eval_queries * q at fine-tuned prices (in 1, out 2) * P, in training months only
    # input 100, output 50, tuned instructions 200 (the base model's 5000 play no part),
    # r = 2 * 150 = 300
    # fine_tuning q(200, 0):   (100 + 0 + 200) * 1 + 50 * 2 = 400 -> 1000 * 400/1e6 = 0.4
    # hybrid      q(200, 300): (100 + 300 + 200) * 1 + 50 * 2 = 700 -> 1000 * 700/1e6 = 0.7
    # both train only at m = 0 -> month 1 is 0
    result = run(
        horizon_months=2,
        workload={
            "input_tokens_per_query": 100,
            "output_tokens_per_query": 50,
            "instruction_tokens": 5000,
            "instruction_tokens_fine_tuned": 200,
        },
        retrieval={"top_k": 2, "chunk_tokens": 150},
        fine_tuned_model={"input_per_1m": 1, "output_per_1m": 2},
        fine_tuning={"eval_queries_per_training": 1000},
    )
    assert months(result.strategies["fine_tuning"].components["evaluation"]) == approx([0.4, 0])
    assert months(result.strategies["hybrid"].components["evaluation"]) == approx([0.7, 0])
    assert months(result.strategies["embeddings"].components["evaluation"]) == [0, 0]


def test_hybrid_schedule():
    # every 2 months: m = 0, then m % 2 == 0 -> 0, 2, 4
    result = run(horizon_months=5, hybrid={"retrain_every_months": 2})
    assert months(result.strategies["hybrid"].trainings) == [1, 0, 1, 0, 1]
    # 0 = never after the first
    result = run(horizon_months=5, hybrid={"retrain_every_months": 0})
    assert months(result.strategies["hybrid"].trainings) == [1, 0, 0, 0, 0]


# --------------------------------------------------------------------------------------
# Per strategy, month m
# --------------------------------------------------------------------------------------


def test_inference_per_strategy():
    # Q = 1000, input 10, output 20, instructions 300 (base) / 50 (tuned), r = 2 * 100 = 200
    # embeddings, base (in 1, out 3), q(300, 200):  (10 + 200 + 300) * 1 + 20 * 3 = 570
    #   -> 1000 * 570/1e6 = 0.57
    # fine_tuning, tuned (in 2, out 4), q(50, 0):   (10 + 0 + 50) * 2 + 20 * 4 = 200 -> 0.2
    # hybrid, tuned, q(50, 200):                    (10 + 200 + 50) * 2 + 20 * 4 = 600 -> 0.6
    result = run(
        workload={
            "queries_per_month": 1000,
            "input_tokens_per_query": 10,
            "output_tokens_per_query": 20,
            "instruction_tokens": 300,
            "instruction_tokens_fine_tuned": 50,
        },
        retrieval={"top_k": 2, "chunk_tokens": 100},
        base_model={"input_per_1m": 1, "output_per_1m": 3},
        fine_tuned_model={"input_per_1m": 2, "output_per_1m": 4},
    )
    assert result.strategies["embeddings"].components["inference"][0, 0] == approx(0.57)
    assert result.strategies["fine_tuning"].components["inference"][0, 0] == approx(0.2)
    assert result.strategies["hybrid"].components["inference"][0, 0] == approx(0.6)


def test_hosting():
    # 730 * hosting_per_hour + monthly_fee = 730 * 0.5 + 100 = 365 + 100 = 465 every month
    result = run(horizon_months=2, fine_tuned_model={"hosting_per_hour": 0.5, "monthly_fee": 100})
    assert months(result.strategies["fine_tuning"].components["hosting"]) == approx([465, 465])
    assert months(result.strategies["hybrid"].components["hosting"]) == approx([465, 465])
    assert months(result.strategies["embeddings"].components["hosting"]) == [0, 0]


def test_hours_and_engineering_per_strategy():
    # setup 10/20/30, monitoring 1/2/3, 2 incidents at 0.5/1/1.5 hours,
    # content updates 4 * 0.25 = 1 hour (embeddings, hybrid),
    # 5 hours per retrain; fine_tuning trains every month, hybrid every 2 months (m = 0, 2)
    # embeddings:  m=0: 10 + 1 + 2*0.5 + 1 = 13;  m=1,2: 1 + 1 + 1 = 3
    # fine_tuning: m=0: 20 + 2 + 2*1 + 5*(1-1) = 24;  m=1,2: 2 + 2 + 5*(1-0) = 9
    # hybrid:      m=0: 30 + 3 + 2*1.5 + 1 + 5*(1-1) = 37;  m=1: 3 + 3 + 1 + 5*0 = 7;
    #              m=2: 3 + 3 + 1 + 5*1 = 12
    # engineering = 50 per hour * hours
    result = run(
        horizon_months=3,
        knowledge={"updates_per_month": 4},
        fine_tuning={"retrain_policy": "every_n_months", "retrain_every_months": 1},
        hybrid={"retrain_every_months": 2},
        effort={
            "hourly_rate": 50,
            "setup_hours": {"embeddings": 10, "fine_tuning": 20, "hybrid": 30},
            "monitoring_hours_per_month": {"embeddings": 1, "fine_tuning": 2, "hybrid": 3},
            "hours_per_content_update": 0.25,
            "hours_per_retrain": 5,
            "incidents_per_month": {"embeddings": 2, "fine_tuning": 2, "hybrid": 2},
            "hours_per_incident": {"embeddings": 0.5, "fine_tuning": 1, "hybrid": 1.5},
        },
    )
    s = result.strategies
    assert months(s["embeddings"].hours) == approx([13, 3, 3])
    assert months(s["fine_tuning"].hours) == approx([24, 9, 9])
    assert months(s["hybrid"].hours) == approx([37, 7, 12])
    assert months(s["embeddings"].components["engineering"]) == approx([650, 150, 150])
    assert months(s["fine_tuning"].components["engineering"]) == approx([1200, 450, 450])
    assert months(s["hybrid"].components["engineering"]) == approx([1850, 350, 600])


def test_total_and_cumulative():
    # Q = 1e6 queries of 1 input token; everything priced at 1 per 1M tokens:
    # embeddings: embedding 1 + vector_store (minimum) 5 + inference 1 + engineering 100 = 107
    #   total 107, 107, 107 -> cumulative 107, 214, 321
    # fine_tuning: inference 1 + hosting 10 + engineering 100 = 111 every month, plus at m = 0
    #   training 1e6 * 1/1e6 = 1 and evaluation 1e6 * 1/1e6 = 1
    #   total 113, 111, 111 -> cumulative 113, 224, 335
    result = run(
        horizon_months=3,
        workload={"queries_per_month": 1e6, "input_tokens_per_query": 1},
        retrieval={"embedding_price_per_1m": 1, "vector_store_monthly_minimum": 5},
        base_model={"input_per_1m": 1},
        fine_tuned_model={"input_per_1m": 1, "training_per_1m": 1, "monthly_fee": 10},
        fine_tuning={"behavior_training_tokens": 1e6, "eval_queries_per_training": 1e6},
        effort={
            "hourly_rate": 100,
            "monitoring_hours_per_month": {"embeddings": 1, "fine_tuning": 1},
        },
    )
    emb = result.strategies["embeddings"]
    ft = result.strategies["fine_tuning"]
    assert months(emb.total) == approx([107, 107, 107])
    assert months(emb.cumulative) == approx([107, 214, 321])
    assert months(ft.total) == approx([113, 111, 111])
    assert months(ft.cumulative) == approx([113, 224, 335])


# --------------------------------------------------------------------------------------
# Summary figures, break-even, cheapest
# --------------------------------------------------------------------------------------


def test_summary_figures():
    # Q = 1000, 2000, 4000 (growth 100 %) -> sum(Q) = 7000
    # embeddings: vector store minimum 70 a month -> total 70, 70, 70; 2 monitoring hours a month
    #   total_cost = 210; total_hours = 6; cost_per_1k_queries = 210 / (7000/1000) = 30
    #   present_value at 10 %/year = 70 * (1 + 1.1**(-1/12) + 1.1**(-2/12))
    # fine_tuning: corpus 1000, 10 % edited (X = 100), retrains every 2 months -> m = 0, 2
    #   trainings = 2; U = 100, 200, 100 -> staleness 10, 20, 10
    #   mean = 40/3 = 13.33..., max = 20
    # hybrid never retrains: trainings = 1
    result = run(
        horizon_months=3,
        workload={"queries_per_month": 1000, "monthly_growth_pct": 100},
        knowledge={"corpus_tokens": 1000, "changed_pct_per_month": 10},
        retrieval={"vector_store_monthly_minimum": 70},
        fine_tuning={
            "knowledge_tokens_per_corpus_token": 1,
            "retrain_policy": "every_n_months",
            "retrain_every_months": 2,
        },
        effort={"hourly_rate": 0, "monitoring_hours_per_month": {"embeddings": 2}},
        finance={"discount_rate_pct_per_year": 10},
    )
    emb = result.summary.strategies["embeddings"]
    assert emb["total_cost"][0] == approx(210)
    assert emb["total_hours"][0] == approx(6)
    assert emb["cost_per_1k_queries"][0] == approx(30)
    assert emb["present_value"][0] == approx(70 * (1 + 1.1 ** (-1 / 12) + 1.1 ** (-2 / 12)))
    assert emb["present_value"][0] == pytest.approx(
        208.34, abs=0.01
    )  # 70 * (1 + 0.99209 + 0.98424)
    ft = result.summary.strategies["fine_tuning"]
    assert ft["trainings"][0] == 2
    assert ft["mean_staleness_pct"][0] == approx(40 / 3)
    assert ft["max_staleness_pct"][0] == approx(20)
    assert result.summary.strategies["hybrid"]["trainings"][0] == 1
    assert emb["trainings"][0] == 0
    assert emb["mean_staleness_pct"][0] == 0


def test_cost_per_1k_queries_is_null_without_queries():
    # sum(Q) = 0 -> no cost per 1k queries (NaN in the engine, null in the JSON)
    result = run(horizon_months=2, retrieval={"vector_store_monthly_minimum": 70})
    for key in ("embeddings", "fine_tuning", "hybrid"):
        assert math.isnan(result.summary.strategies[key]["cost_per_1k_queries"][0])
    assert result.summary.strategies["embeddings"]["total_cost"][0] == approx(140)


# fine_tuning: fee 50 a month, retrains every 3 months; each retraining after the first costs
#   2 hours * 100 = 200 (the first is part of setup) -> totals 50, 50, 50, 250, 50, 50
#   cumulative 50, 100, 150, 400, 450, 500
# embeddings: vector store minimum 90 -> cumulative 90, 180, 270, 360, 450, 540
# hybrid: fee 50 + vector store 90 = 140 a month -> cumulative 140, 280, 420, 560, 700, 840
CROSSING = {
    "retrieval": {"vector_store_monthly_minimum": 90},
    "fine_tuned_model": {"monthly_fee": 50},
    "fine_tuning": {"retrain_policy": "every_n_months", "retrain_every_months": 3},
    "effort": {"hourly_rate": 100, "hours_per_retrain": 2},
}


def test_break_even_after_the_last_crossing():
    # fine_tuning <= embeddings?  month 1: 50<=90 yes, 2: 100<=180 yes, 3: 150<=270 yes,
    #   4: 400<=360 NO, 5: 450<=450 yes (equal counts), 6: 500<=540 yes
    #   -> cheaper early, dearer in month 4, cheaper from month 5 on: break-even 5 (not 1)
    result = run(horizon_months=6, **CROSSING)
    assert months(result.strategies["fine_tuning"].cumulative) == approx(
        [50, 100, 150, 400, 450, 500]
    )
    assert months(result.strategies["embeddings"].cumulative) == approx(
        [90, 180, 270, 360, 450, 540]
    )
    assert result.summary.break_even["fine_tuning_vs_embeddings"][0] == 5
    # hybrid (140, 280, ...) is dearer than embeddings in every month -> never (0)
    assert result.summary.break_even["hybrid_vs_embeddings"][0] == 0
    # fine_tuning <= hybrid in every month (400 <= 560 in month 4) -> 1
    assert result.summary.break_even["fine_tuning_vs_hybrid"][0] == 1


def test_break_even_never_when_dearer_at_the_horizon():
    # the same scenario cut at 4 months: fine_tuning is cheaper in months 1-3 but
    # 400 > 360 at the horizon -> never (0, null in the JSON)
    result = run(horizon_months=4, **CROSSING)
    assert result.summary.break_even["fine_tuning_vs_embeddings"][0] == 0


def test_break_even_when_setup_pays_back():
    # fine_tuning: setup 2.5 hours * 100 = 250 in month 0, nothing after -> cumulative 250 x 4
    # embeddings: vector store minimum 100 -> cumulative 100, 200, 300, 400
    # 250<=100 no, 250<=200 no, 250<=300 yes, 250<=400 yes -> break-even month 3
    result = run(
        horizon_months=4,
        retrieval={"vector_store_monthly_minimum": 100},
        effort={"hourly_rate": 100, "setup_hours": {"fine_tuning": 2.5}},
    )
    assert result.summary.break_even["fine_tuning_vs_embeddings"][0] == 3


def test_cheapest_with_tie_order():
    def cheapest(embeddings: float, fine_tuning: float, hybrid: float) -> str:
        # total_cost = setup hours * 1 per hour, nothing else
        setup = {"embeddings": embeddings, "fine_tuning": fine_tuning, "hybrid": hybrid}
        return run(effort={"hourly_rate": 1, "setup_hours": setup}).summary.cheapest_key()

    assert cheapest(embeddings=10, fine_tuning=4, hybrid=5) == "fine_tuning"  # lowest total
    assert cheapest(embeddings=10, fine_tuning=5, hybrid=4) == "hybrid"  # lowest total
    assert cheapest(embeddings=5, fine_tuning=5, hybrid=5) == "embeddings"  # 3-way tie
    assert cheapest(embeddings=5, fine_tuning=5, hybrid=10) == "embeddings"  # tie with fine_tuning
    assert cheapest(embeddings=10, fine_tuning=5, hybrid=5) == "hybrid"  # tie: hybrid before ft
