"""The decision map: which strategy is cheapest across two inputs, as a heat map."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QSizePolicy,
    QToolTip,
    QWidget,
)

from desktop_app.core.analyses.decision_map import DecisionMap
from desktop_app.core.analyses.help_texts import chart_help
from desktop_app.core.engine.kernel import STRATEGIES
from desktop_app.core.i18n import translate
from desktop_app.gui.analysis.map_axis import MapAxis
from desktop_app.gui.analysis.map_painting import MapPainting
from desktop_app.gui.charts.chart_table import add_table_action
from desktop_app.gui.editor.input_labels import (
    exact_money,
    field_label,
    label_in_sentence,
    strategy_name,
    value_text,
)
from desktop_app.present.labels import strategy_title
from desktop_app.present.numbers import significant


class DecisionMapView(MapPainting):
    """The cheapest strategy over a grid of two inputs, painted cell by cell.

    Each cell takes the colour of its cheapest strategy, fainter where the runner-up is close;
    a thin line follows every border between two strategies (the break-even curve). The
    scenario's own point is ringed. Hovering a cell shows its exact figures; with the keyboard,
    the arrow keys move from cell to cell (Home/End: first/last column, Page Up/Down: top and
    bottom row), starting at the scenario's own cell, and show the same figures.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Accessible", "Decision map"))
        self.setAccessibleDescription(
            translate("Accessible", "Cheapest strategy over two inputs (none computed yet)")
        )
        self.setWhatsThis(chart_help("DecisionMapView"))
        self.table_action = add_table_action(self)  # its numbers for screen readers, to copy
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

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
        self._x = MapAxis(found.x.values, found.x.log)
        self._y = MapAxis(found.y.values, found.y.log)
        self._hovered = None
        self._colors = []
        self._geometry = None
        self._description = translate(
            "DecisionMapView", "Cheapest strategy over {x} and {y}"
        ).format(x=label_in_sentence(found.x.field), y=label_in_sentence(found.y.field))
        self.setAccessibleDescription(self._description)
        self.update()

    def clear(self) -> None:
        """Show no map."""
        self.found = None
        self._x = self._y = None
        self._colors = []
        self._geometry = None
        self.update()

    # Texts

    def cell_text(self, row: int, column: int) -> str:
        """The exact figures of one cell: both inputs, the cheapest, every total, the ratio."""
        found = self.found
        if found is None:
            return ""
        x_value, y_value = float(found.x.values[column]), float(found.y.values[row])
        cheapest = found.cheapest[row, column]
        ratio = float(found.ratio_fine_tuning_to_embeddings[row, column])
        figure = translate("DecisionMapView", "{name}: {value}")
        if cheapest is None:
            best = translate("DecisionMapView", "Cheapest: none fits")
        else:
            best = translate("DecisionMapView", "Cheapest: {strategy}").format(
                strategy=strategy_name(str(cheapest))
            )
        if math.isnan(ratio):
            ratio_line = translate(
                "DecisionMapView", "Fine-tuning / embeddings: — (embeddings cost nothing)"
            )
        else:
            ratio_line = translate("DecisionMapView", "Fine-tuning / embeddings: {ratio}").format(
                ratio=significant(ratio, 3)
            )
        lines = [
            figure.format(
                name=field_label(found.x.field),
                value=value_text(found.x.field, x_value, self.currency),
            ),
            figure.format(
                name=field_label(found.y.field),
                value=value_text(found.y.field, y_value, self.currency),
            ),
            best,
            *(
                figure.format(
                    name=strategy_title(key),
                    value=exact_money(float(found.totals[key][row, column]), self.currency),
                )
                for key in STRATEGIES
                if key in found.totals
            ),
            ratio_line,
        ]
        return "\n".join(lines)

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
        said = translate("Accessible", "{map}. {figures}")
        self.setAccessibleDescription(said.format(map=self._description, figures=figures))
        rect = self.cell_rect(*cell).toAlignedRect()
        QToolTip.showText(self.mapToGlobal(rect.center()), text, self, rect)
