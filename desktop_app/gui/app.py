"""Starting the desktop app: `embed-or-tune [FILE] [--screenshot PNG]`."""

from __future__ import annotations

import gc
import os
import re
import socket
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import APP_NAME, INVALID_INPUT, PROGRAM, USAGE, __version__
from desktop_app.core.appdata.examples import DEFAULT_EXAMPLE, load_example
from desktop_app.core.appdata.recovery import left_behind, set_aside_damaged, tidy_up
from desktop_app.core.appdata.resources import resource
from desktop_app.core.appdata.safe_files import FileError, write_file
from desktop_app.core.appdata.scenario_files import ScenarioFileError, load_scenario
from desktop_app.core.appdata.settings import load_settings
from desktop_app.core.i18n import translate
from desktop_app.gui.charts.image_bytes import png_bytes
from desktop_app.gui.dialogs.help_actions import explain_example
from desktop_app.gui.main_thread_gc import MainThreadCollector
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.single_instance import (
    FORWARDED,
    InstanceServer,
    OpenRequests,
    claim,
    enabled,
)
from desktop_app.gui.theme import STYLE_ARGUMENTS, set_theme, use_readable_locale
from desktop_app.gui.translations import install_translations
from desktop_app.present.problem_words import file_problems
from desktop_app.present.safe_text import one_line

ORGANISATION = "Embed or Tune"
DESKTOP_FILE = "org.embedortune.EmbedOrTune"
SCREENSHOT_SIZE = (1280, 800)
SCREENSHOT_WAIT_SECONDS = 20
HEADLESS_PLATFORMS = ("offscreen", "minimal")
"""Qt platforms without a screen: nobody could click a message box away."""


def _headless(screenshot: Path | None, screen: str | None) -> bool:
    """Whether nobody can see the window: a screenshot, or no screen, or a screenless platform."""
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    return screenshot is not None or not screen or platform in HEADLESS_PLATFORMS


def unreachable_x_display() -> str | None:
    """DISPLAY when it names a local X server that is not there, else None.

    Qt would abort on it with five lines about plugins (exit 134). Only a local display
    (`:0`, `unix:0.1`) on Linux is probed, by connecting to its socket; any other form is
    left to Qt.
    """
    display = os.environ.get("DISPLAY", "")
    platform = os.environ.get("QT_QPA_PLATFORM", "xcb").split(":")[0].strip().lower()
    local = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display)
    if not local or os.environ.get("WAYLAND_DISPLAY") or platform not in ("", "xcb"):
        return None
    if not sys.platform.startswith("linux"):
        return None
    path = f"/tmp/.X11-unix/X{local.group(1)}"
    if _listening("\0" + path) or _listening(path):  # the abstract socket, then the file
        return None
    return display


