"""The desktop window driven as a user would, offscreen (pytest-qt)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QImage
from PySide6.QtWidgets import QApplication, QGroupBox, QMessageBox, QWidget
from v1_examples import load_example

from desktop_app import launch as cli
from desktop_app.core.appdata import recovery
from desktop_app.core.appdata.recovery import RecoveryFile, left_behind
from desktop_app.core.appdata.scenario_files import load_scenario, save_scenario
from desktop_app.core.appdata.settings import Settings, load_settings
from desktop_app.core.engine.evaluation import evaluate
from desktop_app.core.model.fields import numeric_fields, with_values
from desktop_app.core.model.numbers import money
from desktop_app.core.model.scenario import Scenario
from desktop_app.gui import app
from desktop_app.gui.app import offer_recovery
from desktop_app.gui.main_thread_gc import MainThreadCollector
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.theme import use_readable_locale

Button = QMessageBox.StandardButton


@pytest.fixture
def window_scenario() -> Scenario:
    """Version 1's support-chatbot, without its ranges: this file checks version 1's figures."""
    return load_example("support-chatbot").model_copy(update={"uncertainty": ()})


def type_into(qtbot, window: MainWindow, path: str, text: str) -> None:
    """Focus a field, select its text and type, key by key."""
    field = window.editor.rows[path].input
    window.editor.focus_field(path)
    QApplication.sendEvent(field, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_window_opens_on_the_example_with_its_numbers(window: MainWindow) -> None:
    evaluation = evaluate(window.document.scenario)
    assert window.summary.cell_text("Total cost", "embeddings") == money(
        evaluation.figure("embeddings", "total_cost"), "USD"
    )
    assert "Recommendation: embeddings" in window.advice.toPlainText()
    assert window.windowTitle().startswith("Support chatbot (unsaved)")


def test_an_edit_updates_summary_and_charts_to_the_engines_numbers(
    qtbot, window: MainWindow
) -> None:
    type_into(qtbot, window, "workload.queries_per_month", "250000")
    expected = evaluate(with_values(window.document.scenario, {}))
    assert window.document.scenario.workload.queries_per_month == 250000
    reference = evaluate(
        with_values(
            load_example("support-chatbot").model_copy(update={"uncertainty": ()}),
            {"workload.queries_per_month": 250000},
        )
    )
    assert expected.figure("hybrid", "total_cost") == reference.figure("hybrid", "total_cost")
    assert window.summary.cell_text("Total cost", "hybrid") == money(
        reference.figure("hybrid", "total_cost"), "USD"
    )
    for key in ("embeddings", "fine_tuning", "hybrid"):
        points = window.tabs.cumulative_chart.lines[key].points()
        assert [point.y() for point in points] == pytest.approx(
            reference.monthly(key, "cumulative")
        )
        assert [point.x() for point in points] == list(range(1, 25))
    hours = window.tabs.hours_chart.lines["fine_tuning"].points()
    assert [p.y() for p in hours] == pytest.approx(reference.monthly("fine_tuning", "hours"))
    assert window.isWindowModified()


def test_sections_below_the_first_screen_fill_in_after_the_first_paint(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    scenario = load_example("support-chatbot")
    window = MainWindow(Settings(), scenario)
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "ask_unsaved", lambda: Button.Discard)
    editor = window.editor
    assert not editor.filled  # only the top of the form is built before the window shows
    window.document.set_value("effort.hourly_rate", 99)  # an edit to a field not built yet
    window.document.set_value("fine_tuning.retrain_policy", "every_update")
    window.show()
    qtbot.waitUntil(lambda: editor.filled, timeout=20_000)  # by itself, once painted
    assert len(editor.rows) == len(numeric_fields()) and len(editor.answers) == 6
    rate = editor.rows["effort.hourly_rate"]
    assert rate.input.text() == "99" and rate.unit.text() == "USD per hour"
    assert rate.input.isVisible()
    assert editor.policy.currentData() == "every_update"
    assert editor.answers["checklist.needs_strict_format"].answer() == "no"


@pytest.mark.parametrize("height", [800, 1400])
def test_the_sections_in_view_have_their_fields_when_the_window_shows(
    qtbot, monkeypatch: pytest.MonkeyPatch, height: int
) -> None:
    window = MainWindow(Settings(), load_example("support-chatbot"))
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "ask_unsaved", lambda: Button.Discard)
    window.resize(1280, height)
    window.show()  # no event handled yet: what is filled now is what the first paint shows
    editor = window.editor
    waiting = editor.unfilled_sections
    boxes = editor.widget().findChildren(
        QGroupBox, options=Qt.FindChildOption.FindDirectChildrenOnly
    )
    filled_first = [box for box in boxes if box not in waiting]
    qtbot.waitUntil(lambda: editor.filled)  # the rest follow by themselves
    QApplication.processEvents()  # the form laid out in full
    in_view = editor.viewport().height()
    assert waiting and min(box.y() for box in waiting) >= in_view  # all were out of view
    assert filled_first[-1].y() < in_view  # and no box in view had to wait
    assert len(filled_first) >= (3 if height == 800 else 5)  # incl. scenario and 6 presets


def test_a_window_deleted_with_unsaved_edits_raises_nothing(qtbot) -> None:
    window = MainWindow(Settings(), load_example("support-chatbot"))
    window.document.set_value("effort.hourly_rate", 99)
    assert window.document.modified
    with qtbot.waitSignal(window.destroyed):
        window.deleteLater()
    QApplication.processEvents()  # pytest-qt fails the test on an error raised in Qt's loop


def next_tab_stop(widget: QWidget) -> QWidget:
    """Where Tab goes from `widget`: the next visible, enabled widget that takes Tab focus."""
    widget = widget.nextInFocusChain()
    while not (
        widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        and widget.isVisible()
        and widget.isEnabled()
    ):
        widget = widget.nextInFocusChain()
    return widget


def test_tab_goes_through_parts_made_later_in_screen_order(qtbot, window: MainWindow) -> None:
    editor = window.editor
    qtbot.waitUntil(lambda: editor.filled)
    paths = [field.path for field in numeric_fields()]
    last_knowledge = [path for path in paths if path.startswith("knowledge.")][-1]
    first_retrieval = next(path for path in paths if path.startswith("retrieval."))
    assert next_tab_stop(editor.rows[last_knowledge].range_button) is (
        editor.rows[first_retrieval].input
    )
    last_answer = list(editor.answers.values())[-1].buttons["unsure"]
    assert next_tab_stop(last_answer) is window.summary  # the form ends, the figures follow
    window.tabs.setCurrentIndex(5)  # the decision map, made now
    qtbot.waitUntil(lambda: window.tabs.map_panel.isVisible())
    panel = window.tabs.map_panel
    assert next_tab_stop(window.tabs.tabBar()) is panel.x_picker.combo
    assert next_tab_stop(panel.y_picker.high) is panel.map_view  # the map after its axes


def test_a_file_that_cannot_be_opened_is_named_in_the_message(
    tmp_path: Path, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText()))
    )
    before = window.document.scenario
    window.open_path(tmp_path / "missing.json")
    assert [text for text, _ in shown] == ["Could not open missing.json"]
    assert shown[0][1].startswith("cannot be read: ")  # and why, from the system
    assert window.document.scenario == before


def test_typing_into_one_field_is_one_undo_step(qtbot, window: MainWindow) -> None:
    before = window.document.scenario.workload.queries_per_month
    type_into(qtbot, window, "workload.queries_per_month", "123456")
    assert window.document.scenario.workload.queries_per_month == 123456
    assert window.document.undo_stack.count() == 1
    window.undo_action.trigger()
    assert window.document.scenario.workload.queries_per_month == before
    assert window.editor.rows["workload.queries_per_month"].input.text() == "40,000"
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert window.document.scenario.workload.queries_per_month == 123456


def test_checklist_answers_are_undoable(qtbot, window: MainWindow) -> None:
    answer = window.editor.answers["checklist.needs_strict_format"]
    qtbot.mouseClick(answer.buttons["yes"], Qt.MouseButton.LeftButton)
    assert window.document.scenario.checklist.needs_strict_format == "yes"
    window.undo_action.trigger()
    assert window.document.scenario.checklist.needs_strict_format == "no"
    assert answer.buttons["no"].isChecked()


def test_invalid_input_is_shown_at_the_field_and_changes_nothing(qtbot, window: MainWindow) -> None:
    before = window.document.scenario
    row = window.editor.rows["workload.queries_per_month"]
    type_into(qtbot, window, "workload.queries_per_month", "-5")
    assert window.document.scenario == before
    assert (
        row.message.isVisible()
        and "Queries per month: must be at least 0, got -5" in row.message.text()
    )
    type_into(qtbot, window, "workload.queries_per_month", "lots")
    assert "must be a number, got 'lots'" in row.message.text()
    type_into(qtbot, window, "workload.queries_per_month", "2.5k")
    assert window.document.scenario.workload.queries_per_month == 2500
    assert not row.message.isVisible()


def test_cross_field_problem_is_shown_at_the_edited_field(qtbot, window: MainWindow) -> None:
    uncertain = with_values(
        window.document.scenario,
        {"uncertainty": [{"field": "workload.queries_per_month", "low": 30000, "high": 60000}]},
    )
    window.document.load(uncertain, None)
    type_into(qtbot, window, "workload.queries_per_month", "90000")
    message = window.editor.rows["workload.queries_per_month"].message.text()
    assert message.startswith("Queries per month: 90,000 is outside its uncertainty range")
    assert window.document.scenario.workload.queries_per_month == 40000


def test_save_and_open_round_trip(qtbot, window: MainWindow, tmp_path: Path) -> None:
    type_into(qtbot, window, "effort.hourly_rate", "120")
    path = tmp_path / "mine.json"
    assert window._save_to(path)
    assert not window.isWindowModified() and window.windowTitle().startswith("mine.json")
    assert load_scenario(path) == window.document.scenario
    other = MainWindow(Settings(), None)
    qtbot.addWidget(other)
    assert other.open_path(path)
    assert other.document.scenario == window.document.scenario
    assert load_settings().recent_files[0] == str(path.resolve())


def test_opening_a_bad_file_shows_the_problem_and_keeps_the_scenario(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "embed-or-tune/scenario", "schema_version": 1, "workload": {"queries_per_month": -1}}'
    )
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda title, lines: shown.extend(lines))
    before = window.document.scenario
    assert not window.open_path(bad)
    assert shown == [f"{bad}: workload.queries_per_month: must be >= 0, got -1"] or shown == [
        "workload.queries_per_month: must be >= 0, got -1"
    ]
    assert window.document.scenario == before


def test_unsaved_changes_prompt_on_close(qtbot, window: MainWindow, tmp_path: Path) -> None:
    type_into(qtbot, window, "effort.hourly_rate", "150")
    window.answers.append(Button.Cancel)
    assert not window.close()  # cancelled: still open, changes kept
    assert window.isVisible() and window.document.scenario.effort.hourly_rate == 150
    window.answers.append(Button.Discard)
    assert window.close()


def test_unsaved_changes_prompt_before_opening_another(qtbot, window: MainWindow) -> None:
    type_into(qtbot, window, "effort.hourly_rate", "150")
    window.answers.append(Button.Cancel)
    window.open_example("ticket-classifier")
    assert window.document.scenario.name == "Support chatbot"
    window.answers.append(Button.Discard)
    window.open_example("ticket-classifier")
    assert window.document.scenario.name == "Support ticket classifier"
    assert window.document.undo_stack.count() == 0


def test_autosave_keeps_unsaved_work_without_touching_the_users_file(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "plan.json"
    save_scenario(window.document.scenario, path)
    window.open_path(path)
    original = path.read_text()
    type_into(qtbot, window, "effort.hourly_rate", "111")
    qtbot.waitUntil(lambda: window.recovery.path.exists(), timeout=5000)
    assert path.read_text() == original  # only Save writes the user's file
    window.answers.append(Button.Save)
    assert window.close()
    assert load_scenario(path).effort.hourly_rate == 111
    assert not window.recovery.path.exists()


def test_recovery_after_a_crash(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    crashed = with_values(window.document.scenario, {"effort.hourly_rate": 99, "name": "Lost work"})
    leftover = RecoveryFile()
    leftover.path = leftover.folder / "999999-crashed.json"
    leftover.write(crashed, None)
    monkeypatch.setattr(recovery, "_process_alive", lambda pid: pid != 999999)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: Button.Yes)
    offer_recovery(window)
    assert window.document.scenario == crashed
    assert window.isWindowModified()  # restored work is unsaved work
    assert not leftover.path.exists() and left_behind() == []


def test_the_keys_start_in_the_name_field_and_come_back_there_after_the_question(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Left to Qt, the first focus was the events list (first in the window's focus chain)."""
    assert window.focusWidget() is window.editor.name
    crashed = with_values(window.document.scenario, {"name": "Lost work"})
    leftover = RecoveryFile()
    leftover.path = leftover.folder / "999999-crashed.json"
    leftover.write(crashed, None)
    monkeypatch.setattr(recovery, "_process_alive", lambda pid: pid != 999999)

    def answer_no() -> None:
        question = QApplication.activeModalWidget()
        assert isinstance(question, QMessageBox)
        question.button(Button.No).click()

    QTimer.singleShot(0, answer_no)  # the real question, modal, answered from the keyboard's side
    offer_recovery(window)
    assert window.document.scenario != crashed
    assert window.focusWidget() is window.editor.name


