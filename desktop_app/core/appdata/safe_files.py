"""The one way the app reads and writes files: regular files only, within limits, atomically.

`read_file` opens without blocking, refuses anything but a regular file (a folder, a FIFO, a
device, a socket) at once and never reads past its limit. `write_file` is what every output goes
through (Save, autosave, settings, the user catalog, CSV, PDF, PNG, SVG): it refuses to write
over a file being read by the same command, over a file of ours from a newer version, or over a
scenario or catalog with something else; it writes a temporary file next to the target (through a
symlink: next to the link's target, so the link stays), flushes it to disk, reads it back, and
only then replaces the target, so a failure or a crash leaves the old file or the new one, whole.
New files get the usual permissions (0o666 less the umask); an existing file keeps its mode
(its permission bits: no set-user-id, set-group-id or sticky bit), already while its new
contents are written.
Every problem is a `FileError`: one line naming the file.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from desktop_app.core.appdata import processes
from desktop_app.core.model.numbers import whole_if_integral

TEMP_SUFFIX = ".eot-partial"
"""How our temporary files end: `.NAME.PID-RANDOM.eot-partial`, next to the file they become."""
_TEMP_NAME = re.compile(r"^\..*\.(\d+)-[0-9a-f]{8}" + re.escape(TEMP_SUFFIX) + "$")
_NAME_KEPT = 80  # characters of the target's name kept in the temporary name (NAME_MAX is 255)
FORMAT_PEEK_BYTES = 1_000_000
"""How much of an existing file is read first to see whether it is one of ours."""
OWN_FILE_MOST_BYTES = 64_000_000
"""More than any file of ours may hold (a price catalog is at most 50 MB): a JSON file up to
this size is read whole to see whether it is one of ours, since its format and version may come
after its first megabyte (a catalog written by a script, its entries first)."""

SIGNATURES: dict[str, tuple[bytes, bytes]] = {
    # kind: (how the bytes start, what they end with, trailing white space aside)
    "pdf": (b"%PDF-", b"%%EOF"),
    "png": (b"\x89PNG\r\n\x1a\n", b"IEND\xaeB`\x82"),
    "svg": (b"<?xml", b"</svg>"),
}
"""What a whole file of each kind looks like: a truncated or empty one is never written."""


class FileError(OSError):
    """A file that cannot be read or written safely; `str()` is one line naming it.

    `kind` and `values`, where given, name the reason as a problem kind of the model
    (`core/model/problems.KINDS`), for the window to word it itself.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        reason: str,
        code: int = 0,
        kind: str = "",
        values: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(code, reason, str(path))
        self.path = str(path)
        self.reason = reason
        self.kind = kind
        self.values = values or {}

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


ENTRY_WORDS = {
    "folder": "a folder",
    "fifo": "a named pipe (FIFO)",
    "device": "a device",
    "socket": "a socket",
    "other": "not a regular file",
}
"""What a path names that is not a regular file, by the word `not_regular` problems carry."""


def _entry_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"


def _kind_of(mode: int) -> str:
    return ENTRY_WORDS[_entry_of(mode)]


def _not_regular(path: str | os.PathLike[str], mode: int, code: int = 0) -> FileError:
    reason = f"is {_kind_of(mode)}, not a regular file; only files are read"
    return FileError(path, reason, code, "not_regular", {"entry": _entry_of(mode)})


def _cannot_read(path: str | os.PathLike[str], error: OSError) -> FileError:
    """The system refused to read `path`: its reason, and its error number for the window."""
    code, reason = error.errno or 0, error.strerror or str(error)
    values = {"code": code, "reason": reason}
    return FileError(path, f"cannot be read: {reason}", code, "cannot_read", values)


def cannot_write(path: str | os.PathLike[str], error: OSError) -> FileError:
    """The system refused to write `path`: its reason, and its error number for the window."""
    code, reason = error.errno or 0, error.strerror or str(error)
    values = {"code": code, "reason": reason}
    return FileError(path, f"cannot be written: {reason}", code, "cannot_write", values)


