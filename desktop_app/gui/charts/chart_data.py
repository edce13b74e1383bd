"""A chart's numbers as a table of cells: read from what the chart draws, copied as text.

`chart_table` reads what a chart draws (months × series, as the window formats them, each
with its full-precision value); `copy_text` writes cells as tab-separated text at full
precision. The dialog that shows them is `chart_table.py`'s.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import QAbstractSeries, QChart, QLineSeries, QXYSeries
from PySide6.QtCore import QLocale

from desktop_app.core.i18n import translate
from desktop_app.core.model.numbers import count
from desktop_app.gui.charts.base import EvaluationChart
from desktop_app.gui.charts.components_chart import MonthlyComponentsChart
from desktop_app.gui.charts.cumulative_chart import CumulativeCostChart
from desktop_app.gui.charts.staleness_chart import StalenessChart
from desktop_app.present.labels import component_title, strategy_title
from desktop_app.present.numbers import short_number
from desktop_app.present.timeline import month_date

if TYPE_CHECKING:
    from desktop_app.gui.charts.tornado import TornadoChart

Value = float | str | None
"""What a cell copies: a number at full precision, a text, or (None) the text shown."""


@dataclass
class Cell:
    """One cell: the text shown (as the window writes it) and the value copied."""

    text: str
    value: Value = None


@dataclass
class ChartTable:
    """A chart's data: a title, column headings and rows of cells."""

    title: str
    headers: list[str]
    rows: list[list[Cell]] = field(default_factory=list)


def full_precision(value: float, locale: QLocale | None = None) -> str:
    """A number exactly as the model holds it, in the locale's decimal mark: '12345.678901'.

    The shortest text that reads back to the same float; no thousands separators, so that a
    spreadsheet reads it as one number.
    """
    number = float(value)
    text = repr(number)
    if text.endswith(".0"):
        text = text[:-2]
    point = (locale or QLocale()).decimalPoint()
    return text.replace(".", point) if point != "." else text


def copy_text(
    table: ChartTable, cells: Iterable[tuple[int, int]] | None = None, locale: QLocale | None = None
) -> str:
    """Tab-separated text of some cells (row, column) with their headings; all when None.

    The rows and columns copied are those holding a selected cell; a cell within them that is
    not selected stays empty. Numbers are written at full precision.
    """
    chosen = None if cells is None else set(cells)
    rows = sorted({row for row, _ in chosen}) if chosen else range(len(table.rows))
    columns = sorted({column for _, column in chosen}) if chosen else range(len(table.headers))
    lines = ["\t".join(table.headers[column] for column in columns)]
    for row in rows:
        texts = []
        for column in columns:
            if chosen is not None and (row, column) not in chosen:
                texts.append("")
                continue
            cell = table.rows[row][column]
            if isinstance(cell.value, float | int):
                texts.append(full_precision(cell.value, locale))
            else:
                texts.append(cell.text if cell.value is None else cell.value)
        lines.append("\t".join(text.replace("\t", " ").replace("\n", " ") for text in texts))
    return "\n".join(lines) + "\n"


# Reading a chart ----------------------------------------------------------------------------


def _values(series: QXYSeries) -> list[float]:
    return [point.y() for point in series.points()]


def _months(
    chart: EvaluationChart, columns: Sequence[tuple[str, QAbstractSeries, list[float]]]
) -> list[list[Cell]]:
    """Rows of month, then each column's value at that month, formatted by the chart."""
    length = max((len(values) for _, _, values in columns), default=0)
    start = getattr(chart, "start_month", None)  # the axis's dates, when it shows dates
    rows: list[list[Cell]] = []
    for index in range(length):
        month = index + 1
        row = [Cell(month_date(start, month) if start else str(month), float(month))]
        for _, series, values in columns:
            if index < len(values):
                row.append(Cell(chart.value_text(series, values[index]), values[index]))
            else:
                row.append(Cell("", ""))
        rows.append(row)
    return rows


def _cumulative(chart: CumulativeCostChart) -> ChartTable:
    shown = [key for key, line in chart.lines.items() if line.isVisible()]  # those compared
    columns = [(strategy_title(key), chart.lines[key], _values(chart.lines[key])) for key in shown]
    if chart.uncertainty is not None:
        for key in shown:
            name = strategy_title(key)
            columns += [
                (f"{name} P10", chart.band_lows[key], _values(chart.band_lows[key])),
                (f"{name} P50", chart.medians[key], _values(chart.medians[key])),
                (f"{name} P90", chart.band_highs[key], _values(chart.band_highs[key])),
            ]
    headers = [_month(), *(name for name, _, _ in columns)]
    return ChartTable(f"{chart.title()} ({chart.currency})", headers, _months(chart, columns))


def _month() -> str:
    """The heading of a table's month column."""
    return translate("ChartTable", "Month")


def _components(chart: MonthlyComponentsChart) -> ChartTable:
    columns = []
    total: list[float] = []
    for name, area in chart.areas.items():
        upper, lower = _values(chart.uppers[name]), _values(chart.lowers[name])
        total = upper
        if area.isVisible():
            parts = [high - low for high, low in zip(upper, lower, strict=True)]
            columns.append((component_title(name), area, parts))
    columns.append((translate("ChartTable", "Total"), next(iter(chart.areas.values())), total))
    headers = [_month(), *(name for name, _, _ in columns)]
    return ChartTable(f"{chart.title()} ({chart.currency})", headers, _months(chart, columns))


