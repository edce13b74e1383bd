"""A plain, slow, per-month reference implementation of the cost model in MODEL.md (version 2).

This module is a test oracle for the vectorised engine. It is deliberately written as
plain Python loops over months, one strategy at a time, using MODEL.md's own names
(Q, C, X, f, P, Pt, r, A, B, W, O, q, U, T, ...), so that every line can be compared with
the formulas in MODEL.md section "Formulas, month m". It uses only the ``math`` module and
imports nothing from the application; it was written from MODEL.md, not from the engine.

Input is a fully populated version-2 scenario dict in MODEL.md's scenario file layout (no
defaults are filled in here); output is a dict shaped like MODEL.md's result JSON without
"advice".

Places where MODEL.md is ambiguous are marked ``# AMBIGUITY: ...``.
"""

# MODEL.md's single-letter upper-case names are kept on purpose (Q, C, X, P, U, T, V, GB, H).
# ruff: noqa: N802, N803, N806, E741

from __future__ import annotations

import math
from typing import Any

STRATEGIES: tuple[str, ...] = ("embeddings", "fine_tuning", "hybrid", "long_context")
"""Strategy keys, in MODEL.md's canonical order."""

CHEAPEST_TIE_ORDER: tuple[str, ...] = ("embeddings", "long_context", "hybrid", "fine_tuning")
"""MODEL.md: ties for "cheapest" go to embeddings, long_context, hybrid, fine_tuning."""

PAIRS: tuple[tuple[str, str], ...] = (
    ("long_context", "embeddings"),
    ("hybrid", "embeddings"),
    ("hybrid", "long_context"),
    ("fine_tuning", "embeddings"),
    ("fine_tuning", "long_context"),
    ("fine_tuning", "hybrid"),
)
"""MODEL.md's break-even pairs, in its order."""

HOURS_PER_MONTH: float = 730.0
"""MODEL.md: a month has 730 hours (8,760 / 12)."""

SECONDS_PER_MONTH: float = 2628000.0
"""MODEL.md: and so 2,628,000 seconds."""

BYTES_PER_FLOAT32: int = 4
"""MODEL.md: a float32 vector dimension is 4 bytes."""

COST_COMPONENTS: tuple[str, ...] = (
    "embedding",
    "vector_store",
    "rerank",
    "inference",
    "context_cache",
    "training",
    "evaluation",
    "hosting",
    "engineering",
    "wrong_answers",
)
"""The ten components whose sum is total[m]."""

MONTHLY_KEYS: tuple[str, ...] = (
    "queries",
    *COST_COMPONENTS,
    "total",
    "cumulative",
    "hours",
    "trainings",
    "staleness_pct",
    "replicas",
    "wrong_answer_count",
)


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------


def first_month(m: int) -> float:
    """MODEL.md's ``[m=0]`` term: 1 in month 0, else 0."""
    return 1.0 if m == 0 else 0.0


def ceil_units(x: float) -> float:
    """MODEL.md: ``ceil_units(x) = ceil(x - 1e-9)``."""
    return float(math.ceil(x - 1e-9))


def cadence(value: float) -> int | float:
    """A retrain cadence in months; whole-number floats such as 3.0 become the int 3."""
    if float(value).is_integer():
        return int(value)
    return float(value)


def is_due(m: int, n: int | float) -> bool:
    """MODEL.md's cadence test ``m % n == 0`` (n > 0)."""
    return m % n == 0


def plain(scenario: dict[str, Any], path: str) -> Any:
    """The scenario's own value at a dotted path."""
    node: Any = scenario
    for part in path.split("."):
        node = node[part]
    return node


# --------------------------------------------------------------------------------------
# Events (MODEL.md "Events")
# --------------------------------------------------------------------------------------


def events_in_order(scenario: dict[str, Any]) -> list[dict[str, Any]]:
    """The events inside the horizon in month order; in the same month, in list order."""
    H = int(scenario["horizon_months"])
    inside = [event for event in scenario["events"] if event["month"] <= H]
    return sorted(inside, key=lambda event: event["month"])  # sorted() is stable


