"""MODEL.md, "Per strategy, month m": cost components, hours, totals and cumulative.

Every compared strategy, for every variant of a batch at once (arrays shaped
[batch, months]).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

from desktop_app.core.engine import formulas as fx
from desktop_app.core.engine.batch import Array, ScenarioBatch
from desktop_app.core.engine.inputs import Column
from desktop_app.core.engine.overflow import check_finite, quiet_arithmetic, quietly
from desktop_app.core.engine.schedule import fine_tuning_trainings, hybrid_trainings, staleness_pct
from desktop_app.core.engine.summary import (
    BatchSummary,
    compared_pairs,
    pair_break_even,
    strategy_figures,
    summarise,
)
from desktop_app.core.model.events import event_hours, flagged_months
from desktop_app.core.model.scenario import STRATEGY_KEYS, Scenario

STRATEGIES = STRATEGY_KEYS
"""Every strategy the model knows, in canonical order (a scenario compares some of them)."""
ZERO = np.zeros((1, 1))
"""A component a strategy does not have."""
COMPONENTS = (
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
Component = Array | float | fx.InSomeMonths
"""A cost component as the formulas give it (a number, an array, or some months of one)."""
RETRIEVAL = ("embeddings", "hybrid")
TUNED = ("fine_tuning", "hybrid")
MODEL_OF = {
    "embeddings": "base_model",
    "fine_tuning": "fine_tuned_model",
    "hybrid": "fine_tuned_model",
    "long_context": "base_model",
}
"""Which model answers the queries of each strategy."""


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
    replicas: Array
    queries: Array
    wrong_share: Array | float  # wrong_answer_count = queries * this (a number, column or rows)
    total: Array
    cumulative: Array
    exceeds_context_from_month: np.ndarray  # [batch]; 0 = always fits (or not long_context)

    @cached_property
    def wrong_answer_count(self) -> Array:
        """wrong_answer_count[m], made when asked for (analyses need only its sum)."""
        return np.broadcast_to(self.queries * self.wrong_share, self.queries.shape)

    def wrong_answer_total(self) -> np.ndarray:
        """The sum of wrong_answer_count over the months, per variant."""
        if np.ndim(self.wrong_share) == 2 and np.shape(self.wrong_share)[1] > 1:
            return self.wrong_answer_count.sum(axis=1)
        share = np.ravel(np.asarray(self.wrong_share, dtype=float))
        return self.queries.sum(axis=1) * share

    @property
    def feasible(self) -> np.ndarray:
        """Per variant: the strategy can run over the whole horizon."""
        return self.exceeds_context_from_month == 0

    @classmethod
    def of(
        cls,
        shape: tuple[int, int],
        components: dict[str, Component],
        hours: Array,
        trainings: Array | float,
        staleness_pct: Array | float,
        replicas: Array | float,
        queries: Array,
        wrong_share: Array | float,
        exceeds_context_from_month: np.ndarray | None = None,
        wrong_answer_count: Array | None = None,
    ) -> StrategyMonths:
        """Add up the total and cumulative; spread every array to [batch, months].

        `wrong_answer_count`, when the caller has it already (queries * wrong_share), is kept.
        """

        def full(value: Array | float | fx.InSomeMonths) -> Array:
            if isinstance(value, fx.InSomeMonths):
                value = value.array()
            return np.broadcast_to(np.asarray(value, dtype=float), shape)

        total = total_cost(shape, components)
        exceeds = exceeds_context_from_month
        if exceeds is None:
            exceeds = np.zeros(shape[0], dtype=int)
        months = cls(
            components={name: full(components.get(name, ZERO)) for name in COMPONENTS},
            hours=full(hours),
            trainings=full(trainings),
            staleness_pct=full(staleness_pct),
            replicas=full(replicas),
            queries=full(queries),
            wrong_share=wrong_share,
            total=total,
            cumulative=np.cumsum(total, axis=1),
            exceeds_context_from_month=np.broadcast_to(exceeds, (shape[0],)),
        )
        if wrong_answer_count is not None:  # the cached property's value, made already
            months.__dict__["wrong_answer_count"] = np.broadcast_to(wrong_answer_count, shape)
        return months


def total_cost(shape: tuple[int, int], components: Mapping[str, Component]) -> Array:
    """total[m]: the sum of a strategy's components, added in COMPONENTS order.

    A component in some months only (`formulas.InSomeMonths`) is added there, and + 0.0
    elsewhere, as its whole array would be.
    """
    parts = [part for name in COMPONENTS if (part := components.get(name, ZERO)) is not ZERO]
    if not parts:
        return np.zeros(shape)
    first, second = (
        part.array() if isinstance(part, fx.InSomeMonths) else part for part in [*parts, 0.0][:2]
    )
    # 0 + x is x exactly: start from the first component, or from the first two added
    # into a new array (the same sum, without copying the first one first).
    if len(parts) > 1 and np.broadcast_shapes(np.shape(first), np.shape(second)) == shape:
        total = np.add(first, second, dtype=float)
        rest = parts[2:]
    else:
        total = np.array(np.broadcast_to(first, shape), dtype=float)
        rest = parts[1:]
    for part in rest:
        if isinstance(part, fx.InSomeMonths):
            part.add_to(total)
        else:
            total += part
    return total


@dataclass(frozen=True)
class BatchResult:
    """Everything the engine computes for a batch."""

    batch: ScenarioBatch
    queries: Array
    strategies: dict[str, StrategyMonths]
    summary: BatchSummary


class _Month:
    """The shared quantities of one batch, computed once for all strategies."""

    def __init__(self, batch: ScenarioBatch) -> None:
        scenario = batch.scenario
        p = batch.inputs()
        self.batch = batch
        self.scenario = scenario
        self.shape = (batch.size, scenario.horizon_months)
        m = np.arange(self.shape[1], dtype=float)[None, :]
        self.m = m
        self.first = fx.first_month(m)
        large = _two_threads(batch.size)
        queries = _beside().submit(fx.queries, p, m) if large else None  # made beside C to Pt
        self.C = fx.corpus(p, m)
        self.X = fx.changed_tokens(p, self.C)
        self.P = fx.price_factor(p, m)
        self.Pt = fx.tuned_price_factor(p, m, self.P)
        fx.start_trends_at_events(p, batch.set_months(), self.P, self.Pt)
        self.Q = fx.queries(p, m) if queries is None else queries.result()
        fx.fill_empty_prices(p)
        self.p = p
        self.re_embed = [e for e in flagged_months(scenario, "re_embed") if e >= 1]  # R[0] = 1
        self.retrain = flagged_months(scenario, "retrain")
        self._schedule_lock = threading.Lock()
        self._schedule: tuple[Array, Array] | None = None

    def fine_tuning_schedule(self) -> tuple[Array, Array]:
        """(trainings[m], U[m]) of fine-tuning, made once (either engine thread may ask first)."""
        with self._schedule_lock:
            if self._schedule is None:
                policy = self.scenario.fine_tuning.retrain_policy
                self._schedule = fine_tuning_trainings(self.p, policy, self.C, self.X, self.retrain)
            return self._schedule

    def hours(self, strategy: str, trainings: Array | float = 0.0) -> Array:
        """hours[m] of a strategy (MODEL.md's hours line)."""
        effort = self.p.effort
        terms = (
            getattr(effort.setup_hours, strategy),
            getattr(effort.monitoring_hours_per_month, strategy),
            getattr(effort.incidents_per_month, strategy),
            getattr(effort.hours_per_incident, strategy),
            self.p.knowledge.updates_per_month,
            effort.hours_per_content_update,
        )
        # Months 1, 2, ... differ only in [m=0] (0 in each), unless an input is a row per
        # month: the sum is made for months 0 and 1 and month 1's column spread to the rest
        # (the same operands in each month, so the same numbers, in fewer passes).
        months = self.shape[1]
        by_month = any(fx.is_row_per_month(term) for term in terms)
        first = self.first if by_month or months <= 2 else self.first[:, :2]
        setup, monitoring, incidents, per_incident, updates, per_update = terms
        # first * setup + monitoring + incidents * hours_per_incident (+ updates * hours),
        # added left to right over the first product (a new array)
        setup_part = first * setup
        hours = fx.over_fresh(np.add, setup_part, monitoring, setup_part)
        hours = fx.plus_into(incidents * per_incident, hours)
        if strategy != "fine_tuning":
            hours = fx.plus_into(updates * per_update, hours)
        if hours.shape[1] < months:
            spread = np.empty((hours.shape[0], months))
            spread[:, :1] = hours[:, :1]
            spread[:, 1:] = hours[:, 1:2]
            hours = spread
        if strategy in TUNED:
            retrain_hours = effort.hours_per_retrain * (trainings - self.first)
            hours = fx.over_fresh(np.add, retrain_hours, hours, hours, retrain_hours)
        extra = event_hours(self.scenario, strategy)
        if extra:
            one_off = np.zeros((1, self.shape[1]))
            for e, value in extra.items():
                one_off[0, e] += value
            hours = fx.plus_into(one_off, hours)  # hours + one_off, over its own array
        return hours

    def inference(self, strategy: str, tokens: fx.Tokens) -> tuple[Array, Array | float]:
        """(inference[m], replicas[m]) at the prices of the strategy's model."""
        model = MODEL_OF[strategy]
        factor = self.P if model == "base_model" else self.Pt
        write = self.p.long_context.cache_write_per_1m if strategy == "long_context" else 0.0
        return fx.inference_cost(
            self.p,
            getattr(self.p, model),
            tokens,
            self.Q,
            factor,
            self.batch.dedicated_months(model),
            write,
        )

    def wrong(
        self, strategy: str, staleness: Array | float
    ) -> tuple[Array | float, Array, Array | None]:
        """(the share of wrong answers, wrong_answers[m], wrong_answer_count[m] or None).

        wrong_answers[m] = Q * share * cost_per_wrong_answer. The count Q * share is kept
        when the share varies by month (the summary adds it up); else it is made if asked for.
        """
        share = fx.wrong_answer_share(self.p, strategy, staleness)
        price = self.p.quality.cost_per_wrong_answer
        if fx.is_zero(price):
            return share, ZERO, None
        count = self.Q * share
        by_month = np.ndim(share) == 2 and np.shape(share)[1] > 1
        return share, count * price, count if by_month else None


def _strategy(s: _Month, key: str, shared: dict[str, Any]) -> StrategyMonths:
    """One strategy's row of MODEL.md's table."""
    return StrategyMonths.of(s.shape, **_strategy_parts(s, key, shared))


def _strategy_parts(
    s: _Month, key: str, shared: dict[str, Any], totals_only: bool = False
) -> dict[str, Any]:
    """A strategy's components and the arrays they come with, as `StrategyMonths.of` takes them.

    With `totals_only` (the Monte Carlo, which reads only the components), the engineering
    cost is written over the hours, which are then not given.
    """
    p = s.p
    tokens = fx.query_tokens(p, key, s.C)
    inference, replicas = s.inference(key, tokens)
    components: dict[str, Component] = {"inference": inference}
    if key in RETRIEVAL:
        components |= shared["retrieval"]()
    trainings: Array | float = ZERO
    staleness: Array | float = ZERO
    exceeds = None
    if key in TUNED:
        tuned = p.fine_tuned_model
        ft = p.fine_tuning
        if key == "fine_tuning":
            trainings, U = s.fine_tuning_schedule()  # noqa: N806
            T: Column = ft.behavior_training_tokens + ft.knowledge_tokens_per_corpus_token * s.C  # noqa: N806
            staleness = staleness_pct(p, U, s.C)
        else:
            trainings = hybrid_trainings(p, s.m, s.retrain)
            T = ft.behavior_training_tokens  # noqa: N806
        per_token_price = ft.epochs * tuned.training_per_1m / fx.PER_MILLION
        components["training"] = fx.training_cost(
            trainings, T, per_token_price, s.Pt, tuned.training_minimum_per_run
        )
        dedicated = s.batch.dedicated_months("fine_tuned_model")
        if dedicated is not True:
            components["evaluation"] = fx.evaluation_cost(
                p, tuned, tokens, trainings, s.Pt, dedicated
            )
        components["hosting"] = shared["hosting"]()
    if key == "long_context":
        storage = p.long_context.cache_storage_per_1m_per_hour
        if not fx.is_zero(storage):
            components["context_cache"] = fx.context_cache_cost(p, s.C, s.P)
        exceeds = fx.exceeds_context_from_month(p, s.C)
    hours = s.hours(key, trainings)  # a new array
    if totals_only:
        components["engineering"] = fx.over_fresh(np.multiply, p.effort.hourly_rate, hours, hours)
    else:
        components["engineering"] = p.effort.hourly_rate * hours
    share, components["wrong_answers"], count = s.wrong(key, staleness)
    return {
        "components": components,
        "hours": None if totals_only else hours,
        "trainings": trainings,
        "staleness_pct": staleness,
        "replicas": replicas,
        "queries": s.Q,
        "wrong_share": share,
        "exceeds_context_from_month": exceeds,
        "wrong_answer_count": count,
    }


def _shared(s: _Month) -> dict[str, Any]:
    """Components that several strategies share, each computed once when first asked for."""
    p = s.p
    cache: dict[str, Any] = {}

    lock = threading.Lock()  # two threads may ask at once (`_strategies`)

    def once(name: str, compute: Any) -> Any:
        def get() -> Any:
            with lock:
                if name not in cache:
                    cache[name] = compute()
                return cache[name]

        return get

    def retrieval() -> dict[str, Array]:
        rerank = p.retrieval.rerank_per_1k_queries
        return {
            "embedding": fx.embedding_cost(p, s.Q, s.C, s.X, s.P, s.re_embed),
            "vector_store": fx.vector_store_cost(p, s.Q, s.C, s.X, s.re_embed),
            "rerank": ZERO if fx.is_zero(rerank) else fx.rerank_cost(p, s.Q),
        }

    return {
        "retrieval": once("retrieval", retrieval),
        "hosting": once("hosting", lambda: fx.hosting_cost(p)),
    }


PARALLEL_FROM = 2000
"""A batch of at least this many variants computes its strategies on two threads."""
_helper: list[Any] = []


def _beside() -> Any:
    """The engine's second thread (a one-worker pool, started on first use)."""
    if not _helper:
        from concurrent.futures import ThreadPoolExecutor

        _helper.append(
            ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="engine", initializer=quiet_arithmetic
            )
        )
    return _helper[0]


