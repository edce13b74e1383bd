"""The window's version-2 controls: compared strategies, serving, effort profiles (issue 14).

Driven as a user would, offscreen (pytest-qt).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.effort_profiles import CUSTOM, PROFILES, matching_profile
from desktop_app.core.examples import load_example
from desktop_app.core.fields import with_values
from desktop_app.core.paths import HOME_VARIABLE
from desktop_app.core.scenario import STRATEGY_KEYS
from desktop_app.core.settings import Settings
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.results import column_title
from desktop_app.gui.theme import use_readable_locale

Button = QMessageBox.StandardButton


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "home"))
    return tmp_path / "home"


def open_window(qtbot, monkeypatch: pytest.MonkeyPatch, scenario) -> MainWindow:
    use_readable_locale()
    shown = MainWindow(Settings(), scenario.model_copy(update={"uncertainty": ()}))
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    qtbot.waitExposed(shown)
    monkeypatch.setattr(shown, "ask_unsaved", lambda: Button.Discard)
    return shown


@pytest.fixture
def window(qtbot, monkeypatch: pytest.MonkeyPatch):
    shown = open_window(qtbot, monkeypatch, load_example("faq-long-context"))
    yield shown
    shown.document.undo_stack.setClean()


def test_the_strategy_chooser_changes_the_compared_strategies_in_one_undo_step(
    window: MainWindow, qtbot
) -> None:
    chooser = window.editor.strategies
    assert window.document.scenario.strategies == ("embeddings", "long_context")
    assert chooser.checked() == ("embeddings", "long_context")
    chooser.boxes["hybrid"].click()
    assert window.document.scenario.strategies == ("embeddings", "hybrid", "long_context")
    assert window.summary.columnCount() == 3
    assert window.summary.cell_text("Total cost", "hybrid") != ""
    window.document.undo_stack.undo()
    assert window.document.scenario.strategies == ("embeddings", "long_context")
    assert window.summary.columnCount() == 2 and not chooser.boxes["hybrid"].isChecked()


def test_the_last_compared_strategy_cannot_be_cleared(window: MainWindow, qtbot) -> None:
    chooser = window.editor.strategies
    chooser.boxes["embeddings"].click()
    assert window.document.scenario.strategies == ("long_context",)
    assert not chooser.boxes["long_context"].isEnabled()
    chooser.boxes["long_context"].click()
    assert window.document.scenario.strategies == ("long_context",)
    assert window.document.undo_stack.count() == 1


def test_four_column_headings_fit_their_columns(window: MainWindow) -> None:
    changed = with_values(window.document.scenario, {"strategies": list(STRATEGY_KEYS)})
    window.document.set_scenario(changed, "Compare all")
    table = window.summary
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        item = table.horizontalHeaderItem(column)
        font = QFont(item.font())
        metrics = QFontMetrics(font)
        widest = max(metrics.horizontalAdvance(line) for line in item.text().split("\n"))
        assert widest <= header.sectionSize(column), item.text()


def test_an_infeasible_long_context_is_marked_not_cheapest(window: MainWindow) -> None:
    scenario = with_values(
        window.document.scenario,
        {"knowledge.added_tokens_per_month": 20_000, "long_context.context_window_tokens": 128_000},
    )
    window.document.set_scenario(scenario, "Grow")
    evaluation = window.document.evaluation
    assert not evaluation.feasible("long_context")
    month = evaluation.figure("long_context", "exceeds_context_from_month")
    title = column_title(evaluation, "long_context")
    assert f"✗ too long\nfrom month {month:.0f}" in title and "cheapest" not in title
    assert evaluation.cheapest == "embeddings"
    heading = window.summary.horizontalHeaderItem(1)
    assert heading.toolTip() == f"Does not fit the context window from month {month:.0f}"


def test_serving_picker_switches_to_dedicated_and_enables_its_fields(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, monkeypatch, load_example("ticket-classifier"))
    editor = window.editor
    editor.fill_sections()
    picker = editor.serving["base_model"]
    price = editor.rows["base_model.dedicated.replica_per_hour"]
    assert window.document.scenario.base_model.serving == "per_token"
    assert not price.isEnabled()
    picker.activated.emit(picker.findData("dedicated"))
    assert window.document.scenario.base_model.serving == "dedicated"
    assert price.isEnabled() and picker.dedicated()
    assert "Dedicated replicas" in [
        window.summary.verticalHeaderItem(row).text() for row in range(window.summary.rowCount())
    ]
    window.document.undo_stack.undo()
    assert window.document.scenario.base_model.serving == "per_token"
    assert not price.isEnabled()
    window.document.undo_stack.setClean()


def test_an_effort_profile_applies_with_ranges_in_one_step_and_undoes(window: MainWindow) -> None:
    editor = window.editor
    editor.fill_sections()
    picker = editor.effort_profile
    before = window.document.scenario
    assert picker.currentData() == matching_profile(before)
    picker.activated.emit(picker.findData("first-build"))
    after = window.document.scenario
    assert matching_profile(after) == "first-build" and picker.currentData() == "first-build"
    assert after.effort.setup_hours.long_context == PROFILES["first-build"].per_strategy[
        "setup_hours"
    ][3]
    ranged = {entry.field for entry in after.uncertainty}
    assert "effort.setup_hours.long_context" in ranged
    assert "effort.setup_hours.hybrid" not in ranged  # not compared: no range
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    assert window.document.scenario == before
    assert picker.currentData() == matching_profile(before)


def test_an_edited_hour_makes_the_profile_custom(window: MainWindow) -> None:
    editor = window.editor
    editor.fill_sections()
    editor.effort_profile.activated.emit(editor.effort_profile.findData("standard"))
    window.document.set_value("effort.hours_per_retrain", 25)
    assert editor.effort_profile.currentData() == CUSTOM


def test_a_version_1_file_says_once_that_it_was_upgraded(
    window: MainWindow, tmp_path: Path
) -> None:
    import shutil

    from conftest import ROOT

    old = tmp_path / "old.json"
    shutil.copy(ROOT / "tests" / "fixtures" / "v1" / "example-content-pipeline.scenario.json", old)
    assert window.open_path(old, ask=False)
    notice = window.upgrade_notice
    assert notice is not None and notice.isVisible() and not notice.isModal()
    assert "model version 1" in notice.text() and "saved as version 2" in notice.text()
    notice.close()
    window.document.set_value("workload.queries_per_month", 1234)
    assert window.save()
    assert window.document.replaced_version == 1
    assert window.open_path(old, ask=False)  # now a version-2 file: nothing to say
    assert window.upgrade_notice is None
