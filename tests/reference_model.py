"""A plain, slow, per-month reference implementation of the cost model in MODEL.md.

This module is a test oracle for the vectorised engine. It is deliberately written as
plain Python loops over months, one strategy at a time, using MODEL.md's own names
(Q, C, X, f, P, r, q(s, c), U, T, ...), so that every line can be compared with the
formulas in MODEL.md section "Formulas, month m". It uses only the ``math`` module and
imports nothing from the application.

Input is a fully populated scenario dict in MODEL.md's scenario file layout (no defaults
are filled in here); output is a dict shaped like MODEL.md's result JSON without "advice".

Places where MODEL.md is ambiguous are marked ``# AMBIGUITY: ...``.
"""

# MODEL.md's single-letter upper-case names are kept on purpose (Q, C, X, P, U, T, V, GB, H).
# ruff: noqa: N802, N803, N806

from __future__ import annotations

import math
from typing import Any

STRATEGIES: tuple[str, ...] = ("embeddings", "fine_tuning", "hybrid")
"""Strategy keys, in MODEL.md's order."""

CHEAPEST_TIE_ORDER: tuple[str, ...] = ("embeddings", "hybrid", "fine_tuning")
"""MODEL.md: ties for "cheapest" go to embeddings, then hybrid, then fine_tuning."""

HOURS_PER_MONTH: float = 730.0
"""MODEL.md: a month has 730 hours (8,760 / 12)."""

BYTES_PER_FLOAT32: int = 4
"""MODEL.md: a float32 vector dimension is 4 bytes."""

MONTHLY_KEYS: tuple[str, ...] = (
    "queries",
    "embedding",
    "vector_store",
    "inference",
    "training",
    "evaluation",
    "hosting",
    "engineering",
    "total",
    "cumulative",
    "hours",
    "trainings",
    "staleness_pct",
)

COST_COMPONENTS: tuple[str, ...] = (
    "embedding",
    "vector_store",
    "inference",
    "training",
    "evaluation",
    "hosting",
    "engineering",
)
"""The seven components whose sum is total[m]."""


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------


def first_month(m: int) -> float:
    """MODEL.md's ``[m=0]`` term: 1 in month 0, else 0."""
    return 1.0 if m == 0 else 0.0


def cadence(value: float) -> int | float:
    """A retrain cadence in months; whole-number floats such as 3.0 become the int 3."""
    if float(value).is_integer():
        return int(value)
    # AMBIGUITY: MODEL.md only shows whole-month cadences. A non-whole cadence (e.g. 2.5,
    # which an uncertainty draw could produce) is kept as a float and the rule
    # ``m % n == 0`` is applied literally (2.5 -> trainings at m = 5, 10, 15, ...).
    return float(value)


def is_due(m: int, n: int | float) -> bool:
    """MODEL.md's cadence test ``m % n == 0`` (n > 0)."""
    return m % n == 0


# --------------------------------------------------------------------------------------
# Shared quantities (MODEL.md "Shared quantities")
# --------------------------------------------------------------------------------------


def Q_of(scenario: dict[str, Any], m: int) -> float:
    """``Q[m] = queries_per_month * (1 + monthly_growth_pct/100)**m``."""
    workload = scenario["workload"]
    return workload["queries_per_month"] * (1 + workload["monthly_growth_pct"] / 100) ** m


def C_of(scenario: dict[str, Any], m: int) -> float:
    """``C[m] = corpus_tokens + added_tokens_per_month * m`` (corpus at the start of month m)."""
    knowledge = scenario["knowledge"]
    return knowledge["corpus_tokens"] + knowledge["added_tokens_per_month"] * m


def X_of(scenario: dict[str, Any], m: int) -> float:
    """``X[m] = C[m] * changed_pct_per_month/100 + added_tokens_per_month``."""
    knowledge = scenario["knowledge"]
    # AMBIGUITY: X[0] is taken literally, so month 0 has both the initial build
    # ([m=0] * C[0]) and a normal month's changes/additions X[0] on top.
    return (
        C_of(scenario, m) * knowledge["changed_pct_per_month"] / 100
        + knowledge["added_tokens_per_month"]
    )


