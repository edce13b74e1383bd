"""Reading and writing scenario files: UTF-8 JSON that diffs well and is never half-written.

Every problem is reported as "FILE: field.path: problem", one line each. Saves go to a
temporary file in the same folder, are flushed to disk and then replace the target, so a crash
leaves either the old file or the new one, never a mix.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from desktop_app.core.migrations import NewerVersionError, upgrade
from desktop_app.core.numbers import json_number
from desktop_app.core.problems import problems
from desktop_app.core.scenario import SCENARIO_FORMAT, SCHEMA_VERSION, FieldError, Scenario

MAX_FILE_BYTES = 1_000_000
"""A scenario is a few kilobytes; anything near a megabyte is not one."""


class ScenarioFileError(Exception):
    """A scenario file could not be read or written; `lines` says why, one problem each."""

    def __init__(self, source: str, lines: list[str]) -> None:
        self.source = source
        self.lines = lines
        super().__init__("\n".join(f"{source}: {line}" for line in lines))


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    for key in keys:
        if keys.count(key) > 1:
            raise ValueError(f"the key {key!r} appears twice in one object")
    return dict(pairs)


def _decode(data: bytes, source: str) -> dict[str, Any]:
    if len(data) > MAX_FILE_BYTES:
        raise ScenarioFileError(
            source,
            [f"is {len(data):,} bytes; a scenario file may be at most {MAX_FILE_BYTES:,} bytes"],
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ScenarioFileError(
            source, [f"is not UTF-8 text (byte {error.start} cannot be decoded)"]
        ) from None
    try:
        document = json.loads(text, object_pairs_hook=_reject_duplicate_keys)
    except json.JSONDecodeError as error:
        raise ScenarioFileError(
            source, [f"line {error.lineno} column {error.colno}: invalid JSON: {error.msg}"]
        ) from None
    except ValueError as error:
        raise ScenarioFileError(source, [f"invalid JSON: {error}"]) from None
    if not isinstance(document, dict):
        raise ScenarioFileError(source, ["must hold a JSON object ({...}), not a single value"])
    return document


def parse_scenario(data: bytes | str, source: str = "<scenario>") -> Scenario:
    """A validated scenario from the bytes of a file (upgraded from older versions)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    document = _decode(raw, source)
    try:
        return Scenario.model_validate(upgrade(document))
    except FieldError as error:
        raise ScenarioFileError(source, problems(error)) from None
    except ValidationError as error:
        raise ScenarioFileError(source, problems(error)) from None


def load_scenario(path: str | os.PathLike[str]) -> Scenario:
    """The scenario in the file at `path`."""
    source = str(path)
    try:
        size = os.stat(path).st_size
        if size > MAX_FILE_BYTES:
            raise ScenarioFileError(
                source,
                [f"is {size:,} bytes; a scenario file may be at most {MAX_FILE_BYTES:,} bytes"],
            )
        data = Path(path).read_bytes()
    except OSError as error:
        raise ScenarioFileError(source, [f"cannot be read: {error.strerror}"]) from None
    return parse_scenario(data, source)


def scenario_document(scenario: Scenario) -> dict[str, Any]:
    """The scenario as a JSON object: every field, in the model's order.

    `presets` (our addition to MODEL.md's format) is written only when the scenario has some,
    so a file without presets is exactly MODEL.md's scenario.
    """
    document = dict(json_number(scenario.model_dump(mode="json")))
    if not document["presets"]:
        del document["presets"]
    return document


def scenario_json(scenario: Scenario) -> str:
    """The text of a scenario file: two-space indentation, stable key order, final newline."""
    return json.dumps(scenario_document(scenario), indent=2, ensure_ascii=False) + "\n"


def _written_by_newer_version(path: Path) -> int | None:
    """The schema_version of an existing scenario file at `path` when newer than ours."""
    version = file_version_at(path)
    return version if version is not None and version > SCHEMA_VERSION else None


def file_version_at(path: str | os.PathLike[str]) -> int | None:
    """The schema_version of the scenario file at `path`, or None when it is not one."""
    try:
        document = json.loads(Path(path).read_bytes()[: MAX_FILE_BYTES + 1].decode("utf-8-sig"))
    except (OSError, ValueError):
        return None
    if not isinstance(document, dict) or document.get("format") != SCENARIO_FORMAT:
        return None
    version = document.get("schema_version")
    if isinstance(version, int) and not isinstance(version, bool):
        return version
    return None


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write `text` to `path` so that a crash leaves the old file or the new one, whole."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    mode = target.stat().st_mode & 0o777 if target.exists() else None
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    try:
        directory = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(directory)
    except OSError:
        pass
    finally:
        os.close(directory)


def save_scenario(scenario: Scenario, path: str | os.PathLike[str]) -> int | None:
    """Save atomically; never write over a file from a newer version of the app.

    Returns the older schema_version of the file it replaced (1 when a version-1 file is now
    saved as version 2), so the caller can say so; None otherwise.
    """
    target = Path(path)
    existing = file_version_at(target) if target.exists() else None
    newer = _written_by_newer_version(target) if target.exists() else None
    if newer is not None:
        error = NewerVersionError(
            "schema_version",
            f"the existing file is version {newer}, written by a newer Embed or Tune; "
            "it was left as it is (save under another name)",
        )
        raise ScenarioFileError(str(path), problems(error))
    try:
        atomic_write_text(target, scenario_json(scenario))
    except OSError as error:
        raise ScenarioFileError(str(path), [f"cannot be written: {error.strerror}"]) from None
    return existing if existing is not None and existing < SCHEMA_VERSION else None
