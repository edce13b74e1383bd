"""MODEL.md, "Formulas, month m": every formula of a month, named as in MODEL.md.

Shared quantities, tokens and price of a query, inference, the retrieval part, the
long-context part, training, hosting and wrong answers.

Every function takes the batch inputs `p` (a varying input is a column [batch, 1], a fixed one
a plain number, one set by an event a row per month) and arrays shaped [batch or 1, months];
names follow MODEL.md. Operations keep version 1's order where version 1 had the formula, and
a version-2 term that is zero at its default is added (or skipped) so that a version-1
scenario gives bit-identical numbers.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable
from typing import TypeVar, cast, overload

import numpy as np

from desktop_app.core.engine.batch import Array
from desktop_app.core.engine.inputs import Column, Inputs, ModelPrices, section_plan

HOURS_PER_MONTH = 730.0  # 8,760 / 12
SECONDS_PER_MONTH = 2628000.0  # 730 hours
BYTES_PER_GB = 1e9
BYTES_PER_DIMENSION = 4  # float32
PER_MILLION = 1e6
WHOLE_UNIT_SLACK = 1e-9
"""ceil_units(x) = ceil(x - 1e-9): an exact multiple does not tip over by rounding."""


_Node = TypeVar("_Node")


def is_row_per_month(value: object) -> bool:
    """An input that an event made a row per month ([batch or 1, months], months > 1)."""
    return isinstance(value, np.ndarray) and value.ndim == 2 and value.shape[1] > 1


def is_zero(value: Array | float) -> bool:
    """True for an input that is the plain number 0 (the same in every variant and month)."""
    return not np.ndim(value) and value == 0


def first_month(m: Array) -> Array:
    """The `[m=0]` term: 1 in month 0, else 0."""
    return (m == 0).astype(float)


def plus_into(a: Array | float, fresh: Array) -> Array:
    """`a + fresh`, written over `fresh` (a temporary of the caller) when the shapes allow.

    The same numbers as `a + fresh` (addition is commutative), without a new array.
    """
    if np.broadcast_shapes(np.shape(a), fresh.shape) != fresh.shape:
        return a + fresh
    return np.add(fresh, a, out=fresh)


def _written_over(series: Array, extra: Array | float, own: bool) -> Array:
    """`series` spread to the rows of `extra`: a copy, or `series` itself when `own` allows."""
    rows = max(np.shape(series)[0], np.shape(extra)[0] if np.ndim(extra) else 1)
    if own and np.shape(series) == (rows, np.shape(series)[1]):
        return series
    return np.array(np.broadcast_to(series, (rows, np.shape(series)[1])))


def plus_in_months(
    series: Array, extra: Array, months: list[int], columns_only: bool = False, own: bool = False
) -> Array:
    """`series + R[m] * extra`: `extra` (a column, or a row per month) added in some months.

    `months` lists the 0-based months with R[m] = 1 (always month 0). With `columns_only`,
    `extra` holds just those months' columns, in the order of `months`. With `own`, `series`
    is a temporary of the caller, written over when its shape allows (the same sums).
    """
    result = _written_over(series, extra, own)
    for index, e in enumerate(months):
        if columns_only:
            column = extra[:, index : index + 1]
        else:
            column = extra[:, :1] if np.shape(extra)[-1] == 1 else extra[:, e : e + 1]
        result[:, e : e + 1] += column
    return result


def plus_in_first_month(series: Array, extra: Array | float, own: bool = False) -> Array:
    """`series + [m=0] * extra`, touching only month 0 (`extra` is per variant, [batch, 1]).

    With `own`, `series` is a temporary of the caller, as in `plus_in_months`.
    """
    result = _written_over(series, extra, own)
    result[:, :1] += extra
    return result


def maximum_into(floor: Array | float, fresh: Array, ufunc: np.ufunc = np.maximum) -> Array:
    """`np.maximum(floor, fresh)` (or `ufunc`), over `fresh` (a temporary of the caller) if it fits.

    The same operands in the same order (which decides between 0.0 and -0.0), no new array.
    """
    if (
        not isinstance(fresh, np.ndarray)
        or np.broadcast_shapes(np.shape(floor), fresh.shape) != fresh.shape
    ):
        return ufunc(floor, fresh)
    return ufunc(floor, fresh, out=fresh)


def over_fresh(ufunc: np.ufunc, a: Array | float, b: Array | float, *fresh: object) -> Array:
    """`ufunc(a, b)`, written over the first of `fresh` that has the result's shape.

    `fresh` names operands (`a`, `b`) that are temporaries of the caller: the same numbers
    as `ufunc(a, b)` (the same operands in the same order), without a new array.
    """
    shape = np.broadcast_shapes(np.shape(a), np.shape(b))
    for operand in fresh:
        if isinstance(operand, np.ndarray) and operand.shape == shape:
            return ufunc(a, b, out=operand)
    return ufunc(a, b)


def ceil_units(x: Array, own: bool = False) -> Array:
    """Whole units a provider bills: ceil(x - 1e-9). With `own`, written over `x`."""
    units = over_fresh(np.subtract, x, WHOLE_UNIT_SLACK, x) if own else x - WHOLE_UNIT_SLACK
    return np.ceil(units, out=units) if isinstance(units, np.ndarray) else np.ceil(units)


def queries(p: Inputs, m: Array) -> Array:
    """Q[m]: queries in month m, growing by a compound monthly rate."""
    w = p.workload
    growth = (1 + w.monthly_growth_pct / 100) ** m  # a new array: the product written over it
    return over_fresh(np.multiply, w.queries_per_month, growth, growth)


def corpus(p: Inputs, m: Array) -> Array:
    """C[m]: corpus tokens at the start of month m."""
    k = p.knowledge
    return k.corpus_tokens + k.added_tokens_per_month * m


def changed_tokens(p: Inputs, corpus_tokens: Array) -> Array:
    """X[m]: tokens changed or added during month m."""
    k = p.knowledge
    return corpus_tokens * k.changed_pct_per_month / 100 + k.added_tokens_per_month


def embedded_per_corpus_token(p: Inputs) -> Column:
    """f: embedded tokens per corpus token (chunks overlap)."""
    return 1 + p.retrieval.chunk_overlap_pct / 100


def trend(rate_pct_per_year: Array | float, m: Array) -> Array:
    """(1 + rate/100)**(m/12): the factor a yearly price change gives after m months."""
    return (1 + rate_pct_per_year / 100) ** (m / 12)


def price_factor(p: Inputs, m: Array) -> Array:
    """P[m]: factor on every per-token price after m months of yearly price change."""
    return trend(p.market.price_change_pct_per_year, m)


def tuned_price_factor(p: Inputs, m: Array, P: Array) -> Array:  # noqa: N803
    """Pt[m]: the same for the fine-tuned model's prices (P itself when its rate is empty)."""
    rate = p.market.fine_tuned_price_change_pct_per_year
    if not np.ndim(rate) and np.isnan(rate):
        return P
    return trend(np.where(np.isnan(rate), p.market.price_change_pct_per_year, rate), m)


