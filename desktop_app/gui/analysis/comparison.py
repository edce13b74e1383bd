"""Two to four scenarios side by side: their cumulative costs in one chart, and a table.

In the chart a strategy keeps its colour and a scenario has its own line style (solid, dashed,
dotted, dash-dotted), so twelve lines need only two small keys under the plot, not twelve
legend entries. Amounts stay in each scenario's currency: nothing is converted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from PySide6.QtCharts import QAbstractSeries, QLineSeries
from PySide6.QtCore import QEvent, QMargins, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.analyses.comparison import MAX_SCENARIOS, check_count, comparison_rows
from desktop_app.core.engine.evaluation import Evaluation
from desktop_app.core.engine.kernel import STRATEGIES
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.gui import theme
from desktop_app.gui.analysis.comparison_key import SCENARIO_STYLES, ComparisonKey, line_pen
from desktop_app.gui.charts.base import MoneyChart, apply_theme
from desktop_app.gui.charts.export import ask_save_path, chart_view
from desktop_app.gui.charts.palette import STRATEGY_COLORS
from desktop_app.present.labels import strategy_name, strategy_title
from desktop_app.present.numbers import compact_money, count, money
from desktop_app.present.sheet_content import mixed_currency_note

SCENARIO_FILTER = QT_TRANSLATE_NOOP("CompareDialog", "Scenarios (*.json)")
PDF_FILTER = "PDF (*.pdf)"

_KEY_PADDING = 6.0
"""Space between the axis title above and the keys, and below the keys."""
_CHART_MARGINS = QMargins(4, 4, 8, 4)
_HEADER_PADDING = 12
"""Room either side of a scenario's name in the table header."""
_CHART_HEIGHT = 420
_MIN_WIDTH = 720


