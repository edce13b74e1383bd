"""Unsaved work kept safe: autosaved copies in the user state folder, offered back after a crash.

Each running window owns one recovery file named after its process and a random id. It is
written (atomically) a few seconds after an edit, and removed when the work is saved or the
user discards it. Files whose process is gone are what a crash left behind. The original file is
kept as an absolute path, so work restored from another working folder is saved where it came
from. A recovery file that cannot be offered back (damaged, from a newer version, not a regular
file) is set aside once as NAME.damaged, for the user to inspect, and reported.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.core.appdata.paths import config_dir, data_dir, state_dir
from desktop_app.core.appdata.safe_files import (
    FileError,
    process_alive,
    read_file,
    remove_stale_temporaries,
)
from desktop_app.core.appdata.scenario_files import (
    MAX_FILE_BYTES,
    ScenarioFileError,
    atomic_write_text,
    parse_scenario,
    scenario_document,
)
from desktop_app.core.model.scenario import Scenario

RECOVERY_FORMAT = "embed-or-tune/recovery"
RECOVERY_FOLDER = "recovery"
DAMAGED_SUFFIX = ".damaged"


@dataclass(frozen=True)
class RecoveredWork:
    """A scenario left unsaved by a session that ended without saving it."""

    path: Path
    scenario: Scenario
    original_file: str | None
    saved_at: str


@dataclass(frozen=True)
class DamagedWork:
    """A recovery file that could not be read: where it was set aside, and why."""

    path: Path
    reason: str


def recovery_folder() -> Path:
    """The folder holding recovery files."""
    return state_dir() / RECOVERY_FOLDER


def _process_alive(pid: int) -> bool:
    return process_alive(pid)  # portable: os.kill(pid, 0) would send Ctrl+C on Windows


class RecoveryFile:
    """The recovery file of one window."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or recovery_folder()
        self.path = self.folder / f"{os.getpid()}-{os.urandom(4).hex()}.json"

    def write(self, scenario: Scenario, original_file: str | os.PathLike[str] | None) -> None:
        """Keep a copy of unsaved work (the original file as an absolute path)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        document = {
            "format": RECOVERY_FORMAT,
            "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "original_file": None if original_file is None else os.path.abspath(original_file),
            "scenario": scenario_document(scenario),
        }
        atomic_write_text(self.path, json.dumps(document, indent=2, ensure_ascii=False) + "\n")

    def discard(self) -> None:
        """Forget the copy (the work was saved, or the user let it go)."""
        self.path.unlink(missing_ok=True)


def _read(path: Path) -> RecoveredWork:
    """The work in one recovery file (ValueError says why it cannot be offered back)."""
    try:
        document = json.loads(read_file(path, 2 * MAX_FILE_BYTES, "a recovery file"))
    except FileError as error:
        raise ValueError(error.reason) from None
    except (ValueError, RecursionError):
        raise ValueError("is not a readable JSON file") from None
    if not isinstance(document, dict) or document.get("format") != RECOVERY_FORMAT:
        raise ValueError("is not an Embed or Tune recovery file")
    original = document.get("original_file")
    if not isinstance(document.get("scenario"), dict) or not isinstance(original, str | None):
        raise ValueError("is not an Embed or Tune recovery file")
    try:
        scenario = parse_scenario(json.dumps(document["scenario"]), str(path))
    except ScenarioFileError as error:
        raise ValueError("; ".join(error.lines)) from None
    except (ValueError, RecursionError):
        raise ValueError("holds a scenario that cannot be read") from None
    return RecoveredWork(path, scenario, original, str(document.get("saved_at", "")))


def _crash_leftovers(folder: Path) -> list[Path]:
    """Recovery files of sessions that are no longer running."""
    found = []
    for path in sorted(folder.glob("*.json")):
        pid_text = path.stem.split("-", 1)[0]
        if not (pid_text.isdigit() and _process_alive(int(pid_text))):
            found.append(path)
    return found


def left_behind(folder: Path | None = None) -> list[RecoveredWork]:
    """Recovery files of sessions that are no longer running, newest first."""
    found = []
    for path in _crash_leftovers(folder or recovery_folder()):
        try:
            found.append(_read(path))
        except ValueError:
            continue  # not something we can offer back (set_aside_damaged reports it)
    return sorted(found, key=lambda work: work.saved_at, reverse=True)


def set_aside_damaged(folder: Path | None = None) -> list[DamagedWork]:
    """Rename crash leftovers that cannot be offered back to NAME.damaged; which, and why.

    Each is reported once: set aside, it is neither offered nor reported again, and never
    deleted (the user may still want what is in it).
    """
    damaged = []
    for path in _crash_leftovers(folder or recovery_folder()):
        try:
            _read(path)
        except ValueError as error:
            aside = path.with_name(path.name + DAMAGED_SUFFIX)
            try:
                os.replace(path, aside)
            except OSError:
                aside = path
            damaged.append(DamagedWork(aside, str(error)))
    return damaged


def tidy_up() -> list[Path]:
    """Remove the temporary files a crash left in the app's own folders; which."""
    removed = []
    for folder in (config_dir(), state_dir(), recovery_folder(), data_dir()):
        removed += remove_stale_temporaries(folder)
    return removed