BASE_TREND = (
    "base_model.input_per_1m",
    "base_model.cached_input_per_1m",
    "base_model.output_per_1m",
    "retrieval.embedding_price_per_1m",
    "long_context.cache_write_per_1m",
    "long_context.cache_storage_per_1m_per_hour",
)
TUNED_TREND = (
    "fine_tuned_model.input_per_1m",
    "fine_tuned_model.cached_input_per_1m",
    "fine_tuned_model.output_per_1m",
    "fine_tuned_model.training_per_1m",
)
"""The per-token prices that P[m] (or Pt[m]) moves; hourly and monthly prices have no trend."""


def start_trends_at_events(
    p: Inputs,
    set_months: dict[str, Array],
    P: Array,  # noqa: N803
    Pt: Array,  # noqa: N803
) -> None:
    """A per-token price set by an event in month e runs its trend from there: P[m]/P[e].

    Every formula multiplies such a price by P[m]; dividing the set value by P[e] here makes
    that product the price in effect in month e times P[m]/P[e].
    """
    for paths, factor in ((BASE_TREND, P), (TUNED_TREND, Pt)):
        for path in paths:
            if path not in set_months:
                continue
            section, leaf = path.split(".")
            node = getattr(p, section)
            since = set_months[path][0].astype(int)
            setattr(node, leaf, getattr(node, leaf) / factor[:, since])


def fill_empty_prices(p: Inputs) -> None:
    """Fill in empty prices, per variant and month.

    An empty cached-input price is the model's input price; an empty cache-write price is the
    base model's input price.
    """
    for node, follows in (
        (p.base_model, p.base_model),
        (p.fine_tuned_model, p.fine_tuned_model),
    ):
        node.cached_input_per_1m = _or(node.cached_input_per_1m, follows.input_per_1m)
    lc = p.long_context
    lc.cache_write_per_1m = _or(lc.cache_write_per_1m, p.base_model.input_per_1m)


