"""The decision map: which strategy is cheapest across two inputs, as a heat map."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QSizePolicy,
    QToolTip,
    QWidget,
)

from desktop_app.core.analyses.decision_map import DecisionMap
from desktop_app.core.analyses.help_texts import chart_help
from desktop_app.core.engine.kernel import STRATEGIES
from desktop_app.core.model.fields import numeric_field
from desktop_app.core.model.strategy_names import TITLES
from desktop_app.gui.charts.chart_table import add_table_action
from desktop_app.gui.charts.palette import STRATEGY_COLORS, pen
from desktop_app.gui.editor.input_labels import (
    axis_title,
    compact_number,
    exact_money,
    field_label,
    strategy_name,
    value_text,
)
from desktop_app.present.axis_ticks import nice_step
from desktop_app.present.numbers import compact_money, short_number, significant


def _edges(centres: np.ndarray) -> np.ndarray:
    """Cell edges around each centre: halfway to the neighbours, half a step beyond the ends."""
    if len(centres) == 1:
        return np.array([centres[0] - 0.5, centres[0] + 0.5])
    middle = (centres[:-1] + centres[1:]) / 2
    first = centres[0] - (centres[1] - centres[0]) / 2
    last = centres[-1] + (centres[-1] - centres[-2]) / 2
    return np.concatenate([[first], middle, [last]])


class _MapAxis:
    """One axis of the painted map: value <-> position along it, cells and ticks."""

    def __init__(self, values: np.ndarray, log: bool) -> None:
        self.values = np.asarray(values, dtype=float)
        self.log = log
        self.centres = self.transform(self.values)
        self.edges = _edges(self.centres)

    def transform(self, values: np.ndarray | float) -> np.ndarray:
        """The axis coordinate: log10 of a value on a log axis, else the value."""
        array = np.asarray(values, dtype=float)
        return np.log10(array) if self.log else array

    def fraction(self, value: float) -> float:
        """Where a value lies between the first and last cell edge (0..1)."""
        span = self.edges[-1] - self.edges[0]
        return float((self.transform(value) - self.edges[0]) / span)

    def cell(self, fraction: float) -> int | None:
        """The cell at a fraction of the axis, or None outside it."""
        if not 0 <= fraction <= 1:
            return None
        coordinate = self.edges[0] + fraction * (self.edges[-1] - self.edges[0])
        index = int(np.searchsorted(self.edges, coordinate, side="right")) - 1
        return min(max(index, 0), len(self.values) - 1)

    def contains(self, value: float) -> bool:
        """Whether a value lies within the mapped range (first to last value)."""
        return bool(self.values[0] <= value <= self.values[-1])

    def ticks(self, count: int) -> list[float]:
        """Round values to label: decades on a log axis, 1-2-5 steps on a linear one."""
        low, high = float(self.values[0]), float(self.values[-1])
        if self.log:
            first, last = math.floor(math.log10(low)), math.ceil(math.log10(high))
            decades = [10.0**k for k in range(first, last + 1) if low <= 10.0**k * (1 + 1e-9)]
            decades = [value for value in decades if value <= high * (1 + 1e-9)]
            if len(decades) >= 3 or count < 6:  # decades only, thinned to fit
                every = max(1, math.ceil(len(decades) / max(count, 1)))
                return decades[::every]
            steps = [m * 10.0**k for k in range(first, last + 1) for m in (1, 2, 5)]
            return [value for value in steps if low * (1 - 1e-9) <= value <= high * (1 + 1e-9)]
        if high <= low:
            return [low]
        step = nice_step((high - low) / max(count, 1))
        start = math.ceil(low / step - 1e-9)
        return [round(k * step, 12) for k in range(start, math.floor(high / step + 1e-9) + 1)]


_PALE_WITHIN = 0.25
"""A cell whose runner-up costs less than 25 % more is drawn fainter: a close call."""
_WEAKEST = 0.3
"""How much colour a dead heat keeps (1 is the full strategy colour)."""


class DecisionMapView(QWidget):
    """The cheapest strategy over a grid of two inputs, painted cell by cell.

    Each cell takes the colour of its cheapest strategy, fainter where the runner-up is close;
    a thin line follows every border between two strategies (the break-even curve). The
    scenario's own point is ringed. Hovering a cell shows its exact figures; with the keyboard,
    the arrow keys move from cell to cell (Home/End: first/last column, Page Up/Down: top and
    bottom row), starting at the scenario's own cell, and show the same figures.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Decision map")
        self.setAccessibleDescription("Cheapest strategy over two inputs (none computed yet)")
        self.setWhatsThis(chart_help("DecisionMapView"))
        self.table_action = add_table_action(self)  # its numbers for screen readers, to copy
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.found: DecisionMap | None = None
        self.current: tuple[float, float] | None = None
        self.currency = "USD"
        self._x: _MapAxis | None = None
        self._y: _MapAxis | None = None
        self._colors: list[list[QColor]] = []
        self._hovered: tuple[int, int] | None = None
        self._description = ""  # what the map shows, for screen readers
        self._geometry: tuple[QRectF, np.ndarray, np.ndarray] | None = None

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Room for 40 x 40 cells, ticks and the legend."""
        return QSize(600, 420)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Below this the tick labels would collide."""
        return QSize(360, 260)

    # Showing

    def show_map(
        self,
        found: DecisionMap,
        current: tuple[float, float] | None = None,
        currency: str = "USD",
    ) -> None:
        """Show a decision map; `current` is the scenario's (x, y), ringed when inside."""
        self.found = found
        self.current = current
        self.currency = currency
        self._x = _MapAxis(found.x.values, found.x.log)
        self._y = _MapAxis(found.y.values, found.y.log)
        self._hovered = None
        self._colors = []
        self._geometry = None
        self._description = (
            f"Cheapest strategy over {field_label(found.x.field).lower()} "
            f"and {field_label(found.y.field).lower()}"
        )
        self.setAccessibleDescription(self._description)
        self.update()

    def clear(self) -> None:
        """Show no map."""
        self.found = None
        self._x = self._y = None
        self._colors = []
        self._geometry = None
        self.update()

    # Geometry

    def _fonts(self) -> tuple[QFont, QFont]:
        """The tick font (a little smaller than the widget's) and the title font."""
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.9))
        return small, QFont(self.font())

    def _legend_items(self) -> list[tuple[str, str]]:
        """(kind, text) of each legend entry."""
        shown = self.found.totals if self.found is not None else STRATEGIES
        items = [("swatch:" + key, TITLES[key]) for key in STRATEGIES if key in shown]
        items.append(("ring", "This scenario"))
        items.append(("pale", f"Fainter: runner-up within {round(_PALE_WITHIN * 100)} %"))
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

    # Texts

    def cell_text(self, row: int, column: int) -> str:
        """The exact figures of one cell: both inputs, the cheapest, every total, the ratio."""
        found = self.found
        if found is None:
            return ""
        x_value, y_value = float(found.x.values[column]), float(found.y.values[row])
        cheapest = found.cheapest[row, column]
        ratio = float(found.ratio_fine_tuning_to_embeddings[row, column])
        lines = [
            f"{field_label(found.x.field)}: {value_text(found.x.field, x_value, self.currency)}",
            f"{field_label(found.y.field)}: {value_text(found.y.field, y_value, self.currency)}",
            "Cheapest: " + ("none fits" if cheapest is None else strategy_name(str(cheapest))),
            *(
                f"{TITLES[key]}: "
                f"{exact_money(float(found.totals[key][row, column]), self.currency)}"
                for key in STRATEGIES
                if key in found.totals
            ),
            "Fine-tuning / embeddings: "
            + ("— (embeddings cost nothing)" if math.isnan(ratio) else significant(ratio, 3)),
        ]
        return "\n".join(lines)

    # Colours

    def _cell_colors(self) -> list[list[QColor]]:
        """Each cell's colour: its cheapest strategy's, paler for a close call."""
        found = self.found
        assert found is not None
        background = self.palette().color(QPalette.ColorRole.Base)
        totals = np.stack([found.totals[key] for key in STRATEGIES if key in found.totals])
        ordered = np.sort(totals, axis=0)
        best, runner_up = ordered[0], ordered[1] if len(ordered) > 1 else ordered[0] * np.inf
        with np.errstate(divide="ignore", invalid="ignore"):
            margin = np.where(best > 0, (runner_up - best) / best, np.inf)
        strength = _WEAKEST + (1 - _WEAKEST) * np.clip(margin / _PALE_WITHIN, 0, 1)
        strength = np.nan_to_num(strength, nan=1.0)
        bases = {key: QColor(STRATEGY_COLORS[key]) for key in STRATEGIES}
        rows = []
        for row in range(found.cheapest.shape[0]):
            colors = []
            for column in range(found.cheapest.shape[1]):
                cheapest = found.cheapest[row, column]
                if cheapest is None:  # no strategy fits: the plain background
                    colors.append(QColor(background))
                    continue
                colors.append(_blend(background, bases[cheapest], strength[row, column]))
            rows.append(colors)
        return rows

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Recolour for a new palette (light or dark), re-measure for a new font."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._colors = []
            self._geometry = None
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Lay the map out again for the new size."""
        self._geometry = None
        super().resizeEvent(event)

    # Painting

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """Cells, borders, axes, the ring and the legend."""
        painter = QPainter(self)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        small, title = self._fonts()
        if self.found is None or self._x is None or self._y is None:
            painter.setPen(text)
            painter.setFont(title)
            painter.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter,
                "No decision map yet: pick two inputs and their ranges.",
            )
            painter.end()
            return
        if not self._colors:
            self._colors = self._cell_colors()
        plot = self.plot_rect()
        self._paint_cells(painter)
        self._paint_borders(painter, text)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen(text, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)
        self._paint_axes(painter, plot, small, title, text)
        self._paint_hovered(painter, text)
        self._paint_ring(painter, text, palette.color(QPalette.ColorRole.Base))
        self._paint_legend(painter, small, text, palette.color(QPalette.ColorRole.Base))
        painter.end()

    def _paint_cells(self, painter: QPainter) -> None:
        """One filled rectangle per cell (edges rounded to pixels, so no seams show)."""
        assert self.found is not None
        rows, columns = self.found.cheapest.shape
        rects = [[self.cell_rect(r, c) for c in range(columns)] for r in range(rows)]
        for r in range(rows):
            for c in range(columns):
                painter.fillRect(rects[r][c].toAlignedRect(), self._colors[r][c])

    def _paint_borders(self, painter: QPainter, text: QColor) -> None:
        """A line wherever two neighbouring cells have different cheapest strategies."""
        assert self.found is not None
        cheapest = self.found.cheapest
        color = QColor(text)
        color.setAlpha(170)
        painter.setPen(pen(color, 1.2))
        changes_right = np.argwhere(cheapest[:, :-1] != cheapest[:, 1:])
        changes_up = np.argwhere(cheapest[:-1, :] != cheapest[1:, :])
        for r, c in changes_right:
            rect = self.cell_rect(int(r), int(c))
            painter.drawLine(rect.topRight(), rect.bottomRight())
        for r, c in changes_up:
            rect = self.cell_rect(int(r), int(c))
            painter.drawLine(rect.topLeft(), rect.topRight())

    def _paint_axes(
        self, painter: QPainter, plot: QRectF, small: QFont, title: QFont, text: QColor
    ) -> None:
        """Tick marks and labels on both axes, and the axis titles."""
        assert self.found is not None and self._x is not None and self._y is not None
        metrics = QFontMetricsF(small)
        painter.setFont(small)
        painter.setPen(pen(text, 1))
        # x: ticks below the plot, dropping labels that would touch their neighbour
        last_right = -math.inf
        for _, label, x in self.ticks("x"):
            width = metrics.horizontalAdvance(label)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            left = min(max(x - width / 2, 0), self.width() - width)
            if left < last_right + 6:
                continue
            painter.drawText(
                QRectF(left, plot.bottom() + 4, width + 1, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )
            last_right = left + width
        # y: ticks left of the plot
        last_top = math.inf
        for _, label, y in self.ticks("y"):
            painter.drawLine(QPointF(plot.left() - 4, y), QPointF(plot.left(), y))
            top = y - metrics.height() / 2
            if top + metrics.height() > last_top - 2:
                continue
            painter.drawText(
                QRectF(0, top, plot.left() - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            last_top = top
        # titles, shortened when the widget is narrow
        painter.setFont(title)
        title_metrics = QFontMetricsF(title)
        x_title = title_metrics.elidedText(
            axis_title(self.found.x.field, self.currency),
            Qt.TextElideMode.ElideRight,
            plot.width(),
        )
        painter.drawText(
            QRectF(plot.left(), self.height() - title_metrics.height() - 6, plot.width(), 99),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            x_title,
        )
        y_title = title_metrics.elidedText(
            axis_title(self.found.y.field, self.currency),
            Qt.TextElideMode.ElideRight,
            plot.height(),
        )
        painter.save()
        painter.translate(6, plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, 0, plot.height(), title_metrics.height()),
            Qt.AlignmentFlag.AlignCenter,
            y_title,
        )
        painter.restore()

    def _paint_hovered(self, painter: QPainter, text: QColor) -> None:
        """Outline the cell under the mouse."""
        if self._hovered is None:
            return
        painter.setPen(pen(text, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.cell_rect(*self._hovered))

    def _paint_ring(self, painter: QPainter, text: QColor, background: QColor) -> None:
        """A ring around the scenario's own point, with a halo so it shows on any colour."""
        centre = self.marker_position()
        if centre is None:
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen(background, 4.5))
        painter.drawEllipse(centre, 6.5, 6.5)
        painter.setPen(pen(text, 2))
        painter.drawEllipse(centre, 6.5, 6.5)

    def _paint_legend(
        self, painter: QPainter, small: QFont, text: QColor, background: QColor
    ) -> None:
        """Strategy swatches, the ring and what a pale cell means."""
        painter.setFont(small)
        for kind, label, rect in self._legend_layout(self.width()):
            size = rect.height() - 4
            box = QRectF(rect.left(), rect.top() + 2, size, size)
            if kind.startswith("swatch:"):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(STRATEGY_COLORS[kind.split(":", 1)[1]]))
                painter.drawRect(box)
            elif kind == "ring":
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(pen(text, 2))
                painter.drawEllipse(box.center(), size / 2 - 1, size / 2 - 1)
            else:  # a pale and a full swatch side by side
                painter.setPen(Qt.PenStyle.NoPen)
                full = QColor(STRATEGY_COLORS["embeddings"])
                painter.setBrush(_blend(background, full, _WEAKEST))
                painter.drawRect(QRectF(box.left(), box.top(), size / 2, size))
                painter.setBrush(full)
                painter.drawRect(QRectF(box.center().x(), box.top(), size / 2, size))
            painter.setPen(text)
            painter.drawText(
                QRectF(box.right() + 4, rect.top(), rect.width() - size - 4, rect.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )

    # Hover

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        """Show the figures of the cell under the mouse."""
        cell = self.cell_at(event.position())
        if cell != self._hovered:
            self._hovered = cell
            self.update()
        if cell is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(
                event.globalPosition().toPoint(),
                self.cell_text(*cell),
                self,
                self.cell_rect(*cell).toAlignedRect(),
            )
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Forget the hovered cell."""
        if not self.hasFocus():  # the keyboard's cell stays while the map has the focus
            self._hovered = None
            QToolTip.hideText()
            self.update()
        super().leaveEvent(event)

    # Keyboard

    def pointed_cell(self) -> tuple[int, int] | None:
        """(row, column) of the cell shown with its figures (by the mouse or the keys)."""
        return self._hovered

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        """Point at the scenario's own cell (or the middle one) when the map gets the focus."""
        super().focusInEvent(event)
        if self.found is not None and self._hovered is None:
            marker = self.marker_position()
            own = self.cell_at(marker) if marker is not None else None
            rows, columns = self.found.cheapest.shape
            self._point_at(own or (rows // 2, columns // 2))

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        """Stop pointing at a cell."""
        super().focusOutEvent(event)
        self._hovered = None
        QToolTip.hideText()
        self.setAccessibleDescription(self._description)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Arrows move by a cell, Home/End to the first/last column, Page Up/Down to the ends."""
        if self.found is None:
            super().keyPressEvent(event)
            return
        rows, columns = self.found.cheapest.shape
        row, column = self._hovered or (rows // 2, columns // 2)
        moved = {
            Qt.Key.Key_Left: (row, column - 1),
            Qt.Key.Key_Right: (row, column + 1),
            Qt.Key.Key_Up: (row + 1, column),  # rows count upwards, as the y axis does
            Qt.Key.Key_Down: (row - 1, column),
            Qt.Key.Key_Home: (row, 0),
            Qt.Key.Key_End: (row, columns - 1),
            Qt.Key.Key_PageUp: (rows - 1, column),
            Qt.Key.Key_PageDown: (0, column),
        }.get(Qt.Key(event.key()))
        if moved is None:
            super().keyPressEvent(event)
            return
        self._point_at((min(max(moved[0], 0), rows - 1), min(max(moved[1], 0), columns - 1)))

    def _point_at(self, cell: tuple[int, int]) -> None:
        """Outline a cell, show its figures beside it and give them to screen readers."""
        self._hovered = cell
        self.update()
        text = self.cell_text(*cell)
        figures = "; ".join(text.splitlines())
        self.setAccessibleDescription(f"{self._description}. {figures}")
        rect = self.cell_rect(*cell).toAlignedRect()
        QToolTip.showText(self.mapToGlobal(rect.center()), text, self, rect)


def _blend(background: QColor, color: QColor, strength: float) -> QColor:
    """`color` laid over `background` at `strength` (0: background, 1: colour)."""
    return QColor.fromRgbF(
        background.redF() + (color.redF() - background.redF()) * strength,
        background.greenF() + (color.greenF() - background.greenF()) * strength,
        background.blueF() + (color.blueF() - background.blueF()) * strength,
    )
