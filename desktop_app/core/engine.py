"""MODEL.md, "Per strategy, month m": cost components, hours, totals and cumulative.

Every strategy, for every variant of a batch at once (arrays shaped [batch, months]).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from desktop_app.core import formulas as fx
from desktop_app.core.batch import Array, ScenarioBatch
from desktop_app.core.schedule import fine_tuning_trainings, hybrid_trainings, staleness_pct
from desktop_app.core.summary import BatchSummary, summarise

STRATEGIES = ("embeddings", "fine_tuning", "hybrid")
TITLES = {"embeddings": "Embeddings", "fine_tuning": "Fine-tuning", "hybrid": "Hybrid"}
"""A strategy as headings, legends and table cells name it."""
NAMES = {key: title.lower() for key, title in TITLES.items()}
"""A strategy as a sentence names it ("fine-tuning cheaper than embeddings")."""
ZERO = np.zeros((1, 1))
"""A component a strategy does not have."""
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

    Arrays the formulas computed once for the whole batch (a component a strategy does not
    have, or one that depends on no varying input) are read-only broadcast views: they cost
    no memory per variant.
    """

    components: dict[str, Array]
    hours: Array
    trainings: Array
    staleness_pct: Array
    total: Array
    cumulative: Array

    @classmethod
    def of(
        cls,
        shape: tuple[int, int],
        components: dict[str, Array | float],
        hours: Array,
        trainings: Array | float,
        staleness_pct: Array | float,
    ) -> StrategyMonths:
        """Add up the total and cumulative; spread every array to [batch, months]."""

        def full(value: Array | float) -> Array:
            return np.broadcast_to(np.asarray(value, dtype=float), shape)

        total = np.zeros(shape)
        for name in COMPONENTS:
            if components[name] is not ZERO:
                total += components[name]
        return cls(
            components={name: full(components[name]) for name in COMPONENTS},
            hours=full(hours),
            trainings=full(trainings),
            staleness_pct=full(staleness_pct),
            total=total,
            cumulative=np.cumsum(total, axis=1),
        )


@dataclass(frozen=True)
class BatchResult:
    """Everything the engine computes for a batch."""

    batch: ScenarioBatch
    queries: Array
    strategies: dict[str, StrategyMonths]
    summary: BatchSummary


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
    embedding = fx.embedding_cost(p, Q, C, X, P)
    vector_store = fx.vector_store_cost(p, Q, C, X)
    hosting = fx.hosting_cost(p)

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
    embeddings = StrategyMonths.of(
        shape,
        components={
            "embedding": embedding,
            "vector_store": vector_store,
            "inference": Q * fx.per_query_cost(p, p.base_model, s_base, r) * P,
            "training": ZERO,
            "evaluation": ZERO,
            "hosting": ZERO,
            "engineering": effort.hourly_rate * embeddings_hours,
        },
        hours=embeddings_hours,
        trainings=ZERO,
        staleness_pct=ZERO,
    )

    # fine_tuning: the corpus trained into the model, no retrieval
    tuned = p.fine_tuned_model
    ft = p.fine_tuning
    trainings, U = fine_tuning_trainings(p, batch.scenario.fine_tuning.retrain_policy, C, X)  # noqa: N806
    T = ft.behavior_training_tokens + ft.knowledge_tokens_per_corpus_token * C  # noqa: N806
    per_training_price = ft.epochs * tuned.training_per_1m / fx.PER_MILLION
    tuning_hours = routine["fine_tuning"] + effort.hours_per_retrain * (trainings - first)
    q_tuned = fx.per_query_cost(p, tuned, s_tuned, 0.0)
    fine_tuning = StrategyMonths.of(
        shape,
        components={
            "embedding": ZERO,
            "vector_store": ZERO,
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
    hybrid_runs = hybrid_trainings(p, m)
    hybrid_hours = (
        routine["hybrid"] + content_update_hours + effort.hours_per_retrain * (hybrid_runs - first)
    )
    q_hybrid = fx.per_query_cost(p, tuned, s_tuned, r)
    hybrid = StrategyMonths.of(
        shape,
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
        staleness_pct=ZERO,
    )

    strategies = {"embeddings": embeddings, "fine_tuning": fine_tuning, "hybrid": hybrid}
    summary = summarise(p, m, Q, strategies)
    queries = np.broadcast_to(Q, shape)
    return BatchResult(batch=batch, queries=queries, strategies=strategies, summary=summary)


def simulate_scenario(scenario: Any) -> BatchResult:
    """A single run: the batch of one."""
    return simulate(ScenarioBatch.of(scenario))
