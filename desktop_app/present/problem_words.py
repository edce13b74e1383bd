"""The model's problems in the window's words: each kind a whole translated phrase.

The model (`core/model/problems.py`) gives every problem its English text, for the command
line, and where it can a kind with the values its words name. The window words each kind as a
phrase of its own language from those values (numbers as the locale writes them), never by
cutting up the English. A problem of no kind, or a language that has no phrase for its kind,
keeps the model's English text exactly.
"""

from __future__ import annotations

import errno
import math
from typing import Any

from desktop_app.core.appdata.safe_files import FileError
from desktop_app.core.appdata.scenario_files import ScenarioFileError, file_error_problem
from desktop_app.core.engine.overflow import ResultTooLargeError
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.model.problems import Problem
from desktop_app.core.model.scenario import SCENARIO_FORMAT
from desktop_app.core.prices.catalog import CATALOG_FORMAT, CatalogError
from desktop_app.core.prices.catalog_import import ImportReport
from desktop_app.core.prices.user_catalog import DamagedEntry, Refusal
from desktop_app.present.labels import component_name, label_of, strategy_name
from desktop_app.present.numbers import format_number, significant

PROBLEM_WORDS = {
    "unknown_field": QT_TRANSLATE_NOOP("Problems", "unknown field"),
    "unknown_field_hint": QT_TRANSLATE_NOOP(
        "Problems", "unknown field (did you mean '{suggestion}'?)"
    ),
    "required": QT_TRANSLATE_NOOP("Problems", "is required"),
    "ge": QT_TRANSLATE_NOOP("Problems", "must be >= {bound}, got {got}"),
    "gt": QT_TRANSLATE_NOOP("Problems", "must be > {bound}, got {got}"),
    "le": QT_TRANSLATE_NOOP("Problems", "must be <= {bound}, got {got}"),
    "lt": QT_TRANSLATE_NOOP("Problems", "must be < {bound}, got {got}"),
    "finite_number": QT_TRANSLATE_NOOP("Problems", "must be a finite number, got {got}"),
    "finite": QT_TRANSLATE_NOOP("Problems", "must be a finite number"),
    "number": QT_TRANSLATE_NOOP("Problems", "must be a number, got {got}"),
    "whole_number": QT_TRANSLATE_NOOP("Problems", "must be a whole number, got {got}"),
    "currency_code": QT_TRANSLATE_NOOP(
        "Problems", "must be a three-letter ISO 4217 code such as USD, got {got}"
    ),
    "calendar_month": QT_TRANSLATE_NOOP(
        "Problems", "must be a calendar month written YYYY-MM, such as 2027-01, got {got}"
    ),
    "calendar_date": QT_TRANSLATE_NOOP(
        "Problems", "must be a date written YYYY-MM-DD, such as 2026-08-01, got {got}"
    ),
    "true_false": QT_TRANSLATE_NOOP("Problems", "must be true or false, got {got}"),
    "at_least_one_entry": QT_TRANSLATE_NOOP("Problems", "must list at least 1 entry"),
    "at_least_entries": QT_TRANSLATE_NOOP("Problems", "must list at least {least} entries"),
    "at_most_characters": QT_TRANSLATE_NOOP("Problems", "must be at most {most} characters long"),
    "at_least_characters": QT_TRANSLATE_NOOP(
        "Problems", "string should have at least {least} characters"
    ),
    "text": QT_TRANSLATE_NOOP("Problems", "must be text, got {got}"),
    "object": QT_TRANSLATE_NOOP("Problems", "must be an object, got {got}"),
    "list": QT_TRANSLATE_NOOP("Problems", "must be a list, got {got}"),
    "strategy_twice": QT_TRANSLATE_NOOP("Problems", "must not name a strategy twice"),
    "not_settable": QT_TRANSLATE_NOOP("Problems", "is not a field an event can set"),
    "not_settable_hint": QT_TRANSLATE_NOOP(
        "Problems", "is not a field an event can set (did you mean '{suggestion}'?)"
    ),
    "serving": QT_TRANSLATE_NOOP("Problems", "must be 'per_token' or 'dedicated', got {got}"),
    "not_scenario": QT_TRANSLATE_NOOP(
        "Problems", "must be '{expected}' (missing): not a scenario file"
    ),
    "not_scenario_got": QT_TRANSLATE_NOOP(
        "Problems", "must be '{expected}' (got {got}): not a scenario file"
    ),
    "schema_version": QT_TRANSLATE_NOOP("Problems", "must be a whole number >= 1, got {got}"),
    "newer_version": QT_TRANSLATE_NOOP(
        "Problems",
        "is {version}: the file was written by a newer version of Embed or Tune, which this "
        "version (reads up to {current}) cannot read; please update the app",
    ),
    "start_month_too_late": QT_TRANSLATE_NOOP(
        "Problems",
        "must leave the last of the {months} months in 9999 at the latest, got {got}",
    ),
    "version_2_field": QT_TRANSLATE_NOOP(
        "Problems",
        "is a field of version 2, but the file says schema_version 1: set schema_version to 2 "
        "to use it",
    ),
    "version_2_choice": QT_TRANSLATE_NOOP(
        "Problems",
        "{got} is a choice of version 2, but the file says schema_version 1: set "
        "schema_version to 2 to use it",
    ),
    "version_2_form": QT_TRANSLATE_NOOP(
        "Problems",
        "is written as in version 2 (a value per strategy), but the file says schema_version 1: "
        "write one number, or set schema_version to 2",
    ),
    "number_text": QT_TRANSLATE_NOOP("Problems", "must be a number, got the text {got}"),
    "number_too_large": QT_TRANSLATE_NOOP(
        "Problems", "must be a number below 1e300, got a larger one"
    ),
    "number_no_value": QT_TRANSLATE_NOOP("Problems", "must be a number"),
    "too_small_number": QT_TRANSLATE_NOOP("Problems", "is too small to be told from 0, got {got}"),
    "not_price_of_kind": QT_TRANSLATE_NOOP("Problems", "is not a price of a {entry_kind} entry"),
    "id_problem": QT_TRANSLATE_NOOP("Problems", "value error, {problem}"),
    "key_twice": QT_TRANSLATE_NOOP("Problems", "the key {key} appears twice"),
    "id_twice": QT_TRANSLATE_NOOP("Problems", "the id {id} appears twice in the file"),
    "model_twice": QT_TRANSLATE_NOOP("Problems", "appears twice in the file"),
    "no_input_price": QT_TRANSLATE_NOOP("Problems", "lists no input_cost_per_token"),
    "bundled_id": QT_TRANSLATE_NOOP("Problems", "is the id of a bundled entry; give it another id"),
    "schedule_cannot_vary": QT_TRANSLATE_NOOP(
        "Problems", "{field} cannot vary: it sets how many months are simulated"
    ),
    "no_such_field": QT_TRANSLATE_NOOP("Problems", "'{field}' is not a field of a scenario"),
    "no_such_field_hint": QT_TRANSLATE_NOOP(
        "Problems", "'{field}' is not a field of a scenario (did you mean '{suggestion}'?)"
    ),
    "cannot_vary": QT_TRANSLATE_NOOP("Problems", "'{field}' is not a number, so it cannot vary"),
    "range_twice": QT_TRANSLATE_NOOP("Problems", "'{field}' has more than one range"),
    "range_ge": QT_TRANSLATE_NOOP("Problems", "must be >= {bound} for {field}, got {got}"),
    "range_gt": QT_TRANSLATE_NOOP("Problems", "must be > {bound} for {field}, got {got}"),
    "range_le": QT_TRANSLATE_NOOP("Problems", "must be <= {bound} for {field}, got {got}"),
    "range_lt": QT_TRANSLATE_NOOP("Problems", "must be < {bound} for {field}, got {got}"),
    "low_above_high": QT_TRANSLATE_NOOP("Problems", "must be <= high ({high}), got {got}"),
    "group_differs": QT_TRANSLATE_NOOP(
        "Problems",
        "the strategies' values of {field} differ, so {distribution} has no single most likely "
        "value: give a range per strategy, or use uniform",
    ),
    "range_of_empty": QT_TRANSLATE_NOOP(
        "Problems", "{field} is empty, so it has no range to vary in"
    ),
    "outside_range": QT_TRANSLATE_NOOP(
        "Problems",
        "the scenario's value of {field} ({value}) must lie within low..high: {distribution} "
        "takes it as the most likely value",
    ),
    "one_of": QT_TRANSLATE_NOOP("Problems", "must be one of {choices}, got {got}"),
    "too_large": QT_TRANSLATE_NOOP(
        "Problems", "is {size} bytes; {what} may be at most {most} bytes"
    ),
    "grew_too_large": QT_TRANSLATE_NOOP(
        "Problems", "is more than {most} bytes; {what} may be at most {most} bytes"
    ),
    "would_be_too_large": QT_TRANSLATE_NOOP(
        "Problems",
        "would be {size} bytes; {what} may be at most {most} bytes, so it was left as it was",
    ),
    "too_many_entries": QT_TRANSLATE_NOOP(
        "Problems", "holds {count} models or entries; an import takes at most {most}"
    ),
    "not_regular": QT_TRANSLATE_NOOP(
        "Problems", "is {entry}, not a regular file; only files are read"
    ),
    "not_utf8": QT_TRANSLATE_NOOP("Problems", "is not UTF-8 text (byte {byte} cannot be decoded)"),
    "cannot_read": QT_TRANSLATE_NOOP("Problems", "cannot be read: {reason}"),
    "cannot_write": QT_TRANSLATE_NOOP("Problems", "cannot be written: {reason}"),
    "not_regular_target": QT_TRANSLATE_NOOP("Problems", "is {entry}; only files are written"),
    "already_exists": QT_TRANSLATE_NOOP("Problems", "already exists; it was left as it is"),
    "being_read": QT_TRANSLATE_NOOP(
        "Problems", "is a file being read; it was left as it is (write to another file)"
    ),
    "newer_own_file": QT_TRANSLATE_NOOP(
        "Problems",
        "holds {holds} of version {version}, written by a newer Embed or Tune; it was left as "
        "it is (write to another file)",
    ),
    "holds_own_file": QT_TRANSLATE_NOOP(
        "Problems", "holds {holds}; it was left as it is (write to another file)"
    ),
    "incomplete_output": QT_TRANSLATE_NOOP(
        "Problems", "was not written: the {format} came out incomplete"
    ),
    "differs_on_disk": QT_TRANSLATE_NOOP(
        "Problems", "was not written: what reached the disk differs"
    ),
    "nested_too_deep": QT_TRANSLATE_NOOP(
        "Problems",
        "line {line} column {column}: lists and objects nest more than {most} levels deep",
    ),
    "invalid_json": QT_TRANSLATE_NOOP(
        "Problems", "line {line} column {column}: invalid JSON: {detail}"
    ),
    "json_key_twice": QT_TRANSLATE_NOOP(
        "Problems", "invalid JSON: the key {key} appears twice in one object"
    ),
    "not_json_object": QT_TRANSLATE_NOOP(
        "Problems", "must hold a JSON object ({{...}}), not a single value"
    ),
    "not_price_catalog": QT_TRANSLATE_NOOP(
        "Problems", "is not an Embed or Tune price catalog (format)"
    ),
    "newer_catalog": QT_TRANSLATE_NOOP(
        "Problems",
        "is {version}: written by a newer Embed or Tune (this one reads up to {current}); it was "
        "left as it is",
    ),
    "user_entry_damaged": QT_TRANSLATE_NOOP(
        "Problems", "entry {label}: {damaged}; repair or delete it first (My Prices shows it)"
    ),
    "result_too_large": QT_TRANSLATE_NOOP(
        "Problems",
        "the result is too large to show: the total cost of {strategy} would be {amount} (the "
        "limit is {limit}), mostly {component}; check these inputs: {inputs}",
    ),
    "cost_per_query_too_large": QT_TRANSLATE_NOOP(
        "Problems",
        "the result is too large to show: the cost per 1,000 queries of {strategy} would be "
        "{amount}; the query volume is too small to divide by ({inputs})",
    ),
    "present_value_too_large": QT_TRANSLATE_NOOP(
        "Problems",
        "the result is too large to show: the present value of {strategy} would be {amount}; "
        "the discount rate weighs later months too much ({inputs})",
    ),
}
"""The window's phrase for each kind of `problems.KINDS`, with the values it names.

A `{field}` is the input's path: the window's `labelled` makes it the input's label."""