def value_in_month(scenario: dict[str, Any], path: str, m: int) -> tuple[Any, int | None]:
    """(value of the field in month m, month e of the event that set it or None)."""
    value = plain(scenario, path)
    since: int | None = None
    for event in events_in_order(scenario):
        e = event["month"] - 1
        if e <= m and path in event.get("set", {}):
            value = event["set"][path]
            since = e
    return value, since


def v(scenario: dict[str, Any], path: str, m: int) -> Any:
    """The field's value in month m (hourly/monthly prices, counts, rates: no trend)."""
    return value_in_month(scenario, path, m)[0]


def P_of(scenario: dict[str, Any], m: float) -> float:
    """``P[m] = (1 + price_change_pct_per_year/100)**(m/12)``."""
    return (1 + scenario["market"]["price_change_pct_per_year"] / 100) ** (m / 12)


def Pt_of(scenario: dict[str, Any], m: float) -> float:
    """``Pt[m]``: the same with the fine-tuned rate (or, when null, the same rate)."""
    rate = scenario["market"]["fine_tuned_price_change_pct_per_year"]
    if rate is None:
        rate = scenario["market"]["price_change_pct_per_year"]
    return (1 + rate / 100) ** (m / 12)


def trended(scenario: dict[str, Any], path: str, m: int, factor: Any) -> float | None:
    """A per-token price in month m with its trend: ``price * P[m]``, or, when an event in
    month e set it, ``price * P[m] / P[e]``. None when the field is empty in month m."""
    value, since = value_in_month(scenario, path, m)
    if value is None:
        return None
    if since is None:
        return value * factor(scenario, m)
    return value * factor(scenario, m) / factor(scenario, since)


def model_prices(scenario: dict[str, Any], model: str, m: int) -> dict[str, float]:
    """in / cached_or_in / out of a model in month m, trends included."""
    factor = P_of if model == "base_model" else Pt_of
    price_in = trended(scenario, f"{model}.input_per_1m", m, factor)
    cached = trended(scenario, f"{model}.cached_input_per_1m", m, factor)
    out = trended(scenario, f"{model}.output_per_1m", m, factor)
    assert price_in is not None and out is not None
    return {"in": price_in, "cached_or_in": price_in if cached is None else cached, "out": out}


def write_or_in(scenario: dict[str, Any], m: int) -> float:
    """``cache_write_per_1m`` or, when null, the base model's input price (trended)."""
    write = trended(scenario, "long_context.cache_write_per_1m", m, P_of)
    if write is None:
        return model_prices(scenario, "base_model", m)["in"]
    return write


# --------------------------------------------------------------------------------------
# Shared quantities
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
    # AMBIGUITY: X[0] is taken literally, so month 0 has both the initial build and X[0].
    return (
        C_of(scenario, m) * knowledge["changed_pct_per_month"] / 100
        + knowledge["added_tokens_per_month"]
    )


def f_of(scenario: dict[str, Any]) -> float:
    """``f = 1 + chunk_overlap_pct/100``."""
    return 1 + scenario["retrieval"]["chunk_overlap_pct"] / 100


def r_of(scenario: dict[str, Any]) -> float:
    """``r = top_k * chunk_tokens``."""
    return scenario["retrieval"]["top_k"] * scenario["retrieval"]["chunk_tokens"]


