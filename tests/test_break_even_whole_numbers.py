"""The break-even finder along whole-number inputs, and where its default range collapses."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.analyses.break_even_finder import find_break_even
from desktop_app.core.appdata.examples import example_names, load_example
from desktop_app.core.engine.kernel import simulate_scenario
from desktop_app.core.model.scenario import Scenario
from desktop_app.core.prices.presets import with_edit
from desktop_app.present.analysis_text import break_even_report

FIELD = "hybrid.retrain_every_months"


def _totals(scenario, value: int) -> dict[str, float]:
    result = simulate_scenario(with_edit(scenario, FIELD, value))
    return {
        key: float(figures["total_cost"][0]) for key, figures in result.summary.strategies.items()
    }


def test_support_chatbots_retrain_interval_crosses_twice_between_whole_numbers() -> None:
    # By hand, from simulate: the hybrid costs $130,195 / $167,604 / $148,900 retraining
    # every 0 / 1 / 2 months, fine-tuning $159,273 whatever the hybrid does.
    scenario = load_example("support-chatbot")
    crossings = [c for c in find_break_even(scenario, FIELD, (0, 3)) if "fine_tuning" in c.pair]
    assert [(c.value, c.cheaper_above) for c in crossings] == [
        (0.0, "fine_tuning"),
        (1.0, "hybrid"),
    ]
    report = break_even_report(crossings, FIELD, scenario)
    assert "fine-tuning cheaper than hybrid above 0 months" in report
    assert "hybrid cheaper than fine-tuning above 1 months" in report
    assert "from one whole number to the next" in report and "a replica" not in report


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(example_names()), st.integers(0, 4))
def test_each_crossing_says_which_is_cheaper_at_the_next_whole_number(
    name: str, start: int
) -> None:
    scenario = load_example(name)
    if "hybrid" not in scenario.strategies:
        return
    for crossing in find_break_even(scenario, FIELD, (start, start + 4)):
        a, b = crossing.pair.split("_vs_")
        assert crossing.value == int(crossing.value)
        below, above = (
            _totals(scenario, int(crossing.value)),
            _totals(scenario, int(crossing.value) + 1),
        )
        cheaper = a if above[a] < above[b] else b
        assert crossing.cheaper_above == cheaper
        assert crossing.cheaper_below != cheaper
        assert (below[a] - below[b]) * (above[a] - above[b]) <= 0


def test_a_value_whose_default_range_collapses_asks_for_a_range() -> None:
    scenario = with_edit(Scenario(), "base_model.dedicated.input_tokens_per_second", 5e-324)
    with pytest.raises(ValueError, match=r"is 5e-324 here: .* \(--between A B\)$"):
        find_break_even(scenario, "base_model.dedicated.input_tokens_per_second")
