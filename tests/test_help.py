"""In-app help and accessibility: the guide, the first-run note, What's This, Show as Table."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAccessible, QHelpEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QTabBar,
    QWhatsThis,
    QWidget,
)

from desktop_app.core.analyses import help_texts
from desktop_app.core.analyses.decision_map import DecisionMap
from desktop_app.core.analyses.monte_carlo import run_monte_carlo
from desktop_app.core.appdata.examples import DEFAULT_EXAMPLE, load_example
from desktop_app.core.appdata.settings import load_settings
from desktop_app.core.engine.evaluation import evaluate
from desktop_app.core.engine.kernel import STRATEGIES
from desktop_app.core.model.numbers import money
from desktop_app.core.model.scenario import Scenario
from desktop_app.core.model.strategy_names import TITLES
from desktop_app.gui import app
from desktop_app.gui.analysis.results import SummaryTable
from desktop_app.gui.charts.chart_data import ChartTable, copy_text, full_precision
from desktop_app.gui.charts.chart_table import ChartTableDialog
from desktop_app.gui.charts.export import ChartView
from desktop_app.gui.dialogs.help_actions import explain_focus, show_chart_table
from desktop_app.gui.dialogs.help_dialog import UserGuideDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.present.tables import summary_rows


def compared_strategies(evaluation) -> list[str]:
    """The strategies shown: those compared (model version 2), else all."""
    return list(getattr(evaluation, "strategies", STRATEGIES))


def wait_for_analyses(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20000)


def shortcut_action(window: MainWindow, keys: str):
    sequence = QKeySequence(keys)
    found = [a for a in window.findChildren(type(window.guide_action)) if a.shortcut() == sequence]
    assert len(found) == 1, f"{keys}: {[a.text() for a in found]}"
    return found[0]


# The user guide ---------------------------------------------------------------------------


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.links: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a" and "name" in attributes:
            self.names.add(attributes["name"])
        if tag == "a" and attributes.get("href", "").startswith("#"):
            self.links.add(attributes["href"][1:])


def test_the_guide_covers_each_strategy_chart_and_tool_and_its_links_all_land() -> None:
    html = help_texts.user_guide_html()
    text = re.sub(r"<[^>]+>", " ", html)
    for subject in (
        "Embeddings",
        "Fine-tuning",
        "Hybrid",
        "Long context",
        "cached prompt",
        "P10",
        "P90",
        "tornado",
        "decision map",
        "Break-even",
        "checklist",
        "Price presets",
    ):
        assert subject.lower() in text.lower(), subject
    anchors = _Anchors()
    anchors.feed(html)
    assert anchors.links, "the guide has a table of contents"
    assert anchors.links <= anchors.names, anchors.links - anchors.names


def test_f1_opens_the_guide_once_and_its_sections_scroll_into_view(qtbot, window) -> None:
    action = shortcut_action(window, "F1")
    assert action.text() == "&User Guide"
    action.trigger()
    guide = window.user_guide
    assert isinstance(guide, UserGuideDialog)
    assert guide.isVisible() and not guide.isModal()
    assert "Long context" in guide.browser.toPlainText()
    action.trigger()
    assert window.findChildren(UserGuideDialog) == [guide]  # one guide per window
    guide.resize(500, 400)
    bar = guide.browser.verticalScrollBar()
    bar.setValue(0)
    guide.show_section("keys")
    assert bar.value() > 0


def test_the_guide_grabbed_as_a_picture(qtbot, window, tmp_path: Path) -> None:
    window.guide_action.trigger()
    picture = window.user_guide.grab()
    assert picture.width() > 300
    target = os.environ.get("EOT_HELP_PICTURES")  # set it to look at the pictures
    if target:
        picture.save(str(Path(target) / "user-guide.png"))


# What's This ------------------------------------------------------------------------------


def test_every_key_figure_row_and_strategy_has_a_whats_this_text() -> None:
    evaluation = evaluate(load_example("support-chatbot"))
    labels = [label for label, _ in summary_rows(evaluation)] + list(SummaryTable.UNCERTAIN_ROWS)
    for label in labels:
        assert help_texts.figure_help(label), label
    for key in STRATEGIES:
        assert help_texts.strategy_help(key), key


def test_the_figures_table_carries_its_whats_this_texts(window) -> None:
    summary = window.summary
    model = summary.model()
    whats_this = Qt.ItemDataRole.WhatsThisRole
    for row in range(summary.rowCount()):
        label = summary.verticalHeaderItem(row).text()
        assert model.headerData(row, Qt.Orientation.Vertical, whats_this) == (
            help_texts.figure_help(label)
        )
        for column, key in enumerate(compared_strategies(window.document.evaluation)):
            cell = summary.item(row, column).whatsThis()
            assert cell == f"{TITLES[key]}: {help_texts.figure_help(label)}"
    for column, key in enumerate(compared_strategies(window.document.evaluation)):
        assert model.headerData(column, Qt.Orientation.Horizontal, whats_this) == (
            help_texts.strategy_help(key)
        )


def test_shift_f1_then_a_click_on_a_figure_shows_what_it_means(qtbot, window) -> None:
    action = shortcut_action(window, "Shift+F1")
    assert action is window.whats_this_action and "What's" in action.text()
    header = window.summary.verticalHeader()
    row = next(
        r
        for r in range(window.summary.rowCount())
        if window.summary.verticalHeaderItem(r).text() == "Present value"
    )
    position = QPoint(header.width() // 2, header.sectionViewportPosition(row) + 3)
    event = QHelpEvent(QEvent.Type.WhatsThis, position, header.viewport().mapToGlobal(position))
    QApplication.sendEvent(header.viewport(), event)
    popups = [
        w for w in QApplication.topLevelWidgets() if w.metaObject().className() == "QWhatsThat"
    ]
    try:
        assert popups and any(p.isVisible() for p in popups)
    finally:
        QWhatsThis.hideText()


def whats_that_texts() -> list[str]:
    """The texts of the What's This popups shown (Qt's private QWhatsThat labels)."""
    return [
        w.property("text") or w.accessibleName() or ""
        for w in QApplication.topLevelWidgets()
        if w.metaObject().className() == "QWhatsThat" and w.isVisible()
    ]


def test_shift_f1_explains_the_focused_figure_without_a_click(qtbot, window) -> None:
    # Shift+F1 only changed the pointer: a keyboard user could not read what a figure means
    summary = window.summary
    row = next(
        r
        for r in range(summary.rowCount())
        if summary.verticalHeaderItem(r).text() == "Present value"
    )
    summary.setFocus()
    summary.setCurrentCell(row, 0)
    qtbot.keyClick(summary, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(QWhatsThis.inWhatsThisMode() or whats_that_texts()))
    try:
        assert not QWhatsThis.inWhatsThisMode()  # no click asked for
        assert explain_focus(window) == summary.item(row, 0).whatsThis()
        assert (
            "Present value" in summary.item(row, 0).whatsThis() or summary.item(row, 0).whatsThis()
        )
        rate = window.editor.rows["effort.hourly_rate"].input
        rate.setFocus()
        assert explain_focus(window) == rate.accessibleDescription() != ""
    finally:
        QWhatsThis.hideText()


def test_what_s_this_chosen_in_the_menu_asks_for_a_click(qtbot, window) -> None:
    window.editor.name.setFocus()
    try:
        assert explain_focus(window, point_and_click=True) == ""
        assert QWhatsThis.inWhatsThisMode()
    finally:
        QWhatsThis.leaveWhatsThisMode()


# The first-run note -----------------------------------------------------------------------


def test_the_first_start_without_a_file_explains_the_example_once(qtbot) -> None:
    first = app.create_window()
    qtbot.addWidget(first)
    banner = first.first_run_banner
    first.show()
    assert banner.isVisible()
    assert QApplication.activeModalWidget() is None
    assert load_example(DEFAULT_EXAMPLE).name in banner.text
    assert "File > New" in banner.text
    for button in (banner.new_button, banner.guide_button, banner.dismiss_button):
        assert spoken(button, QAccessible.Text.Name) and button.accessibleDescription()
    assert load_settings().first_run_explained  # remembered at once: it shows once
    second = app.create_window()
    qtbot.addWidget(second)
    assert getattr(second, "first_run_banner", None) is None


def test_the_note_is_not_shown_with_a_file_nor_when_asked_not_to(qtbot, tmp_path) -> None:
    from desktop_app.core.appdata.scenario_files import save_scenario

    path = tmp_path / "mine.json"
    save_scenario(load_example("product-advisor"), path)
    with_file = app.create_window(path)
    qtbot.addWidget(with_file)
    quiet = app.create_window(explain=False)
    qtbot.addWidget(quiet)
    for window in (with_file, quiet):
        assert getattr(window, "first_run_banner", None) is None
    assert not load_settings().first_run_explained  # still owed to the first real start


def test_a_screenshot_never_shows_the_note_nor_uses_it_up(tmp_path: Path) -> None:
    target = tmp_path / "shot.png"
    assert app.run(screenshot=target) == 0
    assert target.stat().st_size > 0
    assert not load_settings().first_run_explained


def test_the_note_dismissed_or_its_buttons_start_your_own(qtbot) -> None:
    window = app.create_window()
    qtbot.addWidget(window)
    window.show()
    banner = window.first_run_banner
    qtbot.mouseClick(banner.new_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert window.document.scenario == Scenario()  # File > New's defaults

    load_settings_path = load_settings().model_copy(update={"first_run_explained": False})
    from desktop_app.core.appdata.settings import save_settings

    save_settings(load_settings_path)
    again = app.create_window()
    qtbot.addWidget(again)
    again.show()
    qtbot.mouseClick(again.first_run_banner.guide_button, Qt.MouseButton.LeftButton)
    assert again.user_guide.isVisible() and not again.first_run_banner.isVisible()

    save_settings(load_settings_path)
    opened = app.create_window()
    qtbot.addWidget(opened)
    opened.show()
    opened.open_example("ticket-classifier")  # no longer the example the note speaks of
    assert not opened.first_run_banner.isVisible()


# Show as Table ----------------------------------------------------------------------------


def test_the_cumulative_chart_as_a_table_holds_the_engines_numbers(qtbot, window) -> None:
    wait_for_analyses(qtbot, window)
    window.tabs.cumulative_chart.show_uncertainty(None)  # the lines alone (the band: below)
    dialog = show_chart_table(window)
    qtbot.addWidget(dialog)
    evaluation = window.document.evaluation
    data = dialog.table_data
    compared = compared_strategies(evaluation)
    assert data.headers == ["Month", *(TITLES[key] for key in compared)]
    assert len(data.rows) == evaluation.scenario.horizon_months
    for column, key in enumerate(compared, start=1):
        expected = evaluation.monthly(key, "cumulative")
        assert [row[column].value for row in data.rows] == pytest.approx(expected, rel=1e-15)
        shown = dialog.table.item(11, column).text()
        assert shown == money(expected[11], "USD", 0 if abs(expected[11]) >= 100 else 2)
    start = evaluation.scenario.start_month
    assert start == "2026-12"  # the month column reads as the chart's axis does
    assert [dialog.table.item(row, 0).text() for row in (0, 1, 12)] == [
        "Dec 2026",
        "Jan 2027",
        "Dec 2027",
    ]
    assert [row[0].value for row in data.rows[:2]] == [1.0, 2.0]  # copied as month numbers
    assert dialog.table.accessibleName() == "Cumulative cost (USD), as a table"


def test_without_a_start_month_the_table_counts_months(qtbot, window) -> None:
    window.document.set_value("start_month", None)
    dialog = show_chart_table(window)
    qtbot.addWidget(dialog)
    assert [dialog.table.item(row, 0).text() for row in (0, 1)] == ["1", "2"]


def test_ctrl_c_copies_the_selection_at_full_precision(qtbot, window) -> None:
    dialog = show_chart_table(window)
    qtbot.addWidget(dialog)
    dialog.table.setFocus()
    dialog.table.setCurrentCell(4, 2)  # selects month 5, fine-tuning
    qtbot.keySequence(dialog.table, QKeySequence.StandardKey.Copy)
    text = QApplication.clipboard().text()
    lines = text.splitlines()
    assert lines[0] == TITLES["fine_tuning"]
    value = window.document.evaluation.monthly("fine_tuning", "cumulative")[4]
    assert float(lines[1]) == value  # exactly: the float reads back bit for bit
    dialog.table.clearSelection()
    everything = dialog.copy().splitlines()
    assert everything[0].split("\t") == dialog.table_data.headers
    assert len(everything) == 1 + window.document.scenario.horizon_months


def test_copy_text_keeps_the_columns_and_rows_of_a_scattered_selection() -> None:
    table = ChartTable("t", ["Month", "A", "B"])
    table.rows = [
        [_cell("1", 1.0), _cell("$0.10", 0.1), _cell("$2", 2.0)],
        [_cell("2", 2.0), _cell("$1/3", 1 / 3), _cell("x", "text")],
    ]
    assert copy_text(table, [(0, 1), (1, 2)]) == "A\tB\n0.1\t\n\ttext\n"
    assert copy_text(table).splitlines()[2] == "2\t0.3333333333333333\ttext"


def _cell(text, value):
    from desktop_app.gui.charts.chart_data import Cell

    return Cell(text, value)


def test_full_precision_uses_the_locales_decimal_mark() -> None:
    from PySide6.QtCore import QLocale

    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert full_precision(1234.5678, german) == "1234,5678"
    assert full_precision(50000.0, german) == "50000"
    assert full_precision(1e-7) == "1e-07"


def test_an_open_table_follows_the_chart_after_an_edit(qtbot, window) -> None:
    dialog = show_chart_table(window)
    qtbot.addWidget(dialog)
    before = dialog.table_data.rows[-1][1].value
    scenario = window.document.scenario
    workload = scenario.workload.model_copy(update={"queries_per_month": 400000})
    window.document.set_scenario(scenario.model_copy(update={"workload": workload}), "more")
    expected = window.document.evaluation.monthly("embeddings", "cumulative")[-1]
    qtbot.waitUntil(lambda: dialog.table_data.rows[-1][1].value == expected, timeout=3000)
    assert expected != before


def test_the_band_adds_p10_p50_p90_columns(qtbot, window) -> None:
    chart = window.tabs.cumulative_chart
    scenario = load_example("support-chatbot")
    assert scenario.uncertainty
    result = run_monte_carlo(
        window.document.scenario.model_copy(update={"uncertainty": scenario.uncertainty}),
        samples=200,
        seed=1,
    )
    chart.show_uncertainty(result)
    dialog = ChartTableDialog(chart, window)
    qtbot.addWidget(dialog)
    headers = dialog.table_data.headers
    assert f"{TITLES['hybrid']} P90" in headers
    column = headers.index(f"{TITLES['embeddings']} P10")
    assert [row[column].value for row in dialog.table_data.rows] == pytest.approx(
        np.asarray(result.cumulative["embeddings"]["p10"]), rel=1e-15
    )


def test_each_chart_tab_shows_as_a_table_from_the_window_shortcut(qtbot, window) -> None:
    wait_for_analyses(qtbot, window)
    action = shortcut_action(window, "Ctrl+Shift+T")
    seen = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        before = set(window.findChildren(ChartTableDialog))
        action.trigger()
        opened = set(window.findChildren(ChartTableDialog)) - before
        title = window.tabs.tabText(index).replace("&", "")
        seen[title] = [dialog.table_data for dialog in opened]
    evaluation = window.document.evaluation
    components = seen["By component"][0]
    assert components.headers[-1] == "Total"
    assert [row[-1].value for row in components.rows] == pytest.approx(
        evaluation.monthly("embeddings", "total"), rel=1e-12
    )
    hours = seen["Hours"][0]
    assert [row[2].value for row in hours.rows] == pytest.approx(
        evaluation.monthly("fine_tuning", "hours"), rel=1e-15
    )
    staleness = seen["Staleness"][0]
    assert [row[2].value for row in staleness.rows] == pytest.approx(
        evaluation.monthly("fine_tuning", "trainings"), rel=1e-15
    )
    tornado = seen["Sensitivity"][0]
    chart = window.tabs.tornado_chart
    assert [row[0].text for row in tornado.rows] == [
        __import__("desktop_app.gui.editor.input_labels", fromlist=["x"]).field_label(row.field)
        for row in chart.rows
    ]
    assert [row[3].value for row in tornado.rows] == [low for low, _ in chart.deltas]
    decision = seen["Decision map"][0]
    found: DecisionMap = window.tabs.map_panel.map_view.found
    assert len(decision.rows) == len(found.y.values)
    assert decision.rows[0][1].value == str(found.cheapest[-1, 0])  # top row: the highest y
    assert seen["Break-even"] == []  # a table already
    assert window.statusBar().currentMessage() == "This tab is a table already"


def test_the_chart_context_menu_offers_show_as_table(qtbot, window) -> None:
    view = window.tabs.currentWidget()
    assert isinstance(view, ChartView)
    menu = view.context_menu()
    entry = next(a for a in menu.actions() if a.text() == "Show as &Table")
    assert entry.shortcut() == QKeySequence("Ctrl+Shift+T")
    entry.trigger()
    dialogs = window.findChildren(ChartTableDialog)
    assert len(dialogs) == 1 and dialogs[0].source is window.tabs.cumulative_chart


# Accessibility -----------------------------------------------------------------------------


def controls(window: QWidget) -> list[QWidget]:
    """Every control of the window a keyboard user can reach with Tab.

    Not: a popup's widgets (a combo box's list is its own window), the viewport of a scroll
    area (the area itself takes the focus) and a tab bar's scroll buttons (Qt's own).
    """
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.window() is not window:
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
            continue
        if isinstance(parent, QTabBar):
            continue
        found.append(widget)
    return found


def spoken(widget: QWidget, what: QAccessible.Text) -> str:
    """What a screen reader is given: the widget's own, else what Qt derives (text, buddy)."""
    own = widget.accessibleName() if what == QAccessible.Text.Name else ""
    own = widget.accessibleDescription() if what == QAccessible.Text.Description else own
    return own or QAccessible.queryAccessibleInterface(widget).text(what)


