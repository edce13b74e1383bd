"""The engine's inputs, declared: one class per scenario section, nested like the scenario.

`ScenarioBatch.inputs()` builds them and the formulas read `p.workload.queries_per_month`.
Each input is a `Column`: a column [batch, 1] when it varies across the batch, a plain float
when it is the same in every variant, a row per month [batch or 1, months] when an event sets
it. The attributes are exactly the numeric field paths that may vary in a batch (the field
catalogue's `variable_paths()`); tests/test_engine_inputs.py keeps the two the same.

Slotted dataclasses: reading an attribute costs what it cost on the namespaces they replace.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, TypeAlias, TypeVar, get_type_hints

import numpy as np

if TYPE_CHECKING:
    from desktop_app.core.engine.batch import Array
else:  # as in batch.py: numpy.typing only for type checkers
    Array = np.ndarray

Column: TypeAlias = Array | float
"""One input across the batch: a column [batch, 1], a float, or a row per month."""

_Section = TypeVar("_Section")


@dataclass(slots=True)
class Workload:
    """`workload.*`: the queries and their tokens."""

    queries_per_month: Column
    monthly_growth_pct: Column
    input_tokens_per_query: Column
    output_tokens_per_query: Column
    instruction_tokens: Column
    instruction_tokens_fine_tuned: Column
    cached_instruction_share_pct: Column
    batch_share_pct: Column
    peak_to_average: Column


@dataclass(slots=True)
class Knowledge:
    """`knowledge.*`: the corpus and how it changes."""

    corpus_tokens: Column
    added_tokens_per_month: Column
    changed_pct_per_month: Column
    updates_per_month: Column


@dataclass(slots=True)
class Retrieval:
    """`retrieval.*`: embedding, the vector store, reranking and query rewrites."""

    embedding_price_per_1m: Column
    embedding_dimensions: Column
    chunk_tokens: Column
    chunk_overlap_pct: Column
    top_k: Column
    metadata_bytes_per_vector: Column
    vector_storage_per_gb_month: Column
    read_price_per_1m_units: Column
    read_units_per_query_per_gb: Column
    min_read_units_per_query: Column
    write_price_per_1m_units: Column
    write_units_per_kb: Column
    vector_store_monthly_minimum: Column
    store_unit_gb: Column
    store_unit_per_month: Column
    rerank_per_1k_queries: Column
    rewrites_per_query: Column
    rewrite_input_tokens: Column
    rewrite_output_tokens: Column


@dataclass(slots=True)
class Dedicated:
    """`*.dedicated.*`: a model served on dedicated replicas."""

    replica_per_hour: Column
    input_tokens_per_second: Column
    output_tokens_per_second: Column
    min_replicas: Column
    target_utilisation_pct: Column


@dataclass(slots=True)
class ModelPrices:
    """`base_model.*`: a model's per-token prices and its dedicated serving."""

    input_per_1m: Column
    cached_input_per_1m: Column
    output_per_1m: Column
    batch_discount_pct: Column
    dedicated: Dedicated


@dataclass(slots=True)
class TunedModelPrices(ModelPrices):
    """`fine_tuned_model.*`: the same, with training and hosting."""

    training_per_1m: Column
    training_minimum_per_run: Column
    hosting_per_hour: Column
    monthly_fee: Column


@dataclass(slots=True)
class FineTuning:
    """`fine_tuning.*`: training tokens and the retraining thresholds."""

    behavior_training_tokens: Column
    knowledge_tokens_per_corpus_token: Column
    epochs: Column
    retrain_every_months: Column
    retrain_changed_pct: Column
    eval_queries_per_training: Column


@dataclass(slots=True)
class Hybrid:
    """`hybrid.*`."""

    retrain_every_months: Column


@dataclass(slots=True)
class LongContext:
    """`long_context.*`: the context window and its cache."""

    context_window_tokens: Column
    cache_hit_pct: Column
    cache_write_per_1m: Column
    cache_storage_per_1m_per_hour: Column


@dataclass(slots=True)
class PerStrategy:
    """A value per strategy (`effort.setup_hours.hybrid`); the engine reads it by key."""

    embeddings: Column
    fine_tuning: Column
    hybrid: Column
    long_context: Column


@dataclass(slots=True)
class Effort:
    """`effort.*`: people's hours and their rate."""

    hourly_rate: Column
    setup_hours: PerStrategy
    monitoring_hours_per_month: PerStrategy
    hours_per_content_update: Column
    hours_per_retrain: Column
    incidents_per_month: PerStrategy
    hours_per_incident: PerStrategy


@dataclass(slots=True)
class Quality:
    """`quality.*`: wrong answers and their cost."""

    wrong_answer_pct: PerStrategy
    stale_wrong_pct: Column
    cost_per_wrong_answer: Column


@dataclass(slots=True)
class Market:
    """`market.*`: yearly price trends."""

    price_change_pct_per_year: Column
    fine_tuned_price_change_pct_per_year: Column


@dataclass(slots=True)
class Finance:
    """`finance.*`."""

    discount_rate_pct_per_year: Column


@dataclass(slots=True)
class Inputs:
    """Every numeric input of a batch, by scenario section (`p` in the formulas)."""

    workload: Workload
    knowledge: Knowledge
    retrieval: Retrieval
    base_model: ModelPrices
    fine_tuned_model: TunedModelPrices
    fine_tuning: FineTuning
    hybrid: Hybrid
    long_context: LongContext
    effort: Effort
    quality: Quality
    market: Market
    finance: Finance


def inputs_from(columns: Mapping[str, Column]) -> Inputs:
    """The inputs with `columns[path]` at each dotted path (KeyError names a missing one)."""
    return _section(Inputs, "", columns)


def declared_paths(section: type = Inputs, prefix: str = "") -> tuple[str, ...]:
    """The dotted path of every input the classes declare, in declaration order."""
    found: list[str] = []
    for name, inner in section_plan(section):
        path = prefix + name
        found.extend(declared_paths(inner, path + ".") if inner else (path,))
    return tuple(found)


def _section(section: type[_Section], prefix: str, columns: Mapping[str, Column]) -> _Section:
    values = {
        name: _section(inner, f"{prefix}{name}.", columns) if inner else columns[prefix + name]
        for name, inner in section_plan(section)
    }
    return section(**values)


_PLANS: dict[type, tuple[tuple[str, type | None], ...]] = {}


def section_plan(section: type) -> tuple[tuple[str, type | None], ...]:
    """Each attribute of a section class with its inner section class (None for a Column)."""
    plan = _PLANS.get(section)
    if plan is None:
        hints = get_type_hints(section)
        plan = tuple(
            (f.name, hints[f.name] if isinstance(hints[f.name], type) else None)
            for f in fields(section)
        )
        _PLANS[section] = plan
    return plan