class ComparisonChart(MoneyChart):
    """Cumulative cost of every strategy of 2 to 4 scenarios, on one month axis.

    `lines[(scenario_index, strategy)]` is the line of one strategy of one scenario; lines of
    unused scenario slots are empty and hidden. The x axis runs to the longest horizon; a
    shorter scenario's lines end at its own last month.
    """

    def __init__(
        self,
        evaluations: Sequence[Evaluation] | None = None,
        names: Sequence[str] | None = None,
    ) -> None:
        super().__init__(
            translate("ComparisonChart", "Cumulative cost by scenario"),
            translate("ComparisonChart", "Cumulative cost ({0})").format("USD"),
        )
        self.setMargins(_CHART_MARGINS)
        self.legend().setVisible(False)  # the two keys below replace twelve legend entries
        self.lines: dict[tuple[int, str], QLineSeries] = {}
        for index in range(MAX_SCENARIOS):
            for key in STRATEGIES:
                line = self._line(f"{strategy_title(key)} {index + 1}", "")
                line.setVisible(False)
                self.lines[(index, key)] = line
        self.names: list[str] = []
        self.currencies: list[str] = []
        self.mixed_currencies = False
        self._series_currency: dict[int, str] = {}
        self.key = ComparisonKey(self)
        self.key.setZValue(10)
        self.geometryChanged.connect(self.place_key)
        self.restyle(dark=False)
        if evaluations is not None:
            self.show_comparison(
                evaluations, names if names is not None else [e.scenario.name for e in evaluations]
            )

    def show_comparison(self, evaluations: Sequence[Evaluation], names: Sequence[str]) -> None:
        """Show the cumulative costs of 2 to 4 evaluations, named `names` in the key."""
        check_count(evaluations)
        if len(names) != len(evaluations):
            raise ValueError(f"{len(names)} names for {len(evaluations)} scenarios")
        self.names = list(names)
        self.currencies = [e.scenario.currency for e in evaluations]
        distinct = list(dict.fromkeys(self.currencies))
        self.mixed_currencies = len(distinct) > 1
        self.currency = distinct[0]
        self.y_axis.setTitleText(
            translate("ComparisonChart", "Cumulative cost ({0})").format(" / ".join(distinct))
        )
        self._set_months(max(e.scenario.horizon_months for e in evaluations))
        largest = 0.0
        for index in range(MAX_SCENARIOS):
            evaluation = evaluations[index] if index < len(evaluations) else None
            for key in STRATEGIES:
                line = self.lines[(index, key)]
                if evaluation is None or key not in evaluation.strategies:
                    line.clear()
                    line.setVisible(False)
                    continue
                horizon = evaluation.scenario.horizon_months
                values = np.asarray(evaluation.monthly(key, "cumulative"), dtype=float)
                # PySide6's stub types replaceNp's x and y as Sequence; it takes numpy arrays.
                line.replaceNp(np.arange(1, horizon + 1, dtype=float), values)  # type: ignore[arg-type]
                line.setVisible(True)
                self._labels[id(line)] = f"{names[index]}, {strategy_name(key)}"
                self._series_currency[id(line)] = evaluation.scenario.currency
                largest = max(largest, float(values.max(initial=0)))
        self._set_top(largest)
        self.key.set_names(self.names)
        self.place_key()

    def compact(self, value: float) -> str:
        """An axis label: '$25k'; with mixed currencies a bare number ('25k'), as the title says."""
        if self.mixed_currencies:
            return compact_money(value, "").strip()  # no currency: '25k' (see the axis title)
        return compact_money(value, self.currency)

    def value_text(self, series: QAbstractSeries, value: float) -> str:
        """Money in the currency of the series' own scenario: '€12,345'."""
        currency = self._series_currency.get(id(series), self.currency)
        return money(value, currency, 0 if abs(value) >= 100 else 2)

    def place_key(self) -> None:
        """Lay the keys out for the chart's width and keep that much room free under the axis."""
        size = self.size()
        width = size.width() - _CHART_MARGINS.left() - _CHART_MARGINS.right()
        height = self.key.arrange(max(width, 1.0))
        bottom = _CHART_MARGINS.bottom() + round(height + 2 * _KEY_PADDING)
        margins = QMargins(_CHART_MARGINS)
        margins.setBottom(bottom)
        if self.margins() != margins:
            self.setMargins(margins)
            self.layout().activate()  # the plot takes its new size now, not on the next event
        self.key.setPos(_CHART_MARGINS.left(), size.height() - bottom + _KEY_PADDING)

    def restyle(self, dark: bool) -> None:
        """Strategy colours, a line style per scenario, and the keys in the theme's colours."""
        super().restyle(dark)
        self.legend().setVisible(False)
        for (index, key), line in self.lines.items():
            line.setPen(line_pen(QColor(STRATEGY_COLORS[key]), SCENARIO_STYLES[index]))
        text = self.text_color()
        neutral = QColor(text)
        neutral.setAlpha(200)
        self.key.set_style(QFont(self.legend().font()), text, neutral)
        self.place_key()


