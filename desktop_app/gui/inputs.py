"""Input widgets that edit one scenario field each and say at the field what is wrong.

Every widget commits each valid change at once (the results follow live) and shows an invalid
entry in red with the reason below it, keeping the last valid value in the scenario.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.fields import NumericField
from desktop_app.core.scenario import UncertainInput

_sessions = itertools.count(1)
UNIT_WIDTH = 122
SUFFIXES = {"k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "b": 1e9, "B": 1e9, "bn": 1e9}


def new_session() -> int:
    """A fresh typing-session id: edits within one session merge into one undo step."""
    return next(_sessions)


def parse_number(text: str, locale: QLocale | None = None) -> float | None:
    """A number typed by a person: '50,000', '2.5M', '1e6', '15 %'; None if it is none."""
    locale = locale or QLocale()
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace("_", "").rstrip("%")
    if not cleaned:
        return None
    factor = 1.0
    for suffix, multiplier in sorted(SUFFIXES.items(), key=lambda item: -len(item[0])):
        if cleaned.endswith(suffix) and cleaned[: -len(suffix)]:
            cleaned, factor = cleaned[: -len(suffix)], multiplier
            break
    value, ok = locale.toDouble(cleaned)
    if not ok:
        try:
            value = float(cleaned.replace(locale.groupSeparator(), ""))
        except ValueError:
            return None
    value *= factor
    return value if math.isfinite(value) else None


def format_number(value: float, locale: QLocale | None = None) -> str:
    """The value with thousands separators and no needless decimals: '50,000', '0.075'."""
    locale = locale or QLocale()
    exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    decimals = min(10, max(0, -int(exponent))) if isinstance(exponent, int) else 0
    return locale.toString(float(value), "f", decimals)


def nice_step(value: float, integer: bool) -> float:
    """About a tenth of the value, rounded down to 1, 2 or 5 times a power of ten."""
    smallest = 1.0 if integer else 0.01
    target = abs(value) / 10
    if target <= smallest:
        return smallest
    power = 10 ** math.floor(math.log10(target))
    for multiple in (5, 2, 1):
        if multiple * power <= target:
            return max(smallest, multiple * power)
    return max(smallest, power)


class NumberInput(QLineEdit):
    """A numeric field: locale-formatted, arrow keys and wheel step, invalid text in red.

    `edited(value, session)` is emitted for every parsed number (None for an empty nullable
    field) and `rejected(reason)` for text that is no number; the owner decides whether the
    scenario accepts a value and calls `show_problem`.
    """

    edited = Signal(object, int)
    rejected = Signal(str)  # text that is not a number: the reason
    reverted = Signal()  # focus left an invalid entry: the scenario's value is shown again

    def __init__(self, field: NumericField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.session = 0
        self._value: float | None = field.default
        self._shown: float | None = field.default  # the scenario's value, last shown
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setToolTip(f"{field.description} ({field.unit})" if field.unit else field.description)
        self.setAccessibleName(field.label)
        self.setAccessibleDescription(field.description)
        if field.nullable:
            self.setPlaceholderText("same as input price")
        self.textEdited.connect(self._on_text_edited)

    def value(self) -> float | None:
        """The last value typed or shown."""
        return self._value

    def show_value(self, value: float | None) -> None:
        """Display a value from the scenario, unless the text already means it."""
        if value is not None and self.field.integer:
            value = float(value)
        self._shown = value
        if parse_number(self.text()) == value and self.text():
            self._value = value
            return
        self._value = value
        self.setText("" if value is None else format_number(value))

    def show_problem(self, problem: str | None) -> None:
        """Mark the field invalid (red frame) or valid again."""
        invalid = problem is not None
        if bool(self.property("invalid")) == invalid:
            return  # restyling is costly: only on a change
        self.setProperty("invalid", invalid)
        self.setStyleSheet("QLineEdit { border: 2px solid #d64545; }" if invalid else "")

    def _parsed(self) -> tuple[bool, float | None]:
        text = self.text().strip()
        if not text:
            return self.field.nullable, None
        value = parse_number(text)
        if value is None:
            return False, None
        if self.field.integer and not float(value).is_integer():
            return False, value
        return True, value

    def _on_text_edited(self, _text: str) -> None:
        ok, value = self._parsed()
        if not ok:
            what = "a whole number" if self.field.integer else "a number"
            self.rejected.emit(f"{self.field.path}: must be {what}, got {self.text()!r}")
            return
        self._value = value
        whole = value is not None and self.field.integer
        self.edited.emit(int(value) if whole else value, self.session)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: D102, N802 (Qt API)
        self.session = new_session()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: D102, N802 (Qt API)
        super().focusOutEvent(event)
        if self.property("invalid") is True:
            self._value = None
            self.show_value(self._shown)
            self.reverted.emit()
        elif self._value is not None:
            self.setText(format_number(self._value))

    def step(self, steps: int) -> None:
        """Move the value up or down by a sensible step and commit it."""
        current = self._value if self._value is not None else 0.0
        value = self.field.clip(current + steps * nice_step(current, self.field.integer))
        if self.field.integer:
            value = float(round(value))
        self.setText(format_number(value))
        self._on_text_edited(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: D102, N802 (Qt API)
        steps = {
            Qt.Key.Key_Up: 1,
            Qt.Key.Key_Down: -1,
            Qt.Key.Key_PageUp: 10,
            Qt.Key.Key_PageDown: -10,
        }.get(Qt.Key(event.key()))
        if steps is None:
            super().keyPressEvent(event)
        else:
            self.step(steps)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: D102, N802 (Qt API)
        if not self.hasFocus():  # scrolling the form must not change values in passing
            event.ignore()
            return
        self.step(1 if event.angleDelta().y() > 0 else -1)


class AnswerInput(QWidget):
    """A checklist question answered yes, no or unsure (radio buttons, arrow keys move)."""

    answered = Signal(str)
    ANSWERS = ("yes", "no", "unsure")

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(question)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for answer in self.ANSWERS:
            button = QRadioButton(answer.capitalize(), self)
            button.setAccessibleName(f"{question} {answer}")
            button.setAccessibleDescription("A checklist answer: it steers the advice, not costs")
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[answer] = button
            button.toggled.connect(self._on_toggled(answer))
        layout.addStretch(1)

    def _on_toggled(self, answer: str) -> Callable[[bool], None]:
        def toggled(checked: bool) -> None:
            if checked:
                self.answered.emit(answer)

        return toggled

    def show_answer(self, answer: str) -> None:
        """Check the button of `answer` without emitting `answered`."""
        button = self.buttons[answer]
        if not button.isChecked():
            blocked = self.blockSignals(True)
            for other in self.buttons.values():
                other.blockSignals(True)
            button.setChecked(True)
            for other in self.buttons.values():
                other.blockSignals(False)
            self.blockSignals(blocked)

    def answer(self) -> str:
        """The checked answer."""
        return next(answer for answer, button in self.buttons.items() if button.isChecked())


class FieldRow(QWidget):
    """One numeric field: the input, its unit, and the reason when the entry is invalid."""

    def __init__(self, field: NumericField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.input = NumberInput(field, self)
        self.unit = QLabel(field.unit, self)
        self.input.setMinimumWidth(96)
        self.unit.setFixedWidth(UNIT_WIDTH)  # inputs line up from one row to the next
        self.range_button = QToolButton(self)
        self.range_button.setText("±")
        self.range_button.setAccessibleName(f"Range of {field.label}")
        self.range_button.setAutoRaise(True)
        self.range_button.setToolTip("Mark as uncertain: give a low and a high value")
        self._message: QLabel | None = None  # made on the first problem (start-up time)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.input, 1)
        row.addWidget(self.unit)
        row.addWidget(self.range_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addLayout(row)
        self.input.rejected.connect(self.show_problem)
        self.input.reverted.connect(lambda: self.show_problem(None))

    @property
    def message(self) -> QLabel:
        """The line under the field that says what is wrong."""
        if self._message is None:
            self._message = QLabel(self)
            self._message.setWordWrap(True)
            self._message.setStyleSheet("color: #d64545;")
            self._message.hide()
            self._layout.addWidget(self._message)
        return self._message

    def show_problem(self, problem: str | None) -> None:
        """Show why the entry is invalid (or clear it)."""
        self.input.show_problem(problem)
        if problem is None and self._message is None:
            return
        if self.message.text() != (problem or ""):
            self.message.setText(problem or "")
            self.message.setVisible(bool(problem))

    def show_range(self, entry: UncertainInput | None) -> None:
        """Mark the field uncertain (with its range in the tooltip) or certain."""
        text = (
            f"Uncertain: {format_number(entry.low)} – {format_number(entry.high)} "
            f"({entry.distribution}). Click to change."
            if entry
            else "Mark as uncertain: give a low and a high value"
        )
        if self.range_button.toolTip() == text:
            return
        self.range_button.setToolTip(text)
        self.range_button.setStyleSheet("font-weight: bold; color: #2f7ed8;" if entry else "")

    def set_unit(self, text: str) -> None:
        """Show the unit (money units carry the scenario's currency)."""
        if self.unit.text() == text:
            return
        self.unit.setText(text)
        described = f"{self.field.description} ({text})" if text else self.field.description
        self.input.setToolTip(described)
