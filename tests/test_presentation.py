"""The presentation layer: strategy names, units and the uncertain key figures, each once."""

from __future__ import annotations

import numpy as np

from desktop_app.core.analyses.monte_carlo import UncertaintyResult
from desktop_app.core.appdata.examples import load_example
from desktop_app.core.engine import kernel
from desktop_app.core.engine.evaluation import evaluate
from desktop_app.core.model.fields import numeric_field, numeric_fields
from desktop_app.core.model.numbers import plain_number
from desktop_app.core.model.strategy_names import NAMES, TITLES, name, title
from desktop_app.core.prices.currency import money_paths
from desktop_app.present.labels import unit_text
from desktop_app.present.numbers import short_number
from desktop_app.present.tables import UNCERTAIN_ROWS, uncertain_rows


def test_the_engine_names_no_strategy() -> None:
    assert not hasattr(kernel, "TITLES") and not hasattr(kernel, "NAMES")
    assert title("fine_tuning") == "Fine-tuning" and name("long_context") == "long context"
    assert set(TITLES) == set(NAMES) == set(kernel.STRATEGIES)


def test_money_is_a_property_of_the_field() -> None:
    assert numeric_field("effort.hourly_rate").is_money
    assert not numeric_field("workload.queries_per_month").is_money
    assert money_paths() == [field.path for field in numeric_fields() if field.is_money]
    price = numeric_field("base_model.input_per_1m")
    assert unit_text(price, "EUR") == f"EUR {price.unit}"
    queries = numeric_field("workload.queries_per_month")
    assert unit_text(queries, "EUR") == queries.unit


def test_two_number_writers_two_names() -> None:
    """A message keeps every digit; a chart label rounds to two decimals."""
    assert plain_number(0.004) == "0.004"
    assert short_number(0.004) == "0" and short_number(1234.567) == "1,234.57"


def test_the_uncertain_key_figures_are_built_from_the_run() -> None:
    evaluation = evaluate(load_example("ticket-classifier"))
    keys = evaluation.strategies
    run = UncertaintyResult(
        samples=10,
        seed=0,
        cumulative={key: {"p10": np.zeros(1)} for key in keys},
        total_cost={
            key: {"mean": 0.0, "p10": 1000.0 * i, "p50": 0.0, "p90": 2500.4 * i}
            for i, key in enumerate(keys, 1)
        },
        probability_cheapest={key: 0.25 * i for i, key in enumerate(keys)},
    )
    rows = uncertain_rows(evaluation, run)
    assert [label for label, _ in rows] == list(UNCERTAIN_ROWS)
    assert rows[0][1][:2] == ["$1,000", "$2,000"]
    assert rows[1][1][:2] == ["$2,500", "$5,001"]
    assert rows[2][1][:2] == ["0%", "25%"]


def test_the_views_money_writers_are_the_presentation_layers() -> None:
    from desktop_app.gui.editor import input_labels
    from desktop_app.present import numbers

    for writer in ("price_text", "signed_money", "exact_money"):
        assert getattr(input_labels, writer) is getattr(numbers, writer)
    assert numbers.price_text(0.0512, "USD") == "$0.0512"
    assert numbers.signed_money(12_345, "USD") == "+$12,345"
    assert numbers.exact_money(12.5, "USD") == "$12.50"