WORDED_IN_ENGLISH_TOO = frozenset(
    {"result_too_large", "cost_per_query_too_large", "present_value_too_large"}
)
"""Kinds the window words itself in English too: the model's English names the strategy, the
cost component and the inputs by their keys and paths, the window by their names and labels."""

VARIED = QT_TRANSLATE_NOOP("Problems", "varied")
"""An input's value in a result too large to show, where it differs between the samples."""
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Problems", "not a number")
"""An amount too large to show that is not finite (it overflowed, or inf - inf)."""

DISTRIBUTION_WORDS = {
    "triangular": QT_TRANSLATE_NOOP("Problems", "triangular"),
    "pert": QT_TRANSLATE_NOOP("Problems", "pert"),
    "uniform": QT_TRANSLATE_NOOP("Problems", "uniform"),
}
"""A distribution as the problems name it (the file's own word in English)."""

FILE_WORDS = {
    "a scenario file": QT_TRANSLATE_NOOP("Problems", "a scenario file"),
    "a price file": QT_TRANSLATE_NOOP("Problems", "a price file"),
    "a file": QT_TRANSLATE_NOOP("Problems", "a file"),
}
"""A file as the problems about a whole file name it (`what`)."""

ENTRY_WORDS = {
    "folder": QT_TRANSLATE_NOOP("Problems", "a folder"),
    "fifo": QT_TRANSLATE_NOOP("Problems", "a named pipe (FIFO)"),
    "device": QT_TRANSLATE_NOOP("Problems", "a device"),
    "socket": QT_TRANSLATE_NOOP("Problems", "a socket"),
    "other": QT_TRANSLATE_NOOP("Problems", "not a regular file"),
}
"""What a path names that is not a regular file (`safe_files.ENTRY_WORDS`, in English)."""

