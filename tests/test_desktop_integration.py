"""The window as a desktop application: file names, files changed on disk, open requests."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from desktop_app.core.appdata.examples import load_example
from desktop_app.core.appdata.file_watch import (
    DiskChange,
    FileStamp,
    change_since,
    disk_stamp,
    load_stamped,
    save_stamped,
)
from desktop_app.core.appdata.scenario_files import load_scenario, save_scenario
from desktop_app.gui.dialogs.scenario_dialogs import JSON_FILTER, OPEN_FILTERS, SCENARIO_FILTER
from desktop_app.gui.disk_watch import SaveChoice
from desktop_app.gui.main_window import MainWindow

Button = QMessageBox.StandardButton


def when_a_dialog_opens(answer: Callable[[QFileDialog], None]) -> list[QFileDialog]:
    """Answer the next file dialog (a real one, as offscreen shows it) once it is up."""
    seen: list[QFileDialog] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, look)
            return
        seen.append(dialog)
        answer(dialog)

    QTimer.singleShot(0, look)
    return seen


def type_name(name: str, name_filter: str | None = None) -> Callable[[QFileDialog], None]:
    def answer(dialog: QFileDialog) -> None:
        if name_filter is not None:
            dialog.selectNameFilter(name_filter)
            dialog.filterSelected.emit(name_filter)
        dialog.findChild(QLineEdit).setText(name)
        dialog.accept()

    return answer


# NAME.eot.json ---------------------------------------------------------------------------------


def test_save_as_offers_eot_json_first_and_names_the_scenario(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    seen = when_a_dialog_opens(lambda dialog: dialog.reject())
    assert not window.save_as()
    dialog = seen[0]
    assert dialog.nameFilters() == [SCENARIO_FILTER, JSON_FILTER]
    assert dialog.selectedNameFilter() == "Embed or Tune scenarios (*.eot.json)"
    assert dialog.findChild(QLineEdit).text() == "Support chatbot.eot.json"


def test_a_name_typed_without_suffix_is_saved_as_eot_json(
    window: MainWindow, tmp_path: Path
) -> None:
    when_a_dialog_opens(type_name(str(tmp_path / "plan")))
    assert window.save_as()
    assert window.document.path == tmp_path / "plan.eot.json"
    assert load_scenario(tmp_path / "plan.eot.json") == window.document.scenario
    assert not (tmp_path / "plan").exists()


def test_under_the_json_filter_a_typed_name_gets_json(window: MainWindow, tmp_path: Path) -> None:
    when_a_dialog_opens(type_name(str(tmp_path / "plan"), JSON_FILTER))
    assert window.save_as()
    assert window.document.path == tmp_path / "plan.json"


def test_save_as_of_a_plain_json_file_keeps_its_kind(window: MainWindow, tmp_path: Path) -> None:
    old = tmp_path / "old.json"
    save_scenario(window.document.scenario, old)
    assert window.open_path(old)
    seen = when_a_dialog_opens(lambda dialog: dialog.reject())
    window.save_as()
    assert seen[0].selectedNameFilter() == JSON_FILTER
    assert seen[0].findChild(QLineEdit).text() == "old.json"


def test_exports_are_named_after_the_scenario_file_without_eot(
    window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "plan.eot.json"
    save_scenario(window.document.scenario, path)
    assert window.open_path(path)
    seen = when_a_dialog_opens(lambda dialog: dialog.reject())
    window.export_pdf()
    assert seen[0].findChild(QLineEdit).text() == "plan.pdf"


def test_open_shows_eot_json_and_plain_json_files(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def get_open_file_name(parent, caption, folder, filters):
        asked.append(filters)
        return str(tmp_path / "old.json"), ""

    save_scenario(load_example("ticket-classifier"), tmp_path / "old.json")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open_file_name)
    window.open_dialog()
    assert asked == [OPEN_FILTERS] and OPEN_FILTERS.startswith("Scenarios (*.eot.json *.json)")
    assert window.document.scenario.name == "Support ticket classifier"


# a file changed on disk by someone else ----------------------------------------------------------


def edit_on_disk(path: Path, hourly_rate: float) -> None:
    """Another program writes the file: the same scenario with another hourly rate."""
    scenario = load_scenario(path)
    changed = scenario.model_copy(
        update={"effort": scenario.effort.model_copy(update={"hourly_rate": hourly_rate})}
    )
    save_scenario(changed, path)


@pytest.fixture
def opened(window: MainWindow, tmp_path: Path) -> Path:
    """The window has plan.eot.json open."""
    path = tmp_path / "plan.eot.json"
    save_scenario(window.document.scenario, path)
    assert window.open_path(path)
    return path


def test_the_core_stamps_contents_not_times(tmp_path: Path) -> None:
    path = tmp_path / "plan.eot.json"
    save_scenario(load_example("support-chatbot"), path)
    scenario, stamp = load_stamped(path)
    assert stamp == FileStamp.of(path.read_bytes()) and scenario == load_example("support-chatbot")
    os.utime(path, ns=(1, 1))  # touched: the same contents
    assert change_since(path, stamp) is DiskChange.SAME
    text = path.read_text()
    path.write_text(text.replace('"USD"', '"EUR"'))  # same size, same time, other contents
    os.utime(path, ns=(1, 1))
    assert path.stat().st_size == stamp.size and change_since(path, stamp) is DiskChange.CHANGED
    path.unlink()
    assert change_since(path, stamp) is DiskChange.REMOVED
    path.mkdir()  # something that is no file
    assert change_since(path, stamp) is DiskChange.CHANGED
    assert change_since(path, None) is DiskChange.SAME  # nothing known: nothing to compare


def test_save_stamped_stamps_what_reached_the_disk(tmp_path: Path) -> None:
    path = tmp_path / "plan.eot.json"
    stamp, replaced = save_stamped(load_example("ticket-classifier"), path)
    assert stamp == FileStamp.of(path.read_bytes()) == disk_stamp(path) and replaced is None


def test_a_change_on_disk_shows_a_bar_and_reload_reads_it(
    qtbot, window: MainWindow, opened: Path
) -> None:
    assert not window.disk.bar.isVisible()
    edit_on_disk(opened, 321)
    qtbot.waitUntil(window.disk.bar.isVisible, timeout=5000)  # the file watcher noticed
    assert "“plan.eot.json” was changed on disk" in window.disk.bar.message.text()
    assert window.disk.bar.reload_button.isVisible()
    assert window.document.scenario.effort.hourly_rate != 321  # nothing is read unasked
    window.disk.bar.reload_button.click()
    assert window.document.scenario.effort.hourly_rate == 321
    assert not window.disk.bar.isVisible() and not window.document.modified


def test_becoming_active_looks_at_the_file(qtbot, window: MainWindow, opened: Path) -> None:
    window.disk.watcher.removePaths(window.disk.watcher.files() + window.disk.watcher.directories())
    edit_on_disk(opened, 322)  # unwatched (a network folder, say): only activation can tell
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    qtbot.waitUntil(window.disk.bar.isVisible, timeout=5000)


def test_our_own_save_is_no_change(qtbot, window: MainWindow, opened: Path) -> None:
    window.editor.apply_preset("base_model", "openai/gpt-4.1-mini")
    assert window.save()
    assert window.disk.check() is DiskChange.SAME and not window.disk.bar.isVisible()


def test_keep_mine_is_not_asked_again_until_the_file_changes_again(
    window: MainWindow, opened: Path
) -> None:
    edit_on_disk(opened, 323)
    assert window.disk.check() is DiskChange.CHANGED and window.disk.bar.isVisible()
    window.disk.bar.keep_button.click()
    assert window.disk.check() is DiskChange.CHANGED and not window.disk.bar.isVisible()
    edit_on_disk(opened, 324)
    window.disk.check()
    assert window.disk.bar.isVisible()


def test_reload_with_unsaved_edits_asks_first(
    window: MainWindow, opened: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.editor.apply_preset("base_model", "openai/gpt-4.1-mini")
    edited = window.document.scenario
    edit_on_disk(opened, 325)
    window.disk.check()
    asked: list[Path] = []
    monkeypatch.setattr(window.disk, "confirm_reload", lambda path: asked.append(path) or False)
    window.disk.bar.reload_button.click()
    assert asked == [opened] and window.document.scenario == edited  # kept
    monkeypatch.setattr(window.disk, "confirm_reload", lambda path: True)
    window.disk.bar.reload_button.click()
    assert window.document.scenario.effort.hourly_rate == 325 and not window.document.modified


@pytest.mark.parametrize("choice", list(SaveChoice))
def test_save_over_a_file_changed_on_disk_asks(
    window: MainWindow, opened: Path, monkeypatch: pytest.MonkeyPatch, choice: SaveChoice
) -> None:
    window.editor.apply_preset("base_model", "openai/gpt-4.1-mini")
    edit_on_disk(opened, 326)
    theirs = opened.read_bytes()
    asked: list[Path] = []
    monkeypatch.setattr(window.disk, "ask_overwrite", lambda path: asked.append(path) or choice)
    saved_as: list[bool] = []
    monkeypatch.setattr(window, "save_as", lambda: saved_as.append(True) or False)
    saved = window.save()
    assert asked == [opened]
    if choice is SaveChoice.OVERWRITE:
        assert saved and load_scenario(opened) == window.document.scenario
        assert window.disk.check() is DiskChange.SAME
    else:
        assert not saved and opened.read_bytes() == theirs and window.document.modified
    assert saved_as == ([True] if choice is SaveChoice.SAVE_AS else [])


def test_save_of_an_unchanged_file_does_not_ask(
    window: MainWindow, opened: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    os.utime(opened, ns=(5, 5))  # touched by a backup tool: not a change
    monkeypatch.setattr(window.disk, "ask_overwrite", lambda path: pytest.fail("asked"))
    window.editor.apply_preset("base_model", "openai/gpt-4.1-mini")
    assert window.save() and load_scenario(opened) == window.document.scenario


def test_the_overwrite_question_has_three_answers(window: MainWindow, opened: Path) -> None:
    for button, choice in (
        ("&Overwrite", SaveChoice.OVERWRITE),
        ("Save &As…", SaveChoice.SAVE_AS),
        ("Cancel", SaveChoice.CANCEL),
    ):

        def click(button: str = button) -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(10, click)
                return
            assert "“plan.eot.json” was changed on disk" in box.text()
            next(b for b in box.buttons() if b.text() == button).click()

        QTimer.singleShot(0, click)
        assert window.disk.ask_overwrite(opened) is choice


def test_a_removed_file_is_told_and_saved_again_without_asking(
    window: MainWindow, opened: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened.unlink()
    assert window.disk.check() is DiskChange.REMOVED
    assert "was removed or renamed on disk" in window.disk.bar.message.text()
    assert not window.disk.bar.reload_button.isVisibleTo(window.disk.bar)
    monkeypatch.setattr(window.disk, "ask_overwrite", lambda path: pytest.fail("asked"))
    assert window.save() and load_scenario(opened) == window.document.scenario


def test_a_new_scenario_forgets_the_file(window: MainWindow, opened: Path) -> None:
    edit_on_disk(opened, 327)
    window.disk.check()
    window.new_scenario()
    assert not window.disk.bar.isVisible() and window.disk.check() is DiskChange.SAME
    assert window.disk.watcher.files() == []


def test_restored_work_watches_its_file_as_it_is_now(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "plan.eot.json"
    save_scenario(window.document.scenario, path)
    edited = window.document.scenario.model_copy(update={"name": "Edited before the crash"})
    window.document.load(edited, path, modified=True)  # as offer_recovery restores it
    assert window.document.disk_stamp == disk_stamp(path)
    assert window.disk.check() is DiskChange.SAME
    edit_on_disk(path, 328)
    assert window.disk.check() is DiskChange.CHANGED and window.disk.bar.isVisible()