def f_of(scenario: dict[str, Any]) -> float:
    """``f = 1 + chunk_overlap_pct/100`` (embedded tokens per corpus token)."""
    return 1 + scenario["retrieval"]["chunk_overlap_pct"] / 100


def P_of(scenario: dict[str, Any], m: int) -> float:
    """``P[m] = (1 + price_change_pct_per_year/100)**(m/12)``, on per-token prices only."""
    return (1 + scenario["market"]["price_change_pct_per_year"] / 100) ** (m / 12)


def r_of(scenario: dict[str, Any]) -> float:
    """``r = top_k * chunk_tokens`` (retrieved context tokens per query)."""
    retrieval = scenario["retrieval"]
    return retrieval["top_k"] * retrieval["chunk_tokens"]


def q(scenario: dict[str, Any], prices: dict[str, Any], s: float, c: float) -> float:
    """Per-query cost ``q(s, c)`` at the given model prices (before the P[m] factor).

    ``q(s, c) = ((input_tokens_per_query + c + s*(1-k)) * in + s*k * cached_or_in
    + output_tokens_per_query * out) / 1e6`` with ``k = cached_instruction_share_pct/100``.
    """
    workload = scenario["workload"]
    k = workload["cached_instruction_share_pct"] / 100
    price_in = prices["input_per_1m"]
    cached = prices["cached_input_per_1m"]
    cached_or_in = price_in if cached is None else cached
    price_out = prices["output_per_1m"]
    return (
        (workload["input_tokens_per_query"] + c + s * (1 - k)) * price_in
        + s * k * cached_or_in
        + workload["output_tokens_per_query"] * price_out
    ) / 1e6


# --------------------------------------------------------------------------------------
# Retrieval part (embeddings and hybrid, identical)
# --------------------------------------------------------------------------------------


def retrieval_embedding(scenario: dict[str, Any], m: int) -> float:
    """``embedding[m] = P[m] * price/1e6 * ([m=0]*C[0]*f + X[m]*f + Q[m]*input_tokens)``."""
    retrieval = scenario["retrieval"]
    workload = scenario["workload"]
    f = f_of(scenario)
    return (
        P_of(scenario, m)
        * retrieval["embedding_price_per_1m"]
        / 1e6
        * (
            first_month(m) * C_of(scenario, 0) * f
            + X_of(scenario, m) * f
            + Q_of(scenario, m) * workload["input_tokens_per_query"]
        )
    )


def retrieval_vector_store(scenario: dict[str, Any], m: int) -> float:
    """``vector_store[m] = max(minimum, storage + reads + writes)`` (no P[m] factor)."""
    retrieval = scenario["retrieval"]
    f = f_of(scenario)
    chunk_tokens = retrieval["chunk_tokens"]
    b = (
        retrieval["embedding_dimensions"] * BYTES_PER_FLOAT32
        + retrieval["metadata_bytes_per_vector"]
    )
    V = C_of(scenario, m) * f / chunk_tokens
    GB = V * b / 1e9
    read_units = Q_of(scenario, m) * max(
        retrieval["min_read_units_per_query"],
        retrieval["read_units_per_query_per_gb"] * GB,
    )
    write_units = (
        (
            first_month(m) * C_of(scenario, 0) * f / chunk_tokens
            + X_of(scenario, m) * f / chunk_tokens
        )
        * b
        / 1000
        * retrieval["write_units_per_kb"]
    )
    usage = (
        GB * retrieval["vector_storage_per_gb_month"]
        + read_units / 1e6 * retrieval["read_price_per_1m_units"]
        + write_units / 1e6 * retrieval["write_price_per_1m_units"]
    )
    return max(retrieval["vector_store_monthly_minimum"], usage)


# --------------------------------------------------------------------------------------
# Training schedules
# --------------------------------------------------------------------------------------


def staleness_pct_of(scenario: dict[str, Any], m: int, U: float) -> float:
    """Fine-tuning staleness after month m's changes, per MODEL.md's rules."""
    corpus_after_changes = C_of(scenario, m) + scenario["knowledge"]["added_tokens_per_month"]
    # AMBIGUITY: the rules are applied in the order MODEL.md lists them: an empty corpus
    # gives 0 even when knowledge_tokens_per_corpus_token == 0 (nothing can be stale).
    if corpus_after_changes == 0:
        return 0.0
    if scenario["fine_tuning"]["knowledge_tokens_per_corpus_token"] == 0:
        return 100.0
    return min(100.0, 100 * U / corpus_after_changes)


