"""Serving or inputs switched by month: inference computed by runs of months.

`formulas.inference_cost` splits the months into runs with one serving and the same inputs,
computes the longest run over every month with that run's inputs as columns and each other
run over its own months; `evaluation_cost` computes only its per-token months. Both must
give the same bits as each serving over every month with the inputs' rows as they are,
picked month by month (np.where).
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.appdata.examples import load_example
from desktop_app.core.engine import formulas as fx
from desktop_app.core.engine.batch import ScenarioBatch
from desktop_app.core.engine.kernel import MODEL_OF, STRATEGIES

MONTHS = 11
ROWS = 3
PER_MONTH_PRICES = (
    "input_per_1m",
    "cached_input_per_1m",
    "output_per_1m",
    "batch_discount_pct",
)
PER_MONTH_DEDICATED = (
    "replica_per_hour",
    "input_tokens_per_second",
    "output_tokens_per_second",
    "min_replicas",
    "target_utilisation_pct",
)

POSITIVE = ("input_tokens_per_second", "output_tokens_per_second", "target_utilisation_pct")


def piecewise_row(rng: np.random.Generator, rows: int, low: float) -> np.ndarray:
    """A row per month that changes in a few months (as events make them), +-0.0 included."""
    values = rng.uniform(low, 100.0, (rows, 4))
    if low == 0.0:
        values[:, 0] = 0.0
        values[:, 1] = -0.0  # equal to 0.0, but not the same bits
    starts = np.sort(rng.integers(0, MONTHS, 3))
    row = np.empty((rows, MONTHS))
    row[:] = values[:, :1]
    for index, start in enumerate(starts, start=1):
        row[:, start:] = values[:, index : index + 1]
    return row


def inputs(rng: np.random.Generator, row_inputs: list[str], varying_rows: bool):
    """A batch's inputs with some model inputs made rows per month (as events make them)."""
    scenario = load_example("support-chatbot")
    scenario = scenario.model_copy(update={"horizon_months": MONTHS, "uncertainty": ()})
    batch = ScenarioBatch.of(
        scenario,
        {
            "workload.queries_per_month": rng.uniform(1e3, 5e6, ROWS),
            "workload.instruction_tokens": rng.uniform(100, 9000, ROWS),
            "workload.batch_share_pct": rng.uniform(0, 100, ROWS),
        },
    )
    p = batch.inputs()
    fx.fill_empty_prices(p)
    rows = ROWS if varying_rows else 1
    for model in ("base_model", "fine_tuned_model"):
        prices = getattr(p, model)
        for name in row_inputs:
            node = prices.dedicated if name in PER_MONTH_DEDICATED else prices
            low = 1.0 if name in POSITIVE else 0.0
            setattr(node, name, piecewise_row(rng, rows, low))
    p.long_context.cache_write_per_1m = piecewise_row(rng, rows, 0.0)
    return p


@settings(max_examples=200, deadline=None)
@given(
    flags=st.lists(st.booleans(), min_size=MONTHS, max_size=MONTHS),
    strategy=st.sampled_from(STRATEGIES),
    row_inputs=st.lists(st.sampled_from(PER_MONTH_PRICES + PER_MONTH_DEDICATED), unique=True),
    varying_rows=st.booleans(),
    by_runs=st.booleans(),
    seed=st.integers(0, 2**32 - 1),
)
def test_runs_of_months_give_both_servings_picked_by_month(
    flags, strategy, row_inputs, varying_rows, by_runs, seed
) -> None:
    with pytest.MonkeyPatch.context() as patch:  # by runs, or (a small batch) picked
        patch.setattr(fx, "RUNS_FROM", 1 if by_runs else ROWS + 1)
        check_inference(flags, strategy, row_inputs, varying_rows, seed)


