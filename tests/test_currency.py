"""A display currency: every amount times the rate; hours, decisions and inputs unchanged."""

from __future__ import annotations

import pytest

from desktop_app.core.currency import DisplayCurrency, convert, convert_uncertainty
from desktop_app.core.engine import STRATEGIES
from desktop_app.core.evaluation import evaluate
from desktop_app.core.examples import load_example
from desktop_app.core.monte_carlo import run_monte_carlo
from desktop_app.core.numbers import money
from desktop_app.core.settings import Settings

EUR = DisplayCurrency(source="USD", target="EUR", rate=0.9)


def test_amounts_scale_and_the_rest_stays() -> None:
    plain = evaluate(load_example("content-pipeline"))
    shown = convert(plain, EUR)
    assert shown.scenario.currency == "EUR" and plain.scenario.currency == "USD"
    for key in STRATEGIES:
        assert shown.figure(key, "total_cost") == pytest.approx(
            0.9 * plain.figure(key, "total_cost")
        )
        assert shown.figure(key, "present_value") == pytest.approx(
            0.9 * plain.figure(key, "present_value")
        )
        assert shown.monthly(key, "cumulative") == pytest.approx(
            [0.9 * v for v in plain.monthly(key, "cumulative")]
        )
        assert shown.monthly(key, "inference") == pytest.approx(
            [0.9 * v for v in plain.monthly(key, "inference")]
        )
        assert shown.figure(key, "total_hours") == plain.figure(key, "total_hours")
        assert shown.monthly(key, "trainings") == plain.monthly(key, "trainings")
    assert shown.cheapest == plain.cheapest
    assert shown.advice.recommendation == plain.advice.recommendation
    euros = money(shown.figure("hybrid", "total_cost"), "EUR")
    assert euros.startswith("€") and any(euros in reason for reason in shown.advice.reasons)


def test_no_conversion_for_another_source_currency_or_the_same_currency() -> None:
    plain = evaluate(load_example("support-chatbot"))
    assert convert(plain, DisplayCurrency("EUR", "GBP", 0.8)) is plain
    assert convert(plain, DisplayCurrency("USD", "USD", 1.0)) is plain


def test_monte_carlo_bands_convert_too() -> None:
    scenario = load_example("support-chatbot")
    result = run_monte_carlo(scenario, 500, 2)
    shown = convert_uncertainty(result, "USD", EUR)
    assert shown.cumulative["embeddings"]["p90"] == pytest.approx(
        0.9 * result.cumulative["embeddings"]["p90"]
    )
    assert shown.total_cost["hybrid"]["mean"] == pytest.approx(
        0.9 * result.total_cost["hybrid"]["mean"]
    )
    assert shown.probability_cheapest == result.probability_cheapest


def test_settings_give_a_display_only_with_a_rate() -> None:
    assert Settings(display_currency="EUR").display() is None
    assert Settings(display_currency="EUR", exchange_rate=0.9).display() == EUR


def test_window_shows_the_display_currency_everywhere(qtbot, tmp_path, monkeypatch) -> None:
    from desktop_app.core.paths import HOME_VARIABLE
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.theme import use_readable_locale

    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path))
    use_readable_locale()
    window = MainWindow(
        Settings(), load_example("ticket-classifier").model_copy(update={"uncertainty": ()})
    )
    qtbot.addWidget(window)
    plain = window.document.evaluation
    window.set_display_currency("EUR", 0.9, "USD")
    expected = money(0.9 * plain.figure("fine_tuning", "total_cost"), "EUR")
    assert window.summary.cell_text("Total cost", "fine_tuning") == expected
    assert expected in window.advice.toPlainText()
    points = window.cumulative_chart.lines["embeddings"].points()
    assert points[-1].y() == pytest.approx(0.9 * plain.figure("embeddings", "total_cost"))
    items = window.current_sheet_items()
    assert items[0].currency_note == "amounts in EUR at 0.9 EUR per USD"
    window.set_display_currency(None, None, "USD")
    assert window.summary.cell_text("Total cost", "fine_tuning") == money(
        plain.figure("fine_tuning", "total_cost"), "USD"
    )
    window.runner.cancel()
    window.runner.wait(10_000)
