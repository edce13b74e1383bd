"""The decision map painted: cell colours, borders, axes, the scenario's ring and the legend."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)

from desktop_app.core.engine.kernel import STRATEGIES
from desktop_app.core.i18n import translate
from desktop_app.gui.analysis.map_geometry import PALE_WITHIN, MapGeometry
from desktop_app.gui.charts.palette import STRATEGY_COLORS, pen
from desktop_app.gui.editor.input_labels import axis_title

_WEAKEST = 0.3
"""How much colour a dead heat keeps (1 is the full strategy colour)."""


class MapPainting(MapGeometry):
    """Paints a decision map laid out by `MapGeometry`, and keeps its colours current."""

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
        strength = _WEAKEST + (1 - _WEAKEST) * np.clip(margin / PALE_WITHIN, 0, 1)
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
                translate(
                    "DecisionMapView", "No decision map yet: pick two inputs and their ranges."
                ),
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
        self._paint_x_ticks(painter, plot, metrics)
        self._paint_y_ticks(painter, plot, metrics)
        self._paint_titles(painter, plot, title)

    def _paint_x_ticks(self, painter: QPainter, plot: QRectF, metrics: QFontMetricsF) -> None:
        """Ticks below the plot, dropping labels that would touch their neighbour."""
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

    def _paint_y_ticks(self, painter: QPainter, plot: QRectF, metrics: QFontMetricsF) -> None:
        """Ticks left of the plot."""
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

    def _paint_titles(self, painter: QPainter, plot: QRectF, title: QFont) -> None:
        """The axis titles, shortened when the widget is narrow."""
        assert self.found is not None
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


def _blend(background: QColor, color: QColor, strength: float) -> QColor:
    """`color` laid over `background` at `strength` (0: background, 1: colour)."""
    return QColor.fromRgbF(
        background.redF() + (color.redF() - background.redF()) * strength,
        background.greenF() + (color.greenF() - background.greenF()) * strength,
        background.blueF() + (color.blueF() - background.blueF()) * strength,
    )