def test_work_restored_in_another_folder_is_saved_to_the_users_file(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    monkeypatch.chdir(first)
    save_scenario(window.document.scenario, Path("plan.json"))
    leftover = RecoveryFile()
    leftover.path = leftover.folder / "999999-crashed.json"
    changed = with_values(window.document.scenario, {"effort.hourly_rate": 123})
    leftover.write(changed, "plan.json")  # opened as a relative path in the first folder
    monkeypatch.setattr(recovery, "_process_alive", lambda pid: pid != 999999)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: Button.Yes)
    monkeypatch.chdir(second)
    offer_recovery(window)
    assert window.save()
    assert load_scenario(first / "plan.json").effort.hourly_rate == 123
    assert list(second.iterdir()) == []


def test_a_damaged_autosave_is_reported_once_at_start_up(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = RecoveryFile().folder
    folder.mkdir(parents=True)
    (folder / "999999-broken.json").write_text("{half a file")
    monkeypatch.setattr(recovery, "_process_alive", lambda pid: pid != 999999)
    shown: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(window, "show_error", lambda title, lines: shown.append((title, lines)))
    offer_recovery(window)
    offer_recovery(window)  # the next start: already set aside, not reported again
    assert shown == [
        (
            "Some unsaved work could not be restored",
            [
                f"{folder / '999999-broken.json.damaged'}: is not a readable JSON file "
                "(set aside, not deleted)"
            ],
        )
    ]


def test_exports_never_replace_the_open_file_and_keep_the_old_one_on_a_full_disk(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import errno

    from desktop_app.core.appdata import safe_files

    path = tmp_path / "plan.csv"  # a scenario saved under an odd name, then exported "over" it
    save_scenario(window.document.scenario, path)
    window.document.open(path)
    before = path.read_bytes()
    shown: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(window, "show_error", lambda title, lines: shown.append((title, lines)))
    monkeypatch.setattr(window, "_ask_save_path", lambda *args: path)
    window.export_csv()
    assert shown == [
        (
            "Could not write plan.csv",
            [f"{path}: is a file being read; it was left as it is (write to another file)"],
        )
    ]
    assert path.read_bytes() == before
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.7 the good one %%EOF")

    def full(*args):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(window, "_ask_save_path", lambda *args: report)
    monkeypatch.setattr(safe_files.os, "write", full)
    window.export_pdf()
    assert shown[1] == (
        "Could not write report.pdf",
        [f"{report}: cannot be written: No space left on device"],
    )
    assert report.read_bytes() == b"%PDF-1.7 the good one %%EOF"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == [
        "plan.csv",
        "report.pdf",
    ]


def test_opening_a_fifo_in_the_window_says_so_at_once(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    shown: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(window, "show_error", lambda title, lines: shown.append((title, lines)))
    assert not window.open_path(fifo, ask=False)
    assert shown == [
        (
            "Could not open pipe.json",
            ["is a named pipe (FIFO), not a regular file; only files are read"],
        )
    ]


def test_components_chart_follows_the_strategy_picker(window: MainWindow) -> None:
    window.tabs.strategy_picker.setCurrentIndex(1)  # fine-tuning
    assert window.tabs.components_chart.strategy == "fine_tuning"


def test_hover_text_names_month_strategy_and_exact_value(window: MainWindow) -> None:
    view = window.tabs.widget(0)
    series = window.tabs.cumulative_chart.lines["embeddings"]
    month_3 = window.document.evaluation.monthly("embeddings", "cumulative")[2]
    text = view.tooltip_text(series, QPointF(3.2, month_3 * 1.01))  # near the line: exact value
    assert text == f"Month 3 · embeddings: {money(month_3, 'USD')}"


def test_dark_theme_switch(qtbot, window: MainWindow) -> None:
    def lightness() -> int:
        return window.palette().color(window.backgroundRole()).lightness()

    window.set_theme("dark")
    qtbot.waitUntil(lambda: lightness() < 128)
    assert window.tabs.cumulative_chart.backgroundBrush().color().lightness() < 128
    window.set_theme("light")
    qtbot.waitUntil(lambda: lightness() > 128)
    assert load_settings().theme == "light"


def test_screenshot_command_writes_a_1280x800_picture(tmp_path: Path, home: Path) -> None:
    target = tmp_path / "shot.png"
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--screenshot", str(target)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "propagateSizeHints" not in done.stderr  # the offscreen platform's note, four times
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)


def test_dropping_a_scenario_file_opens_it(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtGui import QDropEvent

    path = tmp_path / "dropped.json"
    save_scenario(load_example("documentation-bot"), path)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert window.document.path == path
    assert window.document.scenario.name == "Developer documentation bot"


def test_new_starts_from_the_defaults_with_no_history(qtbot, window: MainWindow) -> None:
    type_into(qtbot, window, "effort.hourly_rate", "150")
    window.answers.append(Button.Discard)
    window.new_scenario()
    assert window.document.scenario.workload.queries_per_month == 50000
    assert window.document.path is None and window.document.undo_stack.count() == 0


def test_marking_an_input_uncertain_shows_the_band_and_the_chances(
    qtbot, window: MainWindow
) -> None:
    from desktop_app.core.model.scenario import UncertainInput

    entry = UncertainInput(
        field="workload.queries_per_month", low=20000, high=90000, distribution="pert"
    )
    assert window.editor.apply_range("workload.queries_per_month", entry) is None
    assert window.document.scenario.uncertainty == (entry,)
    assert (
        "20,000 – 90,000 (PERT)"
        in window.editor.rows["workload.queries_per_month"].range_button.toolTip()
    )
    with qtbot.waitSignal(window.runner.finished, timeout=20_000) as caught:
        pass
    result = caught.args[0].uncertainty
    assert result is not None and result.samples == 10_000
    band = window.tabs.cumulative_chart.band_highs["embeddings"].points()
    assert [p.y() for p in band] == pytest.approx(result.cumulative["embeddings"]["p90"].tolist())
    chance = window.summary.cell_text("Chance of being cheapest", "embeddings")
    assert chance == f"{result.probability_cheapest['embeddings']:.0%}"
    window.undo_action.trigger()
    assert window.document.scenario.uncertainty == ()


def test_an_edit_fades_the_band_of_the_old_inputs_at_once(qtbot, window: MainWindow) -> None:
    from desktop_app.core.model.scenario import UncertainInput

    entry = UncertainInput(field="effort.hourly_rate", low=60, high=140, distribution="uniform")
    window.editor.apply_range("effort.hourly_rate", entry)
    chart = window.tabs.cumulative_chart
    qtbot.waitUntil(
        lambda: chart.uncertainty is not None and not window.runner.busy, timeout=20_000
    )
    old = chart.uncertainty
    field = window.editor.rows["workload.queries_per_month"].input
    field.setText("45000")  # one edit, with no event handled before the checks
    field.textEdited.emit(field.text())
    assert window.document.scenario.workload.queries_per_month == 45000
    assert chart.uncertainty is old and chart.band_note is not None  # faded till replaced
    assert window.summary.cell_text("Chance of being cheapest", "hybrid") == "…"
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=20_000)
    assert chart.uncertainty is not old and chart.band_note is None


def test_a_range_that_does_not_hold_the_value_is_refused_at_the_field(window: MainWindow) -> None:
    from desktop_app.core.model.scenario import UncertainInput

    entry = UncertainInput(field="effort.hourly_rate", low=10, high=20, distribution="triangular")
    problem = window.editor.apply_range("effort.hourly_rate", entry)
    assert problem is not None and "must lie within low..high" in problem
    assert window.document.scenario.uncertainty == ()
    assert window.editor.rows["effort.hourly_rate"].message.isVisible()


def test_range_dialog_checks_what_is_typed(qtbot) -> None:
    from desktop_app.core.model.fields import numeric_field
    from desktop_app.gui.editor.range_dialog import RangeDialog

    dialog = RangeDialog(numeric_field("workload.queries_per_month"), 40000, None)
    qtbot.addWidget(dialog)
    assert dialog.check() is None  # the defaults (value ∓ 20 %) are valid
    entry = dialog.entry()
    assert (entry.low, entry.high, entry.distribution) == (32000, 48000, "triangular")
    dialog.low.setText("45,000")
    assert "must lie between low and high" in dialog.check()
    dialog.distribution.setCurrentIndex(dialog.distribution.findData("uniform"))
    assert dialog.check() is None  # a uniform range need not hold the current value
    dialog.low.setText("50,000")
    assert dialog.check() == "Low must not be above high."
    dialog.low.setText("-1")
    assert dialog.check() == "Low: must be at least 0, got -1."
    dialog.low.setText("abc")
    assert dialog.check() == "Low: must be a number, got 'abc'."
    dialog.low.setText("0,5")  # in English a comma groups digits: refused, not read as 5
    assert "groups digits" in dialog.check()


def test_range_dialog_shows_every_line_of_its_problem(qtbot) -> None:
    from desktop_app.core.model.fields import numeric_field
    from desktop_app.gui.editor.range_dialog import RangeDialog

    dialog = RangeDialog(numeric_field("workload.queries_per_month"), 40000, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.low.setText("0,5")
    dialog.check()  # two lines at the dialog's width: the second once hid behind the buttons
    problem = dialog.problem
    assert problem.heightForWidth(problem.width()) > problem.fontMetrics().height() * 1.5
    assert problem.heightForWidth(problem.width()) <= problem.height()


def test_sensitivity_map_and_break_even_tabs_fill_in(qtbot, window: MainWindow) -> None:
    window.request_analyses()
    with qtbot.waitSignal(window.runner.finished, timeout=20_000) as caught:
        pass
    results = caught.args[0]
    assert window.tabs.tornado_chart.rows[0].field == results.sensitivity[0].field
    assert window.tabs.map_panel.map_view.cell_text(0, 0)
    assert "queries/month" in window.tabs.break_even_table.text_for(
        "workload.queries_per_month", "fine_tuning_vs_embeddings"
    )


def test_tabs_are_made_when_opened_and_show_the_latest_figures(qtbot, window: MainWindow) -> None:
    tabs = window.tabs
    assert tabs.charts == [tabs.cumulative_chart]  # only the tab in view is made at start
    type_into(qtbot, window, "effort.hours_per_content_update", "9")
    window.set_theme("dark")
    tabs.setCurrentIndex(2)  # Hours: made now, from the edited inputs, in the dark theme
    assert len(tabs.charts) == 2
    reference = evaluate(window.document.scenario)
    hours = tabs.hours_chart.lines["embeddings"].points()
    assert [p.y() for p in hours] == pytest.approx(reference.monthly("embeddings", "hours"))
    assert tabs.hours_chart.backgroundBrush().color().lightness() < 128
    assert tabs.widget(2).findChild(type(tabs.widget(0))) is not None  # its chart view is in
    type_into(qtbot, window, "effort.hours_per_retrain", "35")
    hours = tabs.hours_chart.lines["fine_tuning"].points()  # once made, it follows every edit
    later = evaluate(window.document.scenario)
    assert [p.y() for p in hours] == pytest.approx(later.monthly("fine_tuning", "hours"))
    window.set_theme("light")  # the palette is the application's: later tests expect light


def test_sensitivity_tab_opened_after_the_analyses_shows_their_results(
    qtbot, window: MainWindow
) -> None:
    window.request_analyses()
    with qtbot.waitSignal(window.runner.finished, timeout=20_000) as caught:
        pass
    results = caught.args[0]
    assert len(window.tabs.charts) == 1  # the analyses did not make the hidden tabs
    window.tabs.setCurrentIndex(4)  # Sensitivity
    shown = [row.field for row in window.tabs.tornado_chart.rows]  # the largest swings
    assert shown and shown == [row.field for row in results.sensitivity[: len(shown)]]
    window.tabs.setCurrentIndex(5)  # Decision map
    assert window.tabs.map_panel.map_view.cell_text(0, 0)
    window.tabs.setCurrentIndex(6)  # Break-even
    assert "queries/month" in window.tabs.break_even_table.text_for(
        "workload.queries_per_month", "fine_tuning_vs_embeddings"
    )


def test_price_preset_fills_fields_records_source_and_turns_custom_on_edit(
    qtbot, window: MainWindow
) -> None:
    notes = window.editor.apply_preset("fine_tuned_model", "openai/ft:gpt-4.1-nano-2025-04-14")
    assert notes == []
    scenario = window.document.scenario
    assert scenario.fine_tuned_model.training_per_1m == 1.5
    assert scenario.presets["fine_tuned_model"].id == "openai/ft:gpt-4.1-nano-2025-04-14"
    picker = window.editor.presets.pickers["fine_tuned_model"]
    assert picker.combo.currentData() == "openai/ft:gpt-4.1-nano-2025-04-14"
    assert "as of 2026-08-01" in picker.info.text()
    assert "stopped serving on 2026-10-23" in picker.info.text()  # shut down with its base
    type_into(qtbot, window, "fine_tuned_model.output_per_1m", "0.9")
    assert "fine_tuned_model" not in window.document.scenario.presets  # now custom
    assert picker.combo.currentIndex() == 0 and "Custom prices" in picker.info.text()
    window.undo_action.trigger()
    assert window.document.scenario.presets["fine_tuned_model"].id.endswith("nano-2025-04-14")


def test_stale_preset_is_warned_about(window: MainWindow) -> None:
    window.editor.apply_preset("base_model", "openai/gpt-4.1-mini")
    window.editor.apply_preset("fine_tuned_model", "google-vertex/sft:gemini-2.5-flash")
    info = window.editor.presets.pickers["fine_tuned_model"].info.text()
    assert "months old" in info
    assert "lists no price for fine_tuned_model.input_per_1m" in info  # never silently 0
    assert window.document.scenario.fine_tuned_model.input_per_1m == 0.8  # kept from before


def test_compare_with_other_files_opens_the_comparison(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    others = []
    for name in ("ticket-classifier", "content-pipeline"):
        path = tmp_path / f"{name}.json"
        save_scenario(load_example(name), path)
        others.append(path)
    monkeypatch.setattr(window, "choose_files_to_compare", lambda: others)
    window.compare_dialog()
    dialog = window.comparison
    assert dialog.isVisible()
    assert dialog.table.columnCount() == 3
    exported = tmp_path / "compare.pdf"
    monkeypatch.setattr(
        "desktop_app.gui.analysis.comparison.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(exported), ""),
    )
    dialog.export_button.click()
    assert exported.is_file() and exported.stat().st_size > 10_000
    dialog.close()


def test_a_comparison_names_unsaved_figures_as_such(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    # the open file's column said "cp.json" over figures of edits not saved to it
    other = tmp_path / "ticket-classifier.json"
    save_scenario(load_example("ticket-classifier"), other)
    monkeypatch.setattr(window, "choose_files_to_compare", lambda: [other])
    saved = tmp_path / "mine.eot.json"
    assert window._save_to(saved)
    window.compare_dialog()
    assert window.comparison.names == ["mine.eot.json", "ticket-classifier.json"]
    window.comparison.close()
    window.document.set_value("horizon_months", 30)
    assert window.document.modified
    window.compare_dialog()
    assert window.comparison.names[0] == "mine.eot.json (unsaved changes)"
    window.comparison.close()
    assert window.current_sheet_items()[0].file_name == "mine.eot.json (unsaved changes)"


def test_the_comparison_shows_the_display_currency_as_the_window_does(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    other = tmp_path / "ticket-classifier.json"
    save_scenario(load_example("ticket-classifier"), other)  # a USD scenario, as the window's
    window.set_display_currency("EUR", 0.9, "USD")
    monkeypatch.setattr(window, "choose_files_to_compare", lambda: [other])
    window.compare_dialog()
    dialog = window.comparison
    cells = [
        dialog.table.item(row, column).text()
        for row in range(dialog.table.rowCount())
        for column in range(dialog.table.columnCount())
        if dialog.table.item(row, column) is not None
    ]
    money_cells = [cell for cell in cells if "€" in cell or "$" in cell]
    assert money_cells and all("€" in cell for cell in money_cells)  # the PDF's figures too
    assert dialog.chart.currency == "EUR"
    dialog.close()
    window.set_display_currency(None, None, "USD")


def test_print_path_paints_the_same_sheet(window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from desktop_app.gui.printing.sheet import paint_sheet

    printer = window._printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = paint_sheet(printer, window.current_sheet_items())
    assert pages >= 3 and (tmp_path / "printed.pdf").stat().st_size > 10_000


def test_without_a_display_the_window_command_says_so_in_one_line(tmp_path: Path) -> None:
    import os

    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("embed-or-tune: no display") and done.stderr.count("\n") == 1


def test_start_up_collects_no_garbage_until_the_window_is_shown(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    monkeypatch.setattr(app, "run", lambda *_: seen.append(gc.isenabled()) or 0)
    collector = None
    gc.enable()  # as a fresh interpreter has it (tests run with it off: conftest)
    try:
        assert cli.main([]) == 0 and seen == [False]  # the window path starts with it off
        monkeypatch.setattr(app, "offer_recovery", lambda shown: seen.append(shown is window))
        app.after_start(window)  # the first moment after the window is shown
        assert seen == [False, True]
        assert gc.get_freeze_count() > 0  # start-up's objects are left out of later sweeps
        collector = QApplication.instance().findChild(MainThreadCollector)
        assert collector is not None and collector.timer.isActive()  # on the main thread only
        assert not gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()
        if collector is not None:
            collector.timer.stop()
            collector.setParent(None)


def test_a_version_2_scenario_with_four_strategies_shows_in_every_view(
    qtbot, tmp_path: Path
) -> None:
    use_readable_locale()
    # a small corpus (long context fits for a while, then not) and a dedicated tuned model
    scenario = Scenario.model_validate(
        {
            "horizon_months": 24,
            "knowledge": {"corpus_tokens": 900000, "added_tokens_per_month": 20000},
            "fine_tuned_model": {"serving": "dedicated"},
            "events": [{"month": 6, "retrain": True, "hours": {"fine_tuning": 8}}],
        }
    )
    shown = MainWindow(Settings(), scenario)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    evaluation = evaluate(scenario)
    assert evaluation.figure("long_context", "exceeds_context_from_month") is not None
    assert shown.summary.columnCount() == 4
    assert shown.summary.cell_text("Total cost", "long_context") == money(
        evaluation.figure("long_context", "total_cost"), "USD"
    )
    line = shown.tabs.cumulative_chart.lines["long_context"]
    assert line.isVisible() and len(line.points()) == 24
    shown.request_analyses()
    with qtbot.waitSignal(shown.runner.finished, timeout=30_000):
        pass
    assert shown.tabs.break_even_table.pairs[-1] == "fine_tuning_vs_long_context"
    only = scenario.model_copy(update={"strategies": ("long_context",)})
    shown.document.set_scenario(only, "compare long context alone")
    assert shown.summary.columnCount() == 1
    assert "Recommendation: none" in shown.advice.toPlainText()
    shown.document.undo_stack.setClean()


def test_the_component_picker_offers_only_the_compared_strategies(window: MainWindow) -> None:
    picker = window.tabs.strategy_picker
    assert [picker.itemData(i) for i in range(picker.count())] == list(
        window.document.scenario.strategies
    )
    picker.setCurrentIndex(2)  # hybrid
    assert window.tabs.components_chart.strategy == "hybrid"
    two = window.document.scenario.model_copy(update={"strategies": ("embeddings", "long_context")})
    window.document.set_scenario(two, "compare two")
    assert [picker.itemData(i) for i in range(picker.count())] == ["embeddings", "long_context"]
    assert picker.currentData() == window.tabs.components_chart.strategy == "embeddings"


def test_a_value_whose_result_is_too_large_to_show_is_refused_at_the_field(
    qtbot, window: MainWindow
) -> None:
    window.document.set_value("workload.monthly_growth_pct", 100)  # 2**23 times the queries
    before = window.document.scenario
    problem = window.document.set_value("workload.queries_per_month", 1e12)
    assert problem is not None and problem.startswith("workload.queries_per_month: ")
    assert "too large to show" in problem and window.document.scenario is before
    type_into(qtbot, window, "workload.queries_per_month", "1000000000000")
    row = window.editor.rows["workload.queries_per_month"]
    assert row.message.isVisible() and "too large to show" in row.message.text()
    assert window.document.scenario.workload.queries_per_month < 1e12


def test_a_discount_rate_that_makes_the_present_value_too_large_is_refused_at_the_field(
    window: MainWindow,
) -> None:
    window.document.set_value("horizon_months", 120)
    before = window.document.scenario
    problem = window.document.set_value("finance.discount_rate_pct_per_year", -99.99999999999999)
    assert problem is not None and problem.startswith("finance.discount_rate_pct_per_year: ")
    assert "present value" in problem and window.document.scenario is before
