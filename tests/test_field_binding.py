"""One binding of a field to its widget: one undo step per visit, one problem line, one check.

Driven with the keyboard as a user would (issue 13, item 3; issue 14's Tab order of the offers).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget
from windows import open_window, tab_walk

from desktop_app.core.appdata.examples import load_example
from desktop_app.core.model.scenario import Scenario
from desktop_app.gui import document as document_module
from desktop_app.gui.editor.binding import signals_blocked
from desktop_app.gui.main_window import MainWindow


@pytest.fixture
def window_scenario() -> Scenario:
    """support-chatbot with its ranges (a range's bounds are fields too)."""
    return load_example("support-chatbot")


def visit(qtbot, widget: QWidget) -> None:
    """Put the focus in `widget`, as Tab would."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def leave(qtbot, window: MainWindow) -> None:
    """Move the focus elsewhere (another input)."""
    visit(qtbot, window.editor.rows["workload.queries_per_month"].input)


def test_typing_into_a_text_field_is_one_undo_step_per_visit(qtbot, window) -> None:
    stack = window.document.undo_stack
    name = window.editor.name
    visit(qtbot, name)
    qtbot.keyClick(name, Qt.Key.Key_End)
    qtbot.keyClicks(name, " EU")
    assert stack.count() == 1  # three keys, one step
    leave(qtbot, window)
    visit(qtbot, name)
    qtbot.keyClick(name, Qt.Key.Key_End)  # (Tab selects the whole text)
    qtbot.keyClicks(name, "2")
    assert stack.count() == 2  # a second visit is a second step
    assert window.document.scenario.name.endswith(" EU2")
    stack.undo()
    assert window.document.scenario.name.endswith(" EU")


def test_notes_typed_in_two_visits_are_two_undo_steps(qtbot, window) -> None:
    notes = window.editor.notes
    visit(qtbot, notes)
    qtbot.keyClicks(notes, "first")
    leave(qtbot, window)
    visit(qtbot, notes)
    qtbot.keyClicks(notes, " zqxy")
    assert window.document.undo_stack.count() == 2
    window.document.undo_stack.undo()
    assert window.document.scenario.notes.startswith("first") and "zqxy" not in notes.toPlainText()
    assert notes.toPlainText() == window.document.scenario.notes


def test_choosing_with_the_arrow_keys_is_one_undo_step(qtbot, window) -> None:
    window.editor.fill_sections()
    policy = window.editor.policy
    before = window.document.scenario.fine_tuning.retrain_policy
    visit(qtbot, policy)
    start = policy.currentIndex()
    step = 1 if start + 2 < policy.count() else -1
    key = Qt.Key.Key_Down if step == 1 else Qt.Key.Key_Up
    qtbot.keyClick(policy, key)
    qtbot.keyClick(policy, key)
    assert window.document.scenario.fine_tuning.retrain_policy == policy.itemData(start + 2 * step)
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert window.document.scenario.fine_tuning.retrain_policy == before
    assert policy.currentIndex() == start


def test_a_text_problem_is_the_line_under_the_field_naming_it(qtbot, window) -> None:
    currency = window.editor.currency
    before = window.document.scenario
    visit(qtbot, currency)
    currency.selectAll()
    qtbot.keyClicks(currency, "us")
    line = window.editor._lines["currency"].message
    assert not line.isHidden()
    assert line.text().startswith("Currency: must be a three-letter ISO 4217 code")
    assert window.document.scenario == before  # refused, not taken
    qtbot.keyClicks(currency, "d")
    assert window.document.scenario.currency == "USD" and line.isHidden()


def test_one_edit_is_validated_and_evaluated_once(qtbot, monkeypatch) -> None:
    scenario = load_example("support-chatbot").model_copy(update={"uncertainty": (), "presets": {}})
    window = open_window(
        qtbot, monkeypatch, scenario, certain=False
    )  # no range to widen, no retirement offer to work out
    validations: list[object] = []
    evaluations: list[object] = []
    validate = Scenario.model_validate.__func__
    evaluate = document_module.evaluate

    def counted_validate(cls, data, **options):
        validations.append(data)
        return validate(cls, data, **options)

    def counted_evaluate(scenario):
        evaluations.append(scenario)
        return evaluate(scenario)

    monkeypatch.setattr(Scenario, "model_validate", classmethod(counted_validate))
    monkeypatch.setattr(document_module, "evaluate", counted_evaluate)
    field = window.editor.rows["workload.queries_per_month"].input
    visit(qtbot, field)
    field.selectAll()
    qtbot.keyClicks(field, "7")
    assert window.document.scenario.workload.queries_per_month == 7
    assert (len(validations), len(evaluations)) == (1, 1)
    window.document.undo_stack.undo()  # undo puts back the scenario before: no validation
    assert len(validations) == 1
    window.document.undo_stack.redo()  # (a later redo builds the edit again: nothing kept)
    assert window.document.scenario.workload.queries_per_month == 7


def test_signals_blocked_restores_each_objects_state(qtbot) -> None:
    first, second = QObject(), QObject()
    second.blockSignals(True)
    with signals_blocked(first, second):
        assert first.signalsBlocked() and second.signalsBlocked()
        with signals_blocked(first):
            pass
        assert first.signalsBlocked()  # the inner block gives back what it found
    assert not first.signalsBlocked() and second.signalsBlocked()
    with pytest.raises(RuntimeError), signals_blocked(first):
        raise RuntimeError
    assert not first.signalsBlocked()


def test_tab_reaches_a_retirement_offer_right_after_its_preset(qtbot, monkeypatch) -> None:
    scenario = load_example("ticket-classifier").model_copy(update={"events": ()})
    window = open_window(qtbot, monkeypatch, scenario, certain=False)
    window.editor.fill_sections()
    picker = window.editor.presets.pickers["base_model"]
    assert len(picker.offer_buttons) == 1
    offer = picker.offer_buttons[0]
    qtbot.waitUntil(offer.isVisible)  # a button added to a shown section shows on the next loop
    passed = tab_walk(qtbot, window.editor.name)
    assert offer in passed
    assert passed[passed.index(offer) - 1] is picker.combo  # where it sits on screen
    qtbot.keyClick(offer, Qt.Key.Key_Space)  # and the keyboard can take the offer
    assert len(window.document.scenario.events) == 1
    window.document.undo_stack.setClean()


def test_refused_text_puts_the_figures_back_to_the_value_from_before_the_entry(
    qtbot, window
) -> None:
    """'1e400' typed over 24: the figures are those of 24 (what leaving keeps), not of '1'."""
    row = window.editor.rows["horizon_months"]
    field = row.input
    before = window.document.scenario.horizon_months
    visit(qtbot, field)
    field.selectAll()
    qtbot.keyClicks(field, "1")
    assert window.document.scenario.horizon_months == 1  # a valid number is taken at once
    qtbot.keyClicks(field, "e400")
    assert field.text() == "1e400"  # the text stays as typed, marked invalid
    assert field.property("invalid") is True
    assert window.document.scenario.horizon_months == before
    assert window.document.evaluation.scenario.horizon_months == before  # the figures shown
    assert f"the figures use {before} until it is corrected" in row.message.text()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)  # '1e4' is 10,000 months: over the bound
    assert window.document.scenario.horizon_months == before
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, "12")
    assert window.document.scenario.horizon_months == 12
    assert field.property("invalid") is not True and not row.message.isVisibleTo(window)
    leave(qtbot, window)
    assert window.document.undo_stack.count() == 1  # the whole entry is one step
    window.document.undo_stack.undo()
    assert window.document.scenario.horizon_months == before


def test_refused_text_at_the_first_key_changes_nothing(qtbot, window) -> None:
    """Text refused before any valid number: the scenario is as it was, and no undo step."""
    row = window.editor.rows["horizon_months"]
    before = window.document.scenario
    visit(qtbot, row.input)
    row.input.selectAll()
    qtbot.keyClicks(row.input, "x")
    assert window.document.scenario is before
    assert window.document.undo_stack.count() == 0
    assert "the figures use" in row.message.text()


def test_the_line_about_the_figures_speaks_german(qtbot, monkeypatch, window_scenario) -> None:
    from german import in_german
    from windows import close_window

    with in_german():
        german = open_window(qtbot, monkeypatch, window_scenario)
        try:
            row = german.editor.rows["horizon_months"]
            visit(qtbot, row.input)
            row.input.selectAll()
            qtbot.keyClicks(row.input, "1e400")
            assert row.message.text() == (
                "Zeitraum in Monaten: muss eine Zahl sein, eingegeben: „1e400“; zu groß zum "
                "Rechnen; gerechnet wird mit 24, bis die Eingabe korrigiert ist"
            )
        finally:
            close_window(german)
