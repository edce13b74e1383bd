"""Unsaved work kept safe: autosaved copies in the user state folder, offered back after a crash.

Each running window owns one recovery file named after its process and a random id. It is
written (atomically) a few seconds after an edit, and removed when the work is saved or the
user discards it. Files whose process is gone are what a crash left behind.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.core.paths import state_dir
from desktop_app.core.scenario import Scenario
from desktop_app.core.scenario_files import (
    ScenarioFileError,
    atomic_write_text,
    parse_scenario,
    scenario_document,
)

RECOVERY_FORMAT = "embed-or-tune/recovery"
RECOVERY_FOLDER = "recovery"


@dataclass(frozen=True)
class RecoveredWork:
    """A scenario left unsaved by a session that ended without saving it."""

    path: Path
    scenario: Scenario
    original_file: str | None
    saved_at: str


def recovery_folder() -> Path:
    """The folder holding recovery files."""
    return state_dir() / RECOVERY_FOLDER


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


class RecoveryFile:
    """The recovery file of one window."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or recovery_folder()
        self.path = self.folder / f"{os.getpid()}-{os.urandom(4).hex()}.json"

    def write(self, scenario: Scenario, original_file: str | None) -> None:
        """Keep a copy of unsaved work."""
        self.folder.mkdir(parents=True, exist_ok=True)
        document = {
            "format": RECOVERY_FORMAT,
            "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "original_file": original_file,
            "scenario": scenario_document(scenario),
        }
        atomic_write_text(self.path, json.dumps(document, indent=2, ensure_ascii=False) + "\n")

    def discard(self) -> None:
        """Forget the copy (the work was saved, or the user let it go)."""
        self.path.unlink(missing_ok=True)


def left_behind(folder: Path | None = None) -> list[RecoveredWork]:
    """Recovery files of sessions that are no longer running, newest first."""
    folder = folder or recovery_folder()
    found = []
    for path in folder.glob("*.json"):
        pid_text = path.stem.split("-", 1)[0]
        if pid_text.isdigit() and _process_alive(int(pid_text)):
            continue
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            scenario = parse_scenario(json.dumps(document["scenario"]), str(path))
        except (OSError, ValueError, KeyError, TypeError, ScenarioFileError):
            continue  # not something we can offer back; leave it for the user to inspect
        found.append(
            RecoveredWork(
                path=path,
                scenario=scenario,
                original_file=document.get("original_file"),
                saved_at=str(document.get("saved_at", "")),
            )
        )
    return sorted(found, key=lambda work: work.saved_at, reverse=True)