def read_file(path: str | os.PathLike[str], limit: int, what: str = "a file") -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them (FileError if not).

    A FIFO, a device, a folder or a socket is refused at once, before any byte is read; the
    file is opened without blocking, so a FIFO without a writer cannot hang the app.
    """

    def within_limit(info: os.stat_result) -> None:
        if info.st_size > limit:
            raise FileError(
                path,
                f"is {info.st_size:,} bytes; {what} may be at most {limit:,} bytes",
                kind="too_large",
                values={"size": info.st_size, "what": what, "most": limit},
            )

    data = _read_regular(path, limit + 1, within_limit)
    if len(data) > limit:  # it grew while we read it
        raise FileError(
            path,
            f"is more than {limit:,} bytes; {what} may be at most {limit:,} bytes",
            kind="grew_too_large",
            values={"what": what, "most": limit},
        )
    return data


def read_head(path: str | os.PathLike[str], count: int) -> bytes:
    """The first `count` bytes of the regular file at `path` (all of a shorter one).

    Refused as `read_file` refuses: only a regular file is read, and nothing can hang.
    """
    return _read_regular(path, count, lambda _: None)


def _read_regular(
    path: str | os.PathLike[str], count: int, check: Callable[[os.stat_result], None]
) -> bytes:
    """At most `count` bytes of the regular file at `path`, after `check` accepted its stat."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        handle = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.EISDIR:
            raise _not_regular(path, stat.S_IFDIR, error.errno) from None
        raise _cannot_read(path, error) from None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise _not_regular(path, info.st_mode)
        check(info)
        if hasattr(os, "set_blocking"):
            os.set_blocking(handle, True)
        chunks: list[bytes] = []
        size = 0
        while size < count:
            chunk = os.read(handle, min(1 << 20, count - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as error:
        if isinstance(error, FileError):
            raise
        raise _cannot_read(path, error) from None
    finally:
        os.close(handle)
    return b"".join(chunks)


def _own_formats() -> dict[str, tuple[str, int]]:
    """Our file formats: format marker -> (what the user calls it, the newest version we know)."""
    from desktop_app.core.model.scenario import SCENARIO_FORMAT, SCHEMA_VERSION

    return {
        SCENARIO_FORMAT: ("an Embed or Tune scenario", SCHEMA_VERSION),
        "embed-or-tune/catalog": ("an Embed or Tune price catalog", 1),
    }


_JSON_SPACE = b"\xef\xbb\xbf \t\r\n"  # a byte order mark and JSON's white space


def own_format(data: bytes) -> tuple[str, object] | None:
    """(format, schema_version) when `data` is a JSON object in one of our formats, else None."""
    start = data[:8].lstrip(_JSON_SPACE)
    if not start.startswith(b"{"):
        return None
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return _damaged_own_format(data)
    if not isinstance(document, dict) or document.get("format") not in _own_formats():
        return None
    return str(document["format"]), whole_if_integral(document.get("schema_version"))


_FORMAT_MARK = re.compile(rb'"format"\s*:\s*"(embed-or-tune/[a-z]+)"')
_VERSION_MARK = re.compile(rb'"schema_version"\s*:\s*(\d{1,9})\b')


def _damaged_own_format(data: bytes) -> tuple[str, object] | None:
    """(format, schema_version) of a file of ours that no longer parses, by its markers.

    A scenario with one comma too many, or cut short by a crash, is still the user's work:
    it is not written over by an export any more than a whole one.
    """
    marked = _FORMAT_MARK.search(data)
    if marked is None or marked.group(1).decode() not in _own_formats():
        return None
    version = _VERSION_MARK.search(data)  # digits only: "3.0" is read as 3
    return marked.group(1).decode(), None if version is None else int(version.group(1))


def _refusal_to_replace(
    path: str | os.PathLike[str], real: Path, writes: str | None
) -> FileError | None:
    """Why the existing regular file `real` must not be replaced by a `writes` file, if so.

    The refusal's `holds` is the format marker of the file found (the window words it).
    """
    found = _existing_own_format(real)
    if found is None:
        return None
    marker, version = found
    title, newest = _own_formats()[marker]
    if isinstance(version, int) and not isinstance(version, bool) and version > newest:
        reason = (
            f"holds {title} of version {version}, written by a newer Embed or Tune; "
            "it was left as it is (write to another file)"
        )
        return FileError(
            path, reason, kind="newer_own_file", values={"holds": marker, "version": version}
        )
    if marker != writes:
        reason = f"holds {title}; it was left as it is (write to another file)"
        return FileError(path, reason, kind="holds_own_file", values={"holds": marker})
    return None


def _existing_own_format(real: Path) -> tuple[str, object] | None:
    """`own_format` of the existing file `real`: read whole when it may be ours, else its head."""
    try:
        head = read_head(real, FORMAT_PEEK_BYTES)
    except FileError:
        return None  # unreadable: not a file we could tell apart
    if len(head) < FORMAT_PEEK_BYTES or not head[:8].lstrip(_JSON_SPACE).startswith(b"{"):
        return own_format(head)  # the whole file, or not a JSON object
    try:
        return own_format(read_file(real, OWN_FILE_MOST_BYTES))
    except FileError:
        return own_format(head)  # larger than any of ours may be: judged by its markers


def _same_file(real: Path, reading: Iterable[str | os.PathLike[str]]) -> bool:
    for source in reading:
        with contextlib.suppress(OSError):
            if os.path.samefile(real, source):
                return True
    return False


def check_whole(data: bytes, kind: str) -> bool:
    """Whether `data` looks like a whole file of `kind` ("pdf", "png", "svg")."""
    start, end = SIGNATURES[kind]
    return data.startswith(start) and data.rstrip().endswith(end)


def write_file(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    reading: Iterable[str | os.PathLike[str]] = (),
    writes: str | None = None,
    kind: str | None = None,
    new_only: bool = False,
) -> None:
    """Write `data` to `path` safely (see the module); FileError names what went wrong.

    `reading`: the files the command or window has read (never written over); `writes`: the
    format marker of the file written, when it is one of ours (a scenario is only replaced by a
    scenario, a catalog by a catalog); `kind`: "pdf", "png" or "svg", checked whole first;
    `new_only`: only where no file is yet, also when another process makes one meanwhile.
    """
    if kind is not None and not check_whole(data, kind):
        reason = f"was not written: the {kind.upper()} came out incomplete"
        raise FileError(path, reason, kind="incomplete_output", values={"format": kind.upper()})
    real = Path(os.path.realpath(path))
    # `path` as the system opens it, too: /dev/stdout into a pipe is a link to "pipe:[123]",
    # which names no file (so `real` does not exist), yet it opens
    existing = _stat_of(real, path)
    opened = existing if existing is not None else _stat_of(path, path)
    if opened is not None and not stat.S_ISREG(opened.st_mode):
        entry = _entry_of(opened.st_mode)
        reason = f"is {ENTRY_WORDS[entry]}; only files are written"
        raise FileError(path, reason, kind="not_regular_target", values={"entry": entry})
    if existing is not None and new_only:
        raise _already_there(path)
    if existing is not None:
        if _same_file(real, reading):
            reason = "is a file being read; it was left as it is (write to another file)"
            raise FileError(path, reason, kind="being_read")
        refusal = _refusal_to_replace(path, real, writes)
        if refusal is not None:
            raise refusal
    _replace(path, real, data, existing, new_only)


def _already_there(path: str | os.PathLike[str]) -> FileError:
    return FileError(path, "already exists; it was left as it is", kind="already_exists")


def _stat_of(path: str | os.PathLike[str], named: str | os.PathLike[str]) -> os.stat_result | None:
    """`os.stat(path)`, None when nothing is there; another failure names `named`."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise cannot_write(named, error) from None


def _temporary_name(real: Path) -> Path:
    return real.with_name(
        f".{real.name[:_NAME_KEPT]}.{os.getpid()}-{os.urandom(4).hex()}{TEMP_SUFFIX}"
    )


def _replace(
    path: str | os.PathLike[str],
    real: Path,
    data: bytes,
    existing: os.stat_result | None,
    new_only: bool = False,
) -> None:
    temporary = _temporary_name(real)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0)
    # A new file gets 0o666 less the umask (0644 under umask 022). A replaced file's copy
    # starts private and takes the old file's owner and mode before it holds any data, so
    # that the contents of a 0600 file are never readable by others, not even while saving.
    first_mode = 0o666 if existing is None else 0o600
    try:
        handle = os.open(temporary, flags, first_mode)
    except OSError as error:
        raise cannot_write(path, error) from None
    try:
        try:
            if existing is not None:
                _keep_owner_and_mode(handle, temporary, existing)
            view = memoryview(data)
            while view:
                view = view[os.write(handle, view) :]
            os.fsync(handle)
        finally:
            os.close(handle)
        if read_file(temporary, len(data)) != data:
            reason = "was not written: what reached the disk differs"
            raise FileError(path, reason, kind="differs_on_disk")
        if new_only:
            _link_new(path, temporary, real)
        else:
            os.replace(temporary, real)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError) and not isinstance(error, FileError):
            raise cannot_write(path, error) from None
        raise
    _sync_folder(real.parent)
    # What a crashed earlier write of this file left beside it: the app's own folders are
    # swept at start, a report or CSV written anywhere else only here.
    remove_stale_temporaries(real.parent, of=real.name)


def _link_new(path: str | os.PathLike[str], temporary: Path, real: Path) -> None:
    """Give the written `temporary` the name `real` only if nothing has that name yet.

    A link fails when the name is taken, in one step: a file another process made after the
    check in `write_file` is never replaced. Where the file system has no links (FAT, some
    network shares), the name is claimed empty first (O_EXCL, as atomic) and then replaced.
    """
    try:
        os.link(temporary, real)
    except FileExistsError:
        raise _already_there(path) from None
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
            raise
        try:
            os.close(os.open(real, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            raise _already_there(path) from None
        os.replace(temporary, real)
        return
    os.unlink(temporary)


KEPT_MODE_BITS = 0o777
"""The permission bits a replaced file keeps: read, write and execute for owner, group and
others. Set-user-id, set-group-id and sticky bits are not carried over: a PDF written over a
set-uid file must not run as its owner."""


def _keep_owner_and_mode(handle: int, temporary: Path, existing: os.stat_result) -> None:
    if hasattr(os, "fchown") and hasattr(os, "geteuid") and os.geteuid() == 0:
        with contextlib.suppress(OSError):
            os.fchown(handle, existing.st_uid, existing.st_gid)
    mode = stat.S_IMODE(existing.st_mode) & KEPT_MODE_BITS
    if hasattr(os, "fchmod"):
        os.fchmod(handle, mode)
    else:
        os.chmod(temporary, mode)


def _sync_folder(folder: Path) -> None:
    """Flush the folder entry of a replaced file to disk (where the platform can)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def process_alive(pid: int) -> bool:
    """Whether a process with this id is running (ours counts); portable, see `processes`."""
    return processes.process_alive(pid)


def remove_stale_temporaries(folder: str | os.PathLike[str], of: str = "") -> list[Path]:
    """Delete our temporary files in `folder` whose writer is gone (after a crash); which.

    With `of`, only those of the file of that name.
    """
    removed: list[Path] = []
    prefix = f".{of[:_NAME_KEPT]}." if of else "."
    try:
        with os.scandir(folder) as found:
            entries = [entry for entry in found if entry.name.startswith(prefix)]
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        if match is None or process_alive(int(match.group(1))):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed
