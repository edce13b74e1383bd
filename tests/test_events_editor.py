"""The Events panel: add, edit and remove events, each one undo step; bad values refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.appdata.examples import load_example
from desktop_app.core.appdata.settings import Settings
from desktop_app.gui.document import ScenarioDocument
from desktop_app.gui.editor.events_editor import EventDialog, EventsPanel
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.theme import use_readable_locale

INPUT = "base_model.input_per_1m"


@pytest.fixture
def panel(qtbot):
    use_readable_locale()
    scenario = load_example("ticket-classifier").model_copy(update={"uncertainty": ()})
    document = ScenarioDocument(scenario)
    shown = EventsPanel(document)
    qtbot.addWidget(shown)
    return shown


def total(document: ScenarioDocument, strategy: str) -> float:
    return float(document.evaluation.figure(strategy, "total_cost"))


def set_row(dialog: EventDialog, path: str, text: str) -> None:
    row = dialog.add_setting()
    row.field.setCurrentIndex(row.field.findData(path))
    row.value.setText(text)


def test_adding_an_event_changes_the_figures_and_undo_takes_it_back(panel) -> None:
    document = panel.document
    before = total(document, "embeddings")
    dialog = panel.open_dialog(None)
    assert dialog.windowTitle() == "Event 2"
    dialog.month.setCurrentIndex(9)  # a date picker: the scenario has a start month
    assert dialog.month.currentText() == "Sep 2027 (month 10)"
    dialog.name.setText("Price cut")
    set_row(dialog, INPUT, "0.01")
    dialog.hours["embeddings"].setText("1,500")
    dialog.accept()
    assert dialog.error.text() == ""
    panel.finish(dialog, "Add event")
    added = document.scenario.events[-1]
    assert (added.month, added.name, added.set, added.hours) == (
        10, "Price cut", {INPUT: 0.01}, {"embeddings": 1500.0},
    )  # fmt: skip
    assert total(document, "embeddings") != before
    assert panel.list.count() == 2
    assert panel.list.item(1).text() == "2. Month 10 (Sep 2027): Price cut · sets 1 · 1,500 hours"
    assert document.undo_stack.undoText() == "Add event"
    document.undo_stack.undo()
    assert len(document.scenario.events) == 1
    assert total(document, "embeddings") == before
    assert panel.list.count() == 1


def test_editing_name_month_settings_and_hours_is_one_step(panel) -> None:
    document = panel.document
    old = document.scenario.events[0]
    dialog = panel.open_dialog(0)
    assert dialog.name.text() == old.name
    assert dialog.month.currentIndex() == old.month - 1
    assert [row.path for row in dialog.settings] == list(old.set)
    assert dialog.hours["fine_tuning"].text() == "80"
    dialog.name.setText("Retired")
    dialog.month.setCurrentIndex(4)
    dialog.settings[0].value.setText("0.3")
    dialog.remove_setting(dialog.settings[1])
    dialog.hours["fine_tuning"].setText("40.5")
    dialog.retrain.setChecked(False)
    dialog.accept()
    panel.finish(dialog, "Edit event 1")
    [edited] = document.scenario.events
    assert (edited.name, edited.month, edited.retrain) == ("Retired", 5, False)
    assert edited.set[INPUT] == 0.3 and "base_model.cached_input_per_1m" not in edited.set
    assert len(edited.set) == len(old.set) - 1
    assert edited.hours == {"embeddings": 8, "fine_tuning": 40.5, "hybrid": 80}
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.scenario.events == (old,)


def test_serving_is_chosen_not_typed(panel) -> None:
    dialog = panel.open_dialog(0)
    serving = next(row for row in dialog.settings if row.path == "fine_tuned_model.serving")
    assert serving.serving.currentData() == "dedicated"
    assert serving.value.isHidden() and not serving.serving.isHidden()
    serving.serving.setCurrentIndex(serving.serving.findData("per_token"))
    dialog.accept()
    panel.finish(dialog, "Edit event 1")
    assert panel.document.scenario.events[0].set["fine_tuned_model.serving"] == "per_token"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("-1", "Event 2, Base model: input per 1M: must be at least 0, got -1"),
        ("abc", "Event 2, Base model: input per 1M: "),
        ("", "Event 2, Base model: input per 1M: "),
    ],
)
def test_a_bad_value_is_refused_with_the_event_and_the_field_label(panel, text, line) -> None:
    document = panel.document
    dialog = panel.open_dialog(None)
    set_row(dialog, INPUT, text)
    dialog.accept()
    assert dialog.error.text().startswith(line)
    assert "base_model." not in dialog.error.text()
    assert dialog.result_scenario is None
    assert dialog.result() != dialog.DialogCode.Accepted
    panel.finish(dialog, "Add event")
    assert len(document.scenario.events) == 1
    assert document.undo_stack.count() == 0


def test_a_whole_number_field_refuses_a_fraction(panel) -> None:
    dialog = panel.open_dialog(None)
    set_row(dialog, "fine_tuned_model.dedicated.min_replicas", "1.5")
    dialog.accept()
    assert dialog.error.text().startswith("Event 2, ")
    assert "whole number" in dialog.error.text()


def test_removing_an_event_and_undoing_it(qtbot, panel) -> None:
    document = panel.document
    old = document.scenario.events
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert document.scenario.events == ()
    assert panel.list.count() == 0
    assert not panel.edit_button.isEnabled() and not panel.remove_button.isEnabled()
    assert document.undo_stack.undoText() == "Remove event 1"
    document.undo_stack.undo()
    assert document.scenario.events == old


def test_without_a_start_month_the_month_is_a_number(qtbot) -> None:
    scenario = load_example("ticket-classifier").model_copy(update={"start_month": None})
    panel = EventsPanel(ScenarioDocument(scenario))
    qtbot.addWidget(panel)
    dialog = panel.open_dialog(0)
    assert dialog.month.value() == 2
    assert panel.list.item(0).text().startswith("1. Month 2: OpenAI")


def test_the_panel_is_named_for_screen_readers_and_reachable_by_tab(panel) -> None:
    names = {panel.list.accessibleName(), panel.add_button.accessibleName()}
    assert names == {"Events", "Add event"}
    for widget in (panel.list, panel.add_button, panel.edit_button, panel.remove_button):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    dialog = panel.open_dialog(0)
    for row in dialog.settings:
        assert row.field.accessibleName().startswith("Setting ")
    assert dialog.hours["hybrid"].accessibleName() == "Migration hours (hybrid)"


def test_in_the_window_an_added_event_is_marked_on_the_charts(qtbot) -> None:
    use_readable_locale()
    scenario = load_example("ticket-classifier").model_copy(update={"uncertainty": ()})
    window = MainWindow(Settings(), scenario)
    qtbot.addWidget(window)
    try:
        marks_follow_the_panel(window)
    finally:
        window.document.undo_stack.setClean()


def marks_follow_the_panel(window: MainWindow) -> None:
    panel = window.events_panel
    dialog = panel.open_dialog(None)
    dialog.month.setCurrentIndex(19)
    dialog.name.setText("Moved to a new store")
    dialog.re_embed.setChecked(True)
    dialog.accept()
    panel.finish(dialog, "Add event")
    chart = window.tabs.cumulative_chart
    assert [(m, t) for m, t, _ in chart.event_marks.shown] == [
        (2, "1. OpenAI closes fine-tuni…"), (20, "2. Moved to a new store"),
    ]  # fmt: skip
    window.document.undo_stack.undo()
    assert [m for m, _, _ in chart.event_marks.shown] == [2]


def test_negative_migration_hours_are_refused_in_the_editors_words(panel) -> None:
    dialog = panel.open_dialog(None)
    key = next(iter(dialog.hours))
    dialog.hours[key].setText("-8")
    dialog.accept()
    assert (
        dialog.error.text()
        == f"Event 2, Migration hours ({key.replace('_', '-')}): must be at least 0, got -8"
    )
    assert panel.document.scenario.events == load_example("ticket-classifier").events


def test_an_input_set_twice_is_refused_not_dropped(panel) -> None:
    # the event's settings are one per input: the first value used to vanish silently
    document = panel.document
    dialog = panel.open_dialog(None)
    set_row(dialog, INPUT, "0.5")
    set_row(dialog, INPUT, "0.7")
    dialog.accept()
    assert dialog.error.text() == (
        "Event 2, Base model: input per 1M: is set twice; keep one of them"
    )
    assert dialog.result_scenario is None
    panel.finish(dialog, "Add event")
    assert len(document.scenario.events) == 1


def _tab_stops_from(widget, count: int) -> list:
    """The next `count` widgets Tab reaches from `widget` (as Qt walks the focus chain)."""
    stops, at = [], widget
    while len(stops) < count:
        at = at.nextInFocusChain()
        if at.focusPolicy() & Qt.FocusPolicy.TabFocus and at.isVisibleTo(at.window()):
            stops.append(at)
    return stops


def test_a_setting_added_in_the_dialog_is_reached_by_tab_where_it_stands(panel) -> None:
    dialog = panel.open_dialog(None)
    first = dialog.add_setting()
    second = dialog.add_setting()
    above = list(dialog.hours.values())[-1]
    shown = [w for row in (first, second) for w in row.widgets() if w.isVisibleTo(dialog)]
    assert len(shown) == 6  # a field, its value (or serving) and Remove, twice
    assert _tab_stops_from(above, 7) == [*shown, dialog.add_button]
    dialog.reject()


def test_many_settings_scroll_instead_of_pushing_ok_off_the_screen(qtbot, panel) -> None:
    dialog = panel.open_dialog(None)
    dialog.show()
    qtbot.waitExposed(dialog)
    one = dialog.add_setting()
    short = dialog.height()
    assert dialog.settings_area.verticalScrollBar().maximum() == 0  # one row: no scrolling
    for _ in range(24):
        dialog.add_setting()
    screen = dialog.screen().availableGeometry().height()
    assert dialog.height() <= screen  # OK and Cancel stay on the screen
    assert short < dialog.height() and dialog.settings_area.height() <= max(screen // 3, 120)
    assert dialog.settings_area.verticalScrollBar().maximum() > 0  # the rows scroll instead
    dialog.remove_setting(one)
    assert len(dialog.settings) == 24
    dialog.reject()
