"""Comparing 2 to 4 scenarios: the table's text, the overlaid chart, the dialog, chart export."""

from __future__ import annotations

import errno
import os
from functools import cache
from pathlib import Path
from unittest.mock import MagicMock

import pytest
from PySide6.QtCharts import QChart, QXYSeries
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog, QTableWidget
from v1_examples import load_example

from desktop_app.core.analyses.comparison import comparison_rows
from desktop_app.core.appdata import safe_files
from desktop_app.core.appdata.safe_files import FileError
from desktop_app.core.engine.evaluation import Evaluation, evaluate
from desktop_app.core.model.fields import with_values
from desktop_app.core.model.numbers import money
from desktop_app.core.model.strategy_names import TITLES
from desktop_app.gui import theme
from desktop_app.gui.analysis.comparison import SCENARIO_STYLES, CompareDialog, ComparisonChart
from desktop_app.gui.charts.base import apply_theme
from desktop_app.gui.charts.cumulative_chart import CumulativeCostChart
from desktop_app.gui.charts.export import ChartView, chart_view, save_chart_png, save_chart_svg
from desktop_app.gui.charts.palette import STRATEGY_COLORS

STRATEGIES = ("embeddings", "fine_tuning", "hybrid")
"""What the bundled (version-1) examples compare."""

SETS = {
    2: ("support-chatbot", "ticket-classifier"),
    3: ("support-chatbot", "documentation-bot", "content-pipeline"),
    4: ("support-chatbot", "ticket-classifier", "content-pipeline", "internal-knowledge-tool"),
}
"""Example sets with mixed horizons (24 and 36 months)."""

TITLE = {"embeddings": "Embeddings", "fine_tuning": "Fine-tuning", "hybrid": "Hybrid"}


@cache
def evaluation_of(example: str, currency: str | None = None) -> Evaluation:
    scenario = load_example(example)
    if currency is not None:
        scenario = with_values(scenario, {"currency": currency})
    return evaluate(scenario)


def evaluations(count: int) -> list[Evaluation]:
    return [evaluation_of(name) for name in SETS[count]]


def names_of(evaluated: list[Evaluation]) -> list[str]:
    return [evaluation.scenario.name for evaluation in evaluated]


def xs(series: QXYSeries) -> list[float]:
    return [point.x() for point in series.points()]


def ys(series: QXYSeries) -> list[float]:
    return [point.y() for point in series.points()]


@pytest.fixture
def view(qtbot):
    """A shown ChartView of a chart, closed with the test."""

    def make(chart: QChart, width: int = 700, height: int = 400) -> ChartView:
        made = chart_view(chart)
        made.resize(width, height)
        qtbot.addWidget(made)
        made.show()
        qtbot.waitExposed(made)
        return made

    return make


# The table


@pytest.mark.parametrize("count", [2, 3, 4])
def test_rows_are_the_evaluations_figures(count: int) -> None:
    evaluated = evaluations(count)
    rows = dict(comparison_rows(evaluated))
    assert list(rows) == [
        "Horizon",
        "Recommendation",
        "Cheapest",
        "Total cost: embeddings",
        "Total cost: fine-tuning",
        "Total cost: hybrid",
        "Cost per 1,000 queries (recommended)",
        "Maintenance hours (recommended)",
        "Fine-tuning cheaper than embeddings from",
        "Hybrid cheaper than embeddings from",
    ]
    assert all(len(cells) == count for cells in rows.values())
    for column, evaluation in enumerate(evaluated):
        currency = evaluation.scenario.currency
        recommended = evaluation.advice.recommendation
        assert rows["Horizon"][column] == f"{evaluation.scenario.horizon_months} months"
        assert rows["Recommendation"][column] == TITLE[recommended]
        assert rows["Cheapest"][column] == TITLE[evaluation.cheapest]
        for key, label in (
            ("embeddings", "embeddings"),
            ("fine_tuning", "fine-tuning"),
            ("hybrid", "hybrid"),
        ):
            expected = money(evaluation.figure(key, "total_cost"), currency)
            assert rows[f"Total cost: {label}"][column] == expected
        per_1k = evaluation.figure(recommended, "cost_per_1k_queries")
        assert rows["Cost per 1,000 queries (recommended)"][column] == money(per_1k, currency, 2)
        hours = evaluation.figure(recommended, "total_hours")
        assert rows["Maintenance hours (recommended)"][column] == f"{hours:,.0f}"
        for label, pair in (
            ("Fine-tuning cheaper than embeddings from", "fine_tuning_vs_embeddings"),
            ("Hybrid cheaper than embeddings from", "hybrid_vs_embeddings"),
        ):
            month = evaluation.break_even(pair)
            assert rows[label][column] == ("never" if month is None else f"month {month}")