def fine_tuning_schedule(scenario: dict[str, Any], H: int) -> tuple[list[float], list[float]]:
    """Return (trainings[m], staleness_pct[m]) of the fine_tuning strategy for m = 0..H-1."""
    fine_tuning = scenario["fine_tuning"]
    policy = fine_tuning["retrain_policy"]
    updates_per_month = scenario["knowledge"]["updates_per_month"]
    if policy not in ("never", "every_n_months", "changed_pct", "every_update"):
        raise ValueError(f"unknown retrain_policy {policy!r}")
    n: int | float = 0
    if policy == "every_n_months":
        n = cadence(fine_tuning["retrain_every_months"])
        if n < 1:
            # MODEL.md: retrain_every_months is >= 1 for every_n_months; refuse, do not guess.
            raise ValueError("fine_tuning.retrain_every_months must be >= 1 for every_n_months")

    trainings: list[float] = []
    staleness: list[float] = []
    U = 0.0
    for m in range(H):
        if policy == "every_update":
            # AMBIGUITY: every_update keeps U = 0 every month, as MODEL.md says, even when
            # updates_per_month == 0 (then no retraining happens after m = 0, yet staleness
            # stays 0). Its trainings during month m all use T[m], i.e. C[m].
            count = first_month(m) + updates_per_month
            U = 0.0
        else:
            if m == 0:
                train = True  # one training at m = 0 on C[0]
            elif policy == "every_n_months":
                train = is_due(m, n)
            elif policy == "changed_pct":
                # AMBIGUITY: U here is what accumulated through month m-1; it is compared
                # with the corpus at the start of month m, C[m], exactly as written. U is
                # tracked (and triggers retraining) even if knowledge_tokens_per_corpus_token
                # is 0, since MODEL.md makes no exception for it.
                C = C_of(scenario, m)
                train = U > 0 and U >= fine_tuning["retrain_changed_pct"] / 100 * C  # noqa: SIM300
            else:  # never
                train = False
            count = 1.0 if train else 0.0
            if train:
                U = 0.0
            U += X_of(scenario, m)
        trainings.append(count)
        staleness.append(staleness_pct_of(scenario, m, U))
    return trainings, staleness


def hybrid_schedule(scenario: dict[str, Any], H: int) -> list[float]:
    """Return trainings[m] of the hybrid's behaviour model for m = 0..H-1."""
    n = cadence(scenario["hybrid"]["retrain_every_months"])
    trainings: list[float] = []
    for m in range(H):
        # AMBIGUITY: MODEL.md retrains only "when > 0"; a value <= 0 means never after m = 0.
        train = m == 0 or (n > 0 and is_due(m, n))
        trainings.append(1.0 if train else 0.0)
    return trainings


def training_cost_per_run(scenario: dict[str, Any], m: int, T: float) -> float:
    """One training at month m: ``T * epochs * training_per_1m/1e6 * P[m]``."""
    return (
        T
        * scenario["fine_tuning"]["epochs"]
        * scenario["fine_tuned_model"]["training_per_1m"]
        / 1e6
        * P_of(scenario, m)
    )


def evaluation_cost_per_run(scenario: dict[str, Any], m: int, c: float) -> float:
    """One evaluation: ``eval_queries * q(instruction_tokens_fine_tuned, c) * P[m]``.

    q is taken at the fine-tuned model's prices.
    """
    s = scenario["workload"]["instruction_tokens_fine_tuned"]
    return (
        scenario["fine_tuning"]["eval_queries_per_training"]
        * q(scenario, scenario["fine_tuned_model"], s, c)
        * P_of(scenario, m)
    )


# --------------------------------------------------------------------------------------
# One strategy, month by month
# --------------------------------------------------------------------------------------


