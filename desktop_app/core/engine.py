"""MODEL.md, "Per strategy, month m": cost components, hours, totals and cumulative.

Every strategy, for every variant of a batch at once (arrays shaped [batch, months]).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from desktop_app.core import formulas as fx
from desktop_app.core.batch import Array, ScenarioBatch
from desktop_app.core.schedule import fine_tuning_trainings, hybrid_trainings, staleness_pct
from desktop_app.core.summary import BatchSummary, summarise

STRATEGIES = ("embeddings", "fine_tuning", "hybrid")
COMPONENTS = (
    "embedding",
    "vector_store",
    "inference",
    "training",
    "evaluation",
    "hosting",
    "engineering",
)


@dataclass(frozen=True)
class StrategyMonths:
    """One strategy's month-by-month arrays, each [batch, months].

    Components that a strategy does not have are read-only zero views, costing no memory.
    """

    components: dict[str, Array]
    hours: Array
    trainings: Array
    staleness_pct: Array
    total: Array = field(init=False)
    cumulative: Array = field(init=False)

    def __post_init__(self) -> None:
        total = np.zeros(self.hours.shape)
        for name in COMPONENTS:
            total += self.components[name]
        object.__setattr__(self, "total", total)
        object.__setattr__(self, "cumulative", np.cumsum(total, axis=1))


@dataclass(frozen=True)
class BatchResult:
    """Everything the engine computes for a batch."""

    batch: ScenarioBatch
    queries: Array
    strategies: dict[str, StrategyMonths]
    summary: BatchSummary


def _zeros(shape: tuple[int, int]) -> Array:
    return np.broadcast_to(np.zeros(1), shape)


def _full(column: Array, shape: tuple[int, int]) -> Array:
    return np.broadcast_to(column, shape)


def simulate(batch: ScenarioBatch) -> BatchResult:
    """Run every formula of MODEL.md over the batch."""
    p = batch.inputs()
    shape = (batch.size, batch.scenario.horizon_months)
    m = np.arange(shape[1], dtype=float)[None, :]
    first = fx.first_month(m)

    Q = fx.queries(p, m)  # noqa: N806 (names as in MODEL.md)
    C = fx.corpus(p, m)  # noqa: N806
    X = fx.changed_tokens(p, C)  # noqa: N806
    P = fx.price_factor(p, m)  # noqa: N806
    r = fx.retrieved_tokens(p)
    embedding = fx.embedding_cost(p, m, Q, C, X, P)
    vector_store = fx.vector_store_cost(p, m, Q, C, X)
    hosting = _full(fx.hosting_cost(p), shape)
    zeros = _zeros(shape)

    effort = p.effort
    s_base = p.workload.instruction_tokens
    s_tuned = p.workload.instruction_tokens_fine_tuned
    routine = {
        name: first * getattr(effort.setup_hours, name)
        + getattr(effort.monitoring_hours_per_month, name)
        + effort.incidents_per_month * getattr(effort.hours_per_incident, name)
        for name in STRATEGIES
    }
    content_update_hours = p.knowledge.updates_per_month * effort.hours_per_content_update

    # embeddings: retrieval + the base model
    embeddings_hours = routine["embeddings"] + content_update_hours
    embeddings = StrategyMonths(
        components={
            "embedding": embedding,
            "vector_store": vector_store,
            "inference": Q * fx.per_query_cost(p, p.base_model, s_base, r) * P,
            "training": zeros,
            "evaluation": zeros,
            "hosting": zeros,
            "engineering": effort.hourly_rate * embeddings_hours,
        },
        hours=embeddings_hours,
        trainings=zeros,
        staleness_pct=zeros,
    )

    # fine_tuning: the corpus trained into the model, no retrieval
    tuned = p.fine_tuned_model
    ft = p.fine_tuning
    trainings, U = fine_tuning_trainings(p, batch.scenario.fine_tuning.retrain_policy, C, X)  # noqa: N806
    T = ft.behavior_training_tokens + ft.knowledge_tokens_per_corpus_token * C  # noqa: N806
    per_training_price = ft.epochs * tuned.training_per_1m / fx.PER_MILLION
    tuning_hours = routine["fine_tuning"] + effort.hours_per_retrain * (trainings - first)
    q_tuned = fx.per_query_cost(p, tuned, s_tuned, 0.0)
    fine_tuning = StrategyMonths(
        components={
            "embedding": zeros,
            "vector_store": zeros,
            "inference": Q * q_tuned * P,
            "training": trainings * T * per_training_price * P,
            "evaluation": trainings * ft.eval_queries_per_training * q_tuned * P,
            "hosting": hosting,
            "engineering": effort.hourly_rate * tuning_hours,
        },
        hours=tuning_hours,
        trainings=trainings,
        staleness_pct=staleness_pct(p, U, C),
    )

    # hybrid: a behaviour-only tuned model plus retrieval
    hybrid_runs = hybrid_trainings(p, m, batch.size)
    hybrid_hours = (
        routine["hybrid"] + content_update_hours + effort.hours_per_retrain * (hybrid_runs - first)
    )
    q_hybrid = fx.per_query_cost(p, tuned, s_tuned, r)
    hybrid = StrategyMonths(
        components={
            "embedding": embedding,
            "vector_store": vector_store,
            "inference": Q * q_hybrid * P,
            "training": hybrid_runs * ft.behavior_training_tokens * per_training_price * P,
            "evaluation": hybrid_runs * ft.eval_queries_per_training * q_hybrid * P,
            "hosting": hosting,
            "engineering": effort.hourly_rate * hybrid_hours,
        },
        hours=hybrid_hours,
        trainings=hybrid_runs,
        staleness_pct=zeros,
    )

    strategies = {"embeddings": embeddings, "fine_tuning": fine_tuning, "hybrid": hybrid}
    summary = summarise(p, m, Q, strategies)
    return BatchResult(batch=batch, queries=Q, strategies=strategies, summary=summary)


def simulate_scenario(scenario: Any) -> BatchResult:
    """A single run: the batch of one."""
    return simulate(ScenarioBatch.of(scenario))