class CompareDialog(QDialog):
    """The comparison of 2 to 4 scenarios: a table of key figures above the cost chart."""

    def __init__(
        self,
        evaluations: Sequence[Evaluation],
        names: Sequence[str],
        export_pdf: Callable[[Path], None] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        check_count(evaluations)
        if len(names) != len(evaluations):
            raise ValueError(f"{len(names)} names for {len(evaluations)} scenarios")
        self.setWindowTitle(translate("CompareDialog", "Compare scenarios"))
        self.setAccessibleName(translate("Accessible", "Compare scenarios"))
        self.export_pdf = export_pdf
        self.names = list(names)
        self.table = self._table(comparison_rows(evaluations, money, count), self.names)
        self.chart = ComparisonChart(evaluations, self.names)
        apply_theme(self.chart, theme.is_dark())
        self.chart_view = chart_view(self.chart)
        self.chart_view.setAccessibleName(
            translate("Accessible", "Cumulative cost of each scenario and strategy")
        )
        self.chart_view.setMinimumSize(QSize(450, 300))
        buttons = QDialogButtonBox(self)
        self.export_button = QPushButton(translate("CompareDialog", "Export PDF…"), self)
        self.export_button.setAccessibleName(
            translate("Accessible", "Export the comparison as PDF")
        )
        self.export_button.setEnabled(export_pdf is not None)
        self.export_button.clicked.connect(self.export)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(translate("CompareDialog", "Close"))
        self.close_button.setAccessibleName(translate("Accessible", "Close"))
        buttons.rejected.connect(self.reject)
        self._describe()
        layout = self.box = QVBoxLayout(self)
        layout.addWidget(self.table)
        note = mixed_currency_note([e.scenario.currency for e in evaluations])
        self.currency_note = QLabel(note or "", self)
        self.currency_note.setWordWrap(True)
        self.currency_note.setStyleSheet("font-weight: bold;")
        self.currency_note.setVisible(note is not None)
        layout.addWidget(self.currency_note)
        layout.addWidget(self.chart_view, 1)
        layout.addWidget(buttons)
        self.resize(self._fitting_size())
        self.close_button.setDefault(True)
        self.close_button.setFocus()  # not the table: its first cell would show as current

    def _describe(self) -> None:
        """What each control does, for screen readers (the names say only what it is)."""
        self.table.setAccessibleDescription(
            translate(
                "Accessible",
                "A row per key figure, a column per scenario; the arrow keys move between cells",
            )
        )
        self.export_button.setAccessibleDescription(
            translate("Accessible", "Save the comparison as a printable sheet in a PDF file")
        )
        self.close_button.setAccessibleDescription(
            translate("Accessible", "Close the comparison; the scenarios stay as they are")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's spelling
        """Follow a switch between the light and dark palettes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            apply_theme(self.chart, theme.is_dark())

    def _table(self, rows: list[tuple[str, list[str]]], names: list[str]) -> QTableWidget:
        """A read-only table: a row per figure, a column per scenario, all rows showing."""
        table = QTableWidget(len(rows), len(names), self)
        table.setAccessibleName(translate("Accessible", "Key figures of each scenario"))
        table.setTabKeyNavigation(False)  # Tab moves on to the buttons, not cell to cell
        table.setHorizontalHeaderLabels(names)
        table.setVerticalHeaderLabels([label for label, _ in rows])
        for column, name in enumerate(names):
            heading = table.horizontalHeaderItem(column)
            if heading is not None:
                heading.setToolTip(name)
        for row, (_, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, column, item)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)
        table.setWordWrap(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # only on a screen too narrow
        rows_header = table.verticalHeader()
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows_header.setDefaultSectionSize(table.fontMetrics().height() + 10)
        frame = 2 * table.frameWidth()
        height = header.height() + table.verticalHeader().length() + frame
        table.setFixedHeight(height)
        return table

    def _fitting_size(self) -> QSize:
        """Wide enough for every name and cell of the table, tall enough for it and a chart."""
        table = self.table
        header = table.horizontalHeader()
        metrics = header.fontMetrics()
        widths = [
            max(
                table.sizeHintForColumn(column),
                metrics.horizontalAdvance(self.names[column]) + 2 * _HEADER_PADDING,
                header.minimumSectionSize(),
            )
            for column in range(table.columnCount())
        ]
        margins = self.box.contentsMargins()
        width = (
            table.verticalHeader().sizeHint().width()
            + len(widths) * max(widths)  # stretched columns share the width equally
            + 2 * table.frameWidth()
            + margins.left()
            + margins.right()
        )
        height = table.height() + _CHART_HEIGHT + 60
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry().size()
            width, height = min(width, room.width()), min(height, room.height())
        return QSize(max(width, _MIN_WIDTH), height)

    def export(self) -> Path | None:
        """Ask for a PDF file and hand it to the export callback; the path, or None."""
        if self.export_pdf is None:
            return None
        title = translate("CompareDialog", "Export comparison as PDF")
        path = ask_save_path(self, title, "comparison.pdf", PDF_FILTER, "pdf")
        if path is None:
            return None
        try:
            self.export_pdf(path)
        except OSError as error:
            QMessageBox.warning(
                self,
                translate("CompareDialog", "PDF not exported"),
                translate("CompareDialog", "Could not write {0}: {1}").format(path, error),
            )
            return None
        return path

    @staticmethod
    def choose_scenario_files(parent: QWidget | None) -> list[Path]:
        """Ask for the scenario files to compare (several at once); none if cancelled."""
        chosen, _ = QFileDialog.getOpenFileNames(
            parent,
            translate("CompareDialog", "Choose 2 to 4 scenarios to compare"),
            "",
            translate("CompareDialog", SCENARIO_FILTER),
        )
        return [Path(path) for path in chosen]


__all__ = [
    "SCENARIO_STYLES",
    "CompareDialog",
    "ComparisonChart",
    "ComparisonKey",
]
