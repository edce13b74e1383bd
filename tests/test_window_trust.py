"""The window never shows one number and computes another, and never crashes, traps or forgets.

Driven as a user would, offscreen (pytest-qt); issue 11's window items.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPalette
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QMessageBox, QTabBar, QWidget
from windows import tab_walk

from desktop_app.core.appdata.examples import load_example
from desktop_app.core.appdata.scenario_files import save_scenario
from desktop_app.core.appdata.settings import Settings
from desktop_app.core.model.fields import value_at, with_values
from desktop_app.core.model.scenario import UncertainInput
from desktop_app.gui.charts.export import ChartView
from desktop_app.gui.editor.inputs import AnswerInput
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.theme import use_locale
from desktop_app.present.numbers import parse_number

Button = QMessageBox.StandardButton
TOKENS = "workload.input_tokens_per_query"
QUERIES = "workload.queries_per_month"


def enter(window: MainWindow, path: str) -> None:
    """Put the cursor in a field as Tab would (a new typing session)."""
    field = window.editor.rows[path].input
    window.editor.focus_field(path)
    QApplication.processEvents()
    if not field.hasFocus():  # no focus given (offscreen): the event Tab would bring
        QApplication.sendEvent(
            field, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason)
        )


def leave(window: MainWindow, path: str) -> None:
    """Take the cursor out of a field as Tab would."""
    field = window.editor.rows[path].input
    had_focus = field.hasFocus()
    field.clearFocus()  # with focus, this is the real focus-out
    if not had_focus:
        QApplication.sendEvent(
            field, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason)
        )


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type key by key, characters QTest has no key for (a narrow no-break space) too."""
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def type_and_leave(qtbot, window: MainWindow, path: str, text: str) -> None:
    """Select a field's text, type `text` key by key and Tab out."""
    enter(window, path)
    field = window.editor.rows[path].input
    field.selectAll()
    type_text(qtbot, field, text)
    leave(window, path)


# 1. A field commits only complete valid numbers --------------------------------------------


@pytest.mark.parametrize("text", ["1e400", "1e30", "12abc", "1,2,3", "--5", "0,25"])
def test_invalid_text_on_tab_puts_back_the_value_from_before(qtbot, window, text) -> None:
    before = window.document.scenario
    type_and_leave(qtbot, window, TOKENS, text)
    row = window.editor.rows[TOKENS]
    assert window.document.scenario == before  # "1e4" of "1e400" did not stick
    assert parse_number(row.input.text()) == value_at(before, TOKENS)
    assert row.message.text().startswith("Input tokens per query: ")
    assert row.message.text().endswith(f"Kept {row.input.text()}.")
    assert not window.document.undo_stack.canUndo()  # no step left from the prefix


def test_the_status_bar_does_not_keep_saying_what_the_field_no_longer_says(qtbot, window) -> None:
    type_and_leave(qtbot, window, TOKENS, "12abc")
    said = window.statusBar().currentMessage()
    assert said.startswith("Input tokens per query: ") and said.endswith(".")
    enter(window, TOKENS)
    field = window.editor.rows[TOKENS].input
    field.selectAll()
    type_text(qtbot, field, "-3")  # another problem, shown at the field
    assert window.editor.rows[TOKENS].message.text() != said
    assert window.statusBar().currentMessage() == ""  # the old notice went with the typing
    window.statusBar().showMessage("Saved plan.eot.json")
    type_text(qtbot, field, "0")
    assert window.statusBar().currentMessage() == "Saved plan.eot.json"  # only its own


def test_enter_settles_the_entry_like_tab(qtbot, window) -> None:
    enter(window, TOKENS)
    field = window.editor.rows[TOKENS].input
    field.selectAll()
    qtbot.keyClicks(field, "2500")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.document.scenario.workload.input_tokens_per_query == 2500
    assert field.text() == "2,500"


