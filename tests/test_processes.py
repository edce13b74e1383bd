"""Whether a process runs, asked portably: os.kill(pid, 0) on POSIX, OpenProcess on Windows."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.core.appdata import processes, recovery, safe_files
from desktop_app.core.appdata.processes import ERROR_ACCESS_DENIED, STILL_ACTIVE, process_alive
from desktop_app.core.appdata.recovery import RecoveryFile, left_behind
from desktop_app.core.model.scenario import Scenario

ERROR_INVALID_PARAMETER = 87


class FakeKernel32:
    """kernel32 as the Windows branch calls it: which process ids exist, and how they stand."""

    def __init__(self, exit_codes: dict[int, int], denied: frozenset[int] = frozenset()) -> None:
        self.exit_codes = exit_codes  # pid -> exit code (STILL_ACTIVE while it runs)
        self.denied = denied
        self.error = 0
        self.opened: list[int] = []
        self.closed: list[int] = []
        self.exit_code_fails = False

    def OpenProcess(self, access: int, inherit: bool, pid: int) -> int:  # noqa: N802
        assert access == processes.PROCESS_QUERY_LIMITED_INFORMATION and not inherit
        if pid in self.denied:
            self.error = ERROR_ACCESS_DENIED
            return 0
        if pid not in self.exit_codes:
            self.error = ERROR_INVALID_PARAMETER
            return 0
        self.opened.append(pid)
        return 1000 + pid

    def GetExitCodeProcess(self, handle: int, code) -> bool:  # noqa: N802
        if self.exit_code_fails:
            return False
        code._obj.value = self.exit_codes[handle - 1000]
        return True

    def CloseHandle(self, handle: int) -> bool:  # noqa: N802
        self.closed.append(handle - 1000)
        return True

    def last_error(self) -> int:
        return self.error


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> FakeKernel32:
    """sys.platform is win32, kernel32 is the fake, and os.kill must not be called."""
    fake = FakeKernel32({4242: STILL_ACTIVE, 4343: 0, 4444: 1})

    def no_kill(pid: int, sig: int) -> None:
        raise AssertionError(f"os.kill({pid}, {sig}) would send Ctrl+C on Windows")

    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(os, "kill", no_kill)
    monkeypatch.setattr(processes, "_kernel32", lambda: fake)
    return fake


def test_windows_a_running_process_is_alive_and_its_handle_closed(windows: FakeKernel32) -> None:
    assert process_alive(4242)
    assert windows.opened == [4242] and windows.closed == [4242]


def test_windows_a_process_that_exited_is_gone(windows: FakeKernel32) -> None:
    assert not process_alive(4343)  # exit code 0
    assert not process_alive(4444)  # exit code 1
    assert windows.closed == [4343, 4444]


def test_windows_a_process_id_nobody_has_is_gone(windows: FakeKernel32) -> None:
    assert not process_alive(5555)
    assert windows.closed == []  # nothing was opened, so nothing is closed


def test_windows_a_process_we_may_not_open_is_alive(windows: FakeKernel32) -> None:
    windows.denied = frozenset({6666})
    assert process_alive(6666)  # another user's or elevated: its files are kept


def test_windows_an_exit_code_that_cannot_be_read_keeps_the_process(
    windows: FakeKernel32,
) -> None:
    windows.exit_code_fails = True
    assert process_alive(4343)
    assert windows.closed == [4343]


def test_windows_ids_that_are_no_process_are_never_asked(windows: FakeKernel32) -> None:
    assert not process_alive(0) and not process_alive(-1) and not process_alive(2**40)
    assert windows.opened == []


def test_windows_our_own_process_is_alive_without_asking(windows: FakeKernel32) -> None:
    assert process_alive(os.getpid()) and windows.opened == []


def test_windows_recovery_and_temporaries_ask_kernel32_not_os_kill(
    windows: FakeKernel32, tmp_path: Path
) -> None:
    running = RecoveryFile(tmp_path)
    running.path = tmp_path / "4242-aaaaaaaa.json"
    running.write(Scenario(), None)
    crashed = RecoveryFile(tmp_path)
    crashed.path = tmp_path / "4343-bbbbbbbb.json"
    crashed.write(Scenario(), None)
    assert [work.path.name for work in left_behind(tmp_path)] == ["4343-bbbbbbbb.json"]
    stale = tmp_path / ".plan.json.4343-0123abcd.eot-partial"
    live = tmp_path / ".plan.json.4242-0123abcd.eot-partial"
    stale.write_text("x")
    live.write_text("x")
    assert safe_files.remove_stale_temporaries(tmp_path) == [stale]
    assert live.exists()


def test_the_fake_reads_exit_codes_as_ctypes_passes_them() -> None:
    # The Windows branch hands GetExitCodeProcess ctypes.byref(c_ulong): the fake must see that.
    fake = FakeKernel32({7: STILL_ACTIVE})
    code = ctypes.c_ulong(0)
    assert fake.GetExitCodeProcess(1007, ctypes.byref(code)) and code.value == STILL_ACTIVE


@pytest.mark.skipif(sys.platform == "win32", reason="the POSIX branch")
def test_posix_a_child_that_exited_is_gone_and_a_running_one_alive() -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    try:
        assert process_alive(child.pid)
    finally:
        child.communicate(b"")
    assert not process_alive(child.pid)  # reaped: the id names no process now


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux says so in /proc")
def test_a_killed_window_its_parent_has_not_waited_for_is_gone(home) -> None:
    """Its unsaved work is offered back although its id still answers os.kill (a zombie)."""
    import signal
    import time
    from pathlib import Path

    from desktop_app.core.appdata.examples import load_example

    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        os.kill(child.pid, signal.SIGKILL)
        stat = Path(f"/proc/{child.pid}/stat")
        deadline = time.monotonic() + 10
        while stat.read_text().rpartition(")")[2].split()[0] != "Z":
            assert time.monotonic() < deadline
            time.sleep(0.01)
        os.kill(child.pid, 0)  # the id still answers: only /proc tells it has ended
        assert not process_alive(child.pid)
        copy = recovery.RecoveryFile()
        copy.path = copy.folder / f"{child.pid}-0000.json"
        copy.write(load_example("support-chatbot"), None)
        assert [work.path for work in recovery.left_behind()] == [copy.path]
    finally:
        child.wait()


@pytest.mark.skipif(sys.platform == "win32", reason="the POSIX branch")
@pytest.mark.parametrize(
    ("raised", "alive"),
    [
        (None, True),
        (PermissionError(1, "no"), True),
        (ProcessLookupError(3, "no"), False),
        (OSError(22, "bad"), False),
        (OverflowError("big"), False),
    ],
)
def test_posix_answers_from_os_kill_signal_zero(
    monkeypatch: pytest.MonkeyPatch, raised: BaseException | None, alive: bool
) -> None:
    calls: list[tuple[int, int]] = []

    def kill(pid: int, sig: int) -> None:
        calls.append((pid, sig))
        if raised is not None:
            raise raised

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(os, "kill", kill)
    assert process_alive(31337) is alive
    assert calls == [(31337, 0)]


def test_recovery_uses_the_portable_check(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []
    monkeypatch.setattr(processes, "process_alive", lambda pid: asked.append(pid) or False)
    assert not recovery._process_alive(12345) and not safe_files.process_alive(12346)
    assert asked == [12345, 12346]


@pytest.mark.skipif(sys.platform != "win32", reason="the real kernel32 (the Windows CI runs it)")
def test_windows_for_real_a_child_runs_then_is_gone() -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE
    )
    try:
        assert process_alive(child.pid)
    finally:
        child.communicate(b"")
    assert not process_alive(child.pid)
