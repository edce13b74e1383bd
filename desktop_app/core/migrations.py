"""Upgrades of older scenario files, one small function per version step.

A file carries `format` and `schema_version`. Each step in `STEPS` turns a document of version
n into one of version n + 1; `upgrade` applies them in order. A file from a newer version of
the app is refused, never guessed at (and never written over: see scenario_files.save).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop_app.core.scenario import SCENARIO_FORMAT, SCHEMA_VERSION, FieldError

Document = dict[str, Any]

STEPS: dict[int, Callable[[Document], Document]] = {}
"""From version n (the key) to n + 1. Version 1 is the first; no step exists yet."""


class NewerVersionError(FieldError):
    """The file was written by a newer version of the app."""


def file_version(document: Document) -> int:
    """The document's schema_version, after checking that it is a scenario at all."""
    if document.get("format") != SCENARIO_FORMAT:
        got = document.get("format")
        found = "missing" if got is None else f"got {got!r}"
        raise FieldError("format", f"must be {SCENARIO_FORMAT!r} ({found}): not a scenario file")
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FieldError("schema_version", f"must be a whole number >= 1, got {version!r}")
    return version


def upgrade(document: Document, current: int = SCHEMA_VERSION) -> Document:
    """The document brought up to the current schema version."""
    version = file_version(document)
    if version > current:
        raise NewerVersionError(
            "schema_version",
            f"is {version}: the file was written by a newer version of Embed or Tune, which "
            f"this version (reads up to {current}) cannot read; please update the app",
        )
    while version < current:
        document = STEPS[version](dict(document))
        version += 1
        document["schema_version"] = version
    return document
