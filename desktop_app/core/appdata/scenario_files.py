"""Reading and writing scenario files: UTF-8 JSON that diffs well and is never half-written.

Every problem is reported as "FILE: field.path: problem", one line each. Files are read and
written through `safe_files`: only regular files within the size limit are read, and a save
replaces the target atomically (never a file from a newer version, never half-written).
"""

from __future__ import annotations

import json
import operator
import os
import re
import sys
from collections.abc import Iterable
from itertools import accumulate, repeat
from typing import Any

from pydantic import ValidationError

from desktop_app.core.appdata.safe_files import FileError, own_format, read_file, write_file
from desktop_app.core.model.migrations import as_version_1, upgrade
from desktop_app.core.model.numbers import file_float, json_number
from desktop_app.core.model.problems import Problem, problem_list
from desktop_app.core.model.scenario import SCENARIO_FORMAT, SCHEMA_VERSION, FieldError, Scenario

MAX_FILE_BYTES = 1_000_000
"""A scenario is a few kilobytes; anything near a megabyte is not one."""
MAX_NESTING = 64
"""A scenario nests 3 levels deep (effort.setup_hours.hybrid); deeper than this is not one."""
_NESTING_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"?|[\[\]{}]', re.DOTALL)
"""A JSON string (skipped whole, so brackets inside text do not count) or one bracket."""
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?', re.DOTALL)
"""A JSON string as `_NESTING_TOKENS` reads one, written to be matched in fewer steps."""
_NOT_A_BRACKET = re.compile(r"[^\[\]]+")
_ONE_KIND_OF_BRACKET = str.maketrans("{}", "[]")
_DEPTH_STEP = ord("[") + 1
"""`_DEPTH_STEP - byte` is +1 for "[" and -1 for "]"."""


class ScenarioFileError(Exception):
    """A scenario file could not be read or written; `lines` says why, one problem each.

    `problems`, when the model refused the file, are the lines' problems with their kinds
    (one per line), for the window to word them itself.
    """

    def __init__(
        self, source: str, lines: list[str], problems: list[Problem] | None = None
    ) -> None:
        self.source = source
        self.lines = lines
        self.problems = problems or []
        super().__init__("\n".join(f"{source}: {line}" for line in lines))


class _KeyTwiceError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(f"the key {key!r} appears twice in one object")
        self.key = key


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    for key in keys:
        if keys.count(key) > 1:
            raise _KeyTwiceError(key)
    return dict(pairs)


def _file_refused(source: str, text: str, kind: str, values: dict[str, Any]) -> ScenarioFileError:
    """The file as a whole refused for one problem of `kind` (the window words it itself)."""
    return ScenarioFileError(source, [text], [Problem("", text, kind, values)])


def json_whole_number(digits: str) -> int | float:
    """A whole number written in a file; one longer than Python reads as an int, as a float.

    Python refuses to read an int of more than 4,300 digits ('Exceeds the limit … use
    sys.set_int_max_str_digits()'), which would be the whole file's problem in words meant for
    programmers. As a float (inf) the field it stands in refuses it by its rules, naming its
    path.
    """
    limit = sys.get_int_max_str_digits()  # 0: no limit
    if not limit or len(digits.lstrip("-")) <= limit:
        return int(digits)
    return float(digits)


def deep_nesting(text: str, limit: int = MAX_NESTING) -> Problem | None:
    """Where JSON `text` nests deeper than `limit` lists and objects (kind nested_too_deep).

    Checked before parsing (scenario and price files alike), so that the parser (and the
    model after it) never recurse without bound on a hostile file.
    """
    found = nesting_place(text, limit)
    if found is None:
        return None
    line, column = found
    said = f"line {line} column {column}: lists and objects nest more than {limit} levels deep"
    return Problem("", said, "nested_too_deep", {"line": line, "column": column, "most": limit})


def nesting_problem(text: str, limit: int = MAX_NESTING) -> str | None:
    """The words of `deep_nesting`, or None."""
    problem = deep_nesting(text, limit)
    return None if problem is None else problem.text


def nesting_place(text: str, limit: int = MAX_NESTING) -> tuple[int, int] | None:
    """The line and column where JSON `text` first nests deeper than `limit`, or None."""
    return None if _nests_at_most(text, limit) else _walk_to_too_deep(text, limit)


def _walk_to_too_deep(text: str, limit: int) -> tuple[int, int] | None:
    """`nesting_place` token by token: the exact answer for any text."""
    depth = 0
    for token in _NESTING_TOKENS.finditer(text):
        bracket = token.group()
        if bracket in "[{":
            depth += 1
            if depth > limit:
                line = text.count("\n", 0, token.start()) + 1
                column = token.start() - text.rfind("\n", 0, token.start())
                return line, column
        elif bracket in "]}":
            depth -= 1
    return None


