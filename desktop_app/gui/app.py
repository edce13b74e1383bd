"""Starting the desktop app: `embed-or-tune [FILE] [--screenshot PNG]`."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME, __version__
from desktop_app.core.examples import DEFAULT_EXAMPLE, load_example
from desktop_app.core.recovery import left_behind
from desktop_app.core.resources import resource
from desktop_app.core.scenario_files import ScenarioFileError, load_scenario
from desktop_app.core.settings import load_settings
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.theme import STYLE_ARGUMENTS, set_theme, use_readable_locale

ORGANISATION = "Embed or Tune"
DESKTOP_FILE = "org.embedortune.EmbedOrTune"
SCREENSHOT_SIZE = (1280, 800)
SCREENSHOT_WAIT_SECONDS = 20


def _arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="embed-or-tune", description="Open the desktop app.")
    parser.add_argument("file", nargs="?", type=Path, help="scenario file to open")
    parser.add_argument("--screenshot", type=Path, metavar="PNG", help="save a picture and exit")
    return parser.parse_args(argv)


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication([sys.argv[0] if sys.argv else "embed-or-tune", *STYLE_ARGUMENTS])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANISATION)
    app.setDesktopFileName(DESKTOP_FILE)
    use_readable_locale()
    icon = resource("icons", "embed-or-tune.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def create_window(file: Path | None = None) -> MainWindow:
    """The main window with `file` open, or with the default example when there is none."""
    settings = load_settings()
    set_theme(settings.theme)
    scenario, path, problems = None, None, None
    if file is not None:
        try:
            scenario, path = load_scenario(file), file
        except ScenarioFileError as error:
            problems = error.lines
    window = MainWindow(settings, scenario or load_example(DEFAULT_EXAMPLE), path)
    if problems:
        QTimer.singleShot(0, lambda: window.show_error(f"Could not open {file}", problems))
    return window


def offer_recovery(window: MainWindow) -> None:
    """After a crash: offer back the work that was never saved."""
    for work in left_behind():
        where = f" (from {work.original_file})" if work.original_file else ""
        answer = QMessageBox.question(
            window,
            "Restore unsaved work?",
            f"“{work.scenario.name}”{where} had changes that were not saved when "
            f"{APP_NAME} last closed ({work.saved_at}). Restore them?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            original = Path(work.original_file) if work.original_file else None
            window.document.load(work.scenario, original, modified=True)
            window.autosave()
            work.path.unlink(missing_ok=True)
            return
        work.path.unlink(missing_ok=True)


def save_screenshot(window: MainWindow, target: Path) -> bool:
    """Lay the window out at 1280x800, let the analyses finish, and save a picture of it."""
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    window.runner.start_now()  # no edits will follow: the debounce would only wait
    deadline = time.monotonic() + SCREENSHOT_WAIT_SECONDS
    while window.runner.busy and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    QApplication.processEvents()
    return window.grab().save(str(target))


def run(argv: Sequence[str]) -> int:
    """Open the window (or take a screenshot); returns the exit status."""
    args = _arguments(argv)
    screen = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if args.screenshot and not screen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not screen and sys.platform.startswith("linux") and "QT_QPA_PLATFORM" not in os.environ:
        print(
            "embed-or-tune: no display to open the window on; use a command "
            "(embed-or-tune --help) or --screenshot PNG",
            file=sys.stderr,
        )
        return 2
    app = _application()
    window = create_window(args.file)
    if args.screenshot:
        if not save_screenshot(window, args.screenshot):
            print(f"embed-or-tune: {args.screenshot}: cannot be written", file=sys.stderr)
            return 1
        window.document.undo_stack.setClean()
        window.close()
        return 0
    window.show()
    QTimer.singleShot(0, lambda: after_start(window))
    return app.exec()


def after_start(window: MainWindow) -> None:
    """Once the window is shown: resume garbage collection, then offer back unsaved work."""
    gc.freeze()  # what start-up made stays: later collections need not look at it again
    gc.enable()
    offer_recovery(window)
