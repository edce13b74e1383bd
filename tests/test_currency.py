"""A display currency: every amount times the rate; hours, decisions and inputs unchanged."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import scenarios

from desktop_app.core.analyses.monte_carlo import run_monte_carlo
from desktop_app.core.appdata.examples import load_example
from desktop_app.core.appdata.settings import Settings
from desktop_app.core.engine.evaluation import evaluate
from desktop_app.core.model.numbers import money
from desktop_app.core.prices.currency import DisplayCurrency, display_scenario, money_paths

EUR = DisplayCurrency(source="USD", target="EUR", rate=0.9)


def test_money_inputs_are_the_prices_fees_and_the_hourly_rate() -> None:
    paths = money_paths()
    assert "effort.hourly_rate" in paths and "retrieval.vector_store_monthly_minimum" in paths
    assert "fine_tuned_model.training_per_1m" in paths and "base_model.cached_input_per_1m" in paths
    assert "workload.queries_per_month" not in paths and "effort.hours_per_retrain" not in paths


@given(scenarios(max_horizon=36), st.floats(0.01, 200))
def test_every_amount_scales_by_the_rate_and_nothing_else_changes(scenario, rate) -> None:
    display = DisplayCurrency("USD", "EUR", rate)
    plain, shown = evaluate(scenario), evaluate(display_scenario(scenario, display))
    assert shown.scenario.currency == "EUR"
    for key in scenario.strategies:
        for series in (
            "total",
            "cumulative",
            "inference",
            "vector_store",
            "engineering",
            "rerank",
            "context_cache",
            "training",
            "wrong_answers",
        ):
            assert shown.monthly(key, series) == pytest.approx(
                [rate * value for value in plain.monthly(key, series)], rel=1e-9, abs=1e-9
            )
        for series in ("hours", "trainings", "staleness_pct", "replicas", "wrong_answer_count"):
            assert shown.monthly(key, series) == plain.monthly(key, series)
    feasible = [key for key in scenario.strategies if plain.feasible(key)]
    totals = [*sorted(plain.figure(key, "total_cost") for key in feasible), 1e300, 1e300]
    if totals[1] - totals[0] > 1e-6 * max(1.0, totals[0]):
        assert shown.cheapest == plain.cheapest


def test_the_advice_names_converted_amounts() -> None:
    plain = evaluate(load_example("content-pipeline"))
    shown = evaluate(display_scenario(plain.scenario, EUR))
    assert shown.advice.recommendation == plain.advice.recommendation
    euros = money(shown.figure("hybrid", "total_cost"), "EUR")
    assert euros.startswith("€") and any(euros in reason for reason in shown.advice.reasons)


def test_ranges_of_money_inputs_convert_and_bands_follow() -> None:
    scenario = load_example("internal-knowledge-tool")  # has a range on the hosting fee
    shown = display_scenario(scenario, EUR)
    entries = {entry.field: entry for entry in shown.uncertainty}
    original = {entry.field: entry for entry in scenario.uncertainty}
    hosting = "fine_tuned_model.hosting_per_hour"
    assert entries[hosting].low == pytest.approx(0.9 * original[hosting].low)
    plain_band = run_monte_carlo(scenario, 400, 3)
    shown_band = run_monte_carlo(shown, 400, 3)
    assert shown_band.cumulative["hybrid"]["p90"] == pytest.approx(
        0.9 * plain_band.cumulative["hybrid"]["p90"]
    )
    assert shown_band.probability_cheapest == plain_band.probability_cheapest


def test_no_conversion_for_another_source_or_the_same_currency() -> None:
    scenario = load_example("support-chatbot")
    assert display_scenario(scenario, DisplayCurrency("EUR", "GBP", 0.8)) is scenario
    assert display_scenario(scenario, DisplayCurrency("USD", "USD", 1.0)) is scenario
    assert display_scenario(scenario, None) is scenario


def test_a_large_rate_passes_input_bounds_without_failing() -> None:
    yen = display_scenario(load_example("ticket-classifier"), DisplayCurrency("USD", "JPY", 150))
    assert yen.effort.hourly_rate == 105 * 150
    assert evaluate(yen).figure("embeddings", "total_cost") > 0


def test_settings_give_a_display_only_with_a_rate() -> None:
    assert Settings(display_currency="EUR").display() is None
    assert Settings(display_currency="EUR", exchange_rate=0.9).display() == EUR


def test_window_shows_the_display_currency_everywhere(qtbot, tmp_path, monkeypatch) -> None:
    from desktop_app.core.appdata.paths import HOME_VARIABLE
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.theme import use_readable_locale

    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path))
    use_readable_locale()
    window = MainWindow(Settings(), load_example("ticket-classifier"))
    qtbot.addWidget(window)
    plain = window.document.evaluation
    window.set_display_currency("EUR", 0.9, "USD")
    expected = money(0.9 * plain.figure("fine_tuning", "total_cost"), "EUR")
    assert window.summary.cell_text("Total cost", "fine_tuning") == expected
    assert expected in window.advice.toPlainText()
    assert window.currency_note.text() == "amounts in EUR at 0.9 EUR per USD"
    points = window.tabs.cumulative_chart.lines["embeddings"].points()
    assert points[-1].y() == pytest.approx(0.9 * plain.figure("embeddings", "total_cost"))
    with qtbot.waitSignal(window.runner.finished, timeout=20_000) as caught:
        pass
    results = caught.args[0]
    assert results.request.scenario.currency == "EUR"  # the analyses run on the shown scenario
    assert window.document.scenario.currency == "USD"  # the user still edits dollars
    items = window.current_sheet_items()
    assert items[0].currency_note == "amounts in EUR at 0.9 EUR per USD"
    assert items[0].scenario.currency == "EUR" and items[0].money_rate == 0.9
    window.set_display_currency(None, None, "USD")
    assert window.summary.cell_text("Total cost", "fine_tuning") == money(
        plain.figure("fine_tuning", "total_cost"), "USD"
    )
    window.runner.cancel()
    window.runner.wait(10_000)


def test_the_currency_note_speaks_german_and_gives_the_rate_exactly(qtbot, tmp_path, monkeypatch):
    from german import in_german

    from desktop_app.core.appdata.paths import HOME_VARIABLE
    from desktop_app.gui.main_window import MainWindow

    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path))
    with in_german():
        window = MainWindow(Settings(), load_example("ticket-classifier"))
        qtbot.addWidget(window)
        window.set_display_currency("EUR", 0.9234567, "USD")  # not rounded to 0.923457
        assert window.currency_note.text() == "Beträge in EUR zu 0,9234567 EUR je USD"
        assert window.current_sheet_items()[0].currency_note == window.currency_note.text()
        window.runner.cancel()


def test_the_sheet_in_another_currency_gives_the_defaults_at_the_same_rate() -> None:
    # the assumptions compared euros with the dollar defaults: an unchanged price was marked
    # changed, and its "default" was the dollar figure in a euro row
    from desktop_app.core.model.fields import numeric_field, with_values
    from desktop_app.core.model.scenario import Scenario
    from desktop_app.present.sheet_assumptions import CHANGED_MARK, assumptions_html
    from desktop_app.present.sheet_html import number_text

    field = numeric_field("effort.hourly_rate")
    scenario = Scenario()  # every input at its default
    shown = display_scenario(scenario, DisplayCurrency("USD", "EUR", 0.9))
    html = assumptions_html(shown, "Effort", ("effort.",), 0.9)
    row = next(row for row in html.split("<tr>") if ">Hourly rate<" in row)
    assert CHANGED_MARK not in row  # unchanged, in any currency
    changed = with_values(scenario, {"effort.hourly_rate": 120})
    in_euros = display_scenario(changed, DisplayCurrency("USD", "EUR", 0.9))
    html = assumptions_html(in_euros, "Effort", ("effort.",), 0.9)
    row = next(row for row in html.split("<tr>") if ">Hourly rate<" in row)
    assert CHANGED_MARK in row and number_text(field.default * 0.9) in row  # the default in euros