def test_escape_gives_up_the_entry(qtbot, window) -> None:
    before = window.document.scenario
    enter(window, TOKENS)
    field = window.editor.rows[TOKENS].input
    field.selectAll()
    qtbot.keyClicks(field, "2500")
    assert window.document.scenario.workload.input_tokens_per_query == 2500  # live
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert window.document.scenario == before
    assert parse_number(field.text()) == value_at(before, TOKENS)


@pytest.mark.parametrize("name", ["en_US", "de_DE", "fr_FR"])
@pytest.mark.parametrize("path", [TOKENS, "market.price_change_pct_per_year"])
@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(alphabet="0123456789.,eE-+ \u202f%kM", max_size=8)
    | st.sampled_from(["1e400", "1e30", "1e4", "0.25", "1,5", "1.234", "3,000", "-0", "2,5e-3"])
)
def test_after_tab_the_field_always_reads_as_the_models_value(
    qtbot, window, name, path, text
) -> None:
    use_locale(QLocale(name))
    type_and_leave(qtbot, window, path, text)
    field = window.editor.rows[path].input
    assert parse_number(field.text()) == value_at(window.document.scenario, path)
    assert field.property("invalid") is not True  # nothing red left behind
    window.document.undo_stack.setClean()


# 2. The locale, both ways ------------------------------------------------------------------


