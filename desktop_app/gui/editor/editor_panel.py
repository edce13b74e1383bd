"""The scenario editor: every input of MODEL.md, grouped as the model groups them.

Widgets send edits to the document (through its undo stack) and show what the document says
back; they never change the scenario themselves.
"""

from __future__ import annotations

from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.engine.evaluation import Evaluation
from desktop_app.core.i18n import translate
from desktop_app.core.model.effort_profiles import PROFILES, apply_profile
from desktop_app.core.model.fields import (
    RETRAIN_POLICY_NAMES,
    SECTIONS,
    numeric_field,
    numeric_fields,
    value_at,
    variable_paths,
    with_values,
)
from desktop_app.core.model.problems import problem_list
from desktop_app.core.model.scenario import Checklist, Event, FineTuning, Scenario, UncertainInput
from desktop_app.core.model.strategy_names import said_name
from desktop_app.core.prices.catalog import CatalogEntry, role_title
from desktop_app.core.prices.presets import apply_preset, find
from desktop_app.core.prices.user_catalog import load_catalog
from desktop_app.gui.combo_boxes import FormComboBox, cut_long_names
from desktop_app.gui.document import ScenarioDocument
from desktop_app.gui.editor.binding import EditSession, ProblemLine, signals_blocked
from desktop_app.gui.editor.effort_picker import EffortProfilePicker
from desktop_app.gui.editor.inputs import AnswerInput, FieldRow
from desktop_app.gui.editor.number_entry import NumberEntries
from desktop_app.gui.editor.presets import PresetSection
from desktop_app.gui.editor.serving import ServingPicker
from desktop_app.gui.editor.strategy_chooser import StrategyChooser
from desktop_app.gui.tab_order import place_in_tab_order, tab_stops
from desktop_app.gui.theme import mark_focus
from desktop_app.present.labels import field_help, field_label, field_text, labelled, unit_text
from desktop_app.present.problem_words import problem_line

LABEL_WIDTH = 140