JSON_DETAILS = {
    "Expecting value": QT_TRANSLATE_NOOP("Problems", "a value is expected here"),
    "Expecting property name enclosed in double quotes": QT_TRANSLATE_NOOP(
        "Problems", "a key in double quotes is expected here"
    ),
    "Expecting ':' delimiter": QT_TRANSLATE_NOOP("Problems", "a colon (:) is expected here"),
    "Expecting ',' delimiter": QT_TRANSLATE_NOOP("Problems", "a comma (,) is expected here"),
    "Extra data": QT_TRANSLATE_NOOP("Problems", "more text follows the end of the JSON"),
    "Unterminated string starting at": QT_TRANSLATE_NOOP(
        "Problems", "a string starts here and is never closed"
    ),
    "Invalid control character at": QT_TRANSLATE_NOOP(
        "Problems", "a string holds a control character (such as a tab) here"
    ),
    "Invalid \\escape": QT_TRANSLATE_NOOP(
        "Problems", "a backslash here starts an escape JSON does not know"
    ),
    "Invalid \\uXXXX escape": QT_TRANSLATE_NOOP(
        "Problems", "a backslash-u here is not followed by four hexadecimal digits"
    ),
}
"""The window's words for the JSON parser's messages (an `invalid_json` detail, as the json
module's C scanner words them); any other keeps the parser's English."""

