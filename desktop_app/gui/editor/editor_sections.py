"""The scenario editor's sections, filled with their fields only as the form needs them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGroupBox, QScrollArea, QWidget

from desktop_app.core.model.scenario import Scenario
from desktop_app.gui.document import ScenarioDocument
from desktop_app.gui.editor.inputs import AnswerInput, FieldRow


class LazySections(QScrollArea):
    """A scrollable form whose sections are filled when they come into view or are asked for.

    `ScenarioEditor` builds the sections (each one queued in `_unfilled` with its filling) and
    shows the scenario in whatever fields exist.
    """

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Its fields take the focus. A click between them (on a label) gave the form itself the
        # focus, and the next Tab went to its first field, Name, scrolling the form to the top.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.document = document
        self._rows: dict[str, FieldRow] = {}
        self._answers: dict[str, AnswerInput] = {}
        self._unfilled: list[tuple[QGroupBox, Callable[[], None]]] = []

    @property
    def rows(self) -> dict[str, FieldRow]:
        """The numeric fields by path (all of them: unfilled sections are filled first)."""
        self.fill_sections()
        return self._rows

    @property
    def answers(self) -> dict[str, AnswerInput]:
        """The checklist answers by path (the checklist is filled first if need be)."""
        self.fill_sections()
        return self._answers

    @property
    def unfilled_sections(self) -> list[QGroupBox]:
        """The section boxes still waiting for their fields, top to bottom."""
        return [box for box, _ in self._unfilled]

    @property
    def filled(self) -> bool:
        """True once every section has its fields."""
        return not self._unfilled

    def fill_sections(self) -> None:
        """Build the fields of the sections not filled yet, showing the current scenario."""
        self._fill_while(lambda _box: True)

    def _fill_while(self, wanted: Callable[[QGroupBox], bool]) -> None:
        """Fill the unfilled sections from the top while `wanted` says so of the next one."""
        filled = False
        while self._unfilled and wanted(self._unfilled[0][0]):
            _, fill = self._unfilled.pop(0)
            fill()
            filled = True
        if filled:
            self.show_scenario(self.document.scenario)

    def _in_view(self, box: QGroupBox) -> bool:
        """Whether the box starts within the visible part of the form (before any layout)."""
        body = self.widget()
        layout = body.layout() if body is not None else None
        if layout is None:  # no form laid out yet: fill the box now
            return True
        top = layout.contentsMargins().top()
        for index in range(layout.indexOf(box)):  # the heights the boxes above will take
            item = layout.itemAt(index)
            top += (item.sizeHint().height() if item is not None else 0) + layout.spacing()
        return top < self.verticalScrollBar().value() + self.viewport().height()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        """Fill the sections in view before the form is painted."""
        self._fill_while(self._in_view)
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """After the form's first paint, fill the other sections in the next idle moment."""
        if event.type() == QEvent.Type.Paint and watched is self.widget():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.fill_sections)
        return super().eventFilter(watched, event)

    def show_scenario(self, scenario: Scenario) -> None:
        """Show the scenario's values in the fields built so far (the editor's; none here)."""