def tokens(scenario: dict[str, Any], strategy: str, m: int) -> tuple[float, float, float, float]:
    """(A, B, W, O) of one query of the strategy in month m (MODEL.md's token table)."""
    workload = scenario["workload"]
    retrieval = scenario["retrieval"]
    k = workload["cached_instruction_share_pct"] / 100
    u = workload["input_tokens_per_query"]
    o = workload["output_tokens_per_query"]
    w = retrieval["rewrites_per_query"]
    s_b = workload["instruction_tokens"]
    s_t = workload["instruction_tokens_fine_tuned"]
    r = r_of(scenario)
    if strategy == "embeddings":
        A = u + r + s_b * (1 - k) + w * retrieval["rewrite_input_tokens"]
        return A, s_b * k, 0.0, o + w * retrieval["rewrite_output_tokens"]
    if strategy == "fine_tuning":
        return u + s_t * (1 - k), s_t * k, 0.0, o
    if strategy == "hybrid":
        A = u + r + s_t * (1 - k) + w * retrieval["rewrite_input_tokens"]
        return A, s_t * k, 0.0, o + w * retrieval["rewrite_output_tokens"]
    h = scenario["long_context"]["cache_hit_pct"] / 100
    C = C_of(scenario, m)
    return u + s_b * (1 - k), s_b * k + C * h, C * (1 - h), o


MODEL = {
    "embeddings": "base_model",
    "fine_tuning": "fine_tuned_model",
    "hybrid": "fine_tuned_model",
    "long_context": "base_model",
}


def q_of(scenario: dict[str, Any], strategy: str, m: int) -> float:
    """Price of one query in month m: ``(A*in + B*cached_or_in + W*write_or_in + O*out)/1e6``
    (trends already in the prices)."""
    A, B, W, O = tokens(scenario, strategy, m)
    prices = model_prices(scenario, MODEL[strategy], m)
    write = write_or_in(scenario, m) if W else 0.0
    return (A * prices["in"] + B * prices["cached_or_in"] + W * write + O * prices["out"]) / 1e6


def inference_of(scenario: dict[str, Any], strategy: str, m: int) -> tuple[float, float]:
    """(inference[m], replicas[m])."""
    model = MODEL[strategy]
    Q = Q_of(scenario, m)
    if v(scenario, f"{model}.serving", m) == "per_token":
        beta = (
            1
            - scenario["workload"]["batch_share_pct"]
            / 100
            * v(scenario, f"{model}.batch_discount_pct", m)
            / 100
        )
        return Q * q_of(scenario, strategy, m) * beta, 0.0
    A, _B, W, O = tokens(scenario, strategy, m)
    g = (A + W) / v(scenario, f"{model}.dedicated.input_tokens_per_second", m) + O / v(
        scenario, f"{model}.dedicated.output_tokens_per_second", m
    )
    target = v(scenario, f"{model}.dedicated.target_utilisation_pct", m) / 100
    load = Q * g * scenario["workload"]["peak_to_average"] / (SECONDS_PER_MONTH * target)
    replicas = max(v(scenario, f"{model}.dedicated.min_replicas", m), ceil_units(load))
    return replicas * 730 * v(scenario, f"{model}.dedicated.replica_per_hour", m), replicas


# --------------------------------------------------------------------------------------
# Retrieval part (embeddings and hybrid, identical)
# --------------------------------------------------------------------------------------


def R_of(scenario: dict[str, Any], m: int) -> float:
    """``R[m] = 1`` in month 0 and in a month with a ``re_embed`` event, else 0."""
    if m == 0:
        return 1.0
    return (
        1.0
        if any(e["month"] - 1 == m and e["re_embed"] for e in events_in_order(scenario))
        else 0.0
    )


