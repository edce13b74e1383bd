"""Input widgets that edit one scenario field each and say at the field what is wrong.

Every widget commits each valid change at once (the results follow live) and shows an invalid
entry in red with the reason below it; the scenario then has the value from before the entry,
which the line names ("the figures use 24 until it is corrected").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
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

from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.model.fields import NumericField
from desktop_app.core.model.scenario import UncertainInput
from desktop_app.gui.editor.binding import new_session, show_message, signals_blocked
from desktop_app.present import axis_ticks, numbers
from desktop_app.present.labels import (
    distribution_name,
    empty_means,
    field_help,
    field_label,
    field_text,
    field_tip,
)

UNIT_WIDTH = 122


def parse_number(text: str) -> float | None:
    """A number typed in the user's locale ('50,000', '2.5M', '1e6', '15 %'); None if none.

    The reason a text is refused comes from `reading` (or `present.numbers.parse_number`).
    """
    try:
        return numbers.parse_number(text)
    except numbers.NumberTextError:
        return None


def format_number(value: float) -> str:
    """The value in full in the user's locale, as it reads back: '50,000', '0.075'."""
    return numbers.format_number(value)


def nice_step(value: float, integer: bool) -> float:
    """About a tenth of the value, rounded down to 1, 2 or 5 times a power of ten."""
    smallest = 1.0 if integer else 0.01
    target = abs(value) / 10
    if target <= smallest:
        return smallest
    return max(smallest, axis_ticks.nice_step(target, down=True))


BOUND_WORDS = {
    "ge": QT_TRANSLATE_NOOP("Problems", "must be at least {bound}"),
    "gt": QT_TRANSLATE_NOOP("Problems", "must be more than {bound}"),
    "le": QT_TRANSLATE_NOOP("Problems", "must be at most {bound}"),
    "lt": QT_TRANSLATE_NOOP("Problems", "must be less than {bound}"),
}
"""The window's words for each of `fields.BOUND_KINDS` (whole phrases, for word order)."""


def bound_problem(field: NumericField, value: float) -> str | None:
    """Why `value` is outside the field's bounds, in the window's words, or None.

    The test is the field's own (`NumericField.broken_bound`), only the words differ.
    """
    broken = field.broken_bound(value)
    if broken is None:
        return None
    kind, bound = broken
    return translate("Problems", BOUND_WORDS[kind]).format(bound=format_number(bound))


NUMBER_WORDS = {
    "empty": QT_TRANSLATE_NOOP("Problems", "must be a number, got {text}: empty"),
    "not_a_number": QT_TRANSLATE_NOOP("Problems", "must be a number, got {text}"),
    "decimal_mark": QT_TRANSLATE_NOOP(
        "Problems", "must be a number, got {text}: write decimals with '{decimal}' here"
    ),
    "grouping": QT_TRANSLATE_NOOP(
        "Problems",
        "must be a number, got {text}: '{group}' groups digits in threes here (1{group}234); "
        "write decimals with '{decimal}'",
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "Problems", "must be a number, got {text}: too large to compute with"
    ),
    "too_small": QT_TRANSLATE_NOOP(
        "Problems", "must be a number, got {text}: too small to compute with (it would be 0)"
    ),
}
"""The window's words for a text that is no number, by `numbers.REASONS` kind (whole phrases)."""

REASON_WORDS = {
    "empty": QT_TRANSLATE_NOOP("Problems", "empty"),
    "not_a_number": QT_TRANSLATE_NOOP("Problems", "not a number"),
    "decimal_mark": QT_TRANSLATE_NOOP("Problems", "write decimals with '{decimal}' here"),
    "grouping": QT_TRANSLATE_NOOP(
        "Problems",
        "'{group}' groups digits in threes here (1{group}234); write decimals with '{decimal}'",
    ),
    "too_large": QT_TRANSLATE_NOOP("Problems", "too large to compute with"),
    "too_small": QT_TRANSLATE_NOOP("Problems", "too small to compute with (it would be 0)"),
}
"""The reason alone, where a line names the field itself (the event dialog's hours)."""


