"""Results too large to show: an error that names the inputs, never a silent inf or 5.6e305.

MODEL.md: "a figure too large to represent is an error that names the inputs". The engine
refuses any infinite or NaN figure in every batch. What is shown (a single run with its
present values, a Monte Carlo run's percentiles, the sensitivity totals) is refused already at
LIMIT (a thousand trillion of the currency): such a figure comes only from inputs near their
upper bounds together (or a discount rate near -100 %), and numbers that long make no sense
in a table or on a chart axis. The decision map and the break-even finder sweep inputs far
from the scenario's values and show no amounts, so only the first check applies to them.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

import numpy as np

from desktop_app.core.model.numbers import plain_number
from desktop_app.core.model.problems import Problem
from desktop_app.core.model.strategy_names import name as strategy_name

if TYPE_CHECKING:
    from desktop_app.core.engine.batch import ScenarioBatch
    from desktop_app.core.engine.kernel import BatchResult, StrategyMonths

LIMIT = 1e15
"""The largest amount of money (in the scenario's currency) a result may hold."""

VOLUME = ("horizon_months", "workload.queries_per_month", "workload.monthly_growth_pct")
CORPUS = ("knowledge.corpus_tokens", "knowledge.added_tokens_per_month")
INPUTS = {
    "embedding": (*VOLUME, *CORPUS, "retrieval.embedding_price_per_1m"),
    "vector_store": (
        *VOLUME,
        *CORPUS,
        "retrieval.read_price_per_1m_units",
        "retrieval.vector_storage_per_gb_month",
        "retrieval.embedding_dimensions",
        "retrieval.store_unit_gb",
        "retrieval.store_unit_per_month",
    ),
    "rerank": (*VOLUME, "retrieval.rerank_per_1k_queries"),
    "inference": (
        *VOLUME,
        "workload.output_tokens_per_query",
        "workload.instruction_tokens",
        "retrieval.top_k",
        "retrieval.chunk_tokens",
        "market.price_change_pct_per_year",
    ),
    "context_cache": (*CORPUS, "long_context.cache_storage_per_1m_per_hour"),
    "training": (
        *CORPUS,
        "fine_tuning.knowledge_tokens_per_corpus_token",
        "fine_tuning.epochs",
        "fine_tuned_model.training_per_1m",
        "knowledge.updates_per_month",
    ),
    "evaluation": ("fine_tuning.eval_queries_per_training", "knowledge.updates_per_month"),
    "hosting": ("fine_tuned_model.hosting_per_hour", "fine_tuned_model.monthly_fee"),
    "engineering": (
        "effort.hourly_rate",
        "effort.hours_per_retrain",
        "knowledge.updates_per_month",
    ),
    "wrong_answers": (*VOLUME, "quality.cost_per_wrong_answer"),
}
"""The inputs that scale each component, named when it grows too large."""


DEDICATED = (
    "dedicated.replica_per_hour",
    "dedicated.input_tokens_per_second",
    "dedicated.output_tokens_per_second",
    "dedicated.target_utilisation_pct",
)
"""What scales a dedicated model's inference, under its model's section."""
PEAK = "workload.peak_to_average"

Params = ParamSpec("Params")
Result = TypeVar("Result")


def quiet_arithmetic() -> None:
    """No warnings from numpy about overflow, 0/0 or x/0 on this thread.

    Such a figure is found afterwards, where it matters, and refused in words that name the
    inputs (`check_finite`); numpy's RuntimeWarning would be a second message, in a
    programmer's words and with a source line, before the one the user can act on. The
    setting is the thread's own: the engine's helper thread takes it when it starts.
    """
    np.seterr(over="ignore", invalid="ignore", divide="ignore")


def quietly(run: Callable[Params, Result]) -> Callable[Params, Result]:
    """`run` with `quiet_arithmetic` on the calling thread, for as long as it runs."""

    @functools.wraps(run)
    def quiet(*args: Params.args, **kwargs: Params.kwargs) -> Result:
        with np.errstate():  # the thread's setting as it was, once `run` returns
            quiet_arithmetic()
            return run(*args, **kwargs)

    return quiet


class ResultTooLargeError(ValueError):
    """A figure of the result is too large to represent or to show sensibly.

    `problem` holds what the words name (kind "result_too_large", "cost_per_query_too_large"
    or "present_value_too_large" of `problems.KINDS`), for the window to word it in its own
    language; `str()` is the command line's English.
    """

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.text)
        self.problem = problem

    def __reduce__(self) -> tuple[type[ResultTooLargeError], tuple[Problem]]:
        return type(self), (self.problem,)  # pickled whole, not from its text


