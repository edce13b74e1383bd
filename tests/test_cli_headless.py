"""Without a display, and for a mistyped command, the app answers in one line and exits at once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from desktop_app import launch as cli
from desktop_app.gui import app


def _window_must_not_open(*_: object) -> None:
    raise AssertionError("the window was opened")


@pytest.fixture
def no_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reaching Qt's application or the window fails the test instead of waiting for a click."""
    monkeypatch.setattr(app, "_application", _window_must_not_open)
    monkeypatch.setattr(app, "create_window", _window_must_not_open)


def test_a_bad_file_with_screenshot_exits_at_once_in_one_line(tmp_path: Path) -> None:
    bad, target = tmp_path / "bad.json", tmp_path / "out.png"
    bad.write_text("{")
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", str(bad), "--screenshot", str(target)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,  # before the fix a message box waited for a click, for ever
    )
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == f"{bad}: line 1 column 2: invalid JSON: {_json_message('{')}\n"
    assert not target.exists()


def _json_message(text: str) -> str:
    import json

    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        return error.msg
    raise AssertionError(text)


@pytest.mark.parametrize("screenshot", [True, False])
def test_missing_files_and_folders_are_one_line_without_a_display(
    capsys, no_window: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, screenshot: bool
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    picture = tmp_path / "out.png" if screenshot else None
    missing = tmp_path / "missing.json"
    assert app.run(missing, picture) == 1
    assert capsys.readouterr().err == f"{missing}: cannot be read: No such file or directory\n"
    assert app.run(tmp_path, picture) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{tmp_path}: ") and err.count("\n") == 1


def test_a_hostile_file_name_is_escaped(capsys, no_window: None, tmp_path: Path) -> None:
    name = tmp_path / "\x1b[31mred\r.json"
    assert app.run(name, tmp_path / "x.png") == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\r" not in err and "\\x1b[31mred\\x0d.json" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["simulte", "x.json"], "unknown command 'simulte'; did you mean 'simulate'?"),
        (["simulte"], "unknown command 'simulte'; did you mean 'simulate'?"),
        (["catalgo", "list"], "unknown command 'catalgo'; did you mean 'catalog'?"),
        (["frobnicate"], "unknown command 'frobnicate'; the commands are simulate, validate,"),
        (["--screenshot", "x.png", "valdate"], "unknown command 'valdate'; did you mean 'validate'?"),
        (["a.json", "b.json"], "unrecognized arguments: b.json"),
        (["-platform", "offscreen"], "unrecognized arguments: -platform"),
        ([""], "argument FILE: must not be empty"),
        (["--screenshot"], "argument --screenshot: expected one argument"),
        (["x.json", "--screenshot", "-"], "argument --screenshot: name the PNG file to write"),
    ],
)  # fmt: skip
def test_usage_errors_of_the_window_never_open_it(
    capsys, monkeypatch: pytest.MonkeyPatch, argv: list[str], message: str
) -> None:
    monkeypatch.setattr(cli, "_open_window", _window_must_not_open)
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"embed-or-tune: {message}") and err.count("\n") == 1, err


@pytest.mark.parametrize(
    ("word", "is_file"),
    [
        ("simulte", False),
        ("my-scenario", False),
        ("plan.json", True),
        ("PLAN.JSON", True),
        ("plans/q3", True),
        ("./simulte", True),
    ],
)
def test_what_is_a_file_to_open(word: str, is_file: bool) -> None:
    assert cli.looks_like_a_file(word) is is_file


def test_an_existing_file_without_json_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "simulte").write_text("{}")
    assert cli.looks_like_a_file("simulte")
    opened: list[list[str]] = []
    monkeypatch.setattr(cli, "_open_window", lambda argv: opened.append(argv) or 0)
    assert cli.main(["simulte"]) == 0 and opened == [["simulte"]]


@pytest.fixture
def x_display(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """The environment of an X11 desktop: DISPLAY decides, no Wayland, no Qt platform set."""
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    return monkeypatch


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 sockets on Linux")
def test_a_display_nobody_listens_on_is_one_line_not_qts_abort(
    capsys, no_window: None, x_display: pytest.MonkeyPatch
) -> None:
    x_display.setenv("DISPLAY", ":54321")
    assert app.unreachable_x_display() == ":54321"
    assert app.run() == 2
    assert capsys.readouterr().err == (
        "embed-or-tune: cannot reach the X display :54321 (DISPLAY); use a command "
        "(embed-or-tune --help) or --screenshot PNG\n"
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 sockets on Linux")
def test_a_screenshot_needs_no_display_and_a_listening_one_is_used(
    tmp_path: Path, x_display: pytest.MonkeyPatch
) -> None:
    import os
    import socket

    seen: list[str | None] = []

    def application() -> None:
        seen.append(os.environ.get("QT_QPA_PLATFORM"))
        raise SystemExit(0)

    x_display.setattr(app, "_application", application)
    x_display.setenv("DISPLAY", ":54321")
    with pytest.raises(SystemExit):
        app.run(screenshot=tmp_path / "x.png")
    assert seen == ["offscreen"]
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind("\0/tmp/.X11-unix/X54322")  # an abstract socket, as X servers offer
        server.listen()
        x_display.setenv("DISPLAY", ":54322.0")
        assert app.unreachable_x_display() is None
    for other in ("localhost:10.0", "/private/tmp/launchd/org.xquartz:0", ""):
        x_display.setenv("DISPLAY", other)
        assert app.unreachable_x_display() is None  # not probed: left to Qt


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Wayland sockets on Linux")
def test_a_wayland_display_nobody_listens_on_is_one_line_not_qts_abort(
    capsys, no_window: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import socket

    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-9")
    assert app.unreachable_wayland_display() == "wayland-9"
    assert app.run() == 2
    assert capsys.readouterr().err == (
        "embed-or-tune: cannot reach the Wayland display wayland-9 (WAYLAND_DISPLAY); use a "
        "command (embed-or-tune --help) or --screenshot PNG\n"
    )
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as compositor:
        compositor.bind(str(tmp_path / "wayland-9"))
        compositor.listen()
        assert app.unreachable_wayland_display() is None  # someone listens: Qt's to use
    monkeypatch.setenv("DISPLAY", ":0")
    assert app.unreachable_wayland_display() is None  # X is there to fall back to


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the headless check on Linux")
def test_without_a_display_a_bad_file_is_said_before_that_there_is_no_window(
    capsys, no_window: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for variable in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(variable, raising=False)
    bad = tmp_path / "garbage.json"
    bad.write_bytes(b"\\x00\\xff not json")
    assert app.run(bad) == 1  # the file's problem: exit 1, as docs/model.md 15 says
    err = capsys.readouterr().err
    assert err.startswith(f"{bad}: ") and "no display" not in err
    good = tmp_path / "good.json"
    good.write_text((ROOT / "resources" / "examples" / "support-chatbot.eot.json").read_text())
    assert app.run(good) == 2  # a good file, and nowhere to show it
    assert "no display to open the window on" in capsys.readouterr().err