QUOTED = QT_TRANSLATE_NOOP("Problems", "'{0}'")
"""How a problem quotes what was typed (English '1.5', as the command line; German „1.5“)."""


def quoted(text: str) -> str:
    """`text` in the window's quotes, a tab or other control character shown escaped."""
    return translate("Problems", QUOTED).format(repr(text)[1:-1])


def number_problem(error: numbers.NumberTextError, text: str) -> str:
    """Why `text` is no number, in the window's words: 'must be a number, got '1.5': …'."""
    words = translate("Problems", NUMBER_WORDS[error.kind])
    return words.format(text=quoted(text), **error.fields)


def number_reason(error: numbers.NumberTextError) -> str:
    """Why a text is no number, the reason alone, in the window's words."""
    return translate("Problems", REASON_WORDS[error.kind]).format(**error.fields)


def reading(field: NumericField, text: str) -> tuple[float | None, str | None]:
    """What a field's text means: (value, None), or (None, why it is no value of the field).

    The value is None for the empty text of a field that may be empty.
    """
    if not text.strip():
        return None, None if field.nullable else translate("Problems", "give a number")
    got = text.strip()
    try:
        value = numbers.parse_number(text)
    except numbers.NumberTextError as error:
        return None, number_problem(error, got)
    if field.integer and not value.is_integer():
        return None, translate("Problems", "must be a whole number, got {text}").format(text=got)
    problem = bound_problem(field, value)
    if problem is not None:
        return None, translate("Problems", "{problem}, got {text}").format(
            problem=problem, text=got
        )
    return value, None