def retrieval_part(scenario: dict[str, Any], m: int) -> dict[str, float]:
    """embedding[m], vector_store[m] and rerank[m]."""
    f = f_of(scenario)
    C, X, Q = C_of(scenario, m), X_of(scenario, m), Q_of(scenario, m)
    R = R_of(scenario, m)
    u = scenario["workload"]["input_tokens_per_query"]
    price = trended(scenario, "retrieval.embedding_price_per_1m", m, P_of)
    assert price is not None
    embedding = price / 1e6 * (R * C * f + X * f + Q * u)
    chunk = scenario["retrieval"]["chunk_tokens"]
    b = (
        v(scenario, "retrieval.embedding_dimensions", m) * BYTES_PER_FLOAT32
        + scenario["retrieval"]["metadata_bytes_per_vector"]
    )
    V = C * f / chunk
    GB = V * b / 1e9
    ret = scenario["retrieval"]
    read_units = Q * max(ret["min_read_units_per_query"], ret["read_units_per_query_per_gb"] * GB)
    write_units = (R * C * f / chunk + X * f / chunk) * b / 1000 * ret["write_units_per_kb"]
    unit_gb = v(scenario, "retrieval.store_unit_gb", m)
    units = max(1.0, ceil_units(GB / unit_gb)) if unit_gb > 0 else 0.0
    usage = (
        GB * v(scenario, "retrieval.vector_storage_per_gb_month", m)
        + read_units / 1e6 * v(scenario, "retrieval.read_price_per_1m_units", m)
        + write_units / 1e6 * v(scenario, "retrieval.write_price_per_1m_units", m)
        + units * v(scenario, "retrieval.store_unit_per_month", m)
    )
    vector_store = max(v(scenario, "retrieval.vector_store_monthly_minimum", m), usage)
    rerank = Q / 1000 * v(scenario, "retrieval.rerank_per_1k_queries", m)
    return {"embedding": embedding, "vector_store": vector_store, "rerank": rerank}


# --------------------------------------------------------------------------------------
# Training schedules
# --------------------------------------------------------------------------------------


def retrain_event_in(scenario: dict[str, Any], m: int) -> bool:
    """A ``retrain`` event happens at the start of month m."""
    return any(e["month"] - 1 == m and e["retrain"] for e in events_in_order(scenario))


def staleness_pct_of(scenario: dict[str, Any], m: int, U: float) -> float:
    """Fine-tuning staleness after month m's changes, per MODEL.md's rules."""
    corpus_after_changes = C_of(scenario, m) + scenario["knowledge"]["added_tokens_per_month"]
    # AMBIGUITY: an empty corpus gives 0 even when nothing was taught.
    if corpus_after_changes == 0:
        return 0.0
    if scenario["fine_tuning"]["knowledge_tokens_per_corpus_token"] == 0:
        return 100.0
    return min(100.0, 100 * U / corpus_after_changes)


def fine_tuning_schedule(scenario: dict[str, Any], H: int) -> tuple[list[float], list[float]]:
    """(trainings[m], staleness_pct[m]) of the fine_tuning strategy."""
    ft = scenario["fine_tuning"]
    policy = ft["retrain_policy"]
    trainings: list[float] = []
    staleness: list[float] = []
    U = 0.0
    for m in range(H):
        event = m >= 1 and retrain_event_in(scenario, m)
        if policy == "every_update":
            # every_update trains at the start of no month after month 0: an event adds one.
            count = first_month(m) + scenario["knowledge"]["updates_per_month"]
            count += 1.0 if event else 0.0
            U = 0.0
        else:
            if m == 0:
                train = True
            elif policy == "every_n_months":
                train = is_due(m, cadence(ft["retrain_every_months"]))
            elif policy == "changed_pct":
                train = U > 0 and U >= ft["retrain_changed_pct"] / 100 * C_of(scenario, m)  # noqa: SIM300
            else:
                train = False
            train = train or event
            count = 1.0 if train else 0.0
            if train:
                U = 0.0
            U += X_of(scenario, m)
        trainings.append(count)
        staleness.append(staleness_pct_of(scenario, m, U))
    return trainings, staleness


def hybrid_schedule(scenario: dict[str, Any], H: int) -> list[float]:
    """trainings[m] of the hybrid's behaviour model."""
    n = cadence(scenario["hybrid"]["retrain_every_months"])
    found = []
    for m in range(H):
        train = m == 0 or (n > 0 and is_due(m, n)) or retrain_event_in(scenario, m)
        found.append(1.0 if train else 0.0)
    return found


