"""Upgrades of older scenario files, one small function per version step.

A file carries `format` and `schema_version`. Each step in `STEPS` turns a document of version
n into one of version n + 1; `upgrade` applies them in order. A file from a newer version of
the app is refused, never guessed at (and never written over: see scenario_files.save).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from desktop_app.core.model.numbers import TinyNumber, whole_if_integral
from desktop_app.core.model.problems import Problem, shown_value
from desktop_app.core.model.scenario import SCENARIO_FORMAT, SCHEMA_VERSION, FieldError
from desktop_app.core.model.version_1 import version_2_only

Document = dict[str, Any]

VERSION_1_STRATEGIES = ["embeddings", "fine_tuning", "hybrid"]


def version_1_to_2(document: Document) -> Document:
    """MODEL.md, "Upgrading a version-1 file".

    The three strategies version 1 compared; `effort.incidents_per_month` (one number) given
    to every strategy. Every field version 2 adds takes its default, which changes nothing,
    so the file gives version 1's numbers exactly. An uncertainty range on
    `effort.incidents_per_month` keeps its path: it moves every strategy's value together.
    """
    document["strategies"] = list(VERSION_1_STRATEGIES)
    effort = document.get("effort")
    if isinstance(effort, dict):
        incidents = effort.get("incidents_per_month")
        if isinstance(incidents, TinyNumber):
            path = "effort.incidents_per_month"
            raise FieldError(path, incidents.problem, "too_small_number", got=incidents.text)
        if "incidents_per_month" in effort and (
            isinstance(incidents, bool) or not isinstance(incidents, int | float)
        ):  # version 1's rule, not version 2's "must be an object"
            said = f"must be a number, got {shown_value(incidents)}"
            raise FieldError("effort.incidents_per_month", said, "number", got=incidents)
        if isinstance(incidents, int | float):
            effort = dict(effort)
            effort["incidents_per_month"] = {
                key: incidents for key in (*VERSION_1_STRATEGIES, "long_context")
            }
            document["effort"] = effort
    return document


def as_version_1(problems: list[Problem]) -> list[Problem]:
    """The problems of an upgraded version-1 file, named by the paths the file has.

    Version 1's one `effort.incidents_per_month` is one number per strategy after
    `version_1_to_2`: a value it refuses is one problem of that one path, not four.
    """
    named: list[Problem] = []
    for problem in problems:
        if problem.path.startswith("effort.incidents_per_month."):
            problem = replace(problem, path="effort.incidents_per_month")
        if problem not in named:
            named.append(problem)
    return named


STEPS: dict[int, Callable[[Document], Document]] = {1: version_1_to_2}
"""From version n (the key) to n + 1."""


class NewerVersionError(FieldError):
    """The file was written by a newer version of the app."""


def file_version(document: Document) -> int:
    """The document's schema_version, after checking that it is a scenario at all."""
    if document.get("format") != SCENARIO_FORMAT:
        got = document.get("format")
        found = "missing" if got is None else f"got {got!r}"
        raise FieldError(
            "format",
            f"must be {SCENARIO_FORMAT!r} ({found}): not a scenario file",
            "not_scenario" if got is None else "not_scenario_got",
            expected=SCENARIO_FORMAT,
            **({} if got is None else {"got": got}),
        )
    if "schema_version" not in document:
        raise FieldError("schema_version", "is required", "required")
    version = whole_if_integral(document.get("schema_version"))
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise FieldError(
            "schema_version",
            f"must be a whole number >= 1, got {version!r}",
            "schema_version",
            got=version,
        )
    return version


def upgrade(document: Document, current: int = SCHEMA_VERSION) -> Document:
    """The document brought up to the current schema version."""
    version = file_version(document)
    document = {**document, "schema_version": version}  # 2.0 is 2
    if version > current:
        raise NewerVersionError(
            "schema_version",
            f"is {version}: the file was written by a newer version of Embed or Tune, which "
            f"this version (reads up to {current}) cannot read; please update the app",
            "newer_version",
            version=version,
            current=current,
        )
    if version == 1:
        newer_field = version_2_only(document)
        if newer_field is not None:
            raise newer_field
    while version < current:
        document = STEPS[version](dict(document))
        version += 1
        document["schema_version"] = version
    return document