OWN_FILE_WORDS = {
    SCENARIO_FORMAT: QT_TRANSLATE_NOOP("Problems", "an Embed or Tune scenario"),
    CATALOG_FORMAT: QT_TRANSLATE_NOOP("Problems", "an Embed or Tune price catalog"),
}
"""A file of ours that a write left alone, by its format marker (a refusal's `holds`)."""

CHOICES_JOINED = QT_TRANSLATE_NOOP("Problems", "{choices} or {last}")
"""The last of several allowed values joined to the others, as pydantic's English does."""

_SHAPES = {
    "list": QT_TRANSLATE_NOOP("Problems", "a list"),
    "object": QT_TRANSLATE_NOOP("Problems", "an object"),
}


def _number(value: float) -> str:
    """A number as the locale writes it; one no float can hold (inf, 10**400) as it is."""
    try:
        return format_number(value) if math.isfinite(value) else str(value)
    except (OverflowError, ValueError):
        return str(value)


def _amount(value: float, currency: str) -> str:
    """An amount too large to show, to three significant digits: '1,23e+16 EUR'."""
    if not math.isfinite(value):  # as the model's English says it
        return translate("Problems", NOT_A_NUMBER)
    return f"{significant(value, 3)} {currency}"


def shown_value(value: Any) -> str:
    """A value found in a file as the window writes it: numbers in the locale's way."""
    if isinstance(value, bool):
        return str(value).lower()  # JSON's own words
    if isinstance(value, int | float):
        return _number(value)
    if value is None:
        return "null"
    if isinstance(value, dict):
        return translate("Problems", _SHAPES["object"])
    if isinstance(value, list | tuple):
        return translate("Problems", _SHAPES["list"])
    return repr(value)