def _listening(address: str) -> bool:
    """Whether a local (Unix) socket at `address` takes a connection."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(2.0)
        try:
            probe.connect(address)
        except OSError:
            return False
        return True


def unreachable_wayland_display() -> str | None:
    """WAYLAND_DISPLAY when nobody listens on it and no DISPLAY is set, else None.

    Qt would abort on it as on a missing X server. The socket is WAYLAND_DISPLAY itself when
    absolute, else in XDG_RUNTIME_DIR; only Linux is probed, and only when Qt's platform is
    left to choose or is Wayland.
    """
    name = os.environ.get("WAYLAND_DISPLAY", "")
    platform = os.environ.get("QT_QPA_PLATFORM", "wayland").split(":")[0].strip().lower()
    if not name or os.environ.get("DISPLAY") or platform not in ("", "wayland"):
        return None
    if not sys.platform.startswith("linux"):
        return None
    folder = os.environ.get("XDG_RUNTIME_DIR", "")
    path = name if os.path.isabs(name) else os.path.join(folder, name) if folder else ""
    return None if path and _listening(path) else name  # no runtime folder: no socket either


def _file_problems(file: Path) -> list[str]:
    """Why `file` cannot be opened, one line each (none when it can)."""
    try:
        load_scenario(file)
    except ScenarioFileError as error:
        return [f"{error.source}: {line}" for line in error.lines]
    return []


QUIET_QT_NOTES = frozenset({"This plugin does not support propagateSizeHints()"})
"""Qt's notes that tell a user nothing: the offscreen platform (--screenshot) cannot size a
window from its hints, which nothing here needs (it printed four times per picture)."""


def _quiet_qt_notes() -> None:
    """Leave out `QUIET_QT_NOTES`; every other message of Qt goes to stderr as before."""
    previous: Callable[[QtMsgType, QMessageLogContext, str], object] | None = None

    def handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message in QUIET_QT_NOTES:
            return
        if previous is not None:
            previous(mode, context, message)
            return
        category = context.category
        prefix = f"{category}: " if category not in ("", "default") else ""
        sys.stderr.write(f"{prefix}{message}\n")

    previous = qInstallMessageHandler(handler)


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    _quiet_qt_notes()
    app = QApplication([sys.argv[0] if sys.argv else "embed-or-tune", *STYLE_ARGUMENTS])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANISATION)
    app.setDesktopFileName(DESKTOP_FILE)
    use_readable_locale()
    install_translations()
    icon = resource("icons", "embed-or-tune.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def create_window(file: Path | None = None, explain: bool = True) -> MainWindow:
    """The main window with `file` open, or with the default example when there is none.

    The first time the example opens (and `explain`), a note above it says what it is. Its
    analyses start once it has been painted: the window is seen first, without a worker
    thread competing with its first layout and paint.
    """
    settings = load_settings()
    set_theme(settings.theme)
    scenario, path, problems = None, None, None
    if file is not None:
        try:
            scenario, path = load_scenario(file), file
        except ScenarioFileError as error:
            problems = file_problems(error)
    window = MainWindow(settings, scenario or load_example(DEFAULT_EXAMPLE), path, paint_first=True)
    if problems:
        QTimer.singleShot(
            0,
            lambda: window.show_error(
                translate("App", "Could not open {0}").format(file), problems
            ),
        )
    elif file is None and explain and not settings.first_run_explained:
        explain_example(window)
    return window


def offer_recovery(window: MainWindow) -> None:
    """After a crash: tidy up, say once what cannot be restored, offer back what can."""
    tidy_up()
    damaged = set_aside_damaged()
    if damaged:
        window.show_error(
            translate("App", "Some unsaved work could not be restored"),
            [
                translate("App", "{file}: {reason} (set aside, not deleted)").format(
                    file=work.path, reason=work.reason
                )
                for work in damaged
            ],
        )
    for work in left_behind():
        where = (
            translate("App", " (from {file})").format(file=work.original_file)
            if work.original_file
            else ""
        )
        answer = QMessageBox.question(
            window,
            translate("App", "Restore unsaved work?"),
            translate(
                "App",
                "“{0}”{1} had changes that were not saved when {2} last "
                "closed ({3}). Restore them?",
            ).format(work.scenario.name, where, APP_NAME, work.saved_at),
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


LAYOUT_ROUNDS = 4
"""Rounds of events before the picture: a long status line wrapped to four lines was cut to two."""


def save_screenshot(window: MainWindow, target: Path, reading: Sequence[Path] = ()) -> None:
    """Lay the window out at 1280x800, let the analyses finish, and save a picture of it.

    The PNG is made in memory and written through the safe path, never over `reading` (the
    scenario shown); FileError says why it was not written.
    """
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    window.runner.start_now()  # no edits will follow: the debounce would only wait
    deadline = time.monotonic() + SCREENSHOT_WAIT_SECONDS
    while window.runner.busy and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    for _ in range(LAYOUT_ROUNDS):  # a label wrapped anew posts its parent's layout in turn
        QApplication.processEvents()
    data = png_bytes(window.grab().toImage())
    if data is None:
        raise FileError(target, "was not written: the picture could not be made")
    write_file(target, data, reading=reading, kind="png")


def run(file: Path | None = None, screenshot: Path | None = None) -> int:
    """Open the window on `file` (or save a picture of it to `screenshot`); the exit status.

    The arguments were checked before Qt loaded (`desktop_app.launch.window_arguments`).
    """
    screen, no_window = _screen(screenshot)
    if file is not None and (no_window or _headless(screenshot, screen)):
        # Nobody could click away the message a bad file gets in the window: say it here,
        # before saying that there is no window at all.
        problems = _file_problems(file)
        for line in problems:
            print(one_line(line), file=sys.stderr)
        if problems:
            return INVALID_INPUT
    if no_window:
        print(no_window, file=sys.stderr)
        return USAGE
    app = _application()
    requests = OpenRequests(app)  # macOS Finder's QFileOpenEvent, and later starts' files
    instance = None
    if enabled(screenshot=screenshot is not None):
        instance = claim(requests, [file] if file else [])
        if instance == FORWARDED:
            return 0  # the running window opens the file
    window = create_window(file, explain=not screenshot)
    requests.attach(window)
    if screenshot:
        return _take_screenshot(window, screenshot, file)
    window.show()
    QTimer.singleShot(0, lambda: after_start(window))
    try:
        return app.exec()
    finally:
        if isinstance(instance, InstanceServer):  # not None, not FORWARDED
            instance.close()


def _screen(screenshot: Path | None) -> tuple[str | None, str | None]:
    """The display to open the window on (None: none), and why there is no way to (or None).

    A picture needs no screen (Qt's offscreen platform takes it).
    """
    screen = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    instead = f"use a command ({PROGRAM} --help) or --screenshot PNG"
    x_gone, wayland_gone = unreachable_x_display(), unreachable_wayland_display()
    if (x_gone or wayland_gone) and screenshot and "QT_QPA_PLATFORM" not in os.environ:
        screen = None  # a picture needs no screen
    elif x_gone:
        return screen, f"{PROGRAM}: cannot reach the X display {x_gone} (DISPLAY); {instead}"
    elif wayland_gone:
        return screen, (
            f"{PROGRAM}: cannot reach the Wayland display {wayland_gone} (WAYLAND_DISPLAY); "
            f"{instead}"
        )
    if screenshot and not screen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not screen and sys.platform.startswith("linux") and "QT_QPA_PLATFORM" not in os.environ:
        return screen, f"{PROGRAM}: no display to open the window on; {instead}"
    return screen, None


def _take_screenshot(window: MainWindow, screenshot: Path, file: Path | None) -> int:
    """Save the picture of the window and close it; the exit status."""
    try:
        save_screenshot(window, screenshot, [file] if file else [])
    except FileError as error:
        print(f"embed-or-tune: {error}", file=sys.stderr)
        return 1
    window.document.undo_stack.setClean()
    window.close()
    return 0


def after_start(window: MainWindow) -> None:
    """Once the window is shown: resume garbage collection, then offer back unsaved work.

    The collections run on the main thread only (`main_thread_gc`), never on an engine thread.
    """
    gc.freeze()  # what start-up made stays: later collections need not look at it again
    application = QApplication.instance()
    if application is not None and application.findChild(MainThreadCollector) is None:
        MainThreadCollector(application)
    offer_recovery(window)