def hours_of(scenario: dict[str, Any], strategy: str, m: int, trainings_m: float) -> float:
    """``hours[m]`` of one strategy (MODEL.md, below the component table)."""
    effort = scenario["effort"]
    hours = (
        first_month(m) * effort["setup_hours"][strategy]
        + effort["monitoring_hours_per_month"][strategy]
        + effort["incidents_per_month"] * effort["hours_per_incident"][strategy]
    )
    if strategy in ("embeddings", "hybrid"):
        hours += scenario["knowledge"]["updates_per_month"] * effort["hours_per_content_update"]
    if strategy in ("fine_tuning", "hybrid"):
        # The first training's effort is part of setup, hence "- [m=0]".
        hours += effort["hours_per_retrain"] * (trainings_m - first_month(m))
    return hours


def simulate_embeddings(scenario: dict[str, Any], H: int) -> dict[str, list[float]]:
    """Monthly series of the ``embeddings`` strategy."""
    monthly: dict[str, list[float]] = {key: [] for key in MONTHLY_KEYS}
    r = r_of(scenario)
    s = scenario["workload"]["instruction_tokens"]
    for m in range(H):
        Q = Q_of(scenario, m)
        hours = hours_of(scenario, "embeddings", m, 0.0)
        row = {
            "queries": Q,
            "embedding": retrieval_embedding(scenario, m),
            "vector_store": retrieval_vector_store(scenario, m),
            "inference": Q * q(scenario, scenario["base_model"], s, r) * P_of(scenario, m),
            "training": 0.0,
            "evaluation": 0.0,
            "hosting": 0.0,
            "engineering": scenario["effort"]["hourly_rate"] * hours,
            "hours": hours,
            "trainings": 0.0,
            "staleness_pct": 0.0,
        }
        append_month(monthly, row)
    return monthly


def simulate_fine_tuning(scenario: dict[str, Any], H: int) -> dict[str, list[float]]:
    """Monthly series of the ``fine_tuning`` strategy."""
    monthly: dict[str, list[float]] = {key: [] for key in MONTHLY_KEYS}
    trainings, staleness = fine_tuning_schedule(scenario, H)
    s = scenario["workload"]["instruction_tokens_fine_tuned"]
    knowledge_per_token = scenario["fine_tuning"]["knowledge_tokens_per_corpus_token"]
    hosting = (
        HOURS_PER_MONTH * scenario["fine_tuned_model"]["hosting_per_hour"]
        + scenario["fine_tuned_model"]["monthly_fee"]
    )
    for m in range(H):
        Q = Q_of(scenario, m)
        T = scenario["fine_tuning"]["behavior_training_tokens"] + knowledge_per_token * C_of(
            scenario, m
        )
        hours = hours_of(scenario, "fine_tuning", m, trainings[m])
        row = {
            "queries": Q,
            "embedding": 0.0,
            "vector_store": 0.0,
            "inference": Q * q(scenario, scenario["fine_tuned_model"], s, 0) * P_of(scenario, m),
            "training": trainings[m] * training_cost_per_run(scenario, m, T),
            "evaluation": trainings[m] * evaluation_cost_per_run(scenario, m, 0),
            "hosting": hosting,
            "engineering": scenario["effort"]["hourly_rate"] * hours,
            "hours": hours,
            "trainings": trainings[m],
            "staleness_pct": staleness[m],
        }
        append_month(monthly, row)
    return monthly


def simulate_hybrid(scenario: dict[str, Any], H: int) -> dict[str, list[float]]:
    """Monthly series of the ``hybrid`` strategy."""
    monthly: dict[str, list[float]] = {key: [] for key in MONTHLY_KEYS}
    trainings = hybrid_schedule(scenario, H)
    r = r_of(scenario)
    s = scenario["workload"]["instruction_tokens_fine_tuned"]
    T = scenario["fine_tuning"]["behavior_training_tokens"]  # no content
    hosting = (
        HOURS_PER_MONTH * scenario["fine_tuned_model"]["hosting_per_hour"]
        + scenario["fine_tuned_model"]["monthly_fee"]
    )
    for m in range(H):
        Q = Q_of(scenario, m)
        hours = hours_of(scenario, "hybrid", m, trainings[m])
        row = {
            "queries": Q,
            "embedding": retrieval_embedding(scenario, m),
            "vector_store": retrieval_vector_store(scenario, m),
            "inference": Q * q(scenario, scenario["fine_tuned_model"], s, r) * P_of(scenario, m),
            # AMBIGUITY: the hybrid uses fine_tuning.epochs and
            # fine_tuning.eval_queries_per_training (MODEL.md has no hybrid fields for them).
            "training": trainings[m] * training_cost_per_run(scenario, m, T),
            "evaluation": trainings[m] * evaluation_cost_per_run(scenario, m, r),
            "hosting": hosting,
            "engineering": scenario["effort"]["hourly_rate"] * hours,
            "hours": hours,
            "trainings": trainings[m],
            # MODEL.md: staleness is 0 for strategies other than fine_tuning.
            "staleness_pct": 0.0,
        }
        append_month(monthly, row)
    return monthly