def _or(value: Array | float, fallback: Array | float) -> Array | float:
    if not np.ndim(value):
        return fallback if np.isnan(value) else value
    return np.where(np.isnan(value), fallback, value)


def retrieved_tokens(p: Inputs) -> Column:
    """r: retrieved context tokens sent with each query."""
    return p.retrieval.top_k * p.retrieval.chunk_tokens


class Tokens:
    """One query's tokens (MODEL.md's token table).

    A billed as input, B at the cached price, W written to the cache, O output.
    """

    def __init__(self, A: Column, B: Column, W: Column, O: Column) -> None:  # noqa: N803, E741
        self.A, self.B, self.W, self.O = A, B, W, O

    def in_months(self, months: slice) -> Tokens:
        """The same row in the months `months` only (see `in_months`)."""
        return Tokens(*(in_months(value, months) for value in (self.A, self.B, self.W, self.O)))


class LongPromptTokens(Tokens):
    """Long context's row: B = s_b*k + C[m]*h and W = C[m]*(1-h) grow with the corpus.

    Both are linear in C[m], so the price of a query is a fixed part plus C[m] times a price
    per corpus token (two products per month instead of six); B and W themselves are made
    only when replicas need them.
    """

    def __init__(self, A: Column, s_b_cached: Column, O: Column, C: Array, h: Column) -> None:  # noqa: N803, E741
        self.A, self.O, self.C, self.h = A, O, C, h
        self.instruction_cached = s_b_cached

    def in_months(self, months: slice) -> LongPromptTokens:
        """The same row in the months `months` only (see `in_months`)."""
        return LongPromptTokens(
            in_months(self.A, months),
            in_months(self.instruction_cached, months),
            in_months(self.O, months),
            in_months(self.C, months),
            in_months(self.h, months),
        )

    @property
    def B(self) -> Array:  # type: ignore[override]  # noqa: N802 - MODEL.md's name; read-only
        """s_b*k + C[m]*h."""
        return self.instruction_cached + self.C * self.h

    @property
    def W(self) -> Array:  # type: ignore[override]  # noqa: N802 - MODEL.md's name; read-only
        """C[m]*(1-h)."""
        return self.C * (1 - self.h)


def query_tokens(p: Inputs, strategy: str, C: Array) -> Tokens:  # noqa: N803
    """The token table row of a strategy."""
    w = p.workload
    ret = p.retrieval
    k = w.cached_instruction_share_pct / 100
    u, o = w.input_tokens_per_query, w.output_tokens_per_query
    if strategy == "long_context":
        h = p.long_context.cache_hit_pct / 100
        s_b = w.instruction_tokens
        return LongPromptTokens(u + s_b * (1 - k), s_b * k, o, C, h)
    s = w.instruction_tokens if strategy == "embeddings" else w.instruction_tokens_fine_tuned
    if strategy == "fine_tuning":
        return Tokens(u + 0.0 + s * (1 - k), s * k, 0.0, o)
    A = u + retrieved_tokens(p) + s * (1 - k)  # noqa: N806
    O = o  # noqa: N806, E741
    if not is_zero(ret.rewrites_per_query):
        A = A + ret.rewrites_per_query * ret.rewrite_input_tokens  # noqa: N806
        O = O + ret.rewrites_per_query * ret.rewrite_output_tokens  # noqa: N806, E741
    return Tokens(A, s * k, 0.0, O)


def query_price(prices: ModelPrices, tokens: Tokens, write_price: Column = 0.0) -> Column:
    """The price of one query before the price trend.

    q = (A*in + B*cached_or_in + W*write_or_in + O*out) / 1e6. A new array (or a number):
    the caller may write over it. Each sum is written over one of its fresh terms.
    """
    if isinstance(tokens, LongPromptTokens):  # the same sum, with B and W split as above
        fixed = _sum_over(
            _sum_over(
                tokens.A * prices.input_per_1m,
                tokens.instruction_cached * prices.cached_input_per_1m,
            ),
            tokens.O * prices.output_per_1m,
        )
        per_corpus_token = tokens.h * prices.cached_input_per_1m + (1 - tokens.h) * write_price
        total = _sum_over(fixed, tokens.C * per_corpus_token)
        return over_fresh(np.true_divide, total, PER_MILLION, total)
    billed = _sum_over(tokens.A * prices.input_per_1m, tokens.B * prices.cached_input_per_1m)
    if not is_zero(tokens.W):
        billed = _sum_over(billed, tokens.W * write_price)
    billed = _sum_over(billed, tokens.O * prices.output_per_1m)
    return over_fresh(np.true_divide, billed, PER_MILLION, billed)


