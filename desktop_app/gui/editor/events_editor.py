"""The Events panel: the scenario's events on a list, added, edited and removed in a dialog.

Each change replaces the scenario's `events` as one undo step through the document. The
dialog reads numbers in the user's locale, names fields by their labels, and refuses what the
model refuses with one line naming the event and the field ("Event 3, Base model: input per
1M: must be >= 0, got -1").
"""

from __future__ import annotations

from typing import Any, get_args

from pydantic import ValidationError
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.model.events import SERVING_PATHS, SERVINGS, settable_paths
from desktop_app.core.model.fields import NumericField, numeric_field
from desktop_app.core.model.problems import problem_list
from desktop_app.core.model.scenario import Event, FieldError, Scenario
from desktop_app.gui.dialog_size import fit_height
from desktop_app.gui.document import ScenarioDocument
from desktop_app.gui.editor.inputs import bound_problem, number_reason
from desktop_app.gui.tab_order import tab_through
from desktop_app.gui.theme import mark_focus
from desktop_app.present.labels import field_text, strategy_name
from desktop_app.present.numbers import NumberTextError, count, format_number, parse_number
from desktop_app.present.problem_words import problem_line
from desktop_app.present.timeline import (
    event_problem,
    migration_hours_label,
    month_date,
    month_text,
    setting_label,
)

MAX_MONTH = 120


def _hours_field() -> NumericField:
    """An event's migration hours as a field, with the bounds `Event.hours` declares."""
    _, hours = get_args(Event.model_fields["hours"].annotation)  # dict[strategy, Annotated]
    bounds = {
        name: getattr(limit, name)
        for limit in get_args(hours)[1].metadata
        for name in ("ge", "gt", "le", "lt")
        if hasattr(limit, name)
    }
    return NumericField("events.hours", "Migration hours", "", "hours", None, False, True, **bounds)


MIGRATION_HOURS = _hours_field()
"""An event's one-off hours per strategy, with the bounds `Event.hours` declares."""
SERVING_NAMES = {
    "per_token": QT_TRANSLATE_NOOP("EventDialog", "Per token"),
    "dedicated": QT_TRANSLATE_NOOP("EventDialog", "Dedicated"),
}


class EventInputError(ValueError):
    """Text in the dialog that is not a value (the line names the event and field)."""


def _refused(where: str, label: str, error: NumberTextError) -> str:
    """The line for a text of the dialog that is no number: 'Event 2, Month: not a number'."""
    line = translate("EventDialog", "{event}, {field}: {problem}")
    return line.format(event=where, field=label, problem=number_reason(error))


def _out_of_bounds(where: str, label: str, field: NumericField, value: float, text: str) -> None:
    """Refuse a value outside the field's bounds, naming the event and the field."""
    broken = field.broken_bound(value)
    if broken is not None:  # in the words the editor's fields use: "must be at least 0"
        problem = translate("Problems", "{problem}, got {text}").format(
            problem=bound_problem(field, value), text=text.strip()
        )
        line = translate("EventDialog", "{event}, {field}: {problem}")
        raise EventInputError(line.format(event=where, field=label, problem=problem))


def with_events(scenario: Scenario, events: list[dict[str, Any]]) -> Scenario:
    """The scenario with other events, checked by the model (ValidationError if refused)."""
    data = scenario.model_dump()
    data["events"] = events
    return Scenario.model_validate(data)


def event_data(event: Event) -> dict[str, Any]:
    """An event as the model reads it."""
    return event.model_dump()


def event_line(event: Event, number: int, scenario: Scenario) -> str:
    """An event on the list: '1. Month 2 (Jan 2027): Price cut · sets 3 · retrain · 88 hours'."""
    parts = [f"{count(number)}. {month_text(event.month, scenario.start_month)}: {event.name}"]
    if event.set:
        parts.append(translate("EventsPanel", "sets {count}").format(count=count(len(event.set))))
    if event.re_embed:
        parts.append(translate("EventsPanel", "re-embed"))
    if event.retrain:
        parts.append(translate("EventsPanel", "retrain"))
    if event.hours:
        hours = format_number(sum(event.hours.values()))
        parts.append(translate("EventsPanel", "{hours} hours").format(hours=hours))
    if event.month > scenario.horizon_months:
        parts.append(translate("EventsPanel", "after the horizon: no effect"))
    return " · ".join(parts)