def one_training(scenario: dict[str, Any], m: int, T: float) -> float:
    """``max(training_minimum_per_run, T * epochs * training_per_1m/1e6 * Pt[m])``."""
    price = trended(scenario, "fine_tuned_model.training_per_1m", m, Pt_of)
    assert price is not None
    return max(
        v(scenario, "fine_tuned_model.training_minimum_per_run", m),
        T * scenario["fine_tuning"]["epochs"] * price / 1e6,
    )


# --------------------------------------------------------------------------------------
# One strategy, month by month
# --------------------------------------------------------------------------------------


def hours_of(scenario: dict[str, Any], strategy: str, m: int, trainings_m: float) -> float:
    """``hours[m]`` of one strategy."""
    effort = scenario["effort"]
    hours = (
        first_month(m) * effort["setup_hours"][strategy]
        + effort["monitoring_hours_per_month"][strategy]
        + effort["incidents_per_month"][strategy] * effort["hours_per_incident"][strategy]
    )
    for event in events_in_order(scenario):
        if event["month"] - 1 == m:
            hours += event.get("hours", {}).get(strategy, 0.0)
    if strategy in ("embeddings", "hybrid", "long_context"):
        hours += scenario["knowledge"]["updates_per_month"] * effort["hours_per_content_update"]
    if strategy in ("fine_tuning", "hybrid"):
        hours += effort["hours_per_retrain"] * (trainings_m - first_month(m))
    return hours


def simulate_strategy(scenario: dict[str, Any], strategy: str, H: int) -> dict[str, list[float]]:
    """Monthly series of one strategy."""
    monthly: dict[str, list[float]] = {key: [] for key in MONTHLY_KEYS}
    if strategy == "fine_tuning":
        trainings, staleness = fine_tuning_schedule(scenario, H)
    elif strategy == "hybrid":
        trainings, staleness = hybrid_schedule(scenario, H), [0.0] * H
    else:
        trainings, staleness = [0.0] * H, [0.0] * H
    quality = scenario["quality"]
    ft = scenario["fine_tuning"]
    cumulative = 0.0
    for m in range(H):
        Q = Q_of(scenario, m)
        C = C_of(scenario, m)
        row = dict.fromkeys(COST_COMPONENTS, 0.0)
        row["inference"], replicas = inference_of(scenario, strategy, m)
        if strategy in ("embeddings", "hybrid"):
            row.update(retrieval_part(scenario, m))
        if strategy == "long_context":
            storage = trended(scenario, "long_context.cache_storage_per_1m_per_hour", m, P_of)
            assert storage is not None
            row["context_cache"] = 730 * C / 1e6 * storage
        if strategy in ("fine_tuning", "hybrid"):
            if strategy == "fine_tuning":
                T = ft["behavior_training_tokens"] + ft["knowledge_tokens_per_corpus_token"] * C
            else:
                T = ft["behavior_training_tokens"]
            row["training"] = trainings[m] * one_training(scenario, m, T)
            if v(scenario, "fine_tuned_model.serving", m) == "per_token":
                row["evaluation"] = (
                    trainings[m] * ft["eval_queries_per_training"] * q_of(scenario, strategy, m)
                )
            row["hosting"] = 730 * v(scenario, "fine_tuned_model.hosting_per_hour", m) + v(
                scenario, "fine_tuned_model.monthly_fee", m
            )
        hours = hours_of(scenario, strategy, m, trainings[m])
        row["engineering"] = v(scenario, "effort.hourly_rate", m) * hours
        share = (
            quality["wrong_answer_pct"][strategy] + staleness[m] * quality["stale_wrong_pct"] / 100
        )
        wrong_count = Q * min(100.0, share) / 100
        row["wrong_answers"] = wrong_count * v(scenario, "quality.cost_per_wrong_answer", m)
        total = sum(row[name] for name in COST_COMPONENTS)
        cumulative += total
        row |= {
            "queries": Q,
            "total": total,
            "cumulative": cumulative,
            "hours": hours,
            "trainings": trainings[m],
            "staleness_pct": staleness[m],
            "replicas": replicas,
            "wrong_answer_count": wrong_count,
        }
        for key in MONTHLY_KEYS:
            monthly[key].append(float(row[key]))
    return monthly