def test_break_even_months_and_recommendations_show_as_words() -> None:
    rows = dict(comparison_rows(evaluations(3)))
    assert rows["Hybrid cheaper than embeddings from"] == ["never", "never", "month 5"]
    assert rows["Recommendation"] == ["Embeddings", "Embeddings", "Hybrid"]
    rows = dict(comparison_rows(evaluations(2)))
    assert rows["Fine-tuning cheaper than embeddings from"] == ["never", "month 6"]


def test_each_column_keeps_its_own_currency() -> None:
    euros = evaluation_of("ticket-classifier", "EUR")
    rows = dict(comparison_rows([evaluation_of("support-chatbot"), euros]))
    dollars, in_euros = rows["Total cost: embeddings"]
    assert dollars.startswith("$")
    assert in_euros == money(euros.figure("embeddings", "total_cost"), "EUR")
    assert in_euros.startswith("€")


@pytest.mark.parametrize("count", [0, 1, 5])
def test_refuses_fewer_than_two_or_more_than_four(count: int) -> None:
    names = list(SETS[4])
    evaluated = [evaluation_of(names[i % len(names)]) for i in range(count)]
    message = f"compare 2 to 4 scenarios, got {count}"
    with pytest.raises(ValueError, match=message):
        comparison_rows(evaluated)


# The chart


@pytest.mark.parametrize("count", [2, 3, 4])
def test_chart_lines_are_each_scenarios_cumulative_costs(qtbot, count: int) -> None:
    evaluated = evaluations(count)
    horizons = {evaluation.scenario.horizon_months for evaluation in evaluated}
    assert horizons == {24, 36}
    chart = ComparisonChart(evaluated, names_of(evaluated))
    for index, evaluation in enumerate(evaluated):
        horizon = evaluation.scenario.horizon_months
        for key in STRATEGIES:
            line = chart.lines[(index, key)]
            assert line.isVisible()
            assert xs(line) == [float(month) for month in range(1, horizon + 1)]
            assert ys(line) == evaluation.monthly(key, "cumulative")
    for index in range(count, 4):
        for key in STRATEGIES:
            assert not chart.lines[(index, key)].isVisible()
            assert chart.lines[(index, key)].points() == []
    assert (chart.x_axis.min(), chart.x_axis.max()) == (1, 36)
    largest = max(max(e.monthly(key, "cumulative")) for e in evaluated for key in STRATEGIES)
    assert chart.y_axis.min() == 0
    assert largest <= chart.y_axis.max() <= 2 * largest


def test_a_new_comparison_reuses_the_lines(qtbot) -> None:
    chart = ComparisonChart(evaluations(4), names_of(evaluations(4)))
    before = chart.series()
    two = evaluations(2)
    chart.show_comparison(two, names_of(two))
    assert chart.series() == before
    # Per scenario: embeddings, fine-tuning, hybrid shown, long context (not compared) hidden.
    assert [line.isVisible() for line in chart.lines.values()] == [True] * 3 + [False] + [
        True
    ] * 3 + [False] * 9
    assert ys(chart.lines[(1, "hybrid")]) == two[1].monthly("hybrid", "cumulative")


def test_colour_is_the_strategy_and_line_style_the_scenario(qtbot) -> None:
    chart = ComparisonChart(evaluations(4), names_of(evaluations(4)))
    for dark in (False, True):
        apply_theme(chart, dark)
        for (index, key), line in chart.lines.items():
            assert line.pen().color() == QColor(STRATEGY_COLORS[key])
            assert line.pen().style() == SCENARIO_STYLES[index]
        styles = {chart.lines[(index, "embeddings")].pen().style() for index in range(4)}
        assert len(styles) == 4
        colours = {chart.lines[(0, key)].pen().color().name() for key in STRATEGIES}
        assert len(colours) == 3
        assert not chart.legend().isVisible()


def test_the_keys_name_strategies_and_scenarios(qtbot) -> None:
    evaluated = evaluations(3)
    chart = ComparisonChart(evaluated, ["One", "Two", "Three"])
    assert chart.key.texts() == [*TITLES.values(), "One", "Two", "Three"]
    for index, entry in enumerate(chart.key.scenarios[:3]):
        assert entry.swatch.pen().style() == SCENARIO_STYLES[index]
    for key, entry in chart.key.strategies.items():
        assert entry.swatch.pen().color() == QColor(STRATEGY_COLORS[key])


