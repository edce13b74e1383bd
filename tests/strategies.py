"""Hypothesis strategies for whole scenarios, over realistic (not extreme) ranges.

`scenarios()` draws version-2 scenarios: any non-empty set of compared strategies, either
serving for each model, and (unless `events=False`) up to three events that set prices,
serving and dedicated settings, re-embed, retrain or add hours, some after the horizon.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from desktop_app.core.model.scenario import Scenario

# (low, high) of each numeric input: wide enough to reach every branch (zero corpus, zero
# queries, minimums that bite, staleness caps), narrow enough to keep float noise far below
# the tolerances the tests use.
RANGES: dict[str, tuple[float, float]] = {
    "workload.queries_per_month": (0, 5e6),
    "workload.monthly_growth_pct": (-20, 10),
    "workload.input_tokens_per_query": (0, 2000),
    "workload.output_tokens_per_query": (0, 2000),
    "workload.instruction_tokens": (0, 5000),
    "workload.instruction_tokens_fine_tuned": (0, 1000),
    "workload.cached_instruction_share_pct": (0, 100),
    "knowledge.corpus_tokens": (0, 5e7),
    "knowledge.added_tokens_per_month": (0, 1e6),
    "knowledge.changed_pct_per_month": (0, 60),
    "knowledge.updates_per_month": (0, 30),
    "retrieval.embedding_price_per_1m": (0, 0.2),
    "retrieval.chunk_tokens": (50, 2000),
    "retrieval.chunk_overlap_pct": (0, 50),
    "retrieval.metadata_bytes_per_vector": (0, 5000),
    "retrieval.vector_storage_per_gb_month": (0, 1),
    "retrieval.read_price_per_1m_units": (0, 30),
    "retrieval.read_units_per_query_per_gb": (0, 5),
    "retrieval.min_read_units_per_query": (0, 1),
    "retrieval.write_price_per_1m_units": (0, 10),
    "retrieval.write_units_per_kb": (0, 2),
    "retrieval.vector_store_monthly_minimum": (0, 500),
    "base_model.input_per_1m": (0, 5),
    "base_model.output_per_1m": (0, 20),
    "fine_tuned_model.input_per_1m": (0, 5),
    "fine_tuned_model.output_per_1m": (0, 20),
    "fine_tuned_model.training_per_1m": (0, 30),
    "fine_tuned_model.hosting_per_hour": (0, 3),
    "fine_tuned_model.monthly_fee": (0, 100),
    "fine_tuning.behavior_training_tokens": (0, 5e6),
    "fine_tuning.knowledge_tokens_per_corpus_token": (0, 4),
    "fine_tuning.retrain_changed_pct": (0, 50),
    "fine_tuning.eval_queries_per_training": (0, 5000),
    "effort.hourly_rate": (0, 200),
    "effort.hours_per_content_update": (0, 2),
    "effort.hours_per_retrain": (0, 80),
    "market.price_change_pct_per_year": (-50, 30),
    "finance.discount_rate_pct_per_year": (0, 20),
    "workload.batch_share_pct": (0, 100),
    "workload.peak_to_average": (1, 5),
    "retrieval.store_unit_gb": (0, 5),
    "retrieval.store_unit_per_month": (0, 100),
    "retrieval.rerank_per_1k_queries": (0, 3),
    "retrieval.rewrites_per_query": (0, 2),
    "retrieval.rewrite_input_tokens": (0, 500),
    "retrieval.rewrite_output_tokens": (0, 200),
    "base_model.batch_discount_pct": (0, 100),
    "fine_tuned_model.batch_discount_pct": (0, 100),
    "fine_tuned_model.training_minimum_per_run": (0, 50),
    "long_context.cache_hit_pct": (0, 100),
    "long_context.cache_storage_per_1m_per_hour": (0, 5),
    "quality.stale_wrong_pct": (0, 100),
    "quality.cost_per_wrong_answer": (0, 2),
}
DEDICATED: dict[str, tuple[float, float]] = {
    "replica_per_hour": (0, 10),
    "input_tokens_per_second": (1000, 50000),
    "output_tokens_per_second": (100, 5000),
    "target_utilisation_pct": (10, 100),
}
WHOLE: dict[str, tuple[int, int]] = {
    "retrieval.embedding_dimensions": (1, 4096),
    "retrieval.top_k": (0, 20),
    "fine_tuning.epochs": (1, 6),
    "fine_tuning.retrain_every_months": (1, 13),
    "hybrid.retrain_every_months": (0, 13),
    "long_context.context_window_tokens": (100000, 100000000),
}
PER_STRATEGY = ("setup_hours", "monitoring_hours_per_month", "hours_per_incident")
KEYS = ("embeddings", "fine_tuning", "hybrid", "long_context")
SETTABLE: dict[str, tuple[float, float]] = {
    "base_model.input_per_1m": (0, 5),
    "base_model.output_per_1m": (0, 20),
    "fine_tuned_model.input_per_1m": (0, 5),
    "fine_tuned_model.cached_input_per_1m": (0, 5),
    "fine_tuned_model.training_per_1m": (0, 30),
    "fine_tuned_model.training_minimum_per_run": (0, 50),
    "fine_tuned_model.hosting_per_hour": (0, 3),
    "fine_tuned_model.dedicated.replica_per_hour": (0, 10),
    "base_model.dedicated.input_tokens_per_second": (1000, 50000),
    "retrieval.embedding_price_per_1m": (0, 0.2),
    "retrieval.rerank_per_1k_queries": (0, 3),
    "retrieval.store_unit_per_month": (0, 100),
    "long_context.cache_write_per_1m": (0, 5),
    "long_context.cache_storage_per_1m_per_hour": (0, 5),
    "effort.hourly_rate": (0, 200),
    "quality.cost_per_wrong_answer": (0, 2),
}
"""Fields the random events set, with the range of the values they set."""


def _nested(values: dict[str, Any]) -> dict[str, Any]:
    document: dict[str, Any] = {}
    for path, value in values.items():
        *sections, leaf = path.split(".")
        node = document
        for section in sections:
            node = node.setdefault(section, {})
        node[leaf] = value
    return document


def _number(draw: st.DrawFn, low: float, high: float) -> float:
    return draw(st.one_of(st.just(low), st.floats(low, high, allow_subnormal=False)))


@st.composite
def events_lists(draw: st.DrawFn, horizon: int) -> list[dict[str, Any]]:
    """Up to three events, some after the horizon."""
    found = []
    for _ in range(draw(st.integers(0, 3))):
        event: dict[str, Any] = {"month": draw(st.integers(1, min(120, horizon + 3)))}
        paths = draw(st.lists(st.sampled_from(sorted(SETTABLE)), max_size=3, unique=True))
        event["set"] = {path: _number(draw, *SETTABLE[path]) for path in paths}
        if draw(st.booleans()):
            model = draw(st.sampled_from(["base_model", "fine_tuned_model"]))
            event["set"][f"{model}.serving"] = draw(st.sampled_from(["per_token", "dedicated"]))
        if draw(st.booleans()):
            event["set"]["retrieval.embedding_dimensions"] = draw(st.integers(1, 4096))
        event["re_embed"] = draw(st.booleans())
        event["retrain"] = draw(st.booleans())
        keys = draw(st.lists(st.sampled_from(KEYS), max_size=2, unique=True))
        event["hours"] = {key: _number(draw, 0, 100) for key in keys}
        found.append(event)
    return found


@st.composite
def scenarios(draw: st.DrawFn, max_horizon: int = 120, events: bool = True) -> Scenario:
    """A valid version-2 scenario with every numeric input drawn, and a random policy,
    serving, compared strategies and (unless events=False) events."""
    values: dict[str, Any] = {}
    for path, (low, high) in RANGES.items():
        values[path] = draw(
            st.one_of(st.just(low), st.floats(low, high, allow_nan=False, allow_subnormal=False))
        )
    for path, (low, high) in WHOLE.items():
        values[path] = draw(st.integers(low, high))
    # A vanishing query volume (1e-158 a month) gives a cost per 1,000 queries too large to
    # show, which the engine refuses (tests/test_overflow.py); here volumes are 0 or >= 1e-3.
    values["workload.queries_per_month"] = draw(
        st.just(0.0) | st.floats(1e-3, RANGES["workload.queries_per_month"][1])
    )
    values["retrieval.store_unit_gb"] = draw(st.just(0.0) | st.floats(0.01, 5))  # same reason
    for group in PER_STRATEGY:
        for key in KEYS:
            values[f"effort.{group}.{key}"] = draw(st.floats(0, 200, allow_subnormal=False))
    for key in KEYS:
        values[f"effort.incidents_per_month.{key}"] = _number(draw, 0, 10)
        values[f"quality.wrong_answer_pct.{key}"] = _number(draw, 0, 20)
    for model in ("base_model", "fine_tuned_model"):
        values[f"{model}.cached_input_per_1m"] = draw(
            st.none() | st.floats(0, 5, allow_subnormal=False)
        )
        values[f"{model}.serving"] = draw(st.sampled_from(["per_token", "dedicated"]))
        for name, (low, high) in DEDICATED.items():
            values[f"{model}.dedicated.{name}"] = _number(draw, low, high)
        values[f"{model}.dedicated.min_replicas"] = draw(st.integers(0, 4))
    values["long_context.cache_write_per_1m"] = draw(
        st.none() | st.floats(0, 5, allow_subnormal=False)
    )
    values["market.fine_tuned_price_change_pct_per_year"] = draw(
        st.none() | st.floats(-50, 30, allow_subnormal=False)
    )
    values["horizon_months"] = draw(st.integers(1, max_horizon))
    values["fine_tuning.retrain_policy"] = draw(
        st.sampled_from(["never", "every_n_months", "changed_pct", "every_update"])
    )
    values["strategies"] = draw(st.lists(st.sampled_from(KEYS), min_size=1, unique=True))
    if events:
        values["events"] = draw(events_lists(values["horizon_months"]))
    return Scenario.model_validate(_nested(values))