@pytest.fixture
def german(window):
    use_locale(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    window.editor.show_scenario(window.document.scenario)
    window.show_evaluation(window.document.evaluation)
    return window


def test_german_decimals_are_read_and_english_ones_refused(qtbot, german) -> None:
    path = "market.price_change_pct_per_year"
    type_and_leave(qtbot, german, path, "1,5")
    assert value_at(german.document.scenario, path) == 1.5
    assert german.editor.rows[path].input.text() == "1,5"
    before = german.document.scenario
    type_and_leave(qtbot, german, path, "0.25")  # '.' groups digits in German: refused
    assert german.document.scenario == before
    assert "groups digits" in german.editor.rows[path].message.text()


def test_german_inputs_and_figures_use_the_same_marks(german) -> None:
    queries = german.editor.rows[QUERIES].input.text()
    assert "." in queries and "," not in queries  # 3.000.000 (grouped the German way)
    total = german.summary.cell_text("Total cost", "embeddings")
    assert "." in total and "," not in total  # $101.778, not $101,778
    assert total in german.advice.toPlainText()  # the advice's sentences quote it alike


def test_english_exchange_rate_refuses_a_comma_decimal(qtbot, window) -> None:
    from desktop_app.gui.dialogs.currency_dialog import DisplayCurrencyDialog

    dialog = DisplayCurrencyDialog(Settings(), "USD", window)
    qtbot.addWidget(dialog)
    dialog.own.setChecked(False)
    dialog.rate.setText("0,92")
    assert dialog.check() is not None  # not 92: every amount would be 100x off
    # and why, naming the field by its label ("Rate" was no label of the dialog's)
    assert dialog.check().startswith("Units per 1 USD: must be a number, got '0,92': ','")
    dialog.rate.setText("0.92")
    assert dialog.check() is None and dialog.choice()[1] == 0.92


def test_the_exchange_rate_problem_is_shown_whole_with_the_keys_on_the_field(qtbot, window) -> None:
    # the red line was squeezed between the text and the buttons, its top cut off
    from desktop_app.gui.dialogs.currency_dialog import DisplayCurrencyDialog

    dialog = DisplayCurrencyDialog(Settings(), "USD", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.own.setChecked(False)
    dialog.rate.setText("0,92")
    dialog.code.setFocus()
    dialog._accept_if_valid()
    qtbot.wait(10)
    shown = dialog.problem
    assert dialog.isVisible() and shown.text().startswith("Units per 1 USD:")
    needed = shown.heightForWidth(shown.width())
    assert shown.height() >= needed > shown.fontMetrics().height()  # two lines, both whole
    # the dialog's focus, also where the window manager has not activated it yet
    assert dialog.focusWidget() is dialog.rate and dialog.rate.selectedText() == "0,92"


def test_german_exchange_rate_says_why_a_point_is_refused(qtbot, window) -> None:
    from german import in_german

    from desktop_app.gui.dialogs.currency_dialog import DisplayCurrencyDialog

    with in_german():
        dialog = DisplayCurrencyDialog(Settings(), "USD", window)
        qtbot.addWidget(dialog)
        dialog.own.setChecked(False)
        dialog.rate.setText("1.5")  # a point groups digits in German: not 1,5, not 15
        problem = dialog.check()
        assert problem is not None and problem.startswith("Einheiten pro 1 USD: muss eine Zahl")
        assert "„1.5“" in problem  # German quotes; English keeps '1.5', as the command line
        dialog.rate.setText("1,5")
        assert dialog.check() is None and dialog.choice()[1] == 1.5


# 3. A value outside its range: offer to widen it --------------------------------------------


@pytest.fixture
def ranged(window):
    scenario = with_values(
        window.document.scenario,
        {
            QUERIES: 50_000,
            "uncertainty": [UncertainInput(field=QUERIES, low=25_000, high=70_000).model_dump()],
        },
    )
    window.document.load(scenario, None)
    return window


def test_a_value_outside_the_range_widens_it_when_asked(qtbot, ranged, monkeypatch) -> None:
    asked: list[tuple[str, float]] = []
    monkeypatch.setattr(
        ranged.editor,
        "ask_widen_range",
        lambda path, value, wider, kept: asked.append((path, value)) or True,
    )
    type_and_leave(qtbot, ranged, QUERIES, "80000")
    assert (
        "outside its uncertainty range (25,000 – 70,000)"
        in ranged.editor.rows[QUERIES].message.text()
    )
    qtbot.waitUntil(lambda: bool(asked))  # once the focus has moved on
    assert asked == [(QUERIES, 80_000)]
    scenario = ranged.document.scenario
    assert scenario.workload.queries_per_month == 80_000
    assert ranged.editor.rows[QUERIES].input.text() == "80,000"
    assert (scenario.uncertainty[0].low, scenario.uncertainty[0].high) == (25_000, 80_000)
    assert ranged.undo_action.text() == "&Undo Edit Queries per month and widen its range"
    ranged.document.undo_stack.undo()
    assert ranged.document.scenario.workload.queries_per_month == 50_000


def test_a_value_outside_the_range_is_put_back_when_not_widened(qtbot, ranged, monkeypatch) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(ranged.editor, "ask_widen_range", lambda *args: asked.append(1) and False)
    before = ranged.document.scenario
    type_and_leave(qtbot, ranged, QUERIES, "80000")
    qtbot.waitUntil(lambda: bool(asked))
    assert ranged.document.scenario == before
    message = ranged.editor.rows[QUERIES].message.text()
    assert message.startswith("Queries per month") and "uncertainty[" not in message
    assert "workload." not in message and message.endswith("Kept 50,000.")


def test_the_widen_question_names_the_input_and_both_ranges(qtbot, ranged, monkeypatch) -> None:
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(f"{box.text()} {box.informativeText()}")
        box.buttons()[0].click()  # "Widen the range"

    QTimer.singleShot(0, answer)
    wider = UncertainInput(field=QUERIES, low=25_000, high=80_000)
    assert ranged.editor.ask_widen_range(QUERIES, 80_000, wider, 50_000)
    assert seen == [
        "Queries per month: 80,000 is outside its uncertainty range (25,000 – 70,000). "
        "Widen the range to 25,000 – 80,000 and use 80,000?"
    ]


def test_keep_names_the_value_it_keeps_and_the_figures_show_it_meanwhile(
    qtbot, ranged, monkeypatch
) -> None:
    """Typing 300000 takes 30,000 on the way (inside the range); Keep said "Keep 30,000" and
    the figures were those of 30,000 while the question was open, yet Keep keeps 50,000.
    Meanwhile the field shows what the figures use, as everywhere."""
    seen: list[tuple[str, float, str]] = []

    def answer(box: QMessageBox) -> int:
        keep = box.buttons()[1]
        value = ranged.document.scenario.workload.queries_per_month
        seen.append((keep.text(), value, ranged.editor.rows[QUERIES].input.text()))
        keep.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    type_and_leave(qtbot, ranged, QUERIES, "300000")
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0][:2] == ("&Keep 50,000", 50_000)
    assert seen[0][2].replace(",", "") == "50000"  # the field too: the question names 300,000
    assert ranged.document.scenario.workload.queries_per_month == 50_000
    assert ranged.editor.rows[QUERIES].message.text().endswith("Kept 50,000.")


# 4. Labels, not paths, in messages and undo steps ------------------------------------------


def test_undo_steps_name_the_input_by_its_label(qtbot, window) -> None:
    type_and_leave(qtbot, window, TOKENS, "2500")
    assert window.undo_action.text() == "&Undo Edit Input tokens per query"


# 5. Print preview ----------------------------------------------------------------------------


def test_print_preview_opens_paints_and_closes(qtbot, window, monkeypatch) -> None:
    import desktop_app.gui.printing.sheet as sheet

    painted: list[int] = []
    paint = sheet.paint_sheet
    monkeypatch.setattr(sheet, "paint_sheet", lambda *args: painted.append(1) or paint(*args))

    seen: list[bool] = []

    def close() -> None:
        preview = window.preview
        if not (isinstance(preview, QPrintPreviewDialog) and preview.isVisible() and painted):
            QTimer.singleShot(50, close)  # not open (or not painted) yet
            return
        preview.grab()  # paint the pages on screen too
        seen.append(True)
        preview.reject()

    QTimer.singleShot(0, close)
    window.print_preview()
    assert seen and painted and window.preview is None


# 6. Undo and redo from inside a field --------------------------------------------------------


def test_ctrl_z_in_a_field_undoes_the_documents_last_step(qtbot, window) -> None:
    before = window.document.scenario
    type_and_leave(qtbot, window, TOKENS, "2500")
    enter(window, QUERIES)
    field = window.editor.rows[QUERIES].input
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.scenario == before
    assert parse_number(window.editor.rows[TOKENS].input.text()) == value_at(before, TOKENS)
    qtbot.keyClick(
        field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.document.scenario.workload.input_tokens_per_query == 2500
    window.document.undo_stack.undo()
    qtbot.keyClick(field, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.document.scenario.workload.input_tokens_per_query == 2500


def test_ctrl_z_while_typing_undoes_the_typing(qtbot, window) -> None:
    before = window.document.scenario
    enter(window, TOKENS)
    field = window.editor.rows[TOKENS].input
    field.selectAll()
    qtbot.keyClicks(field, "1e40")  # 1e4 was taken live, 1e40 is refused
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.scenario == before
    assert parse_number(field.text()) == value_at(before, TOKENS)


# 7. Tab goes everywhere and comes back ------------------------------------------------------


def test_tab_reaches_every_control_and_comes_back(qtbot, window) -> None:
    window.editor.fill_sections()  # as the window does in its first idle moment
    passed = tab_walk(qtbot, window.editor.name)
    assert window.summary in passed
    assert window.samples_picker in passed
    assert any(isinstance(widget, QTabBar) for widget in passed)
    assert passed.count(window.summary) == 1  # no trap in its cells
    window.tabs.setCurrentWidget(window.tabs._map_tab)
    qtbot.waitUntil(window.tabs.map_panel.isVisible)
    passed = tab_walk(qtbot, window.editor.name)
    assert any(
        widget.accessibleName().startswith("Input along the") for widget in passed
    )  # the map's axis controls


def test_tab_moves_down_the_editor_in_the_order_its_rows_are_shown(qtbot, window) -> None:
    window.editor.fill_sections()
    editor = window.editor
    passed = tab_walk(qtbot, editor.name)
    inside = [w for w in passed if w is not editor and editor.isAncestorOf(w)]
    walked = [editor.name, *inside]
    tops = [w.mapTo(editor, w.rect().topLeft()).y() for w in walked]
    upward = [
        (before.accessibleName(), after.accessibleName(), top, next_top)
        for before, after, top, next_top in zip(walked, walked[1:], tops, tops[1:], strict=False)
        if next_top < top
    ]
    assert editor.notes in inside
    assert upward == []


# 8. The first edit is autosaved ---------------------------------------------------------------


def test_the_first_keystroke_after_opening_is_autosaved(qtbot, window, tmp_path) -> None:
    path = tmp_path / "plan.json"
    save_scenario(window.document.scenario, path)
    window.open_path(path)
    window._autosave_timer.setInterval(10)
    enter(window, TOKENS)
    field = window.editor.rows[TOKENS].input
    field.end(False)
    qtbot.keyClicks(field, "0")  # one keystroke: 500 -> 5000
    qtbot.waitUntil(window.recovery.path.exists, timeout=3000)


# 9. Monte Carlo cancel, Compare without duplicates ------------------------------------------


def test_cancel_clears_the_waiting_cells_and_the_same_count_runs_again(qtbot, window) -> None:
    scenario = with_values(
        window.document.scenario,
        {"uncertainty": [UncertainInput(field=QUERIES, low=2e4, high=9e4).model_dump()]},
    )
    window.document.load(scenario, None)
    assert window.summary.cell_text("Total cost P10", "embeddings") == "…"
    window.runner.cancel()
    window.runner.stopped.emit()
    assert window.summary.cell_text("Total cost P10", "embeddings") == "—"
    assert window.summary.cell_text("Total cost P90", "hybrid") == "—"
    picker = window.samples_picker
    with qtbot.waitSignal(window.runner.finished, timeout=20000):
        picker.activated.emit(picker.currentIndex())  # the same count, chosen again
    assert window.summary.cell_text("Total cost P10", "embeddings") not in ("…", "—")


def test_compare_leaves_out_the_open_file_when_it_is_picked(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    own = tmp_path / "own.json"
    save_scenario(window.document.scenario, own)
    window.open_path(own)
    other = tmp_path / "other.json"
    save_scenario(load_example("ticket-classifier"), other)
    twice = tmp_path / "." / "other.json"
    monkeypatch.setattr(window, "choose_files_to_compare", lambda: [own, other, twice])
    window.compare_dialog()
    assert window.comparison.table.columnCount() == 2
    window.comparison.close()


# 10. Every chart view has an accessible name --------------------------------------------------


def test_every_chart_view_has_an_accessible_name(qtbot, window) -> None:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    views = window.tabs.findChildren(ChartView)
    assert len(views) >= 5
    assert all(view.accessibleName() for view in views)
    assert len({view.accessibleName() for view in views}) == len(views)


# 11. The same rules in the other places that read numbers ----------------------------------


def test_map_axes_refuse_text_the_locale_cannot_read(qtbot, window) -> None:
    window.tabs.setCurrentWidget(window.tabs._map_tab)
    panel = window.tabs.map_panel
    panel.x_picker.low.setText("0,5")  # not 5: a comma groups digits in English
    axis, problem = panel._read(panel.x_picker)
    assert axis is None and problem.startswith("Queries per month from: ")
    assert "groups digits" in problem
    panel.x_picker.low.setText("1e400")
    assert "too large" in panel._read(panel.x_picker)[1]


def test_report_on_the_command_line_writes_plain_numbers_whatever_the_locale(tmp_path) -> None:
    import os
    import subprocess
    import sys

    from pypdf import PdfReader

    from desktop_app.core.engine.evaluation import evaluate
    from desktop_app.core.model.numbers import money

    target = tmp_path / "report.pdf"
    env = {**os.environ, "LANG": "de_DE.UTF-8", "LC_ALL": "", "LC_NUMERIC": ""}
    argv = [sys.executable, "-m", "desktop_app", "report", "--example", "support-chatbot"]
    subprocess.run([*argv, "-o", str(target)], env=env, check=True, capture_output=True)
    text = PdfReader(str(target)).pages[0].extract_text()
    total = evaluate(load_example("support-chatbot")).figure("embeddings", "total_cost")
    assert money(total, "USD") in text  # $29,914 as the command line prints it, not $29.914


def test_a_click_between_fields_leaves_the_focus_and_the_form_where_they_were(
    qtbot, window
) -> None:
    """A click on a label gave the form itself the focus; the next Tab went to its first
    field, Name, and scrolled the form back to the top."""
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLabel

    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    path = "effort.hourly_rate"
    row = window.editor.rows[path]
    window.editor.focus_field(path)
    qtbot.waitUntil(row.input.hasFocus)
    scrolled = window.editor.verticalScrollBar().value()
    assert scrolled > 0
    label = next(
        each
        for each in window.editor.widget().findChildren(QLabel)
        if each.text() == "Hourly rate" and each.isVisible()
    )
    # through the window, as the system delivers a click: only such a click moves the focus
    where = label.mapTo(window, QPoint(5, label.height() // 2))
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=where)
    assert QApplication.focusWidget() is row.input
    qtbot.keyClick(row.input, Qt.Key.Key_Tab)
    assert window.editor.verticalScrollBar().value() >= scrolled - row.height()


def test_the_first_status_message_moves_nothing(qtbot, window) -> None:
    window.show()
    qtbot.waitExposed(window)
    before = (window.editor.geometry(), window.tabs.geometry())
    window.statusBar().showMessage("Saved plan.eot.json")
    QApplication.processEvents()
    assert (window.editor.geometry(), window.tabs.geometry()) == before


def _in_view(editor, widget: QWidget) -> bool:
    """Whether `widget` lies whole inside the editor's visible area."""
    top_left = widget.mapTo(editor.widget(), widget.rect().topLeft())
    shown = editor.viewport().rect().translated(0, editor.verticalScrollBar().value())
    return shown.contains(top_left) and shown.contains(top_left + widget.rect().bottomRight())


def test_a_field_put_back_at_the_forms_edge_is_scrolled_into_view_with_its_line(
    qtbot, window
) -> None:
    """A field cut off at the bottom edge of the form stayed so, its "… Kept 80." line hidden."""
    from PySide6.QtCore import QPoint

    window.show()
    qtbot.waitExposed(window)
    editor = window.editor
    row = editor.rows[TOKENS]
    enter(window, TOKENS)
    row.input.selectAll()
    type_text(qtbot, row.input, "12abc")
    QApplication.processEvents()
    top = row.mapTo(editor.widget(), QPoint(0, 0)).y()
    editor.verticalScrollBar().setValue(top + row.height() // 2 - editor.viewport().height())
    QApplication.processEvents()
    leave(window, TOKENS)
    assert row.message.text().endswith("Kept 80.")

    qtbot.waitUntil(lambda: _in_view(editor, row), timeout=2000)


def test_a_fields_line_shown_while_typing_at_the_forms_edge_is_scrolled_into_view(
    qtbot, window
) -> None:
    """The line "… the figures use 80 until it is corrected" stayed cut off until Tab."""
    from PySide6.QtCore import QPoint

    window.show()
    qtbot.waitExposed(window)
    editor = window.editor
    row = editor.rows[TOKENS]
    enter(window, TOKENS)
    QApplication.processEvents()
    top = row.mapTo(editor.widget(), QPoint(0, 0)).y()
    editor.verticalScrollBar().setValue(top + row.height() - editor.viewport().height())
    QApplication.processEvents()
    row.input.selectAll()
    type_text(qtbot, row.input, "12abc")  # still in the field
    assert "until it is corrected" in row.message.text()

    qtbot.waitUntil(lambda: _in_view(editor, row), timeout=2000)
    assert row.input.hasFocus()


def test_a_status_message_too_long_for_the_bar_ends_in_an_ellipsis(qtbot, window) -> None:
    """Qt cut a long message at the bar's edge: "… Horizon months = 120, Queries per month ="
    read as if the list of inputs ended there."""
    from PySide6.QtWidgets import QStatusBar

    window.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    bar = window.statusBar()
    long = "the result is too large to show: " + ", ".join(f"Input {n} = {n}" for n in range(60))
    bar.showMessage(long, 300)
    shown = QStatusBar.currentMessage(bar)  # what Qt draws
    assert shown.endswith("…") and long.startswith(shown[:-1])
    assert bar.fontMetrics().horizontalAdvance(shown) < bar.width()
    assert bar.currentMessage() == long and bar.toolTip() == long
    window.resize(700, 700)  # narrower: shortened again, and still gone on time
    qtbot.waitUntil(lambda: len(QStatusBar.currentMessage(bar)) < len(shown))
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=2000)
    assert bar.toolTip() == ""
    bar.showMessage("Saved plan.eot.json")
    assert QStatusBar.currentMessage(bar) == bar.currentMessage() == "Saved plan.eot.json"
    assert bar.toolTip() == ""


def test_widening_to_a_value_too_large_to_show_is_refused_and_leaves_no_step(
    qtbot, window, monkeypatch
) -> None:
    """Widen + Return at 50 % growth a month over ten years: the step's redo failed (the
    figures too large to show), so nothing changed and nothing was said, yet Undo offered it."""
    growth = "workload.monthly_growth_pct"
    scenario = with_values(
        window.document.scenario,
        {
            growth: 3,
            "horizon_months": 120,
            "uncertainty": [UncertainInput(field=growth, low=0, high=6).model_dump()],
        },
    )
    window.document.load(scenario, None)
    asked: list[float | None] = []
    monkeypatch.setattr(
        window.editor,
        "ask_widen_range",
        lambda path, value, wider, kept: asked.append(kept) or True,
    )
    type_and_leave(qtbot, window, growth, "50")
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == [3]
    assert window.document.scenario == scenario and window.document.undo_stack.count() == 0
    message = window.editor.rows[growth].message.text()
    assert message.startswith("Monthly growth %: the result is too large to show")
    assert message.endswith("Kept 3.")
    assert window.editor.rows[growth].input.text() == "3"


def test_qts_own_status_tip_is_left_as_it_is_on_a_resize(qtbot, window) -> None:
    """A menu item's tip reaches the bar through Qt's own showMessage, not ours."""
    from PySide6.QtWidgets import QStatusBar

    window.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    bar = window.statusBar()
    bar.showMessage("the result is too large to show: " + "Input = 1, " * 40)
    QStatusBar.showMessage(bar, "Open a scenario file")  # as Qt shows a menu item's tip
    assert bar.toolTip() == ""
    window.resize(800, 700)
    QApplication.processEvents()
    assert QStatusBar.currentMessage(bar) == bar.currentMessage() == "Open a scenario file"


def test_the_keys_never_leave_the_focus_out_of_sight(qtbot, window) -> None:
    """Shift+Tab from the figures into the checklist, and Alt+N from the bottom, scrolled."""
    window.resize(1280, 800)
    window.activateWindow()
    qtbot.waitActive(window)
    editor = window.editor
    editor.fill_sections()
    editor.verticalScrollBar().setValue(0)
    window.summary.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.summary.hasFocus)
    qtbot.keyClick(window.summary, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    last = QApplication.focusWidget()
    assert editor.widget().isAncestorOf(last)  # the checklist's last question
    assert editor.verticalScrollBar().value() > 0 and _in_view(editor, last)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Name's shortcut
    assert QApplication.focusWidget() is editor.name
    assert _in_view(editor, editor.name)


def test_tab_lands_on_a_questions_checked_answer_and_arrows_still_move(qtbot, window) -> None:
    """Qt's stop was the button focused last: Unsure going back, whatever was checked."""
    window.activateWindow()
    qtbot.waitActive(window)
    editor = window.editor
    editor.fill_sections()
    answers = [each for each in editor.widget().findChildren(AnswerInput) if each.isVisible()]
    last = answers[-1]
    last.buttons["no"].setChecked(True)
    window.summary.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.summary.hasFocus)
    qtbot.keyClick(window.summary, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(last.buttons["no"].hasFocus)
    # shown as moved by the keys (Fusion draws the focus mark only then)
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    qtbot.keyClick(last.buttons["no"], Qt.Key.Key_Left)  # an arrow moves, and answers
    QApplication.processEvents()
    assert last.buttons["yes"].hasFocus() and last.answer() == "yes"
    path = next(path for path, each in editor._answers.items() if each is last)
    assert value_at(window.document.scenario, path) == "yes"  # the answer the advice reads


def test_a_focused_chart_advice_or_events_list_is_framed_in_the_highlight(qtbot, window) -> None:
    """Fusion drew them focused as unfocused: the keyboard's place was invisible there."""
    window.activateWindow()
    qtbot.waitActive(window)
    chart = window.tabs.findChildren(ChartView)[0]
    highlight = window.palette().color(QPalette.ColorRole.Highlight)
    # and the notes: Fusion frames a focused line edit, not a focused text box
    for view in (window.advice, chart, window.events_panel.list, window.editor.notes):
        inside = view.viewport().geometry()
        edge = (0, view.height() // 2)
        view.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(view.hasFocus)
        assert view.grab().toImage().pixelColor(*edge) == highlight, view
        assert view.viewport().geometry() == inside  # nothing inside moved
        window.summary.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(window.summary.hasFocus)
        assert view.grab().toImage().pixelColor(*edge) != highlight, view


def test_undo_takes_back_a_notice_about_the_value_it_replaces(qtbot, window) -> None:
    # "Monthly growth %: 100 is outside its uncertainty range. Kept 2.5." stayed after Ctrl+Z
    # had put 3 back
    window.document.set_value("effort.hourly_rate", 99)
    notice = "Hourly rate: 1e9 is outside its uncertainty range. Kept 99."
    window.editor.notice.emit(notice)
    assert window.statusBar().currentMessage() == notice
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == ""
    window.editor.notice.emit(notice)
    window.redo_action.trigger()
    assert window.statusBar().currentMessage() == ""
    window.statusBar().showMessage("Saved plan.eot.json", 10000)  # not a notice: it stays
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == "Saved plan.eot.json"


def test_undo_brings_the_field_it_changed_into_view(qtbot, window) -> None:
    # the figures changed, the field itself stayed out of sight below the fold
    window.resize(1280, 700)
    path = "horizon_months"
    window.editor.rows[path]  # built
    window.document.set_value(path, 30)
    window.editor.verticalScrollBar().setValue(window.editor.verticalScrollBar().maximum())
    qtbot.wait(20)
    row = window.editor.rows[path]
    view = window.editor.viewport()

    def in_view() -> bool:
        top = row.mapTo(view, row.rect().topLeft()).y()
        return top >= 0 and top + row.height() <= view.height()

    assert not in_view()
    window.undo_action.trigger()
    qtbot.waitUntil(in_view)
    window.editor.verticalScrollBar().setValue(window.editor.verticalScrollBar().maximum())
    qtbot.wait(20)
    window.redo_action.trigger()
    qtbot.waitUntil(in_view)


def test_an_empty_field_says_what_it_stands_for(qtbot, window) -> None:
    # the fine-tuned price change said "same as input price" when empty: it follows the base
    # model's price change
    rows = window.editor.rows
    change = rows["market.fine_tuned_price_change_pct_per_year"].input
    assert change.placeholderText() == "same as the base model's"
    assert rows["base_model.cached_input_per_1m"].input.placeholderText() == "same as input price"
