"""The second start's side of "one window per user", light enough to run before the window loads.

A start with a file first asks whether a window of this user already runs (a local socket:
QLocalSocket, a Unix socket or a named pipe on Windows) and, if one does, hands it the file's
absolute path and ends: only QtCore and QtNetwork are loaded for that, not the window (a
second double-click takes ~0.1 s instead of ~0.9 s). The socket's name is the user's own: it is
derived from the user name and the settings folder, so `EMBED_OR_TUNE_HOME` (tests, portable
use) gives a separate one, and it lives in `$XDG_RUNTIME_DIR` (only the user may enter) where
there is one. The running window's side is `desktop_app.gui.single_instance`.

`--screenshot` and the screenless platforms (offscreen, minimal: tests) never forward nor
listen, unless `EMBED_OR_TUNE_SINGLE_INSTANCE=1` asks them to; `=0` turns it off everywhere.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import os
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtNetwork import QLocalSocket

from desktop_app.core.appdata.paths import config_dir

VARIABLE = "EMBED_OR_TUNE_SINGLE_INSTANCE"
MESSAGE_FORMAT = "embed-or-tune/open"
MAX_MESSAGE_BYTES = 256 * 1024
"""A request names a few paths; anything longer is not one of ours."""
MAX_SOCKET_PATH = 100
"""Unix socket paths may be 104-108 bytes; a longer runtime folder falls back to the plain name."""
CONNECT_MS = 1_000
REPLY_MS = 5_000
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


def forward_file(file: Path | None, *, screenshot: bool) -> bool:
    """Hand the FILE of `embed-or-tune FILE` to a running window; True when it took it.

    False (start the window as usual) for anything else: no file, `--screenshot`, a headless
    platform, nobody listening. (A usage error never gets here: `desktop_app.launch` says it.)
    """
    if file is None or not enabled(screenshot=screenshot):
        return False
    return bool(forward(server_name(), [file]))
