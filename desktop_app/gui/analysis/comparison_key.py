"""The comparison chart's two keys: strategies by colour, scenarios by line style."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from desktop_app.core.analyses.comparison import MAX_SCENARIOS
from desktop_app.core.engine.kernel import STRATEGIES
from desktop_app.gui.charts.palette import STRATEGY_COLORS
from desktop_app.present.labels import strategy_title

SCENARIO_STYLES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
)
"""Line style of the first, second, third and fourth scenario."""
LINE_WIDTH = 2.0

_SWATCH = 30.0
"""Length of a key's line sample: long enough to show a whole dash-dot pattern."""
_GAP = 5.0
"""Space between a line sample and its text."""
_ENTRY_GAP = 16.0
"""Space between two entries of a key row."""
_ROW_GAP = 2.0
_MAX_NAME_SHARE = 0.45
"""A scenario name in the key is cut (with …) beyond this share of the chart's width."""


def line_pen(color: QColor, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A line pen of the comparison chart: fixed width, flat ends so dashes stay crisp."""
    pen = QPen(color)
    pen.setWidthF(LINE_WIDTH)
    pen.setStyle(style)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


class _KeyEntry:
    """One entry of a key: a short line sample and its text."""

    def __init__(self, parent: QGraphicsItem) -> None:
        self.swatch = QGraphicsLineItem(0, 0, _SWATCH, 0, parent)
        self.text = QGraphicsSimpleTextItem(parent)
        self.full_text = ""

    def width(self) -> float:
        """Width of sample, gap and text."""
        return _SWATCH + _GAP + self.text.boundingRect().width()

    def place(self, x: float, y: float, height: float) -> None:
        """Put the entry's top-left corner at (x, y) in a row `height` tall."""
        self.swatch.setPos(x, y + height / 2)
        text_height = self.text.boundingRect().height()
        self.text.setPos(x + _SWATCH + _GAP, y + (height - text_height) / 2)

    def set_visible(self, visible: bool) -> None:
        """Show or hide sample and text."""
        self.swatch.setVisible(visible)
        self.text.setVisible(visible)


class ComparisonKey(QGraphicsRectItem):
    """The chart's two keys under the plot: strategies by colour, then scenarios by line style.

    Entries flow into centred rows as wide as the chart allows; the scenarios start a row of
    their own. `arrange` returns the height the keys need, which the chart keeps free.
    """

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.strategies = {key: _KeyEntry(self) for key in STRATEGIES}
        self.scenarios = [_KeyEntry(self) for _ in range(MAX_SCENARIOS)]
        for key, entry in self.strategies.items():
            entry.full_text = strategy_title(key)
            entry.text.setText(entry.full_text)
        self.count = 0

    def set_names(self, names: Sequence[str]) -> None:
        """The scenarios' names, in line-style order."""
        self.count = len(names)
        for index, entry in enumerate(self.scenarios):
            entry.full_text = names[index] if index < len(names) else ""
            entry.set_visible(index < len(names))

    def set_style(self, font: QFont, text: QColor, neutral: QColor) -> None:
        """Font and text colour; strategy samples in their colours, scenario samples neutral."""
        for key, entry in self.strategies.items():
            entry.swatch.setPen(line_pen(QColor(STRATEGY_COLORS[key])))
        for index, entry in enumerate(self.scenarios):
            entry.swatch.setPen(line_pen(neutral, SCENARIO_STYLES[index]))
        for entry in self.entries():
            entry.text.setFont(font)
            entry.text.setBrush(QBrush(text))

    def entries(self) -> list[_KeyEntry]:
        """Every entry, the unused scenario ones included."""
        return [*self.strategies.values(), *self.scenarios]

    def texts(self) -> list[str]:
        """The texts shown, strategies first (for tests and screen readers)."""
        shown = [*self.strategies.values(), *self.scenarios[: self.count]]
        return [entry.text.text() for entry in shown]

    def arrange(self, width: float) -> float:
        """Lay the entries out in rows at most `width` wide; the height they take."""
        longest = max(80.0, width * _MAX_NAME_SHARE)
        for entry in self.scenarios[: self.count]:
            metrics = QFontMetricsF(entry.text.font())
            entry.text.setText(
                metrics.elidedText(entry.full_text, Qt.TextElideMode.ElideRight, longest)
            )
            entry.text.setToolTip(entry.full_text)
        groups = [list(self.strategies.values()), self.scenarios[: self.count]]
        rows: list[list[_KeyEntry]] = []
        for group in groups:
            row: list[_KeyEntry] = []
            for entry in group:
                if row and _row_width([*row, entry]) > width:
                    rows.append(row)
                    row = []
                row.append(entry)
            if row:
                rows.append(row)
        height = max(entry.text.boundingRect().height() for entry in self.entries())
        y = 0.0
        for row in rows:
            x = max(0.0, (width - _row_width(row)) / 2)
            for entry in row:
                entry.place(x, y, height)
                x += entry.width() + _ENTRY_GAP
            y += height + _ROW_GAP
        total = y - _ROW_GAP if rows else 0.0
        self.setRect(0, 0, width, total)
        return total


def _row_width(row: Sequence[_KeyEntry]) -> float:
    """Width of a row of key entries with the gaps between them."""
    return sum(entry.width() for entry in row) + _ENTRY_GAP * (len(row) - 1)
