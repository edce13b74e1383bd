"""One running window per user: the running window's side (see `desktop_app.instance`).

The first window listens on the user's local socket (QLocalServer). A second start with a file
sends the file's absolute path, waits for "ok" and ends; the running window raises itself and
opens the file, asking about unsaved changes as Open does, once no dialog is open. Starting is
serialised by a lock file, so two starts at the same moment make one window, not two servers;
a socket left by a window that died is replaced. macOS Finder asks a running app to open a file
with a QFileOpenEvent; `OpenRequests` takes those too.
"""

from __future__ import annotations

import collections
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLockFile, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication

from desktop_app.core.appdata.paths import state_dir
from desktop_app.instance import (
    MAX_MESSAGE_BYTES,
    OK,
    enabled,
    forward,
    parse_request,
    server_name,
)

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

__all__ = ["FORWARDED", "InstanceServer", "OpenRequests", "claim", "enabled"]

LOCK_WAIT_MS = 10_000
DROP_IDLE_MS = 5_000
"""A connection that sends no whole request in this time is closed."""
RETRY_MS = 300
"""How often a request waits for a dialog to close before it opens its file."""


class OpenRequests(QObject):
    """Files the desktop asks this app to open, delivered to the window one at a time.

    They come from a second start (over the local socket) or from macOS Finder (a
    QFileOpenEvent on the application). Until a window is attached, and while a dialog is
    open, they wait.
    """

    def __init__(self, app: QApplication, file_open_events: bool | None = None) -> None:
        super().__init__(app)
        self.window: MainWindow | None = None
        self.pending: collections.deque[Path] = collections.deque()
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self.deliver)
        if file_open_events is None:
            file_open_events = sys.platform == "darwin"
        if file_open_events:
            # A filter on the application sees every event of every object: installed only
            # where the platform sends QFileOpenEvent (macOS), so nothing else pays for it.
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: D102, N802 (Qt API)
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            file = event.file() or event.url().toLocalFile()
            if file:
                self.add([Path(file)])
                return True
        return False

    def attach(self, window: MainWindow) -> None:
        """Deliver requests to `window` from now on (those waiting first)."""
        self.window = window
        self.deliver_soon()

    def add(self, files: Sequence[Path]) -> None:
        """Queue files to open."""
        self.pending.extend(files)
        self.deliver_soon()

    def deliver_soon(self) -> None:
        """Deliver from the event loop (never inside the socket's or the event's handler)."""
        if self.pending and self.window is not None:
            QTimer.singleShot(0, self.deliver)

    def deliver(self) -> None:
        """Raise the window and open the next file, once no dialog is in the way."""
        window = self.window
        if window is None or not self.pending:
            return
        raise_window(window)
        if QApplication.activeModalWidget() is not None:
            self._retry.start()  # a message box or a dialog is open: open the file after it
            return
        window.open_path(self.pending.popleft())  # asks about unsaved changes, as Open does
        if self.pending:
            self._retry.start()


def raise_window(window: MainWindow) -> None:
    """Bring the window to the front (un-minimised), as far as the desktop lets it."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


class InstanceServer(QObject):
    """The running window's end of the local socket: reads requests, answers "ok"."""

    def __init__(self, name: str, requests: OpenRequests) -> None:
        super().__init__(requests)
        self.name = name
        self.requests = requests
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytearray] = {}

    def listen(self) -> bool:
        """Listen on the name, replacing a socket a dead window left behind."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)  # only called when no one answers on it
        return self.server.listen(self.name)

    def close(self) -> None:
        """Stop listening (the socket file goes)."""
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            self._buffers[connection] = bytearray()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(lambda c=connection: self._drop(c))
            QTimer.singleShot(DROP_IDLE_MS, connection, lambda c=connection: self._drop(c))
            self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        buffer = self._buffers.get(connection)
        if buffer is None:
            return
        buffer += bytes(connection.readAll().data())
        if b"\n" not in buffer:
            if len(buffer) > MAX_MESSAGE_BYTES:
                self._drop(connection)
            return
        line = bytes(buffer[: buffer.index(b"\n")])
        files = parse_request(line) if len(line) <= MAX_MESSAGE_BYTES else None
        if files is not None:
            connection.write(OK)
            connection.flush()
            self.requests.add(files)
        self._drop(connection)

    def _drop(self, connection: QLocalSocket) -> None:
        if self._buffers.pop(connection, None) is None:
            return
        connection.disconnectFromServer()
        connection.deleteLater()


FORWARDED = "forwarded"


def claim(requests: OpenRequests, files: Sequence[Path]) -> InstanceServer | str | None:
    """Hand `files` to a running window (FORWARDED), or become the one that listens.

    Returns the listening server, FORWARDED, or None when another window runs but did not
    take the files (this start then opens its own window without listening).
    """
    name = server_name()
    if files:  # the usual second start: no lock needed
        answered = forward(name, files)
        if answered:
            return FORWARDED
        if answered is not None:
            return None  # someone listens but did not take them: open them here
    lock = _start_lock()  # ~10 ms; only a start that may become the listening one takes it
    try:
        answered = forward(name, files)
        if answered:
            return FORWARDED
        if answered is not None:
            return None  # someone listens: leave their socket alone
        server = InstanceServer(name, requests)
        return server if server.listen() else None
    finally:
        if lock is not None:
            lock.unlock()


def _start_lock() -> QLockFile | None:
    """Hold the start-up lock (two starts at once: one listens, the other forwards to it)."""
    folder = state_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # no state folder: start without the lock, as before
    lock = QLockFile(str(folder / "instance.lock"))
    lock.setStaleLockTime(LOCK_WAIT_MS * 3)
    return lock if lock.tryLock(LOCK_WAIT_MS) else None
