"""One running window per user: a file opened while the app runs goes to the running window.

The first window listens on a local socket (QLocalServer: a Unix socket, a named pipe on
Windows) whose name is the user's own: it is derived from the user name and the settings
folder, so `EMBED_OR_TUNE_HOME` (tests, portable use) gives a separate one, and it lives in
`$XDG_RUNTIME_DIR` (only the user may enter) where there is one. A second start with a file
(double-click, `embed-or-tune FILE`) sends the file's absolute path, waits for the running
window's "ok" and exits 0; the running window raises itself and opens the file, asking about
unsaved changes as Open does. Starting is serialised by a lock file, so two starts at the same
moment make one window, not two servers; a socket left by a window that died is replaced.

`--screenshot` and the screenless platforms (offscreen, minimal: tests) never forward nor
listen, unless `EMBED_OR_TUNE_SINGLE_INSTANCE=1` asks them to; `=0` turns it off everywhere.
macOS Finder asks a running app to open a file with a QFileOpenEvent; `OpenRequests` takes those
too.
"""

from __future__ import annotations

import collections
import contextlib
import getpass
import hashlib
import json
import os
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLockFile, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication

from desktop_app.core.paths import config_dir, state_dir

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

VARIABLE = "EMBED_OR_TUNE_SINGLE_INSTANCE"
MESSAGE_FORMAT = "embed-or-tune/open"
MAX_MESSAGE_BYTES = 256 * 1024
"""A request names a few paths; anything longer is not one of ours."""
MAX_SOCKET_PATH = 100
"""Unix socket paths may be 104-108 bytes; a longer runtime folder falls back to the plain name."""
CONNECT_MS = 1_000
REPLY_MS = 5_000
LOCK_WAIT_MS = 10_000
DROP_IDLE_MS = 5_000
"""A connection that sends no whole request in this time is closed."""
RETRY_MS = 300
"""How often a request waits for a dialog to close before it opens its file."""
OK = b"ok\n"
HEADLESS_PLATFORMS = ("offscreen", "minimal")


def enabled(screenshot: bool, environ: Mapping[str, str] | None = None) -> bool:
    """Whether this start forwards files to a running window or listens for them."""
    environ = os.environ if environ is None else environ
    setting = environ.get(VARIABLE, "").strip()
    if setting == "0" or screenshot:
        return False
    if setting == "1":
        return True
    platform = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    return platform not in HEADLESS_PLATFORMS


def server_name(environ: Mapping[str, str] | None = None) -> str:
    """The local socket's name: one per user and settings folder."""
    environ = os.environ if environ is None else environ
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):
        user = ""
    key = f"{user}\0{os.path.abspath(config_dir())}".encode("utf-8", "surrogateescape")
    name = f"embed-or-tune-{hashlib.sha256(key).hexdigest()[:16]}"
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if os.name == "posix" and os.path.isabs(runtime) and os.path.isdir(runtime):
        path = os.path.join(runtime, name + ".socket")
        if len(os.fsencode(path)) <= MAX_SOCKET_PATH:
            return path
    return name


def request_message(files: Sequence[Path]) -> bytes:
    """What a second start sends: one line of JSON with the absolute paths."""
    paths = [os.path.abspath(file) for file in files]
    document = {"format": MESSAGE_FORMAT, "version": 1, "files": paths}
    return json.dumps(document, ensure_ascii=True).encode("ascii") + b"\n"


def parse_request(line: bytes) -> list[Path] | None:
    """The files a request names, or None when it is not a request of ours."""
    try:
        document = json.loads(line.decode("utf-8"))
    except (ValueError, RecursionError):
        return None
    if not isinstance(document, dict) or document.get("format") != MESSAGE_FORMAT:
        return None
    files = document.get("files")
    if not isinstance(files, list) or not all(isinstance(file, str) for file in files):
        return None
    if not all(file and "\0" not in file and os.path.isabs(file) for file in files):
        return None
    return [Path(file) for file in files]


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


def forward(name: str, files: Sequence[Path]) -> bool | None:
    """Send files to the window listening on `name`: True once it said "ok".

    None when nobody listens there; False when someone does but did not take the files.
    """
    connection = QLocalSocket()
    connection.connectToServer(name)
    if not connection.waitForConnected(CONNECT_MS):
        return None
    if not files:
        connection.disconnectFromServer()
        return False
    connection.write(request_message(files))
    connection.flush()
    reply = b""
    deadline = time.monotonic() + REPLY_MS / 1000
    while b"\n" not in reply and time.monotonic() < deadline:
        remaining = max(1, int((deadline - time.monotonic()) * 1000))
        if not connection.waitForReadyRead(remaining) and not connection.bytesAvailable():
            break
        reply += bytes(connection.readAll().data())
    with contextlib.suppress(RuntimeError):
        connection.disconnectFromServer()
    return reply.startswith(OK)


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
