"""Accessibility beyond the main window: every dialog of the app, control by control.

tests/test_help.py walks the main window; this walks each of the app's own dialogs (the range,
event, price, currency, comparison, guide and chart-table dialogs; Qt's file, print and message
dialogs are Qt's) with the same rules: what Tab reaches has a name a screen reader can say, and
a description (its own or its tooltip) that says what it does or holds, not its name again.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from german import in_german
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractSpinBox, QDialog, QWidget
from test_help import controls, spoken

from desktop_app.core.appdata.examples import load_example
from desktop_app.core.model.fields import numeric_field
from desktop_app.gui.main_window import MainWindow


@pytest.fixture
def window_scenario():
    """ticket-classifier: its event sets fields, so the event dialog shows setting rows."""
    return load_example("ticket-classifier").model_copy(update={"uncertainty": ()})


def _range(window: MainWindow) -> QDialog:
    from desktop_app.gui.editor.range_dialog import RangeDialog

    return RangeDialog(numeric_field("workload.queries_per_month"), 1000.0, None, window)


def _new_event(window: MainWindow) -> QDialog:
    from desktop_app.gui.editor.events_editor import EventDialog

    return EventDialog(window.document.scenario, None, window)


def _counted_event(window: MainWindow) -> QDialog:
    """Without a start month the event's month is a number in a spin box, not a date."""
    from desktop_app.gui.editor.events_editor import EventDialog

    scenario = window.document.scenario.model_copy(update={"start_month": None})
    return EventDialog(scenario, None, window)


def _existing_event(window: MainWindow) -> QDialog:
    from desktop_app.gui.editor.events_editor import EventDialog

    assert window.document.scenario.events[0].set  # setting rows: field, value, serving
    return EventDialog(window.document.scenario, 0, window)


def _my_prices(window: MainWindow) -> QDialog:
    from desktop_app.gui.dialogs.catalog_dialog import MyPricesDialog

    return MyPricesDialog(window)


def _price_entry(window: MainWindow) -> QDialog:
    from desktop_app.gui.dialogs.entry_editor import EntryEditor

    return EntryEditor(None, set(), window)


def _currency(window: MainWindow) -> QDialog:
    from desktop_app.gui.dialogs.currency_dialog import DisplayCurrencyDialog

    return DisplayCurrencyDialog(window.settings, window.document.scenario.currency, window)


def _compare(window: MainWindow) -> QDialog:
    from desktop_app.gui.analysis.comparison import CompareDialog

    evaluation = window.document.evaluation
    return CompareDialog([evaluation, evaluation], ["a.eot.json", "b.eot.json"], None, window)


def _guide(window: MainWindow) -> QDialog:
    from desktop_app.gui.dialogs.help_dialog import UserGuideDialog

    return UserGuideDialog(window)


def _chart_table(window: MainWindow) -> QDialog:
    from desktop_app.gui.charts.chart_table import ChartTableDialog, table_source

    return ChartTableDialog(table_source(window.tabs.currentWidget()), window)


DIALOGS: dict[str, Callable[[MainWindow], QDialog]] = {
    "range": _range,
    "new event": _new_event,
    "counted event": _counted_event,
    "existing event": _existing_event,
    "my prices": _my_prices,
    "price entry": _price_entry,
    "display currency": _currency,
    "compare": _compare,
    "user guide": _guide,
    "chart table": _chart_table,
}


def dialog_controls(dialog: QDialog) -> list[QWidget]:
    """What Tab reaches in a dialog; a spin box's own line edit is the spin box."""
    return [w for w in controls(dialog) if not isinstance(w.parentWidget(), QAbstractSpinBox)]


