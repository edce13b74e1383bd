"""Show as Table: a chart's numbers as a table, for screen readers and for copying.

`chart_table` reads what a chart draws (months × series, as the window formats them, each
with its full-precision value); `ChartTableDialog` shows it, follows the chart as it is
redrawn, and copies the selected cells (all of them when none is selected) as tab-separated
text at full precision with Ctrl+C.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import QAbstractSeries, QAreaSeries, QBarSet, QChart, QLineSeries, QXYSeries
from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.core.i18n import translate
from desktop_app.core.model.numbers import count
from desktop_app.gui.charts.base import EvaluationChart
from desktop_app.gui.charts.components_chart import MonthlyComponentsChart
from desktop_app.gui.charts.cumulative_chart import CumulativeCostChart
from desktop_app.gui.charts.palette import COMPONENT_NAMES
from desktop_app.gui.charts.staleness_chart import StalenessChart
from desktop_app.present.labels import strategy_title
from desktop_app.present.numbers import short_number

if TYPE_CHECKING:
    from desktop_app.gui.charts.tornado import TornadoChart

SHOW_AS_TABLE = "Show as &Table"
SHOW_AS_TABLE_KEYS = "Ctrl+Shift+T"
"""The shortcut of Show as Table, in the window and in a chart's own context."""

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
    rows: list[list[Cell]] = []
    for index in range(length):
        row = [Cell(str(index + 1), float(index + 1))]
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
    headers = ["Month", *(name for name, _, _ in columns)]
    return ChartTable(f"{chart.title()} ({chart.currency})", headers, _months(chart, columns))


def _components(chart: MonthlyComponentsChart) -> ChartTable:
    columns = []
    total: list[float] = []
    for name, area in chart.areas.items():
        upper, lower = _values(chart.uppers[name]), _values(chart.lowers[name])
        total = upper
        if area.isVisible():
            parts = [high - low for high, low in zip(upper, lower, strict=True)]
            columns.append((translate("Component", COMPONENT_NAMES[name]), area, parts))
    columns.append(("Total", next(iter(chart.areas.values())), total))
    headers = ["Month", *(name for name, _, _ in columns)]
    return ChartTable(f"{chart.title()} ({chart.currency})", headers, _months(chart, columns))


def _staleness(chart: StalenessChart) -> ChartTable:
    table = ChartTable(chart.title(), ["Month", "Staleness (% of corpus)", "Trainings"])
    for row in _months(chart, [("", chart.line, _values(chart.line))]):
        trainings = float(chart.trainings[len(table.rows)]) if len(chart.trainings) else 0.0
        table.rows.append([*row, Cell(count(trainings, 2), trainings)])
    return table


def _tornado(chart: TornadoChart) -> ChartTable:
    from desktop_app.gui.charts.tornado import DIFFERENCE
    from desktop_app.gui.editor.input_labels import field_label, signed_money, value_text

    table = ChartTable(
        f"{chart.title()}: change in {DIFFERENCE} ({chart.currency})",
        ["Input", "Low value", "High value", "Change at the low end", "Change at the high end"],
    )
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
    headers = ["Month", *(name for name, _, _ in columns)]
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
    from desktop_app.gui.editor.input_labels import field_label, strategy_name, value_text

    found = view.found
    if found is None:
        return ChartTable("Decision map", ["Cheapest strategy"])
    x_label, y_label = field_label(found.x.field), field_label(found.y.field)
    headers = [f"{y_label} \\ {x_label}"] + [
        value_text(found.x.field, float(x), view.currency) for x in found.x.values
    ]
    table = ChartTable(f"Cheapest strategy by {x_label.lower()} and {y_label.lower()}", headers)
    for row in reversed(range(len(found.y.values))):
        y_value = float(found.y.values[row])
        cells = [Cell(value_text(found.y.field, y_value, view.currency), y_value)]
        for column in range(len(found.x.values)):
            key = str(found.cheapest[row, column])
            cells.append(Cell(strategy_name(key), key))
        table.rows.append(cells)
    return table


# The dialog -----------------------------------------------------------------------------------


