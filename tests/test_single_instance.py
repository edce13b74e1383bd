"""One window per user: a second start hands its file to the running window and exits 0.

The running window is this test process (driven by pytest-qt); the second start is a real
`python -m desktop_app FILE` process. Each test has its own EMBED_OR_TUNE_HOME and runtime
folder, so it never talks to a window the user has open.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.appdata.examples import load_example
from desktop_app.core.appdata.paths import HOME_VARIABLE, state_dir
from desktop_app.core.appdata.scenario_files import save_scenario
from desktop_app.core.model.scenario import Scenario
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.single_instance import FORWARDED, InstanceServer, OpenRequests, claim
from desktop_app.instance import (
    VARIABLE,
    enabled,
    forward_file,
    parse_request,
    request_message,
    server_name,
)

Button = QMessageBox.StandardButton
START_TIMEOUT_S = 120  # a second start imports Qt; the machine may be busy


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A home and a short runtime folder of this test's own (socket paths are short)."""
    folder = Path(tempfile.mkdtemp(prefix="eot-", dir="/tmp" if os.name == "posix" else None))
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "home"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    monkeypatch.setenv(VARIABLE, "1")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def requests(qapp: QApplication, runtime: Path) -> Iterator[OpenRequests]:
    made = OpenRequests(qapp, file_open_events=True)  # as on macOS
    yield made
    qapp.removeEventFilter(made)
    made.setParent(None)


@pytest.fixture
def window_scenario(requests: OpenRequests) -> Scenario:
    """support-chatbot with its ranges; the window opens once the requests are listened to."""
    return load_example("support-chatbot")


@pytest.fixture
def running(window: MainWindow, requests: OpenRequests) -> Iterator[InstanceServer]:
    """This process is the running window, listening."""
    server = claim(requests, [])
    assert isinstance(server, InstanceServer)
    requests.attach(window)
    yield server
    server.close()


def scenario_file(folder: Path, example: str) -> Path:
    path = folder / f"{example}.eot.json"
    save_scenario(load_example(example), path)
    return path


def start(*args: str, cwd: Path | None = None) -> subprocess.Popen[str]:
    """A second `embed-or-tune` (offscreen, with this test's home and runtime folder)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "desktop_app", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finished(qtbot, process: subprocess.Popen[str]) -> tuple[int, str, str]:
    """Keep this window's event loop running until the other process ends: status, out, err."""
    try:
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=START_TIMEOUT_S * 1000)
    finally:
        if process.poll() is None:
            process.kill()
        out, err = process.communicate(timeout=30)
    return process.returncode, out, err


# when it applies, and the socket's name --------------------------------------------------------


@pytest.mark.parametrize(
    ("screenshot", "environ", "expected"),
    [
        (False, {}, True),
        (False, {"QT_QPA_PLATFORM": "xcb"}, True),
        (False, {"QT_QPA_PLATFORM": "offscreen"}, False),  # tests: never a real window's
        (False, {"QT_QPA_PLATFORM": "minimal:enable_fonts"}, False),
        (False, {"QT_QPA_PLATFORM": "offscreen", VARIABLE: "1"}, True),
        (False, {"QT_QPA_PLATFORM": "xcb", VARIABLE: "0"}, False),
        (True, {"QT_QPA_PLATFORM": "xcb"}, False),  # --screenshot never forwards
        (True, {VARIABLE: "1"}, False),
    ],
)
def test_when_a_start_forwards_or_listens(screenshot: bool, environ: dict, expected: bool) -> None:
    assert enabled(screenshot, environ) is expected


def test_the_pipe_is_per_user_and_settings_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "one"))
    one = server_name({})
    assert one.startswith("embed-or-tune-") and os.sep not in one  # Qt's own place
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "two"))
    assert server_name({}) != one


@pytest.mark.skipif(os.name != "posix", reason="Unix sockets live in XDG_RUNTIME_DIR")
def test_the_socket_is_per_user_and_settings_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    short = Path(tempfile.mkdtemp(prefix="eot-", dir="/tmp"))
    try:
        monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "one"))
        one = server_name({"XDG_RUNTIME_DIR": str(short)})
        assert one.startswith(str(short) + os.sep) and one.endswith(".socket")
        assert server_name({}) == Path(one).stem  # no runtime folder: Qt's own place
        monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "two"))
        assert server_name({"XDG_RUNTIME_DIR": str(short)}) != one
        too_long = tmp_path / ("x" * 120)
        too_long.mkdir()
        assert os.sep not in server_name({"XDG_RUNTIME_DIR": str(too_long)})
        assert os.sep not in server_name({"XDG_RUNTIME_DIR": "relative"})
    finally:
        shutil.rmtree(short)


