"""Accessibility beyond the main window: every dialog of the app, control by control.

tests/test_help.py walks the main window; this walks each of the app's own dialogs (the range,
event, price, currency, comparison, guide and chart-table dialogs; Qt's file, print and message
dialogs are Qt's) with the same rule: what Tab reaches has a name a screen reader can say.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
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


# Found in the audit of issue 16 (2026-12-02): the dialogs' controls have names but no
# descriptions (the main window's all have one, tests/test_help.py). Adding ~30 translated
# descriptions belongs to the German-texts work (accessible descriptions, its files); strict,
# so this fails, to be made a plain test, the day they are there.
@pytest.mark.xfail(reason="the dialogs' controls have no accessible descriptions yet", strict=True)
@pytest.mark.parametrize("name", ["range", "existing event", "my prices", "display currency"])
def test_every_control_of_each_dialog_has_a_description(qtbot, window, name: str) -> None:
    dialog, found = shown(qtbot, window, name)
    undescribed = [
        f"{type(w).__name__} {spoken(w, QAccessible.Text.Name)!r}"
        for w in found
        if not spoken(w, QAccessible.Text.Description).strip()
    ]
    dialog.close()
    assert undescribed == []