# --------------------------------------------------------------------------------------
# Summary, break-even, cheapest
# --------------------------------------------------------------------------------------


def exceeds_from(scenario: dict[str, Any], H: int) -> int | None:
    """First 1-based month whose long prompt ``u + s_b + C[m] + o`` exceeds the window."""
    workload = scenario["workload"]
    for m in range(H):
        prompt = (
            workload["input_tokens_per_query"]
            + workload["instruction_tokens"]
            + C_of(scenario, m)
            + workload["output_tokens_per_query"]
        )
        if prompt > scenario["long_context"]["context_window_tokens"]:
            return m + 1
    return None


def summarise(
    scenario: dict[str, Any], strategy: str, monthly: dict[str, list[float]]
) -> dict[str, Any]:
    """The strategy's ``summary`` block."""
    rate = scenario["finance"]["discount_rate_pct_per_year"]
    total_cost = sum(monthly["total"])
    total_queries = sum(monthly["queries"])
    staleness = monthly["staleness_pct"]
    H = len(staleness)
    return {
        "total_cost": total_cost,
        "total_hours": sum(monthly["hours"]),
        "cost_per_1k_queries": None if total_queries == 0 else total_cost / (total_queries / 1000),
        "present_value": sum(
            total * (1 + rate / 100) ** (-m / 12) for m, total in enumerate(monthly["total"])
        ),
        "trainings": sum(monthly["trainings"]),
        "mean_staleness_pct": sum(staleness) / H,
        "max_staleness_pct": max(staleness),
        "max_replicas": max(monthly["replicas"]),
        "wrong_answer_count": sum(monthly["wrong_answer_count"]),
        "exceeds_context_from_month": exceeds_from(scenario, H)
        if strategy == "long_context"
        else None,
    }


def break_even(cumulative_a: list[float], cumulative_b: list[float]) -> int | None:
    """Earliest 1-based month M with ``cumulative_a <= cumulative_b`` in M and every later month."""
    M: int | None = None
    for m in range(len(cumulative_a) - 1, -1, -1):
        if cumulative_a[m] <= cumulative_b[m]:
            M = m + 1
        else:
            break
    return M


def reference_simulate(scenario: dict) -> dict:
    """Simulate the compared strategies; return MODEL.md's result dict without "advice"."""
    H = int(scenario["horizon_months"])
    compared = [key for key in STRATEGIES if key in scenario["strategies"]]
    strategies = {}
    for key in compared:
        monthly = simulate_strategy(scenario, key, H)
        strategies[key] = {"monthly": monthly, "summary": summarise(scenario, key, monthly)}

    def feasible(key: str) -> bool:
        return strategies[key]["summary"]["exceeds_context_from_month"] is None

    pairs = {}
    for a, b in PAIRS:
        if a in strategies and b in strategies:
            month = break_even(
                strategies[a]["monthly"]["cumulative"], strategies[b]["monthly"]["cumulative"]
            )
            pairs[f"{a}_vs_{b}"] = month if feasible(a) and feasible(b) else None
    best = None
    for key in CHEAPEST_TIE_ORDER:
        if key in strategies and feasible(key):
            total = strategies[key]["summary"]["total_cost"]
            if best is None or total < strategies[best]["summary"]["total_cost"]:
                best = key
    return {
        "format": "embed-or-tune/result",
        "schema_version": 2,
        "scenario": scenario["name"],
        "currency": scenario["currency"],
        "horizon_months": H,
        "start_month": scenario["start_month"],
        "strategies": strategies,
        "break_even": pairs,
        "cheapest": best,
    }