def _choices(choices: tuple[str, ...]) -> str:
    """The allowed values in the window's words: "'a', 'b' oder 'c'" (each as the model has it)."""
    if len(choices) < 2:
        return "".join(choices)
    joined = translate("Problems", CHOICES_JOINED)
    return joined.format(choices=", ".join(choices[:-1]), last=choices[-1])


SYSTEM_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Problems", "there is no such file"),
    errno.EACCES: QT_TRANSLATE_NOOP("Problems", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Problems", "the system does not allow it"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Problems", "a part of the path is not a folder"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Problems", "the name is too long"),
    errno.ELOOP: QT_TRANSLATE_NOOP("Problems", "too many symbolic links in the path"),
    errno.EIO: QT_TRANSLATE_NOOP("Problems", "the disk could not be read (input/output error)"),
    errno.EBUSY: QT_TRANSLATE_NOOP("Problems", "the file is in use"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Problems", "there is no space left on the disk"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Problems", "the disk quota is used up"),
    errno.EROFS: QT_TRANSLATE_NOOP("Problems", "the disk is read-only"),
}
"""The window's words for the system's commonest reasons a file cannot be read or written, by
error number; any other reason is shown in the system's own words."""


def _filled(kind: str, values: dict[str, Any]) -> dict[str, str]:
    """The phrase's fields: values shown, bounds as numbers, a validator's words translated."""
    shown: dict[str, str] = {}
    for name, value in values.items():
        if name == "got" or name == "key":
            shown[name] = shown_value(value)
        elif name == "problem" and kind == "id_problem":
            shown[name] = translate("Problems", str(value))
        elif name == "distribution" and value in DISTRIBUTION_WORDS:
            shown[name] = translate("Problems", DISTRIBUTION_WORDS[value])
        elif name == "what" and value in FILE_WORDS:
            shown[name] = translate("Problems", FILE_WORDS[value])
        elif name == "entry" and value in ENTRY_WORDS:
            shown[name] = translate("Problems", ENTRY_WORDS[value])
        elif name == "detail" and value in JSON_DETAILS:
            words = translate("Problems", JSON_DETAILS[value])
            shown[name] = words if words != JSON_DETAILS[value] else value  # untranslated: as is
        elif name == "holds" and value in OWN_FILE_WORDS:
            shown[name] = translate("Problems", OWN_FILE_WORDS[value])
        elif name == "version":
            shown[name] = str(value)  # a version is a name, not an amount: no thousands mark
        elif name == "damaged" and isinstance(value, DamagedEntry):
            shown[name] = damaged_reason(value)
        elif name == "choices":
            shown[name] = _choices(tuple(value))
        elif name == "strategy":
            shown[name] = strategy_name(value)
        elif name == "component":
            shown[name] = component_name(value)
        elif name in ("amount", "limit"):
            shown[name] = _amount(value, values["currency"])
        elif name == "inputs":
            shown[name] = ", ".join(
                f"{label_of(path)} = {translate('Problems', VARIED) if v is None else _number(v)}"
                for path, v in value
            )
        elif name == "reason" and values.get("code") in SYSTEM_REASONS:
            shown[name] = translate("Problems", SYSTEM_REASONS[values["code"]])
        elif isinstance(value, int | float) and not isinstance(value, bool):
            shown[name] = _number(value)
        else:
            shown[name] = str(value)
    return shown