_caller = threading.local()


def helper_thread() -> Any:
    """The engine's second thread, for a caller that runs whole batches beside its own.

    Such a caller runs each batch inside `on_this_thread()` (on either thread), so that the
    engine never waits for the helper from inside a batch.
    """
    return _beside()


@contextmanager
def on_this_thread() -> Iterator[None]:
    """Within: every batch runs on the calling thread alone (its caller uses both threads)."""
    before = getattr(_caller, "alone", False)
    _caller.alone = True
    try:
        yield
    finally:
        _caller.alone = before


def _two_threads(size: int) -> bool:
    """Whether a batch of `size` variants is computed on two threads."""
    return size >= PARALLEL_FROM and not getattr(_caller, "alone", False)


def _strategies(
    s: _Month, shared: dict[str, Any], keys: tuple[str, ...]
) -> tuple[dict[str, StrategyMonths], dict[str, dict], dict[str, np.ndarray]]:
    """Every compared strategy, and for a large batch its summary figures and break-even months.

    A large batch computes half of the strategies, with their summary figures, on a second
    thread.

    numpy lets go of the interpreter inside each pass over an array, so two threads run two
    strategies' passes at once. Each strategy's arrays come from the same operations in the
    same order either way: the same numbers. The retrieval strategies stay on one thread
    (they share the retrieval part). The break-even pairs are shared out as their two
    strategies are done: this thread finds those of the strategies done while the other
    still computes fine-tuning (the longest), then both take the rest.
    """
    if not _two_threads(s.shape[0]) or len(keys) < 2:
        return {key: _strategy(s, key, shared) for key in keys}, {}, {}
    total_queries = s.Q.sum(axis=1)
    done: dict[str, StrategyMonths] = {}
    figures: dict[str, dict] = {}
    pairs = _Pairs(done, list(compared_pairs(list(keys)).items()))

    def run(key: str, then_pairs: bool = False) -> None:
        try:
            months = _strategy(s, key, shared)
            summary = strategy_figures(s.p, s.m, total_queries, months)
        except BaseException:
            pairs.give_up()  # no thread waits for it any longer; the caller gets the error
            raise
        pairs.add(key, months, summary, figures)
        if then_pairs:
            pairs.find()

    here = [key for key in keys if key in RETRIEVAL] or [keys[0]]
    there = [key for key in keys if key not in here]
    if not there:
        there = [here.pop()]
    # fine-tuning last beside another strategy: this thread makes its schedule meanwhile
    there.sort(key=lambda key: key == "fine_tuning")
    elsewhere = [
        _beside().submit(run, key, then_pairs=index == len(there) - 1)
        for index, key in enumerate(there)
    ]  # run in this order
    if there[-1] == "fine_tuning" and len(there) > 1:
        s.fine_tuning_schedule()  # fine-tuning's month-by-month walk, for the other thread
    for key in here:
        run(key)
    for future in elsewhere[:-1]:
        future.result()
    pairs.find()  # those of the strategies done so far
    pairs.wait_for(there[-1])
    pairs.find()  # the rest, beside the other thread
    elsewhere[-1].result()
    return {key: done[key] for key in keys}, figures, pairs.found


