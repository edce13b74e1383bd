"""The window's menus come from one declared table: ids, texts, shortcuts, handlers."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from desktop_app.core.model.scenario import Scenario
from desktop_app.gui import actions
from desktop_app.gui.actions import Action, build_menus
from desktop_app.gui.main_window import MainWindow


def declared() -> list[Action]:
    return [row for _title, rows in actions.MENUS for row in rows if isinstance(row, Action)]


def test_every_declared_action_has_one_id_and_calls_a_window_method() -> None:
    ids = [row.id for row in declared()]
    assert len(ids) == len(set(ids)) == 15
    assert all(callable(getattr(MainWindow, row.handler, None)) for row in declared())


def test_the_menus_carry_the_declared_shortcuts(window: MainWindow) -> None:
    keys = {key: action.shortcut().toString() for key, action in window.actions_by_id.items()}
    assert keys["file.save"] == "Ctrl+S"
    assert keys["file.export_pdf"] == "Ctrl+E"
    assert keys["file.print"] == "Ctrl+P"
    assert keys["file.export_csv"] == ""
    assert keys["view.next_chart"] == "Ctrl+Tab"
    assert keys["view.previous_chart"] == "Ctrl+Shift+Tab"
    redo = [key.toString() for key in window.redo_action.shortcuts()]
    assert "Ctrl+Y" in redo and "Ctrl+Shift+Z" in redo
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Prices", "&View", "&Help"]
    help_items = [action.text() for action in window.menus["Help"].actions() if action.text()]
    assert help_items == ["&User Guide", "What's &This?", "&About Embed or Tune"]


def test_a_declared_action_runs_its_handler(window: MainWindow) -> None:
    assert window.document.scenario != Scenario()
    window.actions_by_id["file.new"].trigger()  # the scenario is clean: no question
    assert window.document.scenario == Scenario()


def test_enabled_when_decides_whether_an_action_starts_enabled(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Host(QMainWindow):
        def ping(self) -> None:
            self.pinged = True

    table = (
        (
            "&Tools",
            (
                Action("tools.on", "On", "ping"),
                Action("tools.off", "Off", "ping", "Ctrl+K", enabled_when=lambda host: False),
            ),
        ),
    )
    monkeypatch.setattr(actions, "MENUS", table)
    host = Host()
    qtbot.addWidget(host)
    menus = build_menus(host)
    assert [action.text() for action in menus["Tools"].actions()] == ["On", "Off"]
    assert host.actions_by_id["tools.on"].isEnabled()
    assert not host.actions_by_id["tools.off"].isEnabled()
    assert host.actions_by_id["tools.off"].shortcut() == QKeySequence("Ctrl+K")
    host.actions_by_id["tools.on"].trigger()
    assert host.pinged


def test_the_examples_are_listed_by_their_scenarios_names(window: MainWindow) -> None:
    from desktop_app.core.appdata.examples import example_names, load_example

    [examples] = [
        action.menu()
        for action in window.menus["File"].actions()
        if action.menu() is not None and "Example" in action.text()
    ]
    examples.aboutToShow.emit()  # filled when it first opens, not at start-up
    titles = [action.text() for action in examples.actions()]
    assert titles == [load_example(name).name for name in example_names()]
    assert "Small FAQ assistant" in titles  # not "Faq long context"
    examples.aboutToShow.emit()
    assert len(examples.actions()) == len(titles)  # filled once


def test_a_label_made_from_a_field_name_writes_its_units_as_people_do() -> None:
    from desktop_app.core.model.fields import numeric_field

    assert numeric_field("retrieval.vector_storage_per_gb_month").label == (
        "Vector storage per GB-month"
    )
    assert numeric_field("retrieval.write_units_per_kb").label == "Write units per KB"
    assert numeric_field("retrieval.store_unit_gb").label == "Store unit GB"