def _staleness(chart: StalenessChart) -> ChartTable:
    headers = [
        _month(),
        translate("ChartTable", "Staleness (% of corpus)"),
        translate("ChartTable", "Trainings"),
    ]
    table = ChartTable(chart.title(), headers)
    for row in _months(chart, [("", chart.line, _values(chart.line))]):
        trainings = float(chart.trainings[len(table.rows)]) if len(chart.trainings) else 0.0
        table.rows.append([*row, Cell(count(trainings, 2), trainings)])
    return table


def _tornado(chart: TornadoChart) -> ChartTable:
    from desktop_app.gui.charts.tornado import difference_name
    from desktop_app.gui.editor.input_labels import field_label, signed_money, value_text

    title = translate("ChartTable", "{chart}: change in {difference} ({currency})").format(
        chart=chart.title(), difference=difference_name(), currency=chart.currency
    )
    headers = [
        translate("ChartTable", "Input"),
        translate("ChartTable", "Low value"),
        translate("ChartTable", "High value"),
        translate("ChartTable", "Change at the low end"),
        translate("ChartTable", "Change at the high end"),
    ]
    table = ChartTable(title, headers)
    for row, (low, high) in zip(chart.rows, chart.deltas, strict=True):
        table.rows.append(
            [
                Cell(field_label(row.field), row.field),
                Cell(value_text(row.field, row.low, chart.currency), float(row.low)),
                Cell(value_text(row.field, row.high, chart.currency), float(row.high)),
                Cell(signed_money(low, chart.currency), float(low)),
                Cell(signed_money(high, chart.currency), float(high)),
            ]
        )
    return table


def _line_name(chart: QChart, key: object, line: QXYSeries) -> str:
    """A column heading: the strategy, with its scenario in a comparison."""
    names = getattr(chart, "names", [])  # a comparison's chart names its scenarios
    if isinstance(key, tuple) and len(key) == 2 and len(names) > key[0]:
        return f"{names[key[0]]} · {strategy_title(key[1])}"
    return line.name()


def _generic(chart: QChart) -> ChartTable:
    """Any other chart: its visible lines (those of `chart.lines` when it has them)."""
    lines = getattr(chart, "lines", None)
    if isinstance(lines, dict):
        named = [(_line_name(chart, key, line), line) for key, line in lines.items()]
    else:
        named = [(series.name(), series) for series in chart.series()]
    columns = [
        (name, line, _values(line))
        for name, line in named
        if isinstance(line, QLineSeries) and line.isVisible() and line.count()
    ]
    headers = [_month(), *(name for name, _, _ in columns)]
    if isinstance(chart, EvaluationChart):
        return ChartTable(chart.title(), headers, _months(chart, columns))
    length = max((len(values) for _, _, values in columns), default=0)
    rows = [
        [Cell(str(index + 1), float(index + 1))]
        + [Cell(short_number(values[index]), values[index]) for _, _, values in columns]
        for index in range(length)
    ]
    return ChartTable(chart.title(), headers, rows)


def chart_table(chart: QChart) -> ChartTable:
    """The numbers a chart draws, as a table (months × series, or inputs × ends)."""
    from desktop_app.gui.charts.tornado import TornadoChart

    if isinstance(chart, CumulativeCostChart):
        return _cumulative(chart)
    if isinstance(chart, MonthlyComponentsChart):
        return _components(chart)
    if isinstance(chart, StalenessChart):
        return _staleness(chart)
    if isinstance(chart, TornadoChart):
        return _tornado(chart)
    return _generic(chart)


def decision_map_table(view: Any) -> ChartTable:
    """The decision map as a table: one row per value of y (top row first), one column per x.

    `view` is a DecisionMapView (not imported: its module imports this one).
    """
    from desktop_app.gui.editor.input_labels import (
        field_label,
        label_in_sentence,
        strategy_name,
        value_text,
    )

    found = view.found
    if found is None:
        return ChartTable(
            translate("ChartTable", "Decision map"), [translate("ChartTable", "Cheapest strategy")]
        )
    x_label, y_label = field_label(found.x.field), field_label(found.y.field)
    headers = [f"{y_label} \\ {x_label}"] + [
        value_text(found.x.field, float(x), view.currency) for x in found.x.values
    ]
    title = translate("ChartTable", "Cheapest strategy by {x} and {y}")
    x, y = label_in_sentence(found.x.field), label_in_sentence(found.y.field)
    table = ChartTable(title.format(x=x, y=y), headers)
    for row in reversed(range(len(found.y.values))):
        y_value = float(found.y.values[row])
        cells = [Cell(value_text(found.y.field, y_value, view.currency), y_value)]
        for column in range(len(found.x.values)):
            key = str(found.cheapest[row, column])
            cells.append(Cell(strategy_name(key), key))
        table.rows.append(cells)
    return table