class _Pairs:
    """Break-even pairs shared out between the engine's two threads as strategies finish."""

    def __init__(self, done: dict[str, StrategyMonths], pending: list) -> None:
        self.done = done
        self.pending = pending
        self.found: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()
        self._finished = threading.Condition(self._lock)
        self._failed = False

    def add(self, key: str, months: StrategyMonths, summary: dict, figures: dict) -> None:
        """A strategy is done: its pairs can be found."""
        with self._finished:
            self.done[key] = months
            figures[key] = summary
            self._finished.notify_all()

    def give_up(self) -> None:
        """A strategy failed: stop waiting for it."""
        with self._finished:
            self._failed = True
            self._finished.notify_all()

    def wait_for(self, key: str) -> None:
        """Until the strategy `key` is done (or one has failed)."""
        with self._finished:
            self._finished.wait_for(lambda: key in self.done or self._failed)

    def find(self) -> None:
        """Take pairs whose strategies are both done, one at a time, until none is left."""
        while True:
            with self._lock:
                ready = [item for item in self.pending if set(item[1]) <= set(self.done)]
                if not ready:
                    return
                name, (a, b) = ready[0]
                self.pending.remove(ready[0])
            self.found[name] = pair_break_even(self.done, a, b)


@quietly
def simulate(batch: ScenarioBatch) -> BatchResult:
    """Run every formula of MODEL.md over the batch, for the compared strategies."""
    s = _Month(batch)
    p = s.p
    shared = _shared(s)
    strategies, figures, found = _strategies(s, shared, batch.scenario.strategies)
    check_finite(batch, strategies)
    summary = summarise(p, s.m, s.Q, strategies, figures, found)
    queries = np.broadcast_to(s.Q, s.shape)
    return BatchResult(batch=batch, queries=queries, strategies=strategies, summary=summary)