def test_every_control_has_an_accessible_name_and_description(qtbot, window) -> None:
    for index in range(window.tabs.count()):  # every tab's content is made when first shown
        window.tabs.setCurrentIndex(index)
    window.editor.fill_sections()
    found = controls(window)
    assert len(found) > 60
    nameless = [type(w).__name__ for w in found if not spoken(w, QAccessible.Text.Name).strip()]
    assert nameless == []
    undescribed = [
        f"{type(w).__name__} {spoken(w, QAccessible.Text.Name)!r}"
        for w in found
        if not spoken(w, QAccessible.Text.Description).strip()
    ]
    assert undescribed == []


def test_the_decision_map_context_menu_offers_show_as_table(qtbot, window) -> None:
    wait_for_analyses(qtbot, window)
    view = window.tabs.map_panel.map_view
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert view.table_action in view.actions()
    assert view.table_action.shortcut().isEmpty()  # the window's Ctrl+Shift+T, not ambiguous
    view.table_action.trigger()
    dialogs = window.findChildren(ChartTableDialog)
    assert len(dialogs) == 1 and dialogs[0].source is view


def test_every_chart_says_what_it_shows(qtbot, window) -> None:
    from desktop_app.gui.analysis.decision_map_view import DecisionMapView

    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    views = window.findChildren(ChartView) + window.findChildren(DecisionMapView)
    assert len(views) == 7  # six charts (the Replicas tab among them) and the decision map
    for view in views:
        kind = type(view.chart()).__name__ if isinstance(view, ChartView) else "DecisionMapView"
        assert view.whatsThis() == help_texts.chart_help(kind) != ""


def test_ctrl_tab_switches_chart_tabs_from_anywhere_in_the_window(qtbot, window) -> None:
    # the tabs' own Ctrl+Tab worked only with the focus on the charts, not from the form
    window.tabs.setCurrentIndex(0)
    field = window.editor.rows["effort.hourly_rate"].input
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1 and field.hasFocus()
    back = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(field, Qt.Key.Key_Backtab, back)
    qtbot.keyClick(field, Qt.Key.Key_Backtab, back)
    assert window.tabs.currentIndex() == window.tabs.count() - 1  # round to the last