def shown(qtbot, window: MainWindow, name: str) -> tuple[QDialog, list[QWidget]]:
    dialog = DIALOGS[name](window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, dialog_controls(dialog)


@pytest.mark.parametrize("name", DIALOGS)
def test_every_control_of_each_dialog_has_an_accessible_name(qtbot, window, name: str) -> None:
    dialog, found = shown(qtbot, window, name)
    assert spoken(dialog, QAccessible.Text.Name).strip()  # the dialog says what it is
    assert found  # the walk reached its controls (at least a Close or OK button)
    nameless = [type(w).__name__ for w in found if not spoken(w, QAccessible.Text.Name).strip()]
    assert nameless == []
    dialog.close()


def test_the_walk_finds_a_nameless_control(qtbot, window) -> None:
    from PySide6.QtWidgets import QLineEdit

    dialog, _ = shown(qtbot, window, "display currency")
    dialog.layout().addWidget(QLineEdit(dialog))  # no label, no name, no tooltip
    nameless = [
        type(w).__name__
        for w in dialog_controls(dialog)
        if not spoken(w, QAccessible.Text.Name).strip()
    ]
    assert nameless == ["QLineEdit"]
    dialog.close()


def undescribed(controls: list[QWidget]) -> list[str]:
    """The controls a screen reader gives no description, or only their name again."""
    found = []
    for widget in controls:
        name = spoken(widget, QAccessible.Text.Name).strip()
        description = spoken(widget, QAccessible.Text.Description).strip()
        if not description or description.casefold() == name.casefold():
            found.append(f"{type(widget).__name__} {name!r}")
    return found


@pytest.mark.parametrize("name", DIALOGS)
def test_every_control_of_each_dialog_has_a_description(qtbot, window, name: str) -> None:
    dialog, found = shown(qtbot, window, name)
    missing = undescribed(found)
    dialog.close()
    assert missing == []


def test_the_walk_finds_an_undescribed_control(qtbot, window) -> None:
    from PySide6.QtWidgets import QLineEdit

    dialog, _ = shown(qtbot, window, "display currency")
    repeated = QLineEdit(dialog)
    repeated.setAccessibleName("Rate")
    repeated.setAccessibleDescription("Rate")  # the name again says nothing more
    dialog.layout().addWidget(repeated)
    dialog.code.setAccessibleDescription("")
    missing = undescribed(dialog_controls(dialog))
    dialog.close()
    assert missing == ["QLineEdit 'Display currency code'", "QLineEdit 'Rate'"]


def test_a_setting_row_describes_its_value_by_the_field_it_sets(qtbot, window) -> None:
    dialog, _ = shown(qtbot, window, "new event")
    row = dialog.add_setting()
    row.field.setCurrentIndex(row.field.findData("base_model.input_per_1m"))
    assert row.value.accessibleDescription() == (
        "Base model: input per 1M from the event's month on (per 1M tokens)"
    )
    row.field.setCurrentIndex(row.field.findData("effort.hourly_rate"))
    assert row.value.accessibleDescription() == ("Hourly rate from the event's month on (per hour)")
    added = dialog_controls(dialog)[-6:-2]  # the new row, then Add setting, OK and Cancel
    assert [w for w in added if w.isVisible()] and undescribed(added) == []
    dialog.close()


def test_every_price_of_every_kind_is_described(qtbot, window) -> None:
    dialog, _ = shown(qtbot, window, "price entry")
    for index in range(dialog.kind.count()):
        dialog.kind.setCurrentIndex(index)
        assert dialog.price_inputs
        assert undescribed(list(dialog.price_inputs.values())) == [], dialog.kind.currentText()
    dialog.close()


def descriptions(qtbot, window: MainWindow, name: str) -> list[str]:
    dialog, found = shown(qtbot, window, name)
    said = [spoken(widget, QAccessible.Text.Description) for widget in found]
    dialog.close()
    return said


@pytest.mark.parametrize("name", DIALOGS)
def test_each_dialogs_descriptions_speak_german(qtbot, window, name: str) -> None:
    english = descriptions(qtbot, window, name)
    with in_german():
        german = descriptions(qtbot, window, name)
    assert len(german) == len(english)
    assert [text for text, shown in zip(english, german, strict=True) if text == shown] == []