def test_a_request_names_absolute_paths_and_nothing_else_is_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    message = request_message([Path("plan.eot.json"), tmp_path / "ä b.json"])
    assert message.endswith(b"\n") and message.count(b"\n") == 1
    assert parse_request(message.strip()) == [tmp_path / "plan.eot.json", tmp_path / "ä b.json"]
    for line in (
        b"",
        b"\xff",
        b"[1]",
        b'{"format": "embed-or-tune/open", "files": "x"}',
        b'{"format": "embed-or-tune/open", "files": ["relative.json"]}',
        b'{"format": "embed-or-tune/open", "files": ["/a\\u0000b"]}',
        b'{"format": "other", "files": ["/a.json"]}',
        b"[" * 100_000,
    ):
        assert parse_request(line) is None


# a second start -------------------------------------------------------------------------------


def test_a_second_start_hands_its_file_to_the_running_window(
    qtbot, window: MainWindow, running: InstanceServer, tmp_path: Path
) -> None:
    other = scenario_file(tmp_path, "ticket-classifier")
    # a relative name, from another folder
    assert finished(qtbot, start(other.name, cwd=tmp_path)) == (0, "", "")
    qtbot.waitUntil(lambda: window.document.path == other, timeout=5000)
    assert window.document.scenario.name == "Support ticket classifier"


def test_the_running_window_asks_about_unsaved_changes_first(
    qtbot, window: MainWindow, running: InstanceServer, requests: OpenRequests, tmp_path: Path
) -> None:
    window.editor.apply_preset("base_model", "openai/gpt-4.1-mini")
    edited = window.document.scenario
    window.answers.append(Button.Cancel)
    requests.add([scenario_file(tmp_path, "ticket-classifier")])
    qtbot.waitUntil(lambda: not requests.pending, timeout=5000)
    assert window.document.scenario == edited and window.answers == []  # asked, kept


def test_a_socket_left_by_a_window_that_died_is_replaced(
    qtbot, window: MainWindow, requests: OpenRequests, runtime: Path, tmp_path: Path
) -> None:
    if os.name != "posix":
        pytest.skip("a Unix socket file")
    name = server_name()
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(name)  # what a crash leaves: the socket file, nobody listening
    dead.close()
    assert Path(name).exists()
    server = claim(requests, [])
    assert isinstance(server, InstanceServer)
    requests.attach(window)
    try:
        other = scenario_file(tmp_path, "content-pipeline")
        assert finished(qtbot, start(str(other)))[0] == 0
        qtbot.waitUntil(lambda: window.document.path == other, timeout=5000)
    finally:
        server.close()


def test_the_start_lock_is_released(requests: OpenRequests) -> None:
    server = claim(requests, [])
    try:
        assert isinstance(server, InstanceServer)
        lock = QLockFile(str(state_dir() / "instance.lock"))
        assert lock.tryLock(0)
        lock.unlock()
    finally:
        server.close()


def test_two_starts_at_the_same_moment_make_one_window(
    qtbot, runtime: Path, tmp_path: Path
) -> None:
    files = [scenario_file(tmp_path, name) for name in ("ticket-classifier", "content-pipeline")]
    starts = [start(str(file)) for file in files]
    try:
        qtbot.waitUntil(
            lambda: any(process.poll() is not None for process in starts),
            timeout=START_TIMEOUT_S * 1000,
        )
        done = [process for process in starts if process.poll() is not None]
        assert len(done) == 1 and done[0].returncode == 0
        settings = tmp_path / "home" / "config" / "settings.json"

        def both_opened() -> bool:
            try:
                recent = json.loads(settings.read_text())["recent_files"]
            except (OSError, ValueError):
                return False
            return sorted(recent) == sorted(str(file) for file in files)

        qtbot.waitUntil(both_opened, timeout=START_TIMEOUT_S * 1000)  # the survivor opened both
        assert all(process.poll() is None for process in starts if process not in done)
    finally:
        for process in starts:
            if process.poll() is None:
                process.terminate()
            process.communicate(timeout=30)


def test_a_screenshot_never_forwards(
    qtbot, window: MainWindow, running: InstanceServer, tmp_path: Path
) -> None:
    other = scenario_file(tmp_path, "ticket-classifier")
    picture = tmp_path / "shot.png"
    status, _, err = finished(qtbot, start(str(other), "--screenshot", str(picture)))
    assert status == 0, err
    assert picture.read_bytes().startswith(b"\x89PNG")
    qtbot.wait(300)  # anything it had sent would have arrived by now
    assert window.document.path is None and window.document.scenario.name == "Support chatbot"


def test_what_is_not_a_request_gets_no_answer_and_changes_nothing(
    qtbot, window: MainWindow, running: InstanceServer
) -> None:
    if os.name != "posix":
        pytest.skip("a Unix socket client")
    for garbage in (b"hello\n", b'{"format": "embed-or-tune/open", "files": ["x"]}\n'):
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.connect(server_name())
        client.sendall(garbage)
        client.setblocking(False)
        answer: list[bytes] = []

        def closed(client: socket.socket = client, answer: list[bytes] = answer) -> bool:
            try:
                answer.append(client.recv(100))
            except BlockingIOError:
                return False
            return answer[-1] == b""

        qtbot.waitUntil(closed, timeout=5000)
        client.close()
        assert b"".join(answer) == b""
    assert window.document.path is None