def problem_words(problem: Problem) -> str:
    """What is wrong, without the field, in the window's words ('muss mindestens 0 sein, …')."""
    source = PROBLEM_WORDS.get(problem.kind)
    if source is None:
        return problem.text
    words = translate("Problems", source)
    if words == source and problem.kind not in WORDED_IN_ENGLISH_TOO:
        return problem.text  # no phrase in this language: the model's own English, as it is
    return words.format(**_filled(problem.kind, dict(problem.values)))


def failure_words(error: Exception) -> str:
    """Why an analysis could not finish, in the window's words.

    A result too large to show is worded as the model names it; anything else is a defect,
    named by its type and its English message for the report it deserves.
    """
    if isinstance(error, ResultTooLargeError):
        return problem_words(error.problem)
    return f"{type(error).__name__}: {error}"


def problem_line(problem: Problem) -> str:
    """The problem after its field's path, as the model's line has it: 'path: …'."""
    words = problem_words(problem)
    return f"{problem.path}: {words}" if problem.path else words


def refusal_line(refusal: Refusal) -> str:
    """Why a price entry was refused, in the window's words, one line as `str(refusal)`."""
    return "; ".join(
        f"{refusal.label}{refusal.joint if problem.path else ': '}{problem_line(problem)}"
        for problem in refusal.problems
    )


def damaged_reason(damaged: DamagedEntry) -> str:
    """Why an entry of the user's price file is damaged, in the window's words."""
    if damaged.refusal is None:
        return damaged.reason
    return refusal_line(damaged.refusal).removeprefix(": ")


def import_skipped(report: ImportReport) -> list[str]:
    """The entries an import skipped, one line each, in the window's words."""
    if len(report.refusals) != len(report.skipped):
        return list(report.skipped)
    return [refusal_line(refusal) for refusal in report.refusals]


NOTHING_TO_IMPORT = QT_TRANSLATE_NOOP("Problems", "nothing to import: {problem}")
NOTHING_WAS_IMPORTED = QT_TRANSLATE_NOOP("Problems", "{problem}; nothing was imported")


def import_refused(error: CatalogError) -> list[str]:
    """Why a price file was not imported, one line each, in the window's words.

    The lines of a file nothing could be taken from name each entry refused; those the model
    names with kinds (not a catalog, from a newer version, a damaged entry of the user's price
    file) are worded from them; the others (a file that cannot be read) keep the model's English.
    """
    if error.problems and len(error.problems) == len(error.lines):
        worded = [problem_line(problem) for problem in error.problems]
        if not error.nothing_imported:
            return worded
        said = translate("Problems", NOTHING_WAS_IMPORTED)
        return [said.format(problem=line) for line in worded]
    if not error.refusals or len(error.refusals) != len(error.lines):
        return list(error.lines)
    said = translate("Problems", NOTHING_TO_IMPORT)
    return [said.format(problem=refusal_line(refusal)) for refusal in error.refusals]


def file_problems(error: ScenarioFileError) -> list[str]:
    """Why a scenario file cannot be opened, one line each, in the window's words."""
    if len(error.problems) != len(error.lines):
        return list(error.lines)
    return [problem_line(problem) for problem in error.problems]


def file_error_line(error: Exception) -> str:
    """A file that could not be read or written, one line naming it, in the window's words.

    `str(error)` for an error that does not come from `safe_files`.
    """
    if not isinstance(error, FileError):
        return str(error)
    return f"{error.path}: {problem_words(file_error_problem(error))}"
