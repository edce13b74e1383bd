"""A number field's entry settled when the user leaves it: taken, given way, or a wider range."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QPoint, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.core.i18n import translate
from desktop_app.core.model.fields import numeric_field, value_at, with_values
from desktop_app.core.model.scenario import Scenario, UncertainInput
from desktop_app.core.prices.presets import with_edit
from desktop_app.gui.document import ScenarioDocument
from desktop_app.gui.editor.editor_sections import LazySections
from desktop_app.gui.editor.inputs import format_number
from desktop_app.present.labels import field_label, labelled

ROW_MARGIN = 4
"""Pixels kept below a row scrolled into view."""


class NumberEntries(LazySections):
    """The scenario editor's number fields: each edit to the document, each entry settled."""

    notice = Signal(str)  # something the window should say (an entry that was put back)
    notice_withdrawn = Signal(str)  # that notice no longer holds: the user typed again

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self._settling: set[str] = set()  # fields whose entry is being settled
        self._offers: set[str] = set()  # fields about to be offered a wider range
        self._notice: str | None = None  # the last notice, until the next typing

    def withdraw_notice(self) -> None:
        """The user types again: the field now says what holds, the last notice no longer."""
        if self._notice is not None:
            self.notice_withdrawn.emit(self._notice)
            self._notice = None

    def _on_number_edited(self, path: str, value: float | None, session: int) -> None:
        problem = self.document.set_value(path, value, session)
        if problem is not None and value is not None and self._widened_range(path, value):
            problem = translate(
                "ScenarioEditor", "{problem}; Tab or Enter offers to widen it"
            ).format(problem=self._outside_range(path, value))
        self.rows[path].show_problem(None if problem is None else labelled(problem))
        if problem is not None:
            self.show_line_whole(self.rows[path])

    def _on_number_finished(self, path: str) -> None:
        """The user left a field: its text and the scenario must agree from now on.

        A complete valid number the scenario took is only reformatted. One outside the input's
        uncertainty range is offered a wider range. Anything else gives way to the value from
        before the typing began, and the line under the field says why.
        """
        if path in self._settling:
            return  # a question asked below took the focus away
        self._settling.add(path)
        try:
            self._settle(path)
        finally:
            self._settling.discard(path)

    def _settle(self, path: str) -> None:
        row = self.rows[path]
        field = row.input
        current = value_at(self.document.scenario, path)
        value, problem = field.text_value()
        if problem is None and value == current:
            field.settle()  # (a note about an entry put back stays until the next edit)
            return
        if problem is None and value is not None:
            widened = self._widened_range(path, value)
            if widened is not None:  # asked once the focus has moved on, not inside its move
                if path not in self._offers:
                    self._offers.add(path)
                    start, session = field.session_start, field.session
                    QTimer.singleShot(
                        0, lambda: self._offer_wider_range(path, value, widened, start, session)
                    )
                return
            problem = self.document.problem_with(path, value)
            problem = labelled(problem) if problem else _not_taken(field.label)
        else:
            problem = f"{field.label}: {problem}"
        self._give_way(path, problem, field.session_start, field.session)

    def _give_way(self, path: str, problem: str, start: float | None, session: int) -> None:
        """Put back the value from before the typing, and say why under the field."""
        field = self.rows[path].input
        self._put_back(path, start, session)
        kept = translate("ScenarioEditor", "empty") if start is None else format_number(start)
        said = translate("ScenarioEditor", "{problem}. Kept {kept}.").format(
            problem=problem, kept=kept
        )
        field.revert(said)
        field.settle()
        self._notice = said
        self.notice.emit(said)
        self.show_line_whole(self.rows[path])

    def show_line_whole(self, row: QWidget) -> None:
        """Once a row's new line under it is laid out, scroll it into view if it is cut off.

        While typing too: the line that says the figures keep the old value was cut off at
        the form's bottom edge until the field was left.
        """
        QTimer.singleShot(0, row, lambda: self._show_whole(row))

    def _show_whole(self, row: QWidget) -> None:
        """Scroll a row cut off at the form's bottom edge into view (its new line with it).

        A row out of sight stays so: the user has scrolled elsewhere.
        """
        top = row.mapTo(self.viewport(), QPoint(0, 0)).y()
        if 0 <= top < self.viewport().height() < top + row.height():
            self.ensureWidgetVisible(row, 0, ROW_MARGIN)

    def _offer_wider_range(
        self, path: str, value: float, wider: UncertainInput, start: float | None, session: int
    ) -> None:
        self._offers.discard(path)
        field = self.rows[path].input
        if not field.means(value):
            return  # the user typed on: the entry is theirs again
        # While the question is open, the figures are those of the value Keep keeps: not those
        # of the last number the typing passed through (typing 50 took 5 on the way)
        self._put_back(path, start, session)
        if self.ask_widen_range(path, value, wider, start):
            refused = self._apply_widened(path, value, wider)
            if refused is None:
                field.settle()
            else:  # the figures of the value would be too large to show
                self._give_way(path, labelled(f"{path}: {refused}"), start, session)
        else:
            self._give_way(path, self._outside_range(path, value), start, session)

    def _put_back(self, path: str, value: float | None, session: int) -> None:
        """Give the field its value from before the typing (the session's undo step goes)."""
        if value_at(self.document.scenario, path) != value:
            field = numeric_field(path)
            whole = value is not None and field.integer
            restored = int(value) if whole and value is not None else value
            self.document.set_value(path, restored, session)

    def _widened_range(self, path: str, value: float) -> UncertainInput | None:
        """The input's range stretched to take `value`, when only its range refuses it."""
        entry = next((e for e in self.document.scenario.uncertainty if e.field == path), None)
        if entry is None or entry.low <= value <= entry.high:
            return None
        wider = entry.model_copy(
            update={"low": min(entry.low, value), "high": max(entry.high, value)}
        )
        try:
            self._with_range(path, value, wider)
        except (ValidationError, ValueError):
            return None
        return wider

    def _with_range(self, path: str, value: float, entry: UncertainInput) -> Scenario:
        kept = [e.model_dump() for e in self.document.scenario.uncertainty if e.field != path]
        ranged = with_values(self.document.scenario, {"uncertainty": [*kept, entry.model_dump()]})
        field = numeric_field(path)
        return with_edit(ranged, path, int(value) if field.integer else value)

    def _apply_widened(self, path: str, value: float, entry: UncertainInput) -> str | None:
        """Widen the range and take the value in one step; or why not."""
        changed = self._with_range(path, value, entry)
        label = field_label(path)
        step = translate("ScenarioEditor", "Edit {field} and widen its range")
        return self.document.set_scenario(changed, step.format(field=label))

    def _outside_range(self, path: str, value: float) -> str:
        entry = next(e for e in self.document.scenario.uncertainty if e.field == path)
        return translate(
            "ScenarioEditor", "{field}: {value} is outside its uncertainty range ({low} – {high})"
        ).format(
            field=field_label(path),
            value=format_number(value),
            low=format_number(entry.low),
            high=format_number(entry.high),
        )

    def ask_widen_range(
        self, path: str, value: float, wider: UncertainInput, kept: float | None
    ) -> bool:
        """Ask whether to widen the input's range to take `value`, or keep `kept`.

        Tests answer instead.
        """
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("ScenarioEditor", "Outside the range"),
            f"{self._outside_range(path, value)}.",
            parent=self,
        )
        box.setInformativeText(
            translate("ScenarioEditor", "Widen the range to {0} – {1} and use {2}?").format(
                format_number(wider.low), format_number(wider.high), format_number(value)
            )
        )
        widen = box.addButton(
            translate("ScenarioEditor", "&Widen the range"), QMessageBox.ButtonRole.AcceptRole
        )
        kept_text = translate("ScenarioEditor", "empty") if kept is None else format_number(kept)
        box.addButton(
            translate("ScenarioEditor", "&Keep {0}").format(kept_text),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(widen)
        box.exec()
        return box.clickedButton() is widen


def _not_taken(label: str) -> str:
    return translate("ScenarioEditor", "{field}: not taken").format(field=label)