class _Table(QTableWidget):
    """A read-only table whose Copy (Ctrl+C) is the dialog's, not the item view's own.

    The item view's copies only the current cell's text as shown.
    """

    def __init__(self, copy: Callable[[], object], parent: QWidget) -> None:
        super().__init__(parent)
        self._copy = copy

    def event(self, event: QEvent) -> bool:
        """Take Ctrl+C before the item view does."""
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.ShortcutOverride
            and event.matches(QKeySequence.StandardKey.Copy)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Ctrl+C copies through the dialog; every other key as usual."""
        if event.matches(QKeySequence.StandardKey.Copy):
            self._copy()
            event.accept()
            return
        super().keyPressEvent(event)


class ChartTableDialog(QDialog):
    """A chart's numbers in a read-only table; follows the chart while it is open."""

    def __init__(self, source: QObject, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.table_data = ChartTable("", [])
        self.heading = QLabel(self)
        self.table = _Table(self.copy, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleDescription(
            "Read-only. Ctrl+C copies the selected cells, or the whole table when none is "
            "selected, as tab-separated text at full precision."
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy_button = QPushButton(translate("ChartTableDialog", "Copy"), buttons)
        copy_button.setAccessibleDescription(
            translate("Accessible", "Copy the selected cells, or all, as text")
        )
        copy_button.clicked.connect(self.copy)
        buttons.addButton(copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.refresh)
        self._follow(source)
        self.refresh()
        self.resize(720, 480)

    def _follow(self, source: QObject) -> None:
        """Refresh soon after the chart's numbers change (edits, a new Monte Carlo run)."""
        if isinstance(source, QChart):
            for series in source.series():
                lines = [series]
                if isinstance(series, QAreaSeries):
                    lines = [series.upperSeries(), series.lowerSeries()]
                for line in lines:
                    if isinstance(line, QXYSeries):
                        line.pointsReplaced.connect(self._pending.start)
                        line.pointsRemoved.connect(self._pending.start)
                        line.pointAdded.connect(self._pending.start)
            for bar_set in source.findChildren(QBarSet):
                bar_set.valuesAdded.connect(self._pending.start)
                bar_set.valuesRemoved.connect(self._pending.start)
            source.visibleChanged.connect(self._pending.start)

    def read(self) -> ChartTable:
        """The source's numbers now."""
        if isinstance(self.source, QChart):
            return chart_table(self.source)
        return decision_map_table(self.source)

    def refresh(self) -> None:
        """Show the source's numbers as they are now."""
        data = self.read()
        self.table_data = data
        self.setWindowTitle(
            translate("ChartTableDialog", "{0} — table — {1}").format(data.title, APP_NAME)
        )
        self.heading.setText(data.title)
        self.table.setAccessibleName(f"{data.title}, as a table")
        self.table.setColumnCount(len(data.headers))
        self.table.setRowCount(len(data.rows))
        self.table.setHorizontalHeaderLabels(data.headers)
        for row, cells in enumerate(data.rows):
            for column, cell in enumerate(cells):
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(row, column, item)
                item.setText(cell.text)
                number = column > 0 and isinstance(cell.value, float)
                alignment = Qt.AlignmentFlag.AlignRight if number else Qt.AlignmentFlag.AlignLeft
                item.setTextAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
        self.table.resizeColumnsToContents()

    def copy(self) -> str:
        """Put the selected cells (all when none) on the clipboard; the text copied."""
        selected = [(index.row(), index.column()) for index in self.table.selectedIndexes()]
        text = copy_text(self.table_data, selected or None, self.table.locale())
        QGuiApplication.clipboard().setText(text)
        return text


def table_source(widget: QWidget | None) -> QObject | None:
    """What Show as Table shows for a widget: the chart or decision map it is in or holds.

    None when there is neither (the break-even tab is a table already).
    """
    from desktop_app.gui.analysis.decision_map_view import DecisionMapView
    from desktop_app.gui.charts.export import ChartView

    ancestor = widget
    while ancestor is not None:
        if isinstance(ancestor, ChartView):
            return ancestor.chart()
        if isinstance(ancestor, DecisionMapView):
            return ancestor
        ancestor = ancestor.parentWidget()
    if widget is None:
        return None
    views = widget.findChildren(ChartView)
    if views:
        return views[0].chart()
    maps = widget.findChildren(DecisionMapView)
    return maps[0] if maps else None


def show_table(source: QObject, parent: QWidget | None = None) -> ChartTableDialog:
    """Open a table of a chart's (or the decision map's) numbers beside the window."""
    dialog = ChartTableDialog(source, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.table.setFocus()
    return dialog


def add_table_action(widget: QWidget) -> QAction:
    """Give a widget drawn by hand (the decision map) a context menu with Show as Table.

    The shortcut is only named here: the window's own action answers Ctrl+Shift+T.
    """
    action = QAction(f"{SHOW_AS_TABLE}\t{SHOW_AS_TABLE_KEYS}", widget)
    action.triggered.connect(lambda: show_table(widget, widget.window()))
    widget.addAction(action)
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action