def refusal(error: ValidationError | FieldError) -> str:
    """The first problem of a refused scenario, in the window's words (its kind's phrase)."""
    return event_problem(problem_line(problem_list(error)[0]))


class _SettingRow:
    """One 'set' entry of the dialog: a field chooser and its value."""

    def __init__(self, parent: QWidget, number: int) -> None:
        self.field = QComboBox(parent)
        shown = count(number)
        self.field.setAccessibleName(
            translate("Accessible", "Setting {number}: field").format(number=shown)
        )
        for path in settable_paths():
            self.field.addItem(setting_label(path), path)
        self.value = QLineEdit(parent)
        self.value.setAccessibleName(
            translate("Accessible", "Setting {number}: value").format(number=shown)
        )
        self.serving = QComboBox(parent)
        self.serving.setAccessibleName(
            translate("Accessible", "Setting {number}: serving").format(number=shown)
        )
        for key in SERVINGS:
            self.serving.addItem(translate("EventDialog", SERVING_NAMES[key]), key)
        self.remove = QPushButton(translate("_SettingRow", "Remove"), parent)
        self.remove.setAccessibleName(
            translate("Accessible", "Remove setting {number}").format(number=shown)
        )
        self.field.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._describe()
        self._kind_changed()

    def _describe(self) -> None:
        """What the row's controls do, for screen readers (the value's follows its field)."""
        self.field.setAccessibleDescription(
            translate("Accessible", "The input the event changes from its month on")
        )
        self.serving.setAccessibleDescription(
            translate(
                "Accessible",
                "How the model is served from the event's month on: per token or "
                "on dedicated hardware",
            )
        )
        self.remove.setAccessibleDescription(
            translate("Accessible", "Take this setting out of the event")
        )

    @property
    def path(self) -> str:
        return str(self.field.currentData())

    def _kind_changed(self) -> None:
        serving = self.path in SERVING_PATHS
        self.value.setVisible(not serving)
        self.serving.setVisible(serving)
        if not serving:
            self.value.setToolTip(field_text(numeric_field(self.path).unit or ""))
        self.value.setAccessibleDescription(self._value_description())

    def _value_description(self) -> str:
        """The value's description: the field it sets ('Hourly rate from the event's month on')."""
        field = setting_label(self.path)
        unit = "" if self.path in SERVING_PATHS else numeric_field(self.path).unit
        if unit:
            said = translate("Accessible", "{field} from the event's month on ({unit})")
            return said.format(field=field, unit=field_text(unit))
        said = translate("Accessible", "{field} from the event's month on")
        return said.format(field=field)

    def load(self, path: str, value: Any) -> None:
        self.field.setCurrentIndex(self.field.findData(path))
        if path in SERVING_PATHS:
            self.serving.setCurrentIndex(max(0, self.serving.findData(value)))
        else:
            self.value.setText("" if value is None else format_number(value))

    def read(self, where: str) -> Any:
        """The value to set; EventInputError naming `where` and the field if it is no value."""
        if self.path in SERVING_PATHS:
            return self.serving.currentData()
        field = numeric_field(self.path)
        text = self.value.text()
        if not text.strip() and field.nullable:
            return None
        try:
            value = parse_number(text)
        except NumberTextError as error:
            raise EventInputError(_refused(where, setting_label(self.path), error)) from None
        _out_of_bounds(where, setting_label(self.path), field, value, text)
        return int(value) if field.integer and value.is_integer() else value

    def widgets(self) -> list[QWidget]:
        return [self.field, self.value, self.serving, self.remove]

    def show(self) -> None:
        """Show the row at once (a value or a serving choice, as its field wants)."""
        self.field.show()
        self.remove.show()
        self._kind_changed()