# macOS Finder: QFileOpenEvent -------------------------------------------------------------------


def test_a_file_open_event_opens_the_file_in_the_window(
    qtbot, qapp: QApplication, window: MainWindow, requests: OpenRequests, tmp_path: Path
) -> None:
    other = scenario_file(tmp_path, "ticket-classifier")
    requests.attach(window)
    QApplication.sendEvent(qapp, QFileOpenEvent(str(other)))
    qtbot.waitUntil(lambda: window.document.path == other, timeout=5000)


def test_a_file_open_event_before_the_window_waits_for_it(
    qtbot, qapp: QApplication, window: MainWindow, requests: OpenRequests, tmp_path: Path
) -> None:
    other = scenario_file(tmp_path, "content-pipeline")
    QApplication.sendEvent(qapp, QFileOpenEvent(str(other)))  # Finder asks at launch
    assert list(requests.pending) == [other]
    requests.attach(window)
    qtbot.waitUntil(lambda: window.document.path == other, timeout=5000)


def test_a_request_waits_for_an_open_dialog(
    qtbot, window: MainWindow, requests: OpenRequests, tmp_path: Path
) -> None:
    other = scenario_file(tmp_path, "ticket-classifier")
    requests.attach(window)
    box = QMessageBox(QMessageBox.Icon.Information, "Busy", "A dialog is open", parent=window)
    box.setModal(True)
    box.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box, timeout=5000)
    requests.add([other])
    qtbot.wait(700)  # two retries
    assert window.document.path is None and list(requests.pending) == [other]
    box.close()
    qtbot.waitUntil(lambda: window.document.path == other, timeout=5000)


def test_only_macos_filters_the_applications_events_for_file_open(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    for platform, expected in (("linux", False), ("win32", False), ("darwin", True)):
        monkeypatch.setattr(sys, "platform", platform)
        installed: list[object] = []
        monkeypatch.setattr(qapp, "installEventFilter", installed.append)
        made = OpenRequests(qapp)
        assert (installed == [made]) is expected
        made.setParent(None)


def test_without_a_window_running_a_start_listens(requests: OpenRequests) -> None:
    outcome = claim(requests, [Path("/nowhere/plan.eot.json")])
    try:
        assert isinstance(outcome, InstanceServer) and outcome != FORWARDED
        assert outcome.server.isListening()
    finally:
        if isinstance(outcome, InstanceServer):
            outcome.close()


def test_a_request_raises_the_window(
    qtbot, window: MainWindow, requests: OpenRequests, tmp_path: Path, monkeypatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(window, "raise_", lambda: calls.append("raise"))
    monkeypatch.setattr(window, "activateWindow", lambda: calls.append("activate"))
    requests.attach(window)
    other = scenario_file(tmp_path, "ticket-classifier")
    requests.add([other])
    qtbot.waitUntil(lambda: window.document.path == other, timeout=5000)
    assert calls == ["raise", "activate"]


def test_a_second_start_loads_no_window_to_hand_its_file_over(
    qtbot, window: MainWindow, running: InstanceServer, tmp_path: Path
) -> None:
    other = scenario_file(tmp_path, "content-pipeline")
    program = (
        "import sys\n"
        "from desktop_app.launch import main\n"
        f"status = main([{str(other)!r}])\n"
        "loaded = [m for m in sys.modules if m.startswith(('desktop_app.gui', 'numpy'))]\n"
        "print(status, sorted(loaded), 'PySide6.QtWidgets' in sys.modules)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    light = subprocess.Popen(
        [sys.executable, "-c", program],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert finished(qtbot, light) == (0, "0 [] False\n", "")
    qtbot.waitUntil(lambda: window.document.path == other, timeout=5000)


@pytest.mark.parametrize(
    ("file", "screenshot", "environ"),
    [
        (None, False, {VARIABLE: "1"}),  # no file: a window of its own
        (Path("plan.eot.json"), True, {VARIABLE: "1"}),
        (Path("plan.eot.json"), False, {"QT_QPA_PLATFORM": "offscreen"}),  # headless
        (Path("plan.eot.json"), False, {VARIABLE: "1"}),  # nobody listens
    ],
)
def test_what_a_start_does_not_forward(
    file: Path | None,
    screenshot: bool,
    environ: dict,
    runtime: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys,
) -> None:
    monkeypatch.delenv(VARIABLE, raising=False)
    for key, value in environ.items():
        monkeypatch.setenv(key, value)
    assert forward_file(file, screenshot=screenshot) is False
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize("main", ["main", "window_main"])
def test_a_usage_error_is_said_once_and_never_forwarded(
    main: str, runtime: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    from desktop_app import instance, launch

    monkeypatch.setenv(VARIABLE, "1")
    monkeypatch.setattr(instance, "forward", lambda *_: pytest.fail("forwarded"))
    monkeypatch.setattr(sys, "argv", ["embed-or-tune", "plan.eot.json", "--bogus"])
    status = launch.main() if main == "main" else launch.window_main()
    err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1 and "unrecognized arguments: --bogus" in err