def default_scenario() -> dict:
    """MODEL.md's defaults table, exactly as given, with horizon 36, name "Defaults", USD."""
    four = ("embeddings", "fine_tuning", "hybrid", "long_context")
    dedicated = {
        "replica_per_hour": 4,
        "input_tokens_per_second": 20000,
        "output_tokens_per_second": 2000,
        "min_replicas": 1,
        "target_utilisation_pct": 60,
    }
    return {
        "format": "embed-or-tune/scenario",
        "schema_version": 2,
        "name": "Defaults",
        "notes": "",
        "currency": "USD",
        "horizon_months": 36,
        "start_month": None,
        "strategies": list(four),
        "workload": {
            "queries_per_month": 50000,
            "monthly_growth_pct": 3,
            "input_tokens_per_query": 60,
            "output_tokens_per_query": 250,
            "instruction_tokens": 800,
            "instruction_tokens_fine_tuned": 100,
            "cached_instruction_share_pct": 0,
            "batch_share_pct": 0,
            "peak_to_average": 3,
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
            "store_unit_gb": 0,
            "store_unit_per_month": 0,
            "rerank_per_1k_queries": 0,
            "rewrites_per_query": 0,
            "rewrite_input_tokens": 300,
            "rewrite_output_tokens": 60,
        },
        "base_model": {
            "input_per_1m": 0.15,
            "cached_input_per_1m": 0.075,
            "output_per_1m": 0.60,
            "batch_discount_pct": 50,
            "serving": "per_token",
            "dedicated": dict(dedicated),
        },
        "fine_tuned_model": {
            "input_per_1m": 0.30,
            "cached_input_per_1m": 0.15,
            "output_per_1m": 1.20,
            "batch_discount_pct": 50,
            "serving": "per_token",
            "dedicated": dict(dedicated),
            "training_per_1m": 3.00,
            "training_minimum_per_run": 0,
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
        "long_context": {
            "context_window_tokens": 1000000,
            "cache_hit_pct": 90,
            "cache_write_per_1m": None,
            "cache_storage_per_1m_per_hour": 0,
        },
        "effort": {
            "hourly_rate": 95,
            "setup_hours": dict(zip(four, (80, 120, 160, 40), strict=True)),
            "monitoring_hours_per_month": dict(zip(four, (4, 6, 8, 3), strict=True)),
            "hours_per_content_update": 0.25,
            "hours_per_retrain": 24,
            "incidents_per_month": dict(zip(four, (2, 2, 2, 2), strict=True)),
            "hours_per_incident": dict(zip(four, (1.5, 6, 3, 1.5), strict=True)),
        },
        "quality": {
            "wrong_answer_pct": dict(zip(four, (2, 4, 2, 2), strict=True)),
            "stale_wrong_pct": 50,
            "cost_per_wrong_answer": 0,
        },
        "market": {"price_change_pct_per_year": 0, "fine_tuned_price_change_pct_per_year": None},
        "finance": {"discount_rate_pct_per_year": 0},
        "checklist": {
            "needs_my_content": "unsure",
            "content_changes": "unsure",
            "needs_strict_format": "unsure",
            "assistants_can_enforce": "unsure",
            "behavior_changes_often": "unsure",
            "purely_behavioral_stable": "unsure",
        },
        "events": [],
        "uncertainty": [],
    }


if __name__ == "__main__":
    scenario = default_scenario()
    scenario["strategies"] = ["embeddings", "fine_tuning", "hybrid"]
    result = reference_simulate(scenario)
    for key in result["strategies"]:
        print(f"{key:12s} total_cost = {result['strategies'][key]['summary']['total_cost']:.6f}")
    print("break_even:", result["break_even"], "cheapest:", result["cheapest"])
    embeddings_month_0 = {
        name: values[0] for name, values in result["strategies"]["embeddings"]["monthly"].items()
    }
    print("embeddings month 0:", embeddings_month_0)
    assert math.isclose(embeddings_month_0["total"], 8401.465337568, rel_tol=1e-12)