class ScenarioEditor(NumberEntries):
    """All inputs of a scenario in one scrollable form.

    The sections are filled with their fields as the form first shows: those in view before
    it is painted, the others in the first idle moment after (or as soon as anything asks for
    their fields). In a window 800 px high, 40 of the 57 fields and the checklist are out of
    view, and building them takes ~35 ms the window would otherwise spend before it appears.
    """

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._sessions: dict[str, EditSession] = {}  # the undo session of each non-number input
        self._lines: dict[str, ProblemLine] = {}  # the line under each text input
        self.policy: QComboBox | None = None
        self.serving: dict[str, ServingPicker] = {}  # by model, once its section is filled
        self.effort_profile: EffortProfilePicker | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(self._scenario_section())
        self.presets = PresetSection(self)
        self.presets.set_entries(load_catalog())
        self.presets.chosen.connect(self.apply_preset)
        self.presets.event_offered.connect(self.add_event)
        layout.addWidget(self.presets)
        self._last_tab_stop: QWidget | None = tab_stops(self.presets)[-1]  # sections follow
        for title, prefixes in SECTIONS:
            layout.addWidget(self._numeric_section(title, prefixes))
        layout.addWidget(self._checklist_section())
        layout.addStretch(1)
        self.setWidget(body)
        body.installEventFilter(self)
        document.evaluated.connect(self._on_evaluated)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._keep_focus_in_view)
        self.show_scenario(document.scenario)

    def _keep_focus_in_view(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll the form to a field the keys moved to from outside it, or by its shortcut.

        The scroll area follows Tab only between its own fields: Shift+Tab from the figures
        into the checklist, or Alt+N with the form scrolled down, left the focus out of sight.
        A click needs none of this (what is clicked is in view).
        """
        body = self.widget()
        if new is None or body is None or not body.isAncestorOf(new):
            return
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return
        self.ensureWidgetVisible(new)

    # building ---------------------------------------------------------------------------

    def _scenario_section(self) -> QGroupBox:
        box = QGroupBox(translate("ScenarioEditor", "Scenario"), self)
        form = QFormLayout(box)
        self.name = QLineEdit(box)
        self.name.setAccessibleName(translate("Accessible", "Scenario name"))
        self.name.setAccessibleDescription(
            translate("Accessible", "Shown in the window title and on the sheet")
        )
        self.name.textEdited.connect(lambda text: self._edit("name", text))
        self.currency = QLineEdit(box)
        self.currency.setAccessibleName(translate("Accessible", "Currency"))
        self.currency.setMaxLength(3)
        self.currency.setToolTip(field_text(Scenario.model_fields["currency"].description or ""))
        self.currency.textEdited.connect(self._on_currency_edited)
        for path, widget in (("name", self.name), ("currency", self.currency)):
            self._bind(path, widget)
            self._lines[path] = ProblemLine(widget, box)
            label = QLabel(
                translate("ScenarioEditor", "&Name")
                if path == "name"
                else translate("ScenarioEditor", "Currency"),
                box,
            )
            label.setFixedWidth(LABEL_WIDTH)
            label.setBuddy(widget)
            form.addRow(label, self._lines[path])
        form.addRow(self._row_label("horizon_months"), self._field_row("horizon_months", box))
        self.strategies = StrategyChooser(box)
        self.strategies.setToolTip(
            field_text(Scenario.model_fields["strategies"].description or "")
        )
        self.strategies.chosen.connect(self._on_strategies_chosen)
        compared = QLabel(translate("ScenarioEditor", "Compare"), box)
        compared.setFixedWidth(LABEL_WIDTH)
        form.addRow(compared, self.strategies)
        # Made after the rows above it, so that Tab reaches it in the order they are shown.
        self.notes = QPlainTextEdit(box)
        self.notes.setAccessibleName(translate("Accessible", "Notes"))
        self.notes.setAccessibleDescription(
            translate("Accessible", "Your notes on the scenario, saved with it")
        )
        self.notes.setTabChangesFocus(True)
        mark_focus(self.notes)  # Fusion frames a focused line edit, not a focused text box
        self.notes.setFixedHeight(70)
        self.notes.textChanged.connect(self._on_notes_changed)
        self._bind("notes", self.notes)
        notes_label = QLabel(translate("ScenarioEditor", "Notes"), box)
        notes_label.setFixedWidth(LABEL_WIDTH)
        form.addRow(notes_label, self.notes)
        return box

    def _numeric_section(self, title: str, prefixes: tuple[str, ...]) -> QGroupBox:
        return self._section(title, lambda: self._numeric_form(prefixes))

    def _checklist_section(self) -> QGroupBox:
        return self._section(
            translate("ScenarioEditor", "Decision checklist"), self._checklist_form
        )

    def _section(self, title: str, make_form: Callable[[], QWidget]) -> QGroupBox:
        """A titled box whose form is made when the section is filled."""
        box = QGroupBox(field_text(title), self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)

        def fill() -> None:
            form = make_form()
            layout.addWidget(form)
            form.show()  # at once: a form filled on demand is used straight away
            self._last_tab_stop = place_in_tab_order(self._last_tab_stop, form)

        self._unfilled.append((box, fill))
        return box

    def _numeric_form(self, prefixes: tuple[str, ...]) -> QWidget:
        body = QWidget()
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        if prefixes == ("fine_tuning.",):
            self.policy = FormComboBox(body)
            self.policy.setAccessibleName(translate("Accessible", "Retrain policy"))
            self.policy.setToolTip(
                field_text(FineTuning.model_fields["retrain_policy"].description or "")
            )
            for key, text in RETRAIN_POLICY_NAMES.items():
                self.policy.addItem(field_text(text), key)
            cut_long_names(self.policy, 16)
            self.policy.activated.connect(self._on_policy_chosen)
            self._bind("fine_tuning.retrain_policy", self.policy)
            policy_label = QLabel(translate("ScenarioEditor", "Retrain policy"), body)
            policy_label.setFixedWidth(LABEL_WIDTH)
            form.addRow(policy_label, self.policy)
        model = prefixes[0].rstrip(".")
        if model in ("base_model", "fine_tuned_model"):
            self.serving[model] = ServingPicker(model, body)
            self.serving[model].chosen.connect(self._edit)
            self._bind(self.serving[model].path, self.serving[model])
            serving_label = QLabel(translate("ScenarioEditor", "Serving"), body)
            serving_label.setFixedWidth(LABEL_WIDTH)
            form.addRow(serving_label, self.serving[model])
        if prefixes == ("effort.",):
            self.effort_profile = EffortProfilePicker(body)
            self.effort_profile.chosen.connect(self.apply_effort_profile)
            profile_label = QLabel(translate("ScenarioEditor", "Effort profile"), body)
            profile_label.setFixedWidth(LABEL_WIDTH)
            form.addRow(profile_label, self.effort_profile)
        for field in numeric_fields():
            if field.path.startswith(prefixes):
                form.addRow(self._row_label(field.path), self._field_row(field.path, body))
        return body

    def _checklist_form(self) -> QWidget:
        body = QWidget()
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for name, info in Checklist.model_fields.items():
            question = field_text(info.description or name)
            answer = AnswerInput(question, body)
            answer.answered.connect(lambda value, path=f"checklist.{name}": self._edit(path, value))
            self._bind(f"checklist.{name}", answer)
            self._answers[f"checklist.{name}"] = answer
            label = QLabel(question)
            label.setWordWrap(True)  # long questions wrap: the panel keeps its width
            form.addRow(label, answer)
        return body

    def _row_label(self, path: str) -> QLabel:
        field = numeric_field(path)
        label = QLabel(field_text(field.label))
        label.setToolTip(field_help(field))
        label.setWordWrap(True)
        label.setFixedWidth(LABEL_WIDTH)  # one column edge for every section
        return label

    def _field_row(self, path: str, parent: QWidget) -> FieldRow:
        row = FieldRow(numeric_field(path), parent)
        row.input.edited.connect(
            lambda value, session, path=path: self._on_number_edited(path, value, session)
        )
        row.input.finished.connect(lambda path=path: self._on_number_finished(path))
        row.input.textEdited.connect(lambda _text: self.withdraw_notice())
        row.input.rejected.connect(lambda _said, row=row: self.show_line_whole(row))
        if path in variable_paths():
            row.range_button.clicked.connect(lambda _=False, path=path: self.edit_range(path))
        else:
            row.range_button.hide()
        self._rows[path] = row
        return row

    # edits -> document -------------------------------------------------------------------
    def discard_pending(self) -> None:
        """Before undo or redo: a field's unfinished entry gives way to the scenario's value."""
        for row in self._rows.values():
            if row.input.hasFocus():
                if not row.input.means(row.input.shown()):
                    row.input.revert()
                row.input.settle()

    def _bind(self, path: str, widget: QWidget) -> None:
        """Give a (non-number) input its undo session: one step per visit of the input."""
        self._sessions[path] = EditSession(widget)

    def _edit(self, path: str, value: object) -> None:
        """Send an input's edit to the document, in the input's session; show any problem."""
        problem = self.document.set_value(path, value, self._sessions[path].id)
        if path in self._lines:
            self._lines[path].show_problem(labelled(problem) if problem else None)

    def _on_currency_edited(self, text: str) -> None:
        upper = text.upper()
        if upper != text:
            self.currency.setText(upper)
        self._edit("currency", upper)

    def _on_notes_changed(self) -> None:
        text = self.notes.toPlainText()
        if text != self.document.scenario.notes:
            self._edit("notes", text)

    def edit_range(self, path: str) -> None:
        """Ask for the range of an input and apply it."""
        scenario = self.document.scenario
        value = value_at(scenario, path)
        if value is None:
            self.rows[path].show_problem(
                translate("ScenarioEditor", "{0}: give a value before a range").format(
                    field_label(path)
                )
            )
            return
        entry = next((e for e in scenario.uncertainty if e.field == path), None)
        from desktop_app.gui.editor.range_dialog import RangeDialog  # on first use (start-up time)

        dialog = RangeDialog(numeric_field(path), float(value), entry, self)
        outcome = dialog.exec()
        if outcome == RangeDialog.REMOVE:
            self.apply_range(path, None)
        elif outcome == RangeDialog.DialogCode.Accepted:
            self.apply_range(path, dialog.entry())

    def apply_range(self, path: str, entry: UncertainInput | None) -> str | None:
        """Set (or, with None, remove) an input's range as one undoable step."""
        kept = [e.model_dump() for e in self.document.scenario.uncertainty if e.field != path]
        if entry is not None:
            kept.append(entry.model_dump())
        try:
            changed = with_values(self.document.scenario, {"uncertainty": kept})
        except ValidationError as error:
            problem = labelled(problem_line(problem_list(error)[0]))
            self.rows[path].show_problem(problem)
            return problem
        label = field_label(path)
        if entry:
            step = translate("ScenarioEditor", "Range for {field}").format(field=label)
        else:
            step = translate("ScenarioEditor", "No range for {field}").format(field=label)
        self.document.set_scenario(changed, step)
        return None

    def apply_preset(self, role: str, entry_id: str) -> list[str]:
        """Fill a role's prices from a catalog entry (one undoable step); what to check."""
        entry = find(self.presets.entries, entry_id)
        changed, notes = apply_preset(self.document.scenario, role, entry)
        self.presets.notes[role] = notes
        step = translate("ScenarioEditor", "{role} prices: {entry}")
        self.document.set_scenario(changed, step.format(role=role_title(role), entry=entry.name))
        return notes

    def set_catalog(self, entries: list[CatalogEntry]) -> None:
        """The catalog changed (the user's own prices): offer the new entries."""
        self.presets.set_entries(entries)
        self.presets.show_scenario(self.document.scenario)

    def _on_strategies_chosen(self, strategies: tuple[str, ...]) -> None:
        changed = with_values(self.document.scenario, {"strategies": list(strategies)})
        names = ", ".join(said_name(key) for key in strategies)
        step = translate("ScenarioEditor", "Compare {strategies}").format(strategies=names)
        self.document.set_scenario(changed, step)

    def add_event(self, event: Event) -> None:
        """Add an event a preset's dates call for (one undo step)."""
        events = [each.model_dump() for each in self.document.scenario.events]
        changed = with_values(self.document.scenario, {"events": [*events, event.model_dump()]})
        step = translate("PresetPicker", "Add event (month {0})").format(event.month)
        self.document.set_scenario(changed, step)

    def apply_effort_profile(self, name: str) -> None:
        """Fill every hour estimate from an effort profile, with its ranges (one undo step)."""
        changed = apply_profile(self.document.scenario, name)
        step = translate("ScenarioEditor", "Effort profile: {profile}")
        self.document.set_scenario(changed, step.format(profile=field_text(PROFILES[name].title)))

    def _on_policy_chosen(self, index: int) -> None:
        if self.policy is not None:  # it sends this only once it exists
            self._edit("fine_tuning.retrain_policy", self.policy.itemData(index))

    # document -> widgets -----------------------------------------------------------------

    def _on_evaluated(self, evaluation: Evaluation) -> None:
        self.show_scenario(evaluation.scenario)

    def show_scenario(self, scenario: Scenario) -> None:
        """Show the scenario's values, leaving alone an entry the user is fixing."""
        for path, row in self._rows.items():  # the fields built so far
            if row.input.hasFocus() and row.input.property("invalid") is True:
                row.input.show_value(value_at(scenario, path), keep_text=True)
                continue
            row.input.show_value(value_at(scenario, path))
            row.show_problem(None)
            row.set_unit(unit_text(row.field, scenario.currency))
        ranges = {entry.field: entry for entry in scenario.uncertainty}
        for path, row in self._rows.items():
            row.show_range(ranges.get(path))
        for path, answer in self._answers.items():
            answer.show_answer(value_at(scenario, path))
        for path, edit in (("name", self.name), ("currency", self.currency)):
            shown = getattr(scenario, path)
            if edit.text() != shown and not (path == "currency" and edit.hasFocus()):
                edit.setText(shown)
            if edit.text() == shown:
                self._lines[path].show_problem(None)
        if self.notes.toPlainText() != scenario.notes:
            with signals_blocked(self.notes):
                self.notes.setPlainText(scenario.notes)
        if self.policy is not None:
            self.policy.setCurrentIndex(self.policy.findData(scenario.fine_tuning.retrain_policy))
        self.strategies.show_scenario(scenario)
        for model, picker in self.serving.items():
            picker.show_scenario(scenario)
            for path, row in self._rows.items():
                if path.startswith(f"{model}.dedicated."):
                    row.setEnabled(picker.dedicated())
        if self.effort_profile is not None:
            self.effort_profile.show_scenario(scenario)
        self.presets.show_scenario(scenario)

    def focus_field(self, path: str) -> None:
        """Scroll to a field and put the cursor in it."""
        row = self.rows[path]
        self.ensureWidgetVisible(row)
        row.input.setFocus(Qt.FocusReason.OtherFocusReason)
