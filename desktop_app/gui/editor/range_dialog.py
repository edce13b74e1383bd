"""Marking an input uncertain, right where it is edited: low, high and distribution."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.model.fields import NumericField
from desktop_app.core.model.scenario import UncertainInput
from desktop_app.gui.dialog_size import fit_height
from desktop_app.gui.editor.inputs import format_number, parse_number, reading
from desktop_app.present.labels import field_label, field_text

DISTRIBUTIONS = {
    "triangular": QT_TRANSLATE_NOOP("RangeDialog", "Triangular (most likely: the current value)"),
    "pert": QT_TRANSLATE_NOOP("RangeDialog", "PERT (most likely: the current value, smoother)"),
    "uniform": QT_TRANSLATE_NOOP("RangeDialog", "Uniform (every value in the range alike)"),
}
ENDS = {
    "low": QT_TRANSLATE_NOOP("RangeDialog", "Low: {problem}."),
    "high": QT_TRANSLATE_NOOP("RangeDialog", "High: {problem}."),
}
"""The line for a bound that is no value, each a whole phrase."""


class RangeDialog(QDialog):
    """Edit (or remove) the range of one input; `entry()` is the result."""

    REMOVE = 2

    def __init__(
        self,
        field: NumericField,
        value: float,
        entry: UncertainInput | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.value = value
        title = translate("RangeDialog", "Range of {0}").format(field_label(field.path))
        self.setWindowTitle(title)
        self.setAccessibleName(
            translate("Accessible", "Range of {field}").format(field=field_text(field.label))
        )
        low = entry.low if entry else field.clip(value * 0.8)
        high = entry.high if entry else field.clip(value * 1.2)
        self.low = QLineEdit(format_number(low), self)
        self.low.setAccessibleName(translate("Accessible", "Lowest plausible value"))
        self.high = QLineEdit(format_number(high), self)
        self.high.setAccessibleName(translate("Accessible", "Highest plausible value"))
        self.distribution = QComboBox(self)
        self.distribution.setAccessibleName(translate("Accessible", "Distribution"))
        for key, text in DISTRIBUTIONS.items():
            self.distribution.addItem(translate("RangeDialog", text), key)
        if entry:
            self.distribution.setCurrentIndex(self.distribution.findData(entry.distribution))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #d64545;")
        self.problem.setWordWrap(True)
        buttons = self._make_buttons(entry)
        self._lay_out(buttons)
        self._describe(buttons)
        for edit in (self.low, self.high):
            edit.textEdited.connect(lambda _text: self.check())
        self.distribution.currentIndexChanged.connect(lambda _index: self.check())

    def _make_buttons(self, entry: UncertainInput | None) -> QDialogButtonBox:
        """OK, Cancel and No range (which removes the range the input has)."""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.remove_button = buttons.addButton(
            translate("RangeDialog", "No range"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.remove_button.setEnabled(entry is not None)
        self.remove_button.clicked.connect(lambda: self.done(self.REMOVE))
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        return buttons

    def _describe(self, buttons: QDialogButtonBox) -> None:
        """What each control does, for screen readers (the names say only what it is)."""
        self.low.setAccessibleDescription(
            translate("Accessible", "The lowest value the input may take in the Monte Carlo")
        )
        self.high.setAccessibleDescription(
            translate("Accessible", "The highest value the input may take in the Monte Carlo")
        )
        self.distribution.setAccessibleDescription(
            translate("Accessible", "How the Monte Carlo draws the input's values from the range")
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setAccessibleDescription(
            translate("Accessible", "Give the input this range, so the Monte Carlo varies it")
        )
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleDescription(
            translate("Accessible", "Close without changing the input's range")
        )
        self.remove_button.setAccessibleDescription(
            translate("Accessible", "Remove the range: the input keeps its one value")
        )

    def _lay_out(self, buttons: QDialogButtonBox) -> None:
        """The current value, low, high, the distribution, the problem, the buttons."""
        value = self.value
        unit = field_text(self.field.unit)
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                translate("RangeDialog", "Current value: {0} {1}").format(
                    format_number(value), unit
                ),
                self,
            )
        )
        form.addRow(translate("RangeDialog", "&Low ({0})").format(unit), self.low)
        form.addRow(translate("RangeDialog", "&High ({0})").format(unit), self.high)
        form.addRow(translate("RangeDialog", "&Distribution"), self.distribution)
        form.addRow(self.problem)
        form.addRow(buttons)

    def entry(self) -> UncertainInput | None:
        """The range as typed, or None while it is not valid."""
        low, high = parse_number(self.low.text()), parse_number(self.high.text())
        if low is None or high is None:
            return None
        return UncertainInput(
            field=self.field.path, low=low, high=high, distribution=self.distribution.currentData()
        )

    def check(self) -> str | None:
        """Why the range is not valid (also shown in the dialog), or None."""
        problem = self._problem()
        self.problem.setText(problem or "")
        if self.isVisible():
            fit_height(self)  # every line of the problem above the buttons
        return problem

    def _problem(self) -> str | None:
        for end, edit in (("low", self.low), ("high", self.high)):
            _, problem = reading(self.field, edit.text())
            if problem is not None:
                return translate("RangeDialog", ENDS[end]).format(problem=problem)
        entry = self.entry()
        if entry is None:
            return translate("RangeDialog", "Low and high must be numbers.")
        if entry.low > entry.high:
            return translate("RangeDialog", "Low must not be above high.")
        if entry.distribution != "uniform" and not entry.low <= self.value <= entry.high:
            return translate(
                "RangeDialog",
                "The current value ({value}) must lie between low and high: "
                "it is the most likely value.",
            ).format(value=format_number(self.value))
        return None

    def _accept_if_valid(self) -> None:
        if self.check() is None:
            self.accept()