def simulate_scenario(scenario: Scenario) -> BatchResult:
    """A single run: the batch of one."""
    return simulate(ScenarioBatch.of(scenario))


@dataclass(frozen=True)
class CumulativeTotals:
    """What the Monte Carlo reads of a batch: the cumulative costs and who can run."""

    feasible: dict[str, np.ndarray]  # strategy -> [batch] bool
    total_queries: Array  # [batch] or [1]: the queries over the horizon, Q[0] + ... + Q[M-1]


@quietly
def simulate_cumulative(batch: ScenarioBatch, out: dict[str, Array]) -> CumulativeTotals:
    """Each compared strategy's cumulative cost, month-major, into `out[key]` [months, batch].

    The Monte Carlo's kernel: the same formulas as `simulate` (`_strategy_parts`, `total_cost`),
    but it keeps only the cumulative totals, builds no summary and no per-component arrays
    past each strategy, and writes month by month, so that each month's samples lie together
    for the percentiles. cumulative[m] = cumulative[m-1] + total[m], in month order, as
    `np.cumsum` adds: the same numbers as `simulate` gives.
    """
    s = _Month(batch)
    shared = _shared(s)
    feasible: dict[str, np.ndarray] = {}
    for key in batch.scenario.strategies:
        parts = _strategy_parts(s, key, shared, totals_only=True)
        total = np.broadcast_to(total_cost(s.shape, parts["components"]), s.shape)
        del parts["components"]
        cumulative = out[key]
        cumulative[0] = total[:, 0]
        for month in range(1, s.shape[1]):
            np.add(cumulative[month - 1], total[:, month], out=cumulative[month])
        exceeds = parts["exceeds_context_from_month"]
        feasible[key] = np.ones(s.shape[0], dtype=bool) if exceeds is None else exceeds == 0
        del total, parts
    return CumulativeTotals(feasible=feasible, total_queries=s.Q.sum(axis=1))