@pytest.mark.parametrize("size", [(700, 400), (450, 300)])
def test_the_keys_sit_under_the_plot_inside_the_chart(qtbot, view, size: tuple[int, int]) -> None:
    long_name = "A scenario with a name far too long to fit in the key of a narrow chart"
    evaluated = evaluations(4)
    chart = ComparisonChart(evaluated, [long_name, *names_of(evaluated)[1:]])
    view(chart, *size)
    plot = chart.plotArea()
    key = chart.mapRectFromItem(chart.key, chart.key.childrenBoundingRect())
    assert key.top() > plot.bottom() + 20  # below the month labels and the axis title
    assert key.bottom() <= chart.size().height()
    assert key.left() >= 0
    assert key.right() <= chart.size().width()
    shown = chart.key.scenarios[0].text.text()
    assert shown.endswith("…") and shown != long_name


def test_mixed_currencies_are_named_not_converted(qtbot) -> None:
    euros = evaluation_of("ticket-classifier", "EUR")
    dollars = evaluation_of("support-chatbot")
    chart = ComparisonChart([dollars, euros], ["Dollars", "Euros"])
    assert chart.y_axis.titleText() == "Cumulative cost (USD / EUR)"
    labels = chart.y_axis.categoriesLabels()
    assert labels[0] == "0"
    assert not any("$" in label or "€" in label for label in labels)
    assert ys(chart.lines[(1, "hybrid")]) == euros.monthly("hybrid", "cumulative")
    text = chart.point_text(chart.lines[(1, "hybrid")], QPointF(3, 0))
    value = euros.monthly("hybrid", "cumulative")[2]
    assert text == f"Month 3 · Euros, hybrid: {money(value, 'EUR')}"
    same = ComparisonChart(evaluations(2), names_of(evaluations(2)))
    assert same.y_axis.titleText() == "Cumulative cost (USD)"
    assert same.y_axis.categoriesLabels()[1].startswith("$")


def test_mixed_currencies_are_said_not_to_compare_by_height(qtbot) -> None:
    # one axis carried dollars and euros, and nothing said the lines' heights mean nothing
    # side by side
    from desktop_app.gui.printing.sheet import sheet_items
    from desktop_app.gui.printing.sheet_comparison import comparison_blocks
    from desktop_app.present.sheet_html import escape

    mixed = [evaluation_of("support-chatbot"), evaluation_of("ticket-classifier", "EUR")]
    dialog = CompareDialog(mixed, ["Dollars", "Euros"], None)
    qtbot.addWidget(dialog)
    note = (
        "Each scenario's amounts are in its own currency (USD, EUR), not converted: lines of "
        "different currencies cannot be compared by their height."
    )
    assert dialog.currency_note.text() == note and not dialog.currency_note.isHidden()
    same = CompareDialog(evaluations(2), names_of(evaluations(2)), None)
    qtbot.addWidget(same)
    assert same.currency_note.isHidden()
    sheet = MagicMock()  # records the HTML of each block the sheet would lay out
    comparison_blocks(sheet, sheet_items(mixed, [None, None]))
    texts = [call.args[0] for call in sheet.text.call_args_list]
    assert any(escape(note) in html for html in texts)
    sheet.reset_mock()
    comparison_blocks(sheet, sheet_items(evaluations(2), [None, None]))
    assert not any("own currency" in call.args[0] for call in sheet.text.call_args_list)


def test_chart_refuses_a_wrong_count(qtbot) -> None:
    chart = ComparisonChart()
    with pytest.raises(ValueError, match="compare 2 to 4 scenarios, got 1"):
        chart.show_comparison(evaluations(2)[:1], ["one"])
    with pytest.raises(ValueError, match="1 names for 2 scenarios"):
        chart.show_comparison(evaluations(2), ["one"])


# The dialog


@pytest.fixture
def dialog(qtbot):
    def make(count: int = 4, export_pdf=None) -> CompareDialog:
        evaluated = evaluations(count)
        made = CompareDialog(evaluated, names_of(evaluated), export_pdf)
        qtbot.addWidget(made)
        return made

    return make