class NumberInput(QLineEdit):
    """A numeric field: locale-formatted, arrow keys and wheel step, invalid text in red.

    The field and the model always agree: `edited(value, session)` is emitted only for text
    that is a complete valid number of the field (None for an empty nullable field), live
    while typing; other text is shown in red with `rejected(reason)` and never committed: the
    scenario goes back to the value from before the typing began (`edited` again), as leaving
    the field would leave it.
    When the user leaves the field (Tab, Enter, a click elsewhere), `finished()` asks the
    owner to settle the entry: `text_value()` says what the text means, `revert()` puts the
    scenario's value back. Escape reverts too.
    """

    edited = Signal(object, int)
    rejected = Signal(str)  # text that is no value of the field: the reason, with the label
    finished = Signal()  # the user left the field (or pressed Enter): settle the entry
    reverted = Signal(str)  # the scenario's value was put back: why (empty: nothing to say)

    def __init__(self, field: NumericField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.label = field_label(field.path)  # "Base model: input per 1M" where labels repeat
        self.session = 0
        self._value: float | None = field.default
        self._shown: float | None = field.default  # the scenario's value, last shown
        self.session_start: float | None = field.default  # the value when typing began
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setToolTip(field_tip(field))
        self.setAccessibleName(self.label)
        self.setAccessibleDescription(field_help(field))
        if field.nullable:
            self.setPlaceholderText(empty_means(field.path))
        self.textEdited.connect(self._on_text_edited)

    def value(self) -> float | None:
        """The value the field shows (the scenario's, or one just typed and committed)."""
        return self._value

    def text_value(self) -> tuple[float | None, str | None]:
        """What the text means: (value, None) or (None, the reason it is no value here)."""
        return reading(self.field, self.text())

    def means(self, value: float | None) -> bool:
        """Whether the text reads as exactly `value`."""
        found, problem = self.text_value()
        return problem is None and found == value

    def show_value(self, value: float | None, keep_text: bool = False) -> None:
        """Display a value from the scenario, unless the text already means it.

        With `keep_text` (refused text the user is fixing) the value is only remembered, for
        the entry to give way to.
        """
        if value is not None and self.field.integer:
            value = float(value)
        self._shown = value
        self._value = value
        if not self.hasFocus():
            self.session_start = value
        if keep_text or (self.means(value) and (self.text() or value is None)):
            return
        self.setText("" if value is None else format_number(value))

    def shown(self) -> float | None:
        """The scenario's value, as last shown."""
        return self._shown

    def show_problem(self, problem: str | None) -> None:
        """Mark the field invalid (red frame) or valid again."""
        invalid = problem is not None
        if bool(self.property("invalid")) == invalid:
            return  # restyling is costly: only on a change
        self.setProperty("invalid", invalid)
        self.setStyleSheet("QLineEdit { border: 2px solid #d64545; }" if invalid else "")

    def revert(self, reason: str = "") -> None:
        """Show the scenario's value again (in its own format) and say why."""
        self.setText("" if self._shown is None else format_number(self._shown))
        self._value = self._shown
        self.show_problem(None)
        self.reverted.emit(reason)

    def settle(self) -> None:
        """The entry is done with: the text is the scenario's value in its own format."""
        if self.means(self._shown):
            if self._shown is not None:
                self.setText(format_number(self._shown))
            self.show_problem(None)
        self.session = new_session()  # what is typed next is another undo step
        self.session_start = self._shown

    def _on_text_edited(self, _text: str) -> None:
        value, problem = self.text_value()
        if problem is None:
            self._commit(value)
            return
        # The figures go back to the value from before the typing began, the one leaving the
        # field keeps, not the last valid text on the way ('1' of '1e400'); the line says so.
        start = self.session_start
        used = empty_means(self.field.path) if start is None else format_number(start)
        reason = translate(
            "NumberInput", "{reason}; the figures use {value} until it is corrected"
        ).format(reason=problem, value=used)
        self.rejected.emit(f"{self.label}: {reason}")
        if self._value != start:
            self._commit(start)

    def _commit(self, value: float | None) -> None:
        """Give the scenario `value` (an int for a whole-number field), in this entry's step."""
        self._value = value
        whole = value is not None and self.field.integer
        self.edited.emit(int(value) if whole and value is not None else value, self.session)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: D102, N802 (Qt API)
        self.session = new_session()
        self.session_start = self._shown
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: D102, N802 (Qt API)
        super().focusOutEvent(event)
        # A context menu or another window (a question, another app) leaves the entry open
        if event.reason() not in (
            Qt.FocusReason.PopupFocusReason,
            Qt.FocusReason.ActiveWindowFocusReason,
        ):
            self.finished.emit()

    def step(self, steps: int) -> None:
        """Move the value up or down by a sensible step and commit it."""
        current = self._value if self._value is not None else 0.0
        value = self.field.clip(current + steps * nice_step(current, self.field.integer))
        if self.field.integer:
            value = float(round(value))
        self.setText(format_number(value))
        self._on_text_edited(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: D102, N802 (Qt API)
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finished.emit()
            return
        if key == Qt.Key.Key_Escape and not self.means(self.session_start):
            self.escape()
            return
        steps = {
            Qt.Key.Key_Up: 1,
            Qt.Key.Key_Down: -1,
            Qt.Key.Key_PageUp: 10,
            Qt.Key.Key_PageDown: -10,
        }.get(key)
        if steps is None:
            super().keyPressEvent(event)
        else:
            self.step(steps)

    def escape(self) -> None:
        """Give up the entry: the value from before the typing began (through the owner)."""
        self.setText("" if self.session_start is None else format_number(self.session_start))
        self._on_text_edited(self.text())
        self.finished.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: D102, N802 (Qt API)
        if not self.hasFocus():  # scrolling the form must not change values in passing
            event.ignore()
            return
        self.step(1 if event.angleDelta().y() > 0 else -1)


ANSWER_TEXTS = {
    "yes": QT_TRANSLATE_NOOP("AnswerInput", "Yes"),
    "no": QT_TRANSLATE_NOOP("AnswerInput", "No"),
    "unsure": QT_TRANSLATE_NOOP("AnswerInput", "Unsure"),
}


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
            button = QRadioButton(translate("AnswerInput", ANSWER_TEXTS[answer]), self)
            name = translate("Accessible", "{question} {answer}")
            button.setAccessibleName(name.format(question=question, answer=button.text()))
            button.setAccessibleDescription(
                translate("AnswerInput", "A checklist answer: it steers the advice, not costs")
            )
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[answer] = button
            button.toggled.connect(self._on_toggled(answer))
            button.installEventFilter(self)
        layout.addStretch(1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Tab and Shift+Tab land on the checked answer, as in any group of radio buttons.

        Qt's stop is the button focused last (Yes going forward, Unsure going back), whatever
        is checked. Looked at once the key is handled: an arrow key focuses a button before it
        checks it, and that move stays.
        """
        if (
            event.type() == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        ):
            reason = event.reason()  # (the event is gone by the time the timer fires)
            QTimer.singleShot(0, self, lambda: self._to_checked(reason))
        return super().eventFilter(watched, event)

    def _to_checked(self, reason: Qt.FocusReason) -> None:
        checked = self.group.checkedButton()
        focused = next((b for b in self.buttons.values() if b.hasFocus()), None)
        if checked is not None and focused is not None and focused is not checked:
            checked.setFocus(reason)
            # Outside the Tab key's own event, that move made Qt take the window for one the
            # mouse drives, and Fusion then drew no focus mark on any answer.
            checked.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)

    def _on_toggled(self, answer: str) -> Callable[[bool], None]:
        def toggled(checked: bool) -> None:
            if checked:
                self.answered.emit(answer)

        return toggled

    def show_answer(self, answer: str) -> None:
        """Check the button of `answer` without emitting `answered`."""
        button = self.buttons[answer]
        if not button.isChecked():
            with signals_blocked(self, *self.buttons.values()):
                button.setChecked(True)

    def answer(self) -> str:
        """The checked answer."""
        return next(answer for answer, button in self.buttons.items() if button.isChecked())


class FieldRow(QWidget):
    """One numeric field: the input, its unit, and the reason when the entry is invalid."""

    def __init__(self, field: NumericField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.input = NumberInput(field, self)
        self.unit = QLabel(field_text(field.unit) if field.unit else "", self)
        self.input.setMinimumWidth(96)
        self.unit.setFixedWidth(UNIT_WIDTH)  # inputs line up from one row to the next
        self.unit.setWordWrap(True)  # a long unit takes two lines, never cut ("… read un")
        self._fit_unit()
        self.range_button = QToolButton(self)
        self.range_button.setText("±")
        self.range_button.setAccessibleName(
            translate("FieldRow", "Range of {field}").format(field=self.input.label)
        )
        self.range_button.setAutoRaise(True)
        self.range_button.setToolTip(
            translate("FieldRow", "Mark as uncertain: give a low and a high value")
        )
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
        self.input.reverted.connect(self.show_note)

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
            show_message(self.message, problem or "")

    def show_note(self, note: str) -> None:
        """Say under the field what happened to an entry (its frame is not red: all is well)."""
        self.input.show_problem(None)
        if not note and self._message is None:
            return
        show_message(self.message, note)

    def show_range(self, entry: UncertainInput | None) -> None:
        """Mark the field uncertain (with its range in the tooltip) or certain."""
        if entry:
            text = translate(
                "FieldRow", "Uncertain: {low} – {high} ({distribution}). Click to change."
            ).format(
                low=format_number(entry.low),
                high=format_number(entry.high),
                distribution=distribution_name(entry.distribution),
            )
        else:
            text = translate("FieldRow", "Mark as uncertain: give a low and a high value")
        if self.range_button.toolTip() == text:
            return
        self.range_button.setToolTip(text)
        self.range_button.setStyleSheet("font-weight: bold; color: #2f7ed8;" if entry else "")

    def _fit_unit(self) -> None:
        """Give the unit the height its lines need in its fixed width.

        The form gives a row its size hint, which for a wrapped label is one line too few.
        """
        self.unit.setMinimumHeight(self.unit.heightForWidth(UNIT_WIDTH))

    def set_unit(self, text: str) -> None:
        """Show the unit (money units carry the scenario's currency)."""
        if self.unit.text() == text:
            return
        self.unit.setText(text)
        self._fit_unit()
        described = f"{field_help(self.field)} ({text})" if text else field_help(self.field)
        self.input.setToolTip(described)
