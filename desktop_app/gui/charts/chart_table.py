"""Show as Table: a chart's numbers as a table, for screen readers and for copying.

`ChartTableDialog` shows what `chart_data.chart_table` reads from a chart, follows the chart as
it is redrawn, and copies the selected cells (all of them when none is selected) as
tab-separated text at full precision with Ctrl+C.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCharts import QAreaSeries, QBarSet, QChart, QXYSeries
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
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
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.gui.charts.chart_data import ChartTable, chart_table, copy_text, decision_map_table

SHOW_AS_TABLE = QT_TRANSLATE_NOOP("ChartView", "Show as &Table")
"""A chart's menu entry (English: translated where the menu is made)."""
SHOW_AS_TABLE_KEYS = "Ctrl+Shift+T"
"""The shortcut of Show as Table, in the window and in a chart's own context."""


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
            translate(
                "Accessible",
                "Read-only. Ctrl+C copies the selected cells, or the whole table when none is "
                "selected, as tab-separated text at full precision.",
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy_button = QPushButton(translate("ChartTableDialog", "Copy"), buttons)
        copy_button.setAccessibleDescription(
            translate("Accessible", "Copy the selected cells, or all, as text")
        )
        copy_button.clicked.connect(self.copy)
        buttons.addButton(copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleDescription(
            translate("Accessible", "Close the table and go back to the window")
        )
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
        self.table.setAccessibleName(
            translate("Accessible", "{chart}, as a table").format(chart=data.title)
        )
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
    action = QAction(f"{translate('ChartView', SHOW_AS_TABLE)}\t{SHOW_AS_TABLE_KEYS}", widget)
    action.triggered.connect(lambda: show_table(widget, widget.window()))
    widget.addAction(action)
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return action