def table_text(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_dialog_shows_four_scenarios_side_by_side(qtbot, dialog) -> None:
    made = dialog(4, export_pdf=lambda path: None)
    made.show()
    qtbot.waitExposed(made)
    assert made.windowTitle() == "Compare scenarios"
    table = made.table
    assert table.columnCount() == 4
    headers = [table.horizontalHeaderItem(column).text() for column in range(4)]
    assert headers == names_of(evaluations(4))
    rows = comparison_rows(evaluations(4))
    assert [table.verticalHeaderItem(row).text() for row in range(table.rowCount())] == [
        label for label, _ in rows
    ]
    assert table_text(table) == [cells for _, cells in rows]
    assert table.editTriggers() == QTableWidget.EditTrigger.NoEditTriggers
    assert not table.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable
    assert isinstance(made.chart, ComparisonChart)
    assert made.chart_view.chart() is made.chart
    assert made.export_button.text() == "Export PDF…"
    assert made.close_button.text() == "Close"
    for widget in (table, made.chart_view, made.export_button, made.close_button):
        assert widget.accessibleName()
    assert table.viewport().height() >= table.verticalHeader().length()  # every row shows


def test_export_pdf_hands_the_chosen_path_to_the_callback(qtbot, dialog, monkeypatch, tmp_path):
    exported: list[Path] = []
    asked: list[str] = []

    def choose(parent, caption, directory, name_filter):
        asked.append(name_filter)
        return str(tmp_path / "comparison"), name_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    made = dialog(4, export_pdf=exported.append)
    assert made.export_button.isEnabled()
    qtbot.mouseClick(made.export_button, Qt.MouseButton.LeftButton)
    assert exported == [tmp_path / "comparison.pdf"]
    assert asked == ["PDF (*.pdf)"]


def test_export_pdf_cancelled_calls_nothing(qtbot, dialog, monkeypatch) -> None:
    exported: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    made = dialog(2, export_pdf=exported.append)
    assert made.export() is None
    assert exported == []


def test_export_pdf_is_disabled_without_a_callback(qtbot, dialog) -> None:
    made = dialog(3)
    assert not made.export_button.isEnabled()
    assert made.export() is None


def test_dialog_chart_follows_the_theme(qtbot, dialog) -> None:
    made = dialog(2)
    theme.set_theme("dark")
    try:
        qtbot.waitUntil(lambda: made.chart.dark)  # the palette change arrives as an event
        assert made.chart.background_color() == QColor("#2b2d30")
        assert made.chart.lines[(1, "hybrid")].pen().style() == SCENARIO_STYLES[1]
    finally:
        theme.set_theme("light")
    qtbot.waitUntil(lambda: not made.chart.dark)


def test_close_closes(qtbot, dialog) -> None:
    made = dialog(2)
    made.show()
    with qtbot.waitSignal(made.rejected):
        qtbot.mouseClick(made.close_button, Qt.MouseButton.LeftButton)
    assert not made.isVisible()


def test_dialog_refuses_a_wrong_count(qtbot) -> None:
    with pytest.raises(ValueError, match="compare 2 to 4 scenarios, got 1"):
        CompareDialog(evaluations(2)[:1], ["one"], None)


def test_choose_scenario_files(qtbot, monkeypatch, tmp_path) -> None:
    asked: list[str] = []

    def choose(parent, caption, directory, name_filter):
        asked.append(name_filter)
        return [str(tmp_path / "a.json"), str(tmp_path / "b.json")], name_filter

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(choose))
    assert CompareDialog.choose_scenario_files(None) == [tmp_path / "a.json", tmp_path / "b.json"]
    assert asked == ["Scenarios (*.json)"]


# Chart export


def chart_state(chart: QChart) -> tuple[object, ...]:
    return chart.scene(), chart.size(), chart.plotArea(), chart.pos()


@pytest.mark.parametrize("chart_class", [ComparisonChart, CumulativeCostChart])
def test_save_png_writes_the_asked_size_and_leaves_the_chart_alone(
    qtbot, view, tmp_path, chart_class
) -> None:
    if chart_class is ComparisonChart:
        chart = ComparisonChart(evaluations(4), names_of(evaluations(4)))
    else:
        chart = CumulativeCostChart(evaluation_of("ticket-classifier"))
    shown = view(chart, 450, 300)
    before = chart_state(chart)
    path = tmp_path / "chart.png"
    assert save_chart_png(chart, path, QSize(800, 500))
    image = QImage(str(path))
    assert image.size() == QSize(800, 500)
    assert image.pixelColor(1, 1) == chart.backgroundBrush().color()
    assert chart_state(chart) == before
    assert chart.scene() is shown.scene()
    assert save_chart_png(chart, tmp_path / "default.png")
    assert QImage(str(tmp_path / "default.png")).size() == QSize(1200, 700)
    assert chart_state(chart) == before


