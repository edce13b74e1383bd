"""End to end on a real X server (Xvfb): the desktop opens a saved scenario in the app.

The entry, the MIME type and the icons are installed below a temporary XDG_DATA_HOME;
`xdg-mime` must name our type for a saved NAME.eot.json, `gio open` must start the app on it,
and a second `gio open` must go to the running window. Skipped where Xvfb, xdg-mime or gio
is missing (install xvfb, xdg-utils, shared-mime-info and libglib2.0-bin to run it).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.cli.desktop_entry import install
from desktop_app.core.appdata.examples import load_example
from desktop_app.core.appdata.scenario_files import save_scenario

TOOLS = ("Xvfb", "xdg-mime", "gio", "update-mime-database")
MIME_TYPE = "application/x-embed-or-tune-scenario"
WAIT_SECONDS = 90

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or any(shutil.which(tool) is None for tool in TOOLS),
    reason=f"needs Linux and {', '.join(TOOLS)}",
)


def wait_for(condition, seconds: float = WAIT_SECONDS) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.fixture
def desktop() -> Iterator[dict]:
    """A private X server and XDG folders; the app's processes are ended afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="eot-e2e-", dir="/tmp"))
    folder.chmod(0o700)
    display = next(
        number for number in range(90, 140) if not Path(f"/tmp/.X11-unix/X{number}").exists()
    )
    server = subprocess.Popen(
        ["Xvfb", f":{display}", "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "WAYLAND", "XDG_", "DBUS_")) and key != "DISPLAY"
    }
    env.update(
        DISPLAY=f":{display}",
        QT_QPA_PLATFORM="xcb",
        XDG_DATA_HOME=str(folder / "data"),
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_DATA_DIRS="/usr/local/share:/usr/share",
        XDG_RUNTIME_DIR=str(folder),
        XDG_CURRENT_DESKTOP="GNOME",  # xdg-mime then asks GIO, which reads shared-mime-info
        EMBED_OR_TUNE_HOME=str(folder / "home"),
        NO_AT_BRIDGE="1",
    )
    env.pop("EMBED_OR_TUNE_SINGLE_INSTANCE", None)
    (folder / "config").mkdir()
    try:
        assert wait_for(lambda: Path(f"/tmp/.X11-unix/X{display}").exists(), 30), "no Xvfb"
        yield {"folder": folder, "env": env}
    finally:
        for pid in _started(folder):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)


def _started(folder: Path) -> list[int]:
    """The ids of the app processes the launcher started (it writes each one down)."""
    pids = folder / "pids"
    return [int(line) for line in pids.read_text().split()] if pids.exists() else []


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}").exists() and "zombie" not in _status(pid)


def _status(pid: int) -> str:
    try:
        return (Path(f"/proc/{pid}") / "status").read_text().lower()
    except OSError:
        return ""


def _recent_files(folder: Path) -> list[str]:
    try:
        return json.loads((folder / "home" / "config" / "settings.json").read_text())[
            "recent_files"
        ]
    except (OSError, ValueError, KeyError):
        return []


def test_gio_open_starts_the_app_and_a_second_open_goes_to_it(desktop: dict) -> None:
    folder, env = desktop["folder"], desktop["env"]
    launcher = folder / "launch"  # notes the app's process id, then becomes the app
    launcher.write_text(
        f'#!/bin/sh\necho $$ >> "{folder}/pids"\nexec "{sys.executable}" -m desktop_app "$@"\n'
    )
    launcher.chmod(0o755)
    install([str(launcher)], folder / "data")  # what --install-desktop-entry writes
    saved, other = folder / "saved.eot.json", folder / "other.eot.json"
    save_scenario(load_example("ticket-classifier"), saved)
    save_scenario(load_example("content-pipeline"), other)

    def run(*command: str) -> str:
        return subprocess.run(
            command, env=env, capture_output=True, text=True, check=True, timeout=60
        ).stdout.strip()

    assert run("xdg-mime", "query", "filetype", str(saved)) == MIME_TYPE
    assert run("xdg-mime", "query", "default", MIME_TYPE) == "org.embedortune.EmbedOrTune.desktop"

    def gio_open(path: Path) -> None:
        # The app inherits gio's output: a file, not a pipe that stays open while it runs.
        with (folder / "app.log").open("ab") as log:
            subprocess.run(
                ["gio", "open", str(path)], env=env, stdout=log, stderr=log, check=True, timeout=60
            )

    gio_open(saved)
    assert wait_for(lambda: _recent_files(folder) == [str(saved)]), "the app did not open it"
    first = _started(folder)
    assert len(first) == 1 and _alive(first[0])

    gio_open(other)
    assert wait_for(lambda: _recent_files(folder)[:1] == [str(other)]), "not opened"
    assert _recent_files(folder) == [str(other), str(saved)]
    second = [pid for pid in _started(folder) if pid not in first]
    assert len(second) == 1  # a second start ran ...
    assert wait_for(lambda: not _alive(second[0]), 30)  # ... handed the file over and ended
    assert _alive(first[0])  # while the first window goes on
