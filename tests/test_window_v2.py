"""The window's version-2 controls: compared strategies, serving, effort profiles (issue 14).

Driven as a user would, offscreen (pytest-qt).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QMessageBox
from windows import open_window

from desktop_app.core.appdata.examples import load_example
from desktop_app.core.appdata.settings import Settings
from desktop_app.core.model.effort_profiles import CUSTOM, PROFILES, matching_profile
from desktop_app.core.model.fields import with_values
from desktop_app.core.model.scenario import STRATEGY_KEYS, Scenario
from desktop_app.gui.analysis.results import column_title
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.theme import use_readable_locale

Button = QMessageBox.StandardButton


@pytest.fixture
def window_scenario() -> Scenario:
    """The long-context example, without its ranges."""
    return load_example("faq-long-context").model_copy(update={"uncertainty": ()})


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
    assert (
        after.effort.setup_hours.long_context
        == PROFILES["first-build"].per_strategy["setup_hours"][3]
    )
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


def test_a_retiring_preset_offers_its_event_and_adds_it_in_one_undo_step(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    scenario = load_example("ticket-classifier").model_copy(update={"events": ()})
    window = open_window(qtbot, monkeypatch, scenario)
    picker = window.editor.presets.pickers["base_model"]
    assert [button.text() for button in picker.offer_buttons] == ["Add event (month 2)"]
    assert "retires 2027-01-14" in picker.offer_buttons[0].toolTip()
    picker.offer_buttons[0].click()
    events = window.document.scenario.events
    assert len(events) == 1 and events[0].month == 2 and "retires" in events[0].name
    assert window.document.undo_stack.count() == 1
    qtbot.waitUntil(lambda: picker.offer_buttons == [] or not picker.offer_buttons[0].isVisible())
    assert picker.offer_buttons == []  # the scenario has it now: no second offer
    window.document.undo_stack.undo()
    assert window.document.scenario.events == ()
    assert len(picker.offer_buttons) == 1
    window.document.undo_stack.setClean()


def test_without_a_start_month_a_retiring_preset_warns_instead(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    scenario = load_example("ticket-classifier").model_copy(
        update={"events": (), "start_month": None}
    )
    window = open_window(qtbot, monkeypatch, scenario)
    picker = window.editor.presets.pickers["base_model"]
    assert picker.offer_buttons == []
    assert "retires 2027-01-14; set the scenario&#x27;s start month" in picker.info.text()


def test_the_replicas_tab_shows_each_step_of_dedicated_serving(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, monkeypatch, load_example("classifier-open-weights"))
    chart = window.tabs.replicas_chart
    evaluation = window.document.evaluation
    shown = [key for key, line in chart.lines.items() if line.isVisible()]
    with_replicas = [
        key for key in evaluation.strategies if max(evaluation.monthly(key, "replicas")) > 0
    ]
    assert shown == with_replicas and shown
    key = shown[0]
    replicas = list(evaluation.monthly(key, "replicas"))
    points = [(p.x(), p.y()) for p in chart.lines[key].points()]
    assert points[0] == (1.0, replicas[0]) and points[-1] == (len(replicas), replicas[-1])
    for month, value in enumerate(replicas, start=1):  # flat across each month
        if month < len(replicas):
            assert (month, value) in points and (month + 1, value) in points
    window.document.undo_stack.setClean()


def test_the_replicas_tab_says_when_nothing_is_dedicated(window: MainWindow) -> None:
    chart = window.tabs.replicas_chart
    assert not any(line.isVisible() for line in chart.lines.values())
    assert "none" in chart.title()


def test_the_steps_hold_each_value_until_the_next_month() -> None:
    import numpy as np

    from desktop_app.gui.charts.replicas_chart import steps

    xs, ys = steps(np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0, 4.0]))
    assert list(zip(xs, ys, strict=True)) == [(1, 1), (2, 1), (2, 2), (3, 2), (3, 4)]


def test_the_hours_chart_says_when_engineering_dominates(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.present.hours_share import engineering_share

    window = open_window(qtbot, monkeypatch, load_example("support-chatbot"))
    window.tabs.hours_chart  # noqa: B018 (made on first use)
    note = window.tabs.hours_note
    evaluation = window.document.evaluation
    share = engineering_share(evaluation, "fine_tuning")
    total = sum(evaluation.monthly("fine_tuning", "total"))
    hours = sum(evaluation.monthly("fine_tuning", "engineering"))
    assert share == pytest.approx(hours / total)
    assert share >= 0.5
    assert f"{round(share * 100)}% for fine-tuning" in note.text() and not note.isHidden()
    cheap = with_values(window.document.scenario, {"effort.hourly_rate": 0})
    window.document.set_scenario(cheap, "No rate")
    assert note.text() == "" and note.isHidden()
    window.document.undo_stack.setClean()


def test_the_cheapest_heading_fits_beside_three_others(qtbot, monkeypatch) -> None:
    # support-chatbot compares four strategies with embeddings cheapest and its ranges on (the
    # table then has a scroll bar): the marked heading must fit as well as the plain ones.
    use_readable_locale()
    shown = MainWindow(Settings(), load_example("support-chatbot"))
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    qtbot.waitExposed(shown)
    monkeypatch.setattr(shown, "ask_unsaved", lambda: Button.Discard)
    table = shown.summary
    header = table.horizontalHeader()
    assert table.columnCount() == 4 and shown.document.evaluation.cheapest == "embeddings"
    for column in range(table.columnCount()):
        item = table.horizontalHeaderItem(column)
        metrics = QFontMetrics(QFont(item.font()))
        widest = max(metrics.horizontalAdvance(line) for line in item.text().split("\n"))
        assert widest + 4 <= header.sectionSize(column), item.text()  # 2 px margin each side
    shown.document.undo_stack.setClean()


@pytest.mark.parametrize(
    ("strategies", "growth"), [(["embeddings", "fine_tuning", "hybrid"], 27.5), (STRATEGY_KEYS, 24)]
)
def test_huge_figures_are_shown_whole_never_cut_off(
    window: MainWindow, strategies, growth: float
) -> None:
    """At 27.5 % growth a month over ten years the totals reach 1e14: equal columns cut
    them to "$351,857,422,1…", a figure the model never computed."""
    changed = with_values(
        window.document.scenario,
        {
            "strategies": list(strategies),
            "horizon_months": 120,
            "workload.monthly_growth_pct": growth,
        },
    )
    window.document.set_scenario(changed, "Grow")
    table = window.summary
    metrics = QFontMetrics(table.font())
    header = table.horizontalHeader()
    longest = 0
    for column in range(table.columnCount()):
        for row in range(table.rowCount()):
            text = table.item(row, column).text()
            longest = max(longest, len(text))
            assert metrics.horizontalAdvance(text) < header.sectionSize(column), text
    assert longest >= 16  # the case in point: figures this long
