"""The window as a desktop application: file names, files changed on disk, open requests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from desktop_app.core.examples import load_example
from desktop_app.core.paths import HOME_VARIABLE
from desktop_app.core.scenario_files import load_scenario, save_scenario
from desktop_app.core.settings import Settings
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.scenario_dialogs import JSON_FILTER, OPEN_FILTERS, SCENARIO_FILTER
from desktop_app.gui.theme import use_readable_locale

Button = QMessageBox.StandardButton


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def window(qtbot, monkeypatch: pytest.MonkeyPatch):
    use_readable_locale()
    scenario = load_example("support-chatbot").model_copy(update={"uncertainty": ()})
    shown = MainWindow(Settings(), scenario)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    answers: list[Button] = []
    monkeypatch.setattr(shown, "ask_unsaved", lambda: answers.pop(0) if answers else Button.Discard)
    shown.answers = answers
    yield shown
    shown.document.undo_stack.setClean()


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