def test_save_png_of_a_dark_chart_has_the_dark_background(qtbot, view, tmp_path) -> None:
    chart = ComparisonChart(evaluations(2), names_of(evaluations(2)))
    apply_theme(chart, True)
    view(chart)
    path = tmp_path / "dark.png"
    assert save_chart_png(chart, path, QSize(300, 200))
    assert QImage(str(path)).pixelColor(2, 2) == QColor("#2b2d30")


def test_save_png_of_a_chart_in_no_view(qtbot, tmp_path) -> None:
    chart = ComparisonChart(evaluations(3), names_of(evaluations(3)))
    assert save_chart_png(chart, tmp_path / "free.png", QSize(640, 400))
    assert QImage(str(tmp_path / "free.png")).size() == QSize(640, 400)
    assert chart.scene() is None


def test_save_png_to_a_missing_folder_fails(qtbot, tmp_path) -> None:
    chart = ComparisonChart(evaluations(2), names_of(evaluations(2)))
    with pytest.raises(FileError, match=r"chart\.png: cannot be written: No such file"):
        save_chart_png(chart, tmp_path / "missing" / "chart.png")


@pytest.mark.parametrize("save", [save_chart_png, save_chart_svg])
def test_a_chart_is_never_written_over_a_scenario_and_a_failed_write_keeps_the_old(
    qtbot, tmp_path, monkeypatch, save
) -> None:
    chart = ComparisonChart(evaluations(2), names_of(evaluations(2)))
    scenario = tmp_path / "scenario.json"
    scenario.write_text('{"format": "embed-or-tune/scenario", "schema_version": 1}')
    with pytest.raises(FileError, match="holds an Embed or Tune scenario"):
        save(chart, scenario, QSize(200, 100))
    old = tmp_path / "old.img"
    old.write_bytes(b"the old picture")

    def full(*args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(safe_files.os, "write", full)
    with pytest.raises(FileError, match="No space left on device"):
        save(chart, old, QSize(200, 100))
    assert old.read_bytes() == b"the old picture"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.img", "scenario.json"]


def test_save_svg_writes_vector_text_and_leaves_the_chart_alone(qtbot, view, tmp_path) -> None:
    chart = ComparisonChart(evaluations(4), names_of(evaluations(4)))
    view(chart, 450, 300)
    before = chart_state(chart)
    path = tmp_path / "chart.svg"
    assert save_chart_svg(chart, path, QSize(900, 500))
    text = path.read_text(encoding="utf-8")
    assert "<svg" in text
    assert 'viewBox="0 0 900 500"' in text
    assert "<title>Cumulative cost by scenario</title>" in text
    assert "<text" in text and ">Embeddings</text>" in text
    assert "<path" in text or "<polyline" in text
    assert chart_state(chart) == before


# The chart view's context menu


def test_chart_view_menu_saves_png_and_svg(qtbot, view, monkeypatch, tmp_path) -> None:
    shown = view(CumulativeCostChart(evaluation_of("support-chatbot")))
    menu = shown.context_menu()
    actions = {action.text(): action for action in menu.actions()}
    assert list(actions) == ["Save chart as PNG…", "Save chart as SVG…", "", "Show as &Table"]
    asked: list[tuple[str, str]] = []

    def choose(parent, caption, directory, name_filter):
        asked.append((directory, name_filter))
        return str(tmp_path / "picture"), name_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    actions["Save chart as PNG…"].trigger()
    actions["Save chart as SVG…"].trigger()
    assert asked == [
        ("cumulative-cost.png", "PNG image (*.png)"),
        ("cumulative-cost.svg", "SVG image (*.svg)"),
    ]
    assert QImage(str(tmp_path / "picture.png")).size() == QSize(1200, 700)
    assert "<svg" in (tmp_path / "picture.svg").read_text(encoding="utf-8")


def test_chart_view_menu_cancelled_writes_nothing(qtbot, view, monkeypatch, tmp_path) -> None:
    shown = view(ComparisonChart(evaluations(2), names_of(evaluations(2))))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    assert shown.save_chart_as("png") is None
    assert list(tmp_path.iterdir()) == []