class EventDialog(QDialog):
    """Add or edit one event: month (a date with a start month), name, settings, flags, hours."""

    def __init__(
        self, scenario: Scenario, index: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.scenario = scenario
        self.index = len(scenario.events) if index is None else index
        self.number = self.index + 1
        self.setWindowTitle(translate("EventDialog", "Event {0}").format(count(self.number)))
        self.result_scenario: Scenario | None = None
        event = scenario.events[index] if index is not None else Event(month=1)
        form = QFormLayout()
        self._add_month(form, event)
        self._add_name_and_flags(form, event)
        self._add_hours(form, event)
        self._add_settings(event)
        self._lay_out(form)

    def _add_month(self, form: QFormLayout, event: Event) -> None:
        """The month: a calendar month to pick with a start month, else its number."""
        scenario = self.scenario
        self.month: QComboBox | QSpinBox
        if scenario.start_month:
            self.month = QComboBox(self)
            for month in range(1, MAX_MONTH + 1):
                self.month.addItem(
                    translate("EventDialog", "{date} (month {month})").format(
                        date=month_date(scenario.start_month, month), month=month
                    )
                )
            self.month.setCurrentIndex(event.month - 1)
        else:
            self.month = QSpinBox(self)
            self.month.setRange(1, MAX_MONTH)
            self.month.setValue(event.month)
        self.month.setAccessibleName(translate("Accessible", "Month"))
        form.addRow(translate("EventDialog", "Month"), self.month)

    def _add_name_and_flags(self, form: QFormLayout, event: Event) -> None:
        """The name, and whether the corpus is embedded again and the model retrained."""
        self.name = QLineEdit(event.name, self)
        self.name.setAccessibleName(translate("Accessible", "Name"))
        self.name.setMaxLength(200)
        form.addRow(translate("EventDialog", "Name"), self.name)
        self.re_embed = QCheckBox(translate("EventDialog", "Re-embed the whole corpus"), self)
        self.re_embed.setChecked(event.re_embed)
        self.re_embed.setAccessibleName(translate("Accessible", "Re-embed"))
        form.addRow("", self.re_embed)
        self.retrain = QCheckBox(translate("EventDialog", "Retrain the fine-tuned model"), self)
        self.retrain.setChecked(event.retrain)
        self.retrain.setAccessibleName(translate("Accessible", "Retrain"))
        form.addRow("", self.retrain)

    def _add_hours(self, form: QFormLayout, event: Event) -> None:
        """One-off migration hours per compared strategy."""
        scenario = self.scenario
        self.hours: dict[str, QLineEdit] = {}
        for key in scenario.strategies:
            field = QLineEdit(self)
            label = migration_hours_label(key)
            field.setAccessibleName(label)
            if key in event.hours:
                field.setText(format_number(event.hours[key]))
            form.addRow(label, field)
            self.hours[key] = field

    def _add_settings(self, event: Event) -> None:
        """The rows of what the event sets, the button adding one, the problem line."""
        # The rows scroll once they would take more than a third of the screen: an event
        # setting many inputs kept growing the dialog until OK and Cancel left the screen.
        self.settings_area = QScrollArea(self)
        self.settings_area.setWidgetResizable(True)
        self.settings_area.setFrameShape(QFrame.Shape.NoFrame)
        self.settings_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its rows take the focus
        self.settings_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget(self.settings_area)
        self.settings_grid = QGridLayout(holder)
        self.settings_grid.setContentsMargins(0, 0, 0, 0)
        self.settings_area.setWidget(holder)
        self.settings: list[_SettingRow] = []
        for path, value in event.set.items():
            self.add_setting().load(path, value)
        self.add_button = QPushButton(translate("EventDialog", "Add setting"), self)
        self.add_button.setAccessibleName(translate("Accessible", "Add setting"))
        self.add_button.clicked.connect(self._add_from_button)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b")
        self.error.setAccessibleName(translate("Accessible", "Event problem"))

    def _lay_out(self, form: QFormLayout) -> None:
        """The form, the settings under their heading, the problem, OK and Cancel."""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("EventDialog", "From this month on, set:"), self))
        layout.addWidget(self.settings_area)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._describe(buttons)
        self._fit_settings()

    def _describe(self, buttons: QDialogButtonBox) -> None:
        """What each control does, for screen readers (the names say only what it is)."""
        self.month.setAccessibleDescription(
            translate("Accessible", "The month the event happens in, counted from the start")
        )
        self.name.setAccessibleDescription(
            translate("Accessible", "The event's name on the events list and the charts")
        )
        self.re_embed.setAccessibleDescription(
            translate("Accessible", "Counts embedding the whole corpus again in the event's month")
        )
        self.retrain.setAccessibleDescription(
            translate("Accessible", "Counts retraining the fine-tuned model in the event's month")
        )
        for key, field in self.hours.items():
            said = translate(
                "Accessible", "Hours of one-off work the event costs the {strategy} strategy"
            )
            field.setAccessibleDescription(said.format(strategy=strategy_name(key)))
        self.add_button.setAccessibleDescription(
            translate("Accessible", "Add a row for another input the event changes")
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleDescription(
            translate(
                "Accessible", "Keep the event in the scenario, or say here why it cannot be kept"
            )
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            translate("Accessible", "Close without changing the scenario's events")
        )

    def add_setting(self) -> _SettingRow:
        """A new, empty setting row (the first settable field)."""
        row = _SettingRow(self, len(self.settings) + 1)
        line = len(self.settings)
        self.settings_grid.addWidget(row.field, line, 0)
        self.settings_grid.addWidget(row.value, line, 1)
        self.settings_grid.addWidget(row.serving, line, 1)
        self.settings_grid.addWidget(row.remove, line, 2)
        row.show()  # now, not when the event loop next runs: the area's height counts it
        row.remove.clicked.connect(lambda: self.remove_setting(row))
        self.settings.append(row)
        if hasattr(self, "add_button"):  # made after the dialog was laid out: Tab goes to it
            above = self.settings[-2].remove if len(self.settings) > 1 else self._last_above()
            tab_through(above, [*row.widgets(), self.add_button])
            self._fit_settings()
        return row

    def _add_from_button(self) -> None:
        """Add setting: a new row, scrolled into view, its field chooser focused."""
        row = self.add_setting()
        row.field.setFocus()
        area = self.settings_area  # once the area has laid the row out
        QTimer.singleShot(0, lambda: area.ensureWidgetVisible(row.field))

    def _fit_settings(self) -> None:
        """The rows' area as tall as its rows, up to a third of the screen (then it scrolls)."""
        self.settings_grid.activate()
        needed = self.settings_grid.totalSizeHint().height() if self.settings else 0
        screen = self.screen().availableGeometry().height() if self.screen() else 900
        self.settings_area.setFixedHeight(min(needed, max(screen // 3, 120)))
        if self.isVisible():
            fit_height(self)

    def _last_above(self) -> QWidget:
        """The last field above the settings (Tab goes from it to the first setting)."""
        return list(self.hours.values())[-1] if self.hours else self.retrain

    def remove_setting(self, row: _SettingRow) -> None:
        """Drop a setting row."""
        for widget in row.widgets():
            self.settings_grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.settings.remove(row)
        self._fit_settings()

    def month_value(self) -> int:
        """The chosen 1-based month."""
        if isinstance(self.month, QComboBox):
            return self.month.currentIndex() + 1
        return self.month.value()

    def event_values(self) -> dict[str, Any]:
        """The event the dialog describes; EventInputError if some text is not a value."""
        where = translate("Timeline", "Event {number}").format(number=count(self.number))
        hours = {}
        for key, field in self.hours.items():
            if field.text().strip():
                label = migration_hours_label(key)
                try:
                    hours[key] = parse_number(field.text())
                except NumberTextError as error:
                    raise EventInputError(_refused(where, label, error)) from None
                _out_of_bounds(where, label, MIGRATION_HOURS, hours[key], field.text())
        settings = {}
        for row in self.settings:
            if row.path in settings:  # a dict keeps one: the other value would be dropped
                line = translate("EventDialog", "{event}, {field}: is set twice; keep one of them")
                raise EventInputError(line.format(event=where, field=setting_label(row.path)))
            settings[row.path] = row.read(where)
        return {
            "month": self.month_value(),
            "name": self.name.text(),
            "set": settings,
            "re_embed": self.re_embed.isChecked(),
            "retrain": self.retrain.isChecked(),
            "hours": hours,
        }

    def candidate(self) -> Scenario:
        """The scenario with this event in place (EventInputError with the line if refused)."""
        events = [event_data(e) for e in self.scenario.events]
        new = self.event_values()
        if self.index < len(events):
            events[self.index] = new
        else:
            events.append(new)
        try:
            return with_events(self.scenario, events)
        except (ValidationError, FieldError) as error:
            raise EventInputError(refusal(error)) from None

    def accept(self) -> None:
        """Close only with an event the model takes; otherwise say why, naming the field."""
        try:
            self.result_scenario = self.candidate()
        except EventInputError as error:
            self.error.setText(str(error))
            return
        self.error.clear()
        super().accept()


class EventsPanel(QWidget):
    """The scenario's events, one line each, with Add, Edit and Remove."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        title = QLabel(translate("EventsPanel", "<b>Events</b>"), self)
        self.list = QListWidget(self)
        mark_focus(self.list)
        self.list.setAccessibleName(translate("Accessible", "Events"))
        self.list.setAccessibleDescription(
            translate(
                "Accessible",
                "The scenario's dated events (a model retired, a provider closing, a new price), "
                "in month order; Enter edits the one selected",
            )
        )
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda _item: self.edit())
        title.setBuddy(self.list)
        self.add_button = QPushButton(translate("EventsPanel", "Add event…"), self)
        self.edit_button = QPushButton(translate("EventsPanel", "Edit…"), self)
        self.remove_button = QPushButton(translate("EventsPanel", "Remove"), self)
        for button, name, description in (
            (
                self.add_button,
                QT_TRANSLATE_NOOP("Accessible", "Add event"),
                QT_TRANSLATE_NOOP("Accessible", "Add a dated event to the scenario"),
            ),
            (
                self.edit_button,
                QT_TRANSLATE_NOOP("Accessible", "Edit event"),
                QT_TRANSLATE_NOOP("Accessible", "Change the selected event"),
            ),
            (
                self.remove_button,
                QT_TRANSLATE_NOOP("Accessible", "Remove event"),
                QT_TRANSLATE_NOOP("Accessible", "Remove the selected event (Undo brings it back)"),
            ),
        ):
            button.setAccessibleName(translate("Accessible", name))
            button.setAccessibleDescription(translate("Accessible", description))
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit())
        self.remove_button.clicked.connect(lambda: self.remove())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.dialog: EventDialog | None = None
        document.evaluated.connect(lambda _evaluation: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """List the document's events (in file order, numbered as the charts number them)."""
        scenario = self.document.scenario
        row = self.list.currentRow()
        self.list.clear()
        for index, event in enumerate(scenario.events):
            self.list.addItem(event_line(event, index + 1, scenario))
        if scenario.events:
            self.list.setCurrentRow(min(max(row, 0), len(scenario.events) - 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = 0 <= self.list.currentRow() < len(self.document.scenario.events)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def open_dialog(self, index: int | None) -> EventDialog:
        """The dialog for event `index` (None: a new one), made but not yet shown."""
        self.dialog = EventDialog(self.document.scenario, index, self)
        return self.dialog

    def finish(self, dialog: EventDialog, text: str) -> None:
        """Apply what an accepted dialog made, as one undo step."""
        if dialog.result_scenario is not None:
            self.document.set_scenario(dialog.result_scenario, text)

    def add(self) -> None:
        """Ask for a new event and add it."""
        dialog = self.open_dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.finish(dialog, translate("EventsPanel", "Add event"))

    def edit(self) -> None:
        """Edit the chosen event."""
        index = self.list.currentRow()
        if not 0 <= index < len(self.document.scenario.events):
            return
        dialog = self.open_dialog(index)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            step = translate("EventsPanel", "Edit event {number}").format(number=count(index + 1))
            self.finish(dialog, step)

    def remove(self) -> None:
        """Remove the chosen event (one undo step)."""
        index = self.list.currentRow()
        events = list(self.document.scenario.events)
        if not 0 <= index < len(events):
            return
        del events[index]
        scenario = with_events(self.document.scenario, [event_data(e) for e in events])
        number = count(index + 1)
        self.document.set_scenario(
            scenario, translate("EventsPanel", "Remove event {number}").format(number=number)
        )
