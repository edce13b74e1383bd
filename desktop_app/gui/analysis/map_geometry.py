"""Where the decision map's legend, ticks and cells are drawn, and which cell lies where."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QWidget

from desktop_app.core.analyses.decision_map import DecisionMap
from desktop_app.core.engine.kernel import STRATEGIES
from desktop_app.core.i18n import translate
from desktop_app.core.model.fields import numeric_field
from desktop_app.core.model.strategy_names import said_title
from desktop_app.gui.analysis.map_axis import MapAxis
from desktop_app.gui.editor.input_labels import compact_number
from desktop_app.present.numbers import compact_money, short_number

PALE_WITHIN = 0.25
"""A cell whose runner-up costs less than 25 % more is drawn fainter: a close call."""


class MapGeometry(QWidget):
    """A decision map's state and its layout in widget pixels; painting is `MapPainting`'s."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found: DecisionMap | None = None
        self.current: tuple[float, float] | None = None
        self.currency = "USD"
        self._x: MapAxis | None = None
        self._y: MapAxis | None = None
        self._colors: list[list[QColor]] = []
        self._hovered: tuple[int, int] | None = None
        self._description = ""  # what the map shows, for screen readers
        self._geometry: tuple[QRectF, np.ndarray, np.ndarray] | None = None

    def _fonts(self) -> tuple[QFont, QFont]:
        """The tick font (a little smaller than the widget's) and the title font."""
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.9))
        return small, QFont(self.font())

    def _legend_items(self) -> list[tuple[str, str]]:
        """(kind, text) of each legend entry."""
        shown = self.found.totals if self.found is not None else STRATEGIES
        items = [("swatch:" + key, said_title(key)) for key in STRATEGIES if key in shown]
        items.append(("ring", translate("DecisionMapView", "This scenario")))
        pale = translate("DecisionMapView", "Fainter: runner-up within {share}%")
        items.append(("pale", pale.format(share=round(PALE_WITHIN * 100))))
        return items

    def _legend_layout(self, width: float) -> list[tuple[str, str, QRectF]]:
        """Legend entries flowed into lines across the top."""
        small, _ = self._fonts()
        metrics = QFontMetricsF(small)
        height = metrics.height()
        x, y, placed = 8.0, 6.0, []
        for kind, text in self._legend_items():
            item_width = height + 4 + metrics.horizontalAdvance(text)
            if x + item_width > width - 8 and x > 8:
                x, y = 8.0, y + height + 4
            placed.append((kind, text, QRectF(x, y, item_width, height)))
            x += item_width + 14
        return placed

    def plot_rect(self) -> QRectF:
        """Where the cells are drawn, in widget pixels."""
        return QRectF(self._layout()[0])

    def _layout(self) -> tuple[QRectF, np.ndarray, np.ndarray]:
        """The plot rectangle and the pixel edges of the columns (x) and rows (y, upwards)."""
        if self._geometry is None:
            plot = self._plot_rect()
            columns = rows = np.zeros(0)
            if self._x is not None and self._y is not None:
                xs, ys = self._x.edges, self._y.edges
                columns = plot.left() + (xs - xs[0]) / (xs[-1] - xs[0]) * plot.width()
                rows = plot.bottom() - (ys - ys[0]) / (ys[-1] - ys[0]) * plot.height()
            self._geometry = (plot, columns, rows)
        return self._geometry

    def _plot_rect(self) -> QRectF:
        """Measure the room the legend, tick labels and titles leave for the cells."""
        small, title = self._fonts()
        small_metrics, title_metrics = QFontMetricsF(small), QFontMetricsF(title)
        legend = self._legend_layout(self.width())
        top = (legend[-1][2].bottom() if legend else 0) + 10
        tick_width = max(
            (small_metrics.horizontalAdvance(label) for _, label in self._tick_values("y")),
            default=0.0,
        )
        left = 6 + title_metrics.height() + 6 + tick_width + 6
        bottom = self.height() - (4 + small_metrics.height() + 4 + title_metrics.height() + 6)
        right = self.width() - 16
        return QRectF(left, top, max(right - left, 10), max(bottom - top, 10))

    def _tick_values(self, which: str) -> list[tuple[float, str]]:
        """(value, label) of the ticks of axis 'x' or 'y': about one per 70 or 36 pixels."""
        if self.found is None or self._x is None or self._y is None:
            return []
        if which == "x":
            axis, field = self._x, numeric_field(self.found.x.field)
            count = max(2, (self.width() - 90) // 70)
        else:
            axis, field = self._y, numeric_field(self.found.y.field)
            count = max(2, (self.height() - 90) // 36)
        ticks = []
        for value in axis.ticks(count):
            if field.is_money:
                label = compact_money(value, self.currency)
            elif axis.log or abs(value) >= 10_000:
                label = compact_number(value)
            else:
                label = short_number(value)
            ticks.append((value, label))
        return ticks

    def ticks(self, which: str) -> list[tuple[float, str, float]]:
        """(value, label, pixel) of each tick of axis 'x' or 'y' ('1k', '10k', ... on a log axis).

        The pixel is the x (or y) coordinate in the widget.
        """
        plot = self.plot_rect()
        axis = self._x if which == "x" else self._y
        if axis is None:
            return []
        return [
            (
                value,
                label,
                plot.left() + axis.fraction(value) * plot.width()
                if which == "x"
                else plot.bottom() - axis.fraction(value) * plot.height(),
            )
            for value, label in self._tick_values(which)
        ]

    def cell_rect(self, row: int, column: int) -> QRectF:
        """The pixels of one cell."""
        _, columns, rows = self._layout()
        left, right = float(columns[column]), float(columns[column + 1])
        top, bottom = float(rows[row + 1]), float(rows[row])
        return QRectF(left, top, right - left, bottom - top)

    def position_of(self, x: float, y: float) -> QPointF | None:
        """The pixel of an (x, y) point of the two inputs, or None when outside the map."""
        if self._x is None or self._y is None:
            return None
        if not (self._x.contains(x) and self._y.contains(y)):
            return None
        if (self._x.log and x <= 0) or (self._y.log and y <= 0):
            return None
        plot = self.plot_rect()
        return QPointF(
            plot.left() + self._x.fraction(x) * plot.width(),
            plot.bottom() - self._y.fraction(y) * plot.height(),
        )

    def marker_position(self) -> QPointF | None:
        """Where the scenario's ring is drawn (None without one)."""
        return None if self.current is None else self.position_of(*self.current)

    def cell_at(self, position: QPointF) -> tuple[int, int] | None:
        """(row, column) of the cell under a widget position, or None off the map."""
        if self._x is None or self._y is None:
            return None
        plot = self.plot_rect()
        column = self._x.cell((position.x() - plot.left()) / plot.width())
        row = self._y.cell((plot.bottom() - position.y()) / plot.height())
        return None if row is None or column is None else (row, column)