def append_month(monthly: dict[str, list[float]], row: dict[str, float]) -> None:
    """Append one month: the components, ``total`` = their sum, ``cumulative`` = running sum."""
    total = sum(row[component] for component in COST_COMPONENTS)
    previous = monthly["cumulative"][-1] if monthly["cumulative"] else 0.0
    for key, value in row.items():
        monthly[key].append(float(value))
    monthly["total"].append(total)
    monthly["cumulative"].append(previous + total)


# --------------------------------------------------------------------------------------
# Summary, break-even, cheapest
# --------------------------------------------------------------------------------------


def summarise(scenario: dict[str, Any], monthly: dict[str, list[float]]) -> dict[str, Any]:
    """The strategy's ``summary`` block."""
    rate = scenario["finance"]["discount_rate_pct_per_year"]
    total_cost = sum(monthly["total"])
    total_queries = sum(monthly["queries"])
    present_value = sum(
        total * (1 + rate / 100) ** (-m / 12) for m, total in enumerate(monthly["total"])
    )
    staleness = monthly["staleness_pct"]
    return {
        "total_cost": total_cost,
        "total_hours": sum(monthly["hours"]),
        # AMBIGUITY: "no queries" is read as sum(Q) == 0 over the horizon.
        "cost_per_1k_queries": None if total_queries == 0 else total_cost / (total_queries / 1000),
        "present_value": present_value,
        "trainings": sum(monthly["trainings"]),
        # AMBIGUITY: mean/max staleness are the plain mean/max over the H monthly values.
        "mean_staleness_pct": sum(staleness) / len(staleness),
        "max_staleness_pct": max(staleness),
    }


def break_even(cumulative_a: list[float], cumulative_b: list[float]) -> int | None:
    """Earliest 1-based month M with ``cumulative_a <= cumulative_b`` in M and every later month."""
    # AMBIGUITY: the comparison is exact (no tolerance), as written in MODEL.md; a vectorised
    # engine may differ from this oracle when two cumulatives are equal up to rounding noise.
    M: int | None = None
    for m in range(len(cumulative_a) - 1, -1, -1):  # walk back from the horizon
        if cumulative_a[m] <= cumulative_b[m]:
            M = m + 1
        else:
            break
    return M


def cheapest(summaries: dict[str, dict[str, Any]]) -> str:
    """Lowest total_cost; ties go to embeddings, then hybrid, then fine_tuning."""
    best = CHEAPEST_TIE_ORDER[0]
    for key in CHEAPEST_TIE_ORDER[1:]:
        if summaries[key]["total_cost"] < summaries[best]["total_cost"]:  # strict: ties keep best
            best = key
    return best


# --------------------------------------------------------------------------------------
# Public entry point
# --------------------------------------------------------------------------------------


def reference_simulate(scenario: dict) -> dict:
    """Simulate all three strategies; return MODEL.md's result dict without "advice"."""
    H = int(scenario["horizon_months"])
    monthly_by_strategy = {
        "embeddings": simulate_embeddings(scenario, H),
        "fine_tuning": simulate_fine_tuning(scenario, H),
        "hybrid": simulate_hybrid(scenario, H),
    }
    strategies = {
        key: {"monthly": monthly, "summary": summarise(scenario, monthly)}
        for key, monthly in monthly_by_strategy.items()
    }
    cumulative = {key: monthly["cumulative"] for key, monthly in monthly_by_strategy.items()}
    return {
        "format": "embed-or-tune/result",
        "schema_version": 1,
        "scenario": scenario["name"],
        "currency": scenario["currency"],
        "horizon_months": H,
        "strategies": strategies,
        "break_even": {
            "fine_tuning_vs_embeddings": break_even(
                cumulative["fine_tuning"], cumulative["embeddings"]
            ),
            "hybrid_vs_embeddings": break_even(cumulative["hybrid"], cumulative["embeddings"]),
            "fine_tuning_vs_hybrid": break_even(cumulative["fine_tuning"], cumulative["hybrid"]),
        },
        "cheapest": cheapest({key: value["summary"] for key, value in strategies.items()}),
    }