def _named(batch: ScenarioBatch, paths: tuple[str, ...]) -> tuple[tuple[str, float | None], ...]:
    """Each of `paths` the batch has, with its value (None: it differs between variants)."""
    from desktop_app.core.model.fields import value_at

    named: list[tuple[str, float | None]] = []
    for path in paths:
        if path == "horizon_months":
            named.append((path, float(batch.scenario.horizon_months)))
        elif path in batch.values:
            values = batch.values[path]
            if np.isnan(values[0]):  # not drawn: the scenario's own value
                named.append((path, float(value_at(batch.scenario, path))))
            else:
                same = bool((values == values[0]).all())
                named.append((path, float(values[0]) if same else None))
    return tuple(named)


def _inputs_text(inputs: tuple[tuple[str, float | None], ...]) -> str:
    return ", ".join(
        f"{path} = {'varied' if value is None else plain_number(value)}" for path, value in inputs
    )


def check_finite(
    batch: ScenarioBatch, strategies: dict[str, StrategyMonths], limit: float = math.inf
) -> None:
    """Raise ResultTooLargeError when any strategy's total reaches `limit` or is not finite.

    Costs are never negative, so the cumulative cost at the horizon is the largest figure.
    """
    for key, months in strategies.items():
        largest = float(np.max(months.cumulative[:, -1])) if months.cumulative.size else 0.0
        if largest < limit and np.isfinite(largest):
            continue
        sums = {
            name: float(np.nan_to_num(np.sum(array[:, :]), nan=np.inf))
            for name, array in months.components.items()
        }
        worst = max(sums, key=lambda name: sums[name])
        currency = batch.scenario.currency
        amount = "not a number" if not np.isfinite(largest) else f"{largest:.3g} {currency}"
        inputs = _named(batch, _scaling(batch, key, worst))
        shown_limit = min(limit, LIMIT)
        text = (
            f"the result is too large to show: the total cost of {strategy_name(key)} would be "
            f"{amount} (the limit is {shown_limit:.0e} {currency}), mostly {worst}; "
            f"check these inputs: {_inputs_text(inputs)}"
        )
        values = {
            "strategy": key,
            "amount": largest,
            "currency": currency,
            "limit": shown_limit,
            "component": worst,
            "inputs": inputs,
        }
        raise ResultTooLargeError(Problem("", text, "result_too_large", values))


def _scaling(batch: ScenarioBatch, strategy: str, component: str) -> tuple[str, ...]:
    """The inputs that scale `component`: a dedicated model's replicas too, when it has them."""
    from desktop_app.core.engine.kernel import MODEL_OF  # the kernel imports this module

    model = MODEL_OF[strategy]
    if component != "inference" or not np.any(batch.dedicated_months(model)):
        return INPUTS[component]
    return (*INPUTS[component], PEAK, *(f"{model}.{path}" for path in DEDICATED))


def check_per_query(batch: ScenarioBatch, key: str, per_1k: np.ndarray) -> None:
    """A cost per 1,000 queries of LIMIT or more comes from a vanishing query volume."""
    finite = per_1k[~np.isnan(per_1k)]
    if finite.size and not float(np.max(finite)) < LIMIT:
        largest, currency = float(np.max(finite)), batch.scenario.currency
        inputs = _named(batch, VOLUME)
        text = (
            "the result is too large to show: the cost per 1,000 queries of "
            f"{strategy_name(key)} would be {largest:.3g} {currency}; the query volume is too "
            f"small to divide by ({_inputs_text(inputs)})"
        )
        values = {"strategy": key, "amount": largest, "currency": currency, "inputs": inputs}
        raise ResultTooLargeError(Problem("", text, "cost_per_query_too_large", values))


DISCOUNTING = ("horizon_months", "finance.discount_rate_pct_per_year")


def check_present_value(batch: ScenarioBatch, key: str, present_value: np.ndarray) -> None:
    """A present value of LIMIT or more comes from a discount rate near -100 % a year.

    (1 + r)^(-m/12) then weighs the last month up to 1e160 times its cost, while the total
    itself stays small enough to show.
    """
    if present_value.size and not float(np.max(present_value)) < LIMIT:
        largest, currency = float(np.max(present_value)), batch.scenario.currency
        inputs = _named(batch, DISCOUNTING)
        text = (
            f"the result is too large to show: the present value of {strategy_name(key)} "
            f"would be {largest:.3g} {currency}; the discount rate weighs later months too "
            f"much ({_inputs_text(inputs)})"
        )
        values = {"strategy": key, "amount": largest, "currency": currency, "inputs": inputs}
        raise ResultTooLargeError(Problem("", text, "present_value_too_large", values))


def check_shown(result: BatchResult) -> None:
    """What the app shows stays below LIMIT: totals, costs per 1,000 queries, present values."""
    check_finite(result.batch, result.strategies, LIMIT)
    for key, figures in result.summary.strategies.items():
        check_per_query(result.batch, key, figures["cost_per_1k_queries"])
        check_present_value(result.batch, key, figures["present_value"])