def _nests_at_most(text: str, limit: int) -> bool:
    """Whether the brackets of `text` pair up and nest <= `limit` deep: the quick answer.

    False means "walk it", not "too deep". The strings are taken out as the walk reads them,
    then the brackets left are counted: +1 for an opening one, -1 for a closing one (`[}`
    pairs, as in the walk). They pair up when the count ends at 0 and never falls below it,
    and they nest as deep as its highest value. Each step runs in C: 0.2 s for a user
    catalog of 20,000 entries (16 MB), against 0.6 s for the walk; 1 ms for the bundled one.
    """
    brackets = _NOT_A_BRACKET.sub("", _STRING.sub("", text).translate(_ONE_KIND_OF_BRACKET))
    if brackets.count("[") * 2 != len(brackets):
        return False  # some are left open, or closed twice: the walk says where
    data = brackets.encode("ascii")
    depths = lambda: accumulate(map(operator.sub, repeat(_DEPTH_STEP), data))  # noqa: E731
    return max(depths(), default=0) <= limit and min(depths(), default=0) >= 0


def _decode(data: bytes, source: str) -> dict[str, Any]:
    if len(data) > MAX_FILE_BYTES:
        text = f"is {len(data):,} bytes; a scenario file may be at most {MAX_FILE_BYTES:,} bytes"
        values = {"size": len(data), "what": "a scenario file", "most": MAX_FILE_BYTES}
        raise _file_refused(source, text, "too_large", values)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        said = f"is not UTF-8 text (byte {error.start} cannot be decoded)"
        raise _file_refused(source, said, "not_utf8", {"byte": error.start}) from None
    nesting = deep_nesting(text)
    if nesting is not None:
        raise ScenarioFileError(source, [nesting.text], [nesting])
    try:
        document = json.loads(
            text,
            object_pairs_hook=_reject_duplicate_keys,
            parse_int=json_whole_number,
            parse_float=file_float,
        )
    except json.JSONDecodeError as error:
        said = f"line {error.lineno} column {error.colno}: invalid JSON: {error.msg}"
        values = {"line": error.lineno, "column": error.colno, "detail": error.msg}
        raise _file_refused(source, said, "invalid_json", values) from None
    except _KeyTwiceError as error:
        said = f"invalid JSON: {error}"
        raise _file_refused(source, said, "json_key_twice", {"key": error.key}) from None
    except ValueError as error:
        raise ScenarioFileError(source, [f"invalid JSON: {error}"]) from None
    if not isinstance(document, dict):
        said = "must hold a JSON object ({...}), not a single value"
        raise _file_refused(source, said, "not_json_object", {})
    return document


def parse_scenario(data: bytes | str, source: str = "<scenario>") -> Scenario:
    """A validated scenario from the bytes of a file (upgraded from older versions)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    document = _decode(raw, source)
    try:
        return Scenario.model_validate(upgrade(document))
    except (FieldError, ValidationError) as error:
        found = problem_list(error)
        if document.get("schema_version") == 1:
            found = as_version_1(found)
        raise ScenarioFileError(source, [str(problem) for problem in found], found) from None


def file_error_problem(error: FileError) -> Problem:
    """The problem a file refused by `safe_files` names, with its kind, for the window to word."""
    return Problem("", error.reason, error.kind, error.values)


def load_scenario(path: str | os.PathLike[str]) -> Scenario:
    """The scenario in the file at `path` (only a regular file, at most MAX_FILE_BYTES)."""
    source = str(path)
    try:
        data = read_file(path, MAX_FILE_BYTES, "a scenario file")
    except FileError as error:
        raise ScenarioFileError(source, [error.reason], [file_error_problem(error)]) from None
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


def file_version_at(path: str | os.PathLike[str]) -> int | None:
    """The schema_version of the scenario file at `path`, or None when it is not one."""
    try:
        found = own_format(read_file(path, MAX_FILE_BYTES))
    except FileError:
        return None
    if found is None or found[0] != SCENARIO_FORMAT:
        return None
    version = found[1]
    if isinstance(version, int) and not isinstance(version, bool):
        return version
    return None


def atomic_write_text(
    path: str | os.PathLike[str],
    text: str,
    *,
    reading: Iterable[str | os.PathLike[str]] = (),
    writes: str | None = None,
) -> None:
    """Write `text` (UTF-8) through the one safe write path (`safe_files.write_file`)."""
    write_file(path, text.encode("utf-8"), reading=reading, writes=writes)


def save_scenario(scenario: Scenario, path: str | os.PathLike[str]) -> int | None:
    """Save atomically; never write over a file from a newer version of the app.

    Returns the older schema_version of the file it replaced (1 when a version-1 file is now
    saved as version 2), so the caller can say so; None otherwise.
    """
    existing = file_version_at(path) if os.path.lexists(path) else None
    try:
        atomic_write_text(path, scenario_json(scenario), writes=SCENARIO_FORMAT)
    except FileError as error:
        raise ScenarioFileError(str(path), [error.reason], [file_error_problem(error)]) from None
    return existing if existing is not None and existing < SCHEMA_VERSION else None