def default_scenario() -> dict:
    """MODEL.md's defaults table, exactly as given, with horizon 36, name "Defaults", USD."""
    return {
        "format": "embed-or-tune/scenario",
        "schema_version": 1,
        "name": "Defaults",
        "notes": "",
        "currency": "USD",
        "horizon_months": 36,
        "workload": {
            "queries_per_month": 50000,
            "monthly_growth_pct": 3,
            "input_tokens_per_query": 60,
            "output_tokens_per_query": 250,
            "instruction_tokens": 800,
            "instruction_tokens_fine_tuned": 100,
            "cached_instruction_share_pct": 0,
        },
        "knowledge": {
            "corpus_tokens": 2000000,
            "added_tokens_per_month": 50000,
            "changed_pct_per_month": 5,
            "updates_per_month": 4.35,
        },
        "retrieval": {
            "embedding_price_per_1m": 0.02,
            "embedding_dimensions": 1536,
            "chunk_tokens": 500,
            "chunk_overlap_pct": 10,
            "top_k": 5,
            "metadata_bytes_per_vector": 1000,
            "vector_storage_per_gb_month": 0.33,
            "read_price_per_1m_units": 16,
            "read_units_per_query_per_gb": 1,
            "min_read_units_per_query": 0.25,
            "write_price_per_1m_units": 4,
            "write_units_per_kb": 1,
            "vector_store_monthly_minimum": 0,
        },
        "base_model": {
            "input_per_1m": 0.15,
            "cached_input_per_1m": 0.075,
            "output_per_1m": 0.60,
        },
        "fine_tuned_model": {
            "input_per_1m": 0.30,
            "cached_input_per_1m": 0.15,
            "output_per_1m": 1.20,
            "training_per_1m": 3.00,
            "hosting_per_hour": 0,
            "monthly_fee": 0,
        },
        "fine_tuning": {
            "behavior_training_tokens": 200000,
            "knowledge_tokens_per_corpus_token": 2,
            "epochs": 3,
            "retrain_policy": "every_n_months",
            "retrain_every_months": 3,
            "retrain_changed_pct": 10,
            "eval_queries_per_training": 500,
        },
        "hybrid": {"retrain_every_months": 12},
        "effort": {
            "hourly_rate": 95,
            "setup_hours": {"embeddings": 80, "fine_tuning": 120, "hybrid": 160},
            "monitoring_hours_per_month": {"embeddings": 4, "fine_tuning": 6, "hybrid": 8},
            "hours_per_content_update": 0.25,
            "hours_per_retrain": 24,
            "incidents_per_month": 2,
            "hours_per_incident": {"embeddings": 1.5, "fine_tuning": 6, "hybrid": 3},
        },
        "market": {"price_change_pct_per_year": 0},
        "finance": {"discount_rate_pct_per_year": 0},
        "checklist": {
            "needs_my_content": "unsure",
            "content_changes": "unsure",
            "needs_strict_format": "unsure",
            "assistants_can_enforce": "unsure",
            "behavior_changes_often": "unsure",
            "purely_behavioral_stable": "unsure",
        },
        "uncertainty": [],
    }


if __name__ == "__main__":
    result = reference_simulate(default_scenario())
    for key in STRATEGIES:
        print(f"{key:12s} total_cost = {result['strategies'][key]['summary']['total_cost']:.6f}")
    print("break_even:", result["break_even"], "cheapest:", result["cheapest"])
    embeddings_month_0 = {
        name: values[0] for name, values in result["strategies"]["embeddings"]["monthly"].items()
    }
    print("embeddings month 0:", embeddings_month_0)
    assert math.isclose(embeddings_month_0["total"], 8401.465337568, rel_tol=1e-12)