def check_inference(flags, strategy, row_inputs, varying_rows, seed) -> None:
    rng = np.random.default_rng(seed)
    p = inputs(rng, row_inputs, varying_rows)
    m = np.arange(MONTHS, dtype=float)[None, :]
    C = fx.corpus(p, m)  # noqa: N806
    Q = fx.queries(p, m)  # noqa: N806
    P = fx.price_factor(p, m) * rng.uniform(0.5, 1.5, (1, MONTHS))  # noqa: N806
    prices = getattr(p, MODEL_OF[strategy])
    tokens = fx.query_tokens(p, strategy, C)
    write = p.long_context.cache_write_per_1m if strategy == "long_context" else 0.0
    row = np.array([flags])

    # each serving over every month, every input row as it is (no runs)
    per_token, _ = fx._inference_over(p, prices, tokens, Q, P, False, write)
    on_replicas, count = fx._inference_over(p, prices, tokens, Q, P, True, write)
    for serving, (expected_cost, expected_count) in (
        (row, (np.where(row, on_replicas, per_token), np.where(row, count, 0.0))),
        (False, (per_token, np.zeros((1, MONTHS)))),
        (True, (on_replicas, count)),
    ):
        cost, replicas = fx.inference_cost(p, prices, tokens, Q, P, serving, write)
        for got, expected in ((cost, expected_cost), (replicas, expected_count)):
            expected = np.broadcast_to(expected, np.broadcast_shapes(np.shape(got), expected.shape))
            assert np.broadcast_to(got, expected.shape).tobytes() == expected.tobytes()

    trainings = rng.integers(0, 3, (1, MONTHS)).astype(float)
    evaluation = fx.evaluation_cost(p, prices, tokens, trainings, P, row)
    everywhere = fx.evaluation_cost(p, prices, tokens, trainings, P, False)
    expected = np.where(row, 0.0, everywhere)
    if isinstance(evaluation, fx.InSomeMonths):  # 0.0 in most months: given by its runs
        total = rng.normal(size=expected.shape)
        total[:, ::2] = -0.0  # + 0.0 turns these into 0.0, as adding the whole array does
        by_runs = total.copy()
        evaluation.add_to(by_runs)
        assert by_runs.tobytes() == (total + expected).tobytes()
        evaluation = evaluation.array()
    assert np.broadcast_to(evaluation, expected.shape).tobytes() == expected.tobytes()


def test_month_runs_split_a_row_where_it_changes() -> None:
    row = np.array([[True, True, False, True, False, False]])
    assert fx.month_runs(row) == [
        (slice(0, 2), True),
        (slice(2, 3), False),
        (slice(3, 4), True),
        (slice(4, 6), False),
    ]
    assert fx.month_runs(np.array([[False] * 4])) == [(slice(0, 4), False)]


def test_a_section_in_months_slices_only_its_rows() -> None:
    scenario = load_example("support-chatbot").model_copy(update={"events": ()})
    p = ScenarioBatch.of(scenario).inputs()
    assert fx.inputs_in_months(p, slice(1, 3)) is p  # nothing is a row per month
    p.base_model.dedicated.replica_per_hour = np.arange(6.0)[None, :]
    p.base_model.input_per_1m = np.ones((2, 1))
    sliced = fx.inputs_in_months(p, slice(1, 3))
    assert sliced.base_model.dedicated.replica_per_hour.tolist() == [[1.0, 2.0]]
    assert sliced.base_model.input_per_1m is p.base_model.input_per_1m  # a column stays
    assert sliced.workload is p.workload
    assert p.base_model.dedicated.replica_per_hour.shape == (1, 6)  # the original unchanged


def test_runs_split_where_a_row_changes_its_bits() -> None:
    scenario = load_example("support-chatbot").model_copy(update={"events": ()})
    prices = ScenarioBatch.of(scenario).inputs().fine_tuned_model
    prices.input_per_1m = np.array([[0.0, 0.0, -0.0, -0.0, 2.0]])  # 0.0 == -0.0, other bits
    prices.dedicated.min_replicas = np.array([[1.0, 1.0, 1.0, 3.0, 3.0]])
    serving = np.array([[False, True, True, True, True]])
    assert fx._input_runs(5, serving, prices)[0] == [
        (slice(0, 1), False),
        (slice(1, 2), True),
        (slice(2, 3), True),
        (slice(3, 4), True),
        (slice(4, 5), True),
    ]
    assert fx._input_runs(5, True, 0.0) is None
    assert fx._input_runs(5, False, prices.dedicated, 0.0) == (
        [(slice(0, 3), False), (slice(3, 5), False)],
        (True, False),  # which of the nodes holds a row per month
    )