def _sum_over(a: Array | float, b: Array | float) -> Array | float:
    """`a + b` of two fresh terms, over one of them when it has the sum's shape."""
    if not (isinstance(a, np.ndarray) or isinstance(b, np.ndarray)):
        return a + b
    return over_fresh(np.add, a, b, a, b)


def batch_factor(p: Inputs, prices: ModelPrices) -> Array | float:
    """The batch factor (per-token serving only).

    beta = 1 - batch_share_pct/100 * batch_discount_pct/100.
    """
    return 1 - p.workload.batch_share_pct / 100 * prices.batch_discount_pct / 100


def replicas(p: Inputs, prices: ModelPrices, tokens: Tokens, Q: Array) -> Array:  # noqa: N803
    """replicas[m] = max(min_replicas, ceil_units(Q * g * peak / (2628000 * target)))."""
    d = prices.dedicated
    g = _sum_over(
        (tokens.A + tokens.W) / d.input_tokens_per_second,
        tokens.O / d.output_tokens_per_second,
    )
    # per variant (or a row): one product per month below; each step over its own temporary
    seconds_per_query = _times_over(g, p.workload.peak_to_average)
    seconds_per_query = _over_own(
        np.true_divide,
        seconds_per_query,
        SECONDS_PER_MONTH * d.target_utilisation_pct / 100,
    )
    units = over_fresh(np.multiply, Q, seconds_per_query, seconds_per_query)
    return maximum_into(d.min_replicas, ceil_units(units, own=True))


def times_trend(fresh: Array, factor: Array) -> Array:
    """`fresh * P[m]` (or Pt[m]), over `fresh`.

    `fresh` itself when the factor is 1 in every month (no price change) and has no more
    rows or months than `fresh`: x * 1.0 is x, bit for bit.
    """
    shape = np.shape(factor)
    fits = len(shape) == 2 and shape[0] == 1 and shape[1] in (1, np.shape(fresh)[-1])
    if fits and bool((factor == 1.0).all()):
        return fresh
    return _times_over(fresh, factor)


def _times_over(fresh: Array | float, factor: Array | float) -> Array:
    """`fresh * factor`, over `fresh` (a temporary of the caller) when it has the shape."""
    return over_fresh(np.multiply, fresh, factor, fresh)


def _over_own(ufunc: np.ufunc, fresh: Array | float, other: Array | float) -> Array:
    """`ufunc(fresh, other)`, over `fresh` (a temporary of the caller) when it has the shape."""
    return over_fresh(ufunc, fresh, other, fresh)


RUNS_FROM = 64
"""Queries for this many variants or more: inference by runs of months (`inference_cost`)."""


def inference_cost(
    p: Inputs,
    prices: ModelPrices,
    tokens: Tokens,
    Q: Array,  # noqa: N803
    trend_factor: Array,
    dedicated: bool | np.ndarray,
    write_price: Array | float = 0.0,
) -> tuple[Array, Array | float]:
    """(inference[m], replicas[m]) of one strategy; `dedicated` is per month or for all.

    Per-token serving: inference[m] = Q[m] * q * P[m] * beta. Dedicated serving:
    inference[m] = replicas[m] * 730 * replica_per_hour. When the serving or an input (a row
    per month, set by an event) changes from one month to the next, see `_inference_by_runs`;
    with queries for fewer than `RUNS_FROM` variants, both servings over every month, picked
    month by month (the arrays are small: fewer steps in the interpreter matter more).
    """
    if np.shape(Q)[0] < RUNS_FROM:
        if isinstance(dedicated, bool):
            return _inference_over(p, prices, tokens, Q, trend_factor, dedicated, write_price)
        per_token, _ = _inference_over(p, prices, tokens, Q, trend_factor, False, write_price)
        on_replicas, count = _inference_over(p, prices, tokens, Q, trend_factor, True, write_price)
        return where_months(dedicated, on_replicas, per_token, into_yes=False), where_months(
            dedicated, count, 0.0, into_yes=True
        )
    found = _input_runs(np.shape(Q)[-1], dedicated, p.workload, prices, write_price)
    if found is not None:
        runs, (workload_rows, price_rows, _) = found

        # of `p`, the inference formulas read only `p.workload` (see `_inference_by_runs`)
        def p_at(month: int) -> Inputs:
            return _workload_at(p, month) if workload_rows else p

        def prices_at(month: int) -> ModelPrices:
            return inputs_at(prices, month) if price_rows else prices

        return _inference_by_runs(p_at, prices_at, tokens, Q, trend_factor, runs, write_price)
    if not isinstance(dedicated, bool):
        dedicated = bool(np.asarray(dedicated).reshape(-1)[0])
    return _inference_over(p, prices, tokens, Q, trend_factor, dedicated, write_price)


def _inference_over(
    p: Inputs,
    prices: ModelPrices,
    tokens: Tokens,
    Q: Array,  # noqa: N803
    trend_factor: Array,
    dedicated: bool,
    write_price: Array | float,
) -> tuple[Array, Array | float]:
    """`inference_cost` with one serving in every month given."""
    if not dedicated:
        q = query_price(prices, tokens, write_price)  # a new array: written over
        per_token = times_trend(over_fresh(np.multiply, Q, q, q), trend_factor)
        beta = batch_factor(p, prices)
        if not (not np.ndim(beta) and beta == 1):
            per_token = _times_over(per_token, beta)
        return per_token, 0.0
    count = replicas(p, prices, tokens, Q)
    return count * (HOURS_PER_MONTH * prices.dedicated.replica_per_hour), count


def _input_runs(
    months: int, dedicated: bool | np.ndarray, *nodes: object
) -> tuple[list[tuple[slice, bool]], tuple[bool, ...]] | None:
    """Runs of months with the same serving and the same inputs, each with its serving.

    Within a run, every row per month among the inputs of `nodes` stays the same bit for
    bit. With the runs, for each of `nodes` whether it holds a row per month at all. None
    when a single run spans every month.
    """
    rows: list[Array] = []
    with_rows = []
    for node in nodes:
        before = len(rows)
        _rows_per_month(node, rows)
        with_rows.append(len(rows) > before)
    starts = {0}
    if not isinstance(dedicated, bool):
        starts.update(run.start for run, _ in month_runs(dedicated))
    if rows:  # all rows at once: a few numpy calls, however many rows
        bits = (np.concatenate(rows) if len(rows) > 1 else rows[0]).view(np.int64)
        starts.update((np.flatnonzero((bits[:, 1:] != bits[:, :-1]).any(axis=0)) + 1).tolist())
    if len(starts) == 1:
        return None
    flags = np.broadcast_to(np.asarray(dedicated), (1, months)).reshape(-1)
    edges = [*sorted(starts), months]
    runs = [(slice(a, b), bool(flags[a])) for a, b in itertools.pairwise(edges)]
    return runs, tuple(with_rows)


def _rows_per_month(node: object, found: list[Array]) -> None:
    """Every row per month among the inputs of `node` (a section, or an input itself)."""
    if isinstance(node, np.ndarray):
        if node.ndim == 2 and node.shape[1] > 1:
            found.append(node)
        return
    if isinstance(node, float | int):
        return
    for name, inner in section_plan(type(node)):
        value = getattr(node, name)
        if inner:
            _rows_per_month(value, found)
        elif isinstance(value, np.ndarray) and value.ndim == 2 and value.shape[1] > 1:
            found.append(value)  # as `is_row_per_month`


def _inference_by_runs(
    p_at: Callable[[int], Inputs],
    prices_at: Callable[[int], ModelPrices],
    tokens: Tokens,
    Q: Array,  # noqa: N803
    trend_factor: Array,
    runs: list[tuple[slice, bool]],
    write_price: Array | float,
) -> tuple[Array, Array]:
    """`inference_cost` when the serving or an input changes by month.

    `runs` (from `_input_runs`) are the runs of months in which neither does. The longest
    run's serving is computed over every month, each input that is a row per month taken
    as its value in that run (a column: fewer passes over [batch, months]), which is right
    in that run's months; each other run is then computed over its own months alone with
    its own inputs (`p_at`, `prices_at`: `inputs_at`) and written in. Elementwise formulas
    on the same operands: the same values as every month computed with its own inputs. Of
    `p`, the inference formulas read only `p.workload` (a formula reading a row of another
    section would get it whole, and fail in a shorter run).
    """
    longest = max(runs, key=lambda run: run[0].stop - run[0].start)[0]
    main_on = next(on for span, on in runs if span == longest)
    cost, count = _inference_over(
        p_at(longest.start),
        prices_at(longest.start),
        tokens,
        Q,
        trend_factor,
        main_on,
        at_month(write_price, longest.start),
    )
    months = np.shape(Q)[-1]
    if not isinstance(count, np.ndarray):  # per-token serving: no replicas
        count = np.zeros((1, months))
    for span, on in runs:
        if span == longest:
            continue
        part_cost, part_count = _inference_over(
            p_at(span.start),
            prices_at(span.start),
            tokens.in_months(span),
            in_months(Q, span),
            in_months(trend_factor, span),
            on,
            at_month(write_price, span.start),
        )
        cost = written_in_months(cost, part_cost, span)
        count = written_in_months(count, part_count, span)
    return cost, count


