"""Hypothesis strategies for whole scenarios, over realistic (not extreme) ranges."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from desktop_app.core.scenario import Scenario

# (low, high) of each numeric input: wide enough to reach every branch (zero corpus, zero
# queries, minimums that bite, staleness caps), narrow enough to keep float noise far below
# the tolerances the tests use.
RANGES: dict[str, tuple[float, float]] = {
    "workload.queries_per_month": (0, 5e6),
    "workload.monthly_growth_pct": (-20, 20),
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
    "effort.incidents_per_month": (0, 10),
    "market.price_change_pct_per_year": (-50, 30),
    "finance.discount_rate_pct_per_year": (0, 20),
}
WHOLE: dict[str, tuple[int, int]] = {
    "retrieval.embedding_dimensions": (1, 4096),
    "retrieval.top_k": (0, 20),
    "fine_tuning.epochs": (1, 6),
    "fine_tuning.retrain_every_months": (1, 13),
    "hybrid.retrain_every_months": (0, 13),
}
PER_STRATEGY = ("setup_hours", "monitoring_hours_per_month", "hours_per_incident")


def _nested(values: dict[str, Any]) -> dict[str, Any]:
    document: dict[str, Any] = {}
    for path, value in values.items():
        *sections, leaf = path.split(".")
        node = document
        for section in sections:
            node = node.setdefault(section, {})
        node[leaf] = value
    return document


@st.composite
def scenarios(draw: st.DrawFn, max_horizon: int = 120) -> Scenario:
    """A valid scenario with every numeric input drawn, and a random policy and prices."""
    values: dict[str, Any] = {}
    for path, (low, high) in RANGES.items():
        values[path] = draw(
            st.one_of(st.just(low), st.floats(low, high, allow_nan=False, allow_subnormal=False))
        )
    for path, (low, high) in WHOLE.items():
        values[path] = draw(st.integers(low, high))
    for group in PER_STRATEGY:
        for key in ("embeddings", "fine_tuning", "hybrid"):
            values[f"effort.{group}.{key}"] = draw(st.floats(0, 200, allow_subnormal=False))
    for model in ("base_model", "fine_tuned_model"):
        values[f"{model}.cached_input_per_1m"] = draw(
            st.none() | st.floats(0, 5, allow_subnormal=False)
        )
    values["horizon_months"] = draw(st.integers(1, max_horizon))
    values["fine_tuning.retrain_policy"] = draw(
        st.sampled_from(["never", "every_n_months", "changed_pct", "every_update"])
    )
    return Scenario.model_validate(_nested(values))
