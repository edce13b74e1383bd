"""Whether a process is still running, asked the same way on every platform.

Recovery files and temporary files are named after the process that writes them; one whose
process is gone is what a crash left behind. On POSIX `os.kill(pid, 0)` asks without sending
anything. On Windows that same call is not a question: `os.kill` with 0 (CTRL_C_EVENT) sends
Ctrl+C to the process group, so there the process is opened (`OpenProcess`) and its exit code
read (`GetExitCodeProcess`: STILL_ACTIVE while it runs).
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path
from typing import Any

PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
STILL_ACTIVE = 259
ERROR_ACCESS_DENIED = 5


def process_alive(pid: int) -> bool:
    """Whether a process with this id is running (ours counts; when in doubt, True).

    In doubt (the process exists but may not be asked) the answer is True: its files are
    then kept, never taken for a crash's leftovers.
    """
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False  # 0 and negative ids name process groups, never one process
    if sys.platform == "win32":
        return _windows_alive(pid, _kernel32())
    return _posix_alive(pid)


def _posix_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only checks that the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process, running
    except (OSError, OverflowError):
        return False
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """Whether the process has ended and only waits for its parent to collect its status.

    Such a process (a window killed while the shell that started it has not yet waited for
    it) still answers `os.kill(pid, 0)`, but it will never run again: what it left behind is
    a crash's. Linux says so in /proc; elsewhere the answer is no.
    """
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return False
    state = stat.rpartition(")")[2].split()[:1]  # after "pid (name)": the name may hold ")"
    return state in (["Z"], ["X"])


class _Kernel32:
    """The three kernel32 calls needed, with the error code of the last one (Windows only)."""

    def __init__(self) -> None:
        from ctypes import wintypes

        library = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        self.OpenProcess = library.OpenProcess
        self.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
        self.OpenProcess.restype = wintypes.HANDLE
        self.GetExitCodeProcess = library.GetExitCodeProcess
        self.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
        self.GetExitCodeProcess.restype = wintypes.BOOL
        self.CloseHandle = library.CloseHandle
        self.CloseHandle.argtypes = (wintypes.HANDLE,)
        self.CloseHandle.restype = wintypes.BOOL

    @staticmethod
    def last_error() -> int:
        """The error code the last call left (ctypes keeps it per thread)."""
        return ctypes.get_last_error()  # type: ignore[attr-defined]


def _kernel32() -> Any:
    return _Kernel32()


def _windows_alive(pid: int, kernel32: Any) -> bool:
    """OpenProcess, then GetExitCodeProcess: STILL_ACTIVE while the process runs."""
    if pid > 0xFFFFFFFF:
        return False  # not a Windows process id (a DWORD)
    handle = kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        # Access denied: it exists (another user's, or elevated); any other error: it does not.
        return kernel32.last_error() == ERROR_ACCESS_DENIED
    try:
        code = ctypes.c_ulong(0)
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True  # it exists but says nothing: keep its files
        return code.value == STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