@overload
def at_month(value: Array, month: int) -> Array: ...
@overload
def at_month(value: float, month: int) -> float: ...
@overload
def at_month(value: Array | float, month: int) -> Array | float: ...
def at_month(value: Array | float, month: int) -> Array | float:
    """A row per month as its column in `month` (a column or number kept as it is)."""
    return in_months(value, slice(month, month + 1))


def _workload_at(p: Inputs, month: int) -> Inputs:
    """`p` with `p.workload` as `inputs_at` gives it (`p` itself when that is the same)."""
    workload = inputs_at(p.workload, month)
    return p if workload is p.workload else dataclasses.replace(p, workload=workload)


def inputs_at(node: _Node, month: int) -> _Node:
    """An inputs section (or all of `p`) with each row per month as its column in `month`.

    The section itself when none of its inputs is a row per month; else a copy.
    """
    return inputs_in_months(node, slice(month, month + 1))


def month_runs(flags: np.ndarray) -> list[tuple[slice, bool]]:
    """The runs of equal months of a bool row [1, months], in month order: (months, flag)."""
    row = np.asarray(flags).reshape(-1)
    edges = [0, *(np.flatnonzero(row[1:] != row[:-1]) + 1).tolist(), row.size]
    return [(slice(start, stop), bool(row[start])) for start, stop in itertools.pairwise(edges)]


@overload
def in_months(value: Array, months: slice) -> Array: ...
@overload
def in_months(value: float, months: slice) -> float: ...
@overload
def in_months(value: Array | float, months: slice) -> Array | float: ...
def in_months(value: Array | float, months: slice) -> Array | float:
    """`value` in the months `months` only: a row per month is sliced, a column or number kept."""
    if is_row_per_month(value):
        return value[:, months]  # type: ignore[index]
    return value


def inputs_in_months(node: _Node, months: slice) -> _Node:
    """An inputs section (or all of `p`) whose rows per month hold only `months`.

    The section itself when none of its inputs is a row per month; else a copy.
    """
    changes = {}
    for name, inner in section_plan(type(node)):
        value = getattr(node, name)
        sliced = inputs_in_months(value, months) if inner else in_months(value, months)
        if sliced is not value:
            changes[name] = sliced
    return dataclasses.replace(node, **changes) if changes else node  # type: ignore[type-var]


def written_in_months(into: Array, part: Array | float, months: slice) -> Array:
    """`into` [rows, every month] with `part` in the months `months`.

    Written over `into` (a fresh array of the caller's) when it has the rows `part` needs,
    else into a new array spread to them.
    """
    rows = np.shape(part)[0] if np.ndim(part) == 2 else 1
    if into.shape[0] < rows or not into.flags.writeable:
        into = np.array(np.broadcast_to(into, (max(rows, into.shape[0]), into.shape[1])))
    into[:, months] = part
    return into


def where_months(
    flags: bool | np.ndarray, yes: Array | float, no: Array | float, into_yes: bool
) -> Array:
    """`np.where(flags, yes, no)` for a bool row per month [1, months], over a fresh operand.

    `into_yes` names the operand the caller made for this (`yes`, else `no`); its months are
    kept and only the runs of the other months are copied in. The same values as np.where.
    """
    into, other = (yes, no) if into_yes else (no, yes)
    shape = np.broadcast_shapes(np.shape(flags), np.shape(yes), np.shape(no))
    if not isinstance(into, np.ndarray) or into.shape != shape or np.shape(flags)[:1] != (1,):
        return np.where(flags, yes, no)
    source = np.broadcast_to(other, shape)
    for months, flag in month_runs(flags):  # type: ignore[arg-type]
        if flag != into_yes:
            into[:, months] = source[:, months]
    return into


def bytes_per_record(p: Inputs) -> Column:
    """b: bytes stored per vector record (float32 vector plus metadata and id)."""
    return (
        p.retrieval.embedding_dimensions * BYTES_PER_DIMENSION
        + p.retrieval.metadata_bytes_per_vector
    )


def embedding_cost(
    p: Inputs,
    Q: Array,  # noqa: N803
    C: Array,  # noqa: N803
    X: Array,  # noqa: N803
    P: Array,  # noqa: N803
    re_embed: list[int],
) -> Array:
    """embedding[m]: embed the corpus (month 0, re-embeds), every change and every query."""
    f = embedded_per_corpus_token(p)
    if re_embed:  # C[m] * f only in the months it is added (the same products, fewer made)
        months = [0, *re_embed]
        embedded = plus_in_months(X * f, C[:, months] * f, months, columns_only=True, own=True)
    else:
        embedded = plus_in_first_month(X * f, C[:, :1] * f, own=True)
    tokens = _sum_over(embedded, Q * p.workload.input_tokens_per_query)
    cost = _times_over(tokens, p.retrieval.embedding_price_per_1m / PER_MILLION)
    return times_trend(cost, P)


def gigabytes(p: Inputs, C: Array) -> Array:  # noqa: N803
    """GB[m] = V[m] * b / 1e9 with V[m] = C[m] * f / chunk_tokens records."""
    records_per_token = embedded_per_corpus_token(p) / p.retrieval.chunk_tokens
    return C * (records_per_token * bytes_per_record(p) / BYTES_PER_GB)


def store_units(p: Inputs, GB: Array) -> Array:  # noqa: N803
    """units[m] = max(1, ceil_units(GB[m] / store_unit_gb)) when store_unit_gb > 0, else 0."""
    size = p.retrieval.store_unit_gb
    safe = np.where(size > 0, size, 1.0)
    with np.errstate(over="ignore"):  # a vanishing unit size: inf, refused by overflow.py
        units = ceil_units(GB / safe)
    return np.where(size > 0, np.maximum(1.0, units), 0.0)


def vector_store_cost(
    p: Inputs,
    Q: Array,  # noqa: N803
    C: Array,  # noqa: N803
    X: Array,  # noqa: N803
    re_embed: list[int],
) -> Array:
    """vector_store[m]: max(plan minimum, storage + reads + writes + store units)."""
    ret = p.retrieval
    records_per_token = embedded_per_corpus_token(p) / ret.chunk_tokens  # V[m] = C[m] * this
    b = bytes_per_record(p)
    gb = C * (records_per_token * b / BYTES_PER_GB)
    per_query = maximum_into(ret.min_read_units_per_query, ret.read_units_per_query_per_gb * gb)
    read_units = Q * per_query
    write_units_per_token = records_per_token * b / 1000 * ret.write_units_per_kb
    written = plus_in_months(X, C, [0, *re_embed]) if re_embed else plus_in_first_month(X, C[:, :1])
    write_units = _times_into(written, write_units_per_token)  # written: a copy of X
    # the products over the unit counts they are made of (the same numbers, fewer arrays)
    # storage + reads + writes, each sum written over one of its fresh terms
    usage = _sum_over(
        gb * ret.vector_storage_per_gb_month,
        _times_into(read_units, ret.read_price_per_1m_units / PER_MILLION),
    )
    usage = _sum_over(usage, _times_into(write_units, ret.write_price_per_1m_units / PER_MILLION))
    if not (is_zero(ret.store_unit_gb) or is_zero(ret.store_unit_per_month)):
        usage = _sum_over(usage, store_units(p, gb) * ret.store_unit_per_month)
    return maximum_into(ret.vector_store_monthly_minimum, cast(Array, usage))  # Q: an array


def _times_into(fresh: Array, factor: Array | float) -> Array:
    """`fresh * factor`, written over `fresh` when the shapes allow."""
    if np.broadcast_shapes(fresh.shape, np.shape(factor)) != fresh.shape:
        return fresh * factor
    return np.multiply(fresh, factor, out=fresh)


def rerank_cost(p: Inputs, Q: Array) -> Array:  # noqa: N803
    """rerank[m] = Q[m] / 1000 * rerank_per_1k_queries."""
    return Q / 1000 * p.retrieval.rerank_per_1k_queries


def context_cache_cost(p: Inputs, C: Array, P: Array) -> Array:  # noqa: N803
    """context_cache[m] = 730 * C[m]/1e6 * cache_storage_per_1m_per_hour * P[m]."""
    return C * (HOURS_PER_MONTH / PER_MILLION * p.long_context.cache_storage_per_1m_per_hour) * P


def prompt_tokens(p: Inputs, C: Array) -> Array:  # noqa: N803
    """The long prompt of month m: u + s_b + C[m] + o tokens."""
    w = p.workload
    return w.input_tokens_per_query + w.instruction_tokens + C + w.output_tokens_per_query


def exceeds_context_from_month(p: Inputs, C: Array) -> np.ndarray:  # noqa: N803
    """Per variant: the first 1-based month whose long prompt does not fit the window, or 0."""
    too_long = prompt_tokens(p, C) > p.long_context.context_window_tokens
    too_long = np.atleast_2d(too_long)
    return np.where(too_long.any(axis=1), np.argmax(too_long, axis=1) + 1, 0)


def training_cost(
    trainings: Array,
    T: Column,  # noqa: N803
    per_token_price: Column,
    Pt: Array,  # noqa: N803
    minimum: Array | float,
) -> Array:
    """training[m] = trainings[m] * max(training_minimum_per_run, T[m]*epochs*price/1e6*Pt[m]).

    `per_token_price` is epochs * training_per_1m / 1e6. Written as max(trainings*minimum,
    trainings*T*price*Pt) (the same for trainings >= 0), which is version 1's expression
    when the minimum is 0; a fractional `every_update` count pays its share of the minimum.
    """
    cost = trainings * T * per_token_price * Pt
    if is_zero(minimum):
        return cost
    return np.maximum(trainings * minimum, cost)


def evaluation_cost(
    p: Inputs,
    prices: ModelPrices,
    tokens: Tokens,
    trainings: Array | float,
    Pt: Array,  # noqa: N803
    dedicated: bool | np.ndarray,
) -> Array | InSomeMonths:
    """evaluation[m] = trainings[m] * eval_queries_per_training * q * Pt[m]; 0 when dedicated.

    `dedicated` is a row per month (else False: all months per-token). Only the runs of
    per-token months are computed (each over its own months, as in `_inference_by_runs`),
    unless they are most of the months: then all of them, and the others set to 0. The
    first way gives the component as `InSomeMonths` (0.0 in the dedicated months).
    """
    eval_queries = p.fine_tuning.eval_queries_per_training

    def cost(months: slice | None) -> Array:
        if months is None:
            return trainings * eval_queries * query_price(prices, tokens) * Pt
        return (
            in_months(trainings, months)
            * in_months(eval_queries, months)
            * query_price(inputs_in_months(prices, months), tokens.in_months(months))
            * in_months(Pt, months)
        )

    if isinstance(dedicated, bool):
        return cost(None)
    runs = month_runs(dedicated)
    months = np.shape(dedicated)[-1]
    per_token_most = 2 * sum(span.stop - span.start for span, on in runs if not on) >= months
    if per_token_most:
        return where_months(dedicated, 0.0, cost(None), into_yes=False)
    return InSomeMonths(months, [(span, cost(span)) for span, on in runs if not on])


class InSomeMonths:
    """A component that is 0.0 outside some months: `parts` are (months, values [rows, n]).

    Added to a total (`add_to`) as its whole array would be, without making that array:
    the values in their months, + 0.0 in the others (which turns -0.0 into 0.0, as adding
    the array's zeros does). `array()` makes the whole array.
    """

    def __init__(self, months: int, parts: list[tuple[slice, Array]]) -> None:
        self.months, self.parts = months, parts

    def array(self) -> Array:
        """The component in every month [rows, months]."""
        whole = np.zeros((1, self.months))
        for span, values in self.parts:
            whole = written_in_months(whole, values, span)
        return whole

    def add_to(self, total: Array) -> None:
        """Add the component to `total` [batch, months] in place, run of months by run."""
        done = 0
        for span, values in sorted(self.parts, key=lambda part: part[0].start):
            if span.start > done:
                gap = total[:, done : span.start]
                np.add(gap, 0.0, out=gap)
            part = total[:, span]
            np.add(part, values, out=part)
            done = span.stop
        if done < self.months:
            gap = total[:, done:]
            np.add(gap, 0.0, out=gap)


def hosting_cost(p: Inputs) -> Column:
    """hosting[m]: the fine-tuned model's hourly fee for a month plus its flat fee."""
    model = p.fine_tuned_model
    return HOURS_PER_MONTH * model.hosting_per_hour + model.monthly_fee


def wrong_answer_share(p: Inputs, strategy: str, staleness: Array | float) -> Array | float:
    """The share of answers that are wrong: min(100, wrong % + staleness * stale %/100) / 100.

    wrong_answer_count[m] = Q[m] * this. Without staleness it is one number per variant.
    """
    q = p.quality
    share = getattr(q.wrong_answer_pct, strategy)
    if not is_zero(staleness):
        share = share + staleness * q.stale_wrong_pct / 100
        if isinstance(share, np.ndarray):  # a new array: capped in place
            return maximum_into(100.0, share, np.minimum) / 100
    return np.minimum(100.0, share) / 100
