"""Noticing that someone else changed a scenario file since the window read or wrote it.

When a file is opened or saved, the window keeps a stamp of the bytes it read or wrote (their
SHA-256 and size). Before Save replaces the file, and whenever the file may have changed (the
folder was touched, the window became active again), the file on disk is compared with that
stamp. The contents decide, not the time stamps: a `touch` is no change, and a change within
one tick of a coarse clock (FAT's two seconds) is still one.
"""

from __future__ import annotations

import enum
import hashlib
import os
from dataclasses import dataclass

from desktop_app.core.appdata.safe_files import FileError, read_file
from desktop_app.core.appdata.scenario_files import (
    MAX_FILE_BYTES,
    ScenarioFileError,
    parse_scenario,
    save_scenario,
    scenario_json,
)
from desktop_app.core.model.scenario import Scenario


@dataclass(frozen=True)
class FileStamp:
    """What a file held when the window last read or wrote it."""

    size: int
    sha256: str

    @classmethod
    def of(cls, data: bytes) -> FileStamp:
        """The stamp of these bytes."""
        return cls(len(data), hashlib.sha256(data).hexdigest())


class DiskChange(enum.Enum):
    """How the file on disk compares with its stamp."""

    SAME = "same"
    CHANGED = "changed"
    REMOVED = "removed"


def disk_stamp(path: str | os.PathLike[str]) -> FileStamp | None:
    """The stamp of the file as it is on disk now; None when there is no file there.

    A file that is there but cannot be read (no permission, too large, now a folder) gets a
    stamp no content has, so that it counts as changed.
    """
    try:
        return FileStamp.of(read_file(path, MAX_FILE_BYTES, "a scenario file"))
    except FileError as error:
        if not os.path.lexists(path):
            return None
        return FileStamp(-1, f"unreadable: {error.reason}")


def change_since(path: str | os.PathLike[str], stamp: FileStamp | None) -> DiskChange:
    """Whether the file at `path` still holds what `stamp` says (None: nothing known)."""
    if stamp is None:
        return DiskChange.SAME
    now = disk_stamp(path)
    if now is None:
        return DiskChange.REMOVED
    return DiskChange.SAME if now == stamp else DiskChange.CHANGED


def load_stamped(path: str | os.PathLike[str]) -> tuple[Scenario, FileStamp]:
    """The scenario in a file and the stamp of the very bytes it was read from.

    Reading once means that a change made between reading and stamping cannot go unnoticed.
    Raises ScenarioFileError as `load_scenario` does.
    """
    source = str(path)
    try:
        data = read_file(path, MAX_FILE_BYTES, "a scenario file")
    except FileError as error:
        raise ScenarioFileError(source, [error.reason]) from None
    return parse_scenario(data, source), FileStamp.of(data)


def save_stamped(scenario: Scenario, path: str | os.PathLike[str]) -> tuple[FileStamp, int | None]:
    """Save a scenario through `save_scenario`: the stamp of what was written, and what it returns.

    The second item is the older schema_version of the file replaced (None: none was).
    """
    replaced = save_scenario(scenario, path)
    return FileStamp.of(scenario_json(scenario).encode("utf-8")), replaced
