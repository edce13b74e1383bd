"""Validation errors as people read them: one line per problem, naming the field path.

"workload.queries_per_month: must be >= 0, got -5"

Each problem is also a `Problem` with a `kind` (one of `KINDS`) and the `values` its words
name, so that the window can word it as a whole phrase of its own language; the English text
(the command line's words) is made here and never cut up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError

from desktop_app.core.model.fields import BOUND_KINDS, closest
from desktop_app.core.model.numbers import TinyNumber, plain_number
from desktop_app.core.model.scenario import FieldError, KindedValueError, Scenario, UncertainInput

KINDS: dict[str, tuple[str, ...]] = {
    "unknown_field": (),
    "unknown_field_hint": ("suggestion",),
    "required": (),
    "ge": ("bound", "got"),
    "gt": ("bound", "got"),
    "le": ("bound", "got"),
    "lt": ("bound", "got"),
    "finite_number": ("got",),
    "finite": (),
    "number": ("got",),
    "whole_number": ("got",),
    "currency_code": ("got",),
    "calendar_month": ("got",),
    "start_month_too_late": ("months", "got"),
    "calendar_date": ("got",),
    "true_false": ("got",),
    "at_least_one_entry": (),
    "at_least_entries": ("least",),
    "at_most_characters": ("most",),
    "at_least_characters": ("least",),
    "text": ("got",),
    "object": ("got",),
    "list": ("got",),
    "strategy_twice": (),
    "not_settable": (),
    "not_settable_hint": ("suggestion",),
    "serving": ("got",),
    "not_scenario": ("expected",),
    "not_scenario_got": ("expected", "got"),
    "schema_version": ("got",),
    "newer_version": ("version", "current"),
    "version_2_field": (),
    "version_2_choice": ("got",),
    "version_2_form": (),
    "number_text": ("got",),
    "number_no_value": (),
    "number_too_large": (),
    "too_small_number": ("got",),
    "not_price_of_kind": ("entry_kind",),
    "id_problem": ("problem",),
    "key_twice": ("key",),
    "id_twice": ("id",),
    "model_twice": (),
    "no_input_price": (),
    "bundled_id": (),
    "schedule_cannot_vary": ("field",),
    "no_such_field": ("field",),
    "no_such_field_hint": ("field", "suggestion"),
    "cannot_vary": ("field",),
    "range_twice": ("field",),
    "range_ge": ("bound", "field", "got"),
    "range_gt": ("bound", "field", "got"),
    "range_le": ("bound", "field", "got"),
    "range_lt": ("bound", "field", "got"),
    "low_above_high": ("high", "got"),
    "group_differs": ("field", "distribution"),
    "range_of_empty": ("field",),
    "outside_range": ("field", "value", "distribution"),
    "one_of": ("choices", "got"),
    "too_large": ("size", "what", "most"),
    "grew_too_large": ("what", "most"),
    "would_be_too_large": ("size", "what", "most"),
    "too_many_entries": ("count", "most"),
    "not_regular": ("entry",),
    "not_utf8": ("byte",),
    "cannot_read": ("code", "reason"),
    "cannot_write": ("code", "reason"),
    "not_regular_target": ("entry",),
    "already_exists": (),
    "being_read": (),
    "newer_own_file": ("holds", "version"),
    "holds_own_file": ("holds",),
    "incomplete_output": ("format",),
    "differs_on_disk": (),
    "nested_too_deep": ("line", "column", "most"),
    "invalid_json": ("line", "column", "detail"),
    "json_key_twice": ("key",),
    "not_json_object": (),
    "not_price_catalog": (),
    "newer_catalog": ("version", "current"),
    "user_entry_damaged": ("label", "damaged"),
    "result_too_large": ("strategy", "amount", "currency", "limit", "component", "inputs"),
    "cost_per_query_too_large": ("strategy", "amount", "currency", "inputs"),
    "present_value_too_large": ("strategy", "amount", "currency", "inputs"),
}
"""Every kind of problem the model names, with the values its words name.

A `got` is the value as found in the file (a number, text, true/false, None, a list or an
object); a `bound` a number; the window words each kind itself (`present/problem_words.py`).
A problem of no kind ("") has only its English text. The kinds about a file as a whole (too
large, not UTF-8, invalid JSON …) have no path; `what` is the file as `safe_files.read_file`
names it ("a scenario file"), `entry` a word of `safe_files.ENTRY_WORDS`, `code` and `reason`
the operating system's error number and its own English words for it, `holds` the format
marker of a file of ours that a write left alone ("embed-or-tune/scenario"), `format` the kind
of file an export makes ("PDF"), `detail` the JSON
parser's own English words, `choices` the allowed values as pydantic writes each ('chat'),
`damaged` a damaged entry of the user's price file (`user_catalog.DamagedEntry`, worded
by the window). A result too large to show (`engine/overflow.py`) names a `strategy` and a cost
`component` by key, an `amount` and a `limit` of money in `currency` (the amount may be inf or
NaN), and the `inputs` that scale it as (path, value) pairs, a value None where it varies.
"""


@dataclass(frozen=True)
class Problem:
    """One problem: the field it is about ("" for none), its English words, its kind."""

    path: str
    text: str
    kind: str = ""
    values: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind and self.kind not in KINDS:  # a kind the window could never word
            raise ValueError(f"unknown kind of problem: {self.kind!r}")

    def __str__(self) -> str:
        return f"{self.path}: {self.text}" if self.path else self.text


KEY_SHOWN = 60
"""The characters of a key a problem line shows: a file's 500,000-character key is not echoed
whole (no field's name is longer)."""


def field_path(location: tuple[int | str, ...]) -> str:
    """('uncertainty', 0, 'low') -> 'uncertainty[0].low'."""
    path = ""
    for part in location:
        if part == "[key]":  # pydantic's marker for a bad key of an object: the key names it
            continue
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            if len(part) > KEY_SHOWN:
                part = f"{part[:KEY_SHOWN]}… ({len(part):,} characters)"
            path += f".{part}" if path else part
    return path or "(file)"


def shown_value(value: Any) -> str:
    """A value as a problem line shows it: JSON's words (null, true), numbers plain."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float | int) and not isinstance(value, bool):
        return plain_number(value)
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list | tuple):
        return "a list"
    if value is None:
        return "null"
    return repr(value)


NUMBER_KINDS = {"finite_number", "float_type", "int_type", "int_from_float"}
"""pydantic's kinds of error for a number that a field cannot take as it is."""


def _beyond_floats(value: Any) -> bool:
    """A number too large for a float: JSON's 1e999 reads as inf, 10**400 as an int.

    Negative ones (and NaN) keep pydantic's words: "got a larger one" would not fit them.
    """
    if isinstance(value, bool) or not isinstance(value, float | int):
        return False
    return value > 1e300


def too_small_number(path: str, number: TinyNumber) -> Problem:
    """The problem of a file's number too small to be told from 0 (its reader would say 0)."""
    return Problem(path, number.problem, "too_small_number", {"got": number.text})


def _choices(expected: str) -> tuple[str, ...]:
    """The choices of pydantic's "'a', 'b' or 'c'", each as pydantic writes it ("'a'")."""
    head, _, last = expected.rpartition(" or ")
    return (*head.split(", "), last) if head else (expected,)


def _known_fields(location: tuple[int | str, ...]) -> list[str]:
    """The field names allowed beside an unknown one, for a 'did you mean' hint."""
    model: type[BaseModel] = Scenario
    for part in location[:-1]:
        if part == "uncertainty":
            model = UncertainInput
        elif isinstance(part, str) and part in model.model_fields:
            annotation = model.model_fields[part].annotation
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                model = annotation
    return list(model.model_fields)


def _message(error: Any) -> Problem:
    """The problem one pydantic error names."""
    kind = error["type"]
    context = error.get("ctx") or {}
    location = tuple(error["loc"])
    got = error.get("input")
    if kind == "value_error" and isinstance(context.get("error"), FieldError):
        problem = context["error"]
        return Problem(problem.path, problem.problem, problem.kind, problem.values)
    path = field_path(location)
    if kind == "extra_forbidden":
        close = closest(str(location[-1]), _known_fields(location))
        if close is None:
            return Problem(path, "unknown field", "unknown_field")
        hint = f" (did you mean '{close}'?)"
        return Problem(path, f"unknown field{hint}", "unknown_field_hint", {"suggestion": close})
    if kind == "missing":
        return Problem(path, "is required", "required")
    bounds = {
        "greater_than_equal": "ge",
        "greater_than": "gt",
        "less_than_equal": "le",
        "less_than": "lt",
    }
    if kind in bounds:
        limit = next(iter(context.values()))
        sign = BOUND_KINDS[bounds[kind]]
        text = f"must be {sign} {plain_number(limit)}, got {shown_value(got)}"
        return Problem(path, text, bounds[kind], {"bound": limit, "got": got})
    if isinstance(got, TinyNumber):  # 1e-400: whatever the field, never read as 0
        return too_small_number(path, got)
    if kind in NUMBER_KINDS and _beyond_floats(got):  # 1e999, or thousands of digits: not "inf"
        return Problem(path, "must be a number below 1e300, got a larger one", "number_too_large")
    if kind == "finite_number":
        return Problem(path, f"must be a finite number, got {got}", "finite_number", {"got": got})
    if kind in ("float_type", "int_type", "int_from_float", "float_parsing", "int_parsing"):
        whole = kind.startswith("int")
        text = f"must be {'a whole number' if whole else 'a number'}, got {shown_value(got)}"
        return Problem(path, text, "whole_number" if whole else "number", {"got": got})
    if kind == "literal_error":
        expected = str(context.get("expected"))
        text = f"must be one of {expected}, got {shown_value(got)}"
        return Problem(path, text, "one_of", {"choices": _choices(expected), "got": got})
    if kind == "string_pattern_mismatch" and location[-1] == "currency":
        text = f"must be a three-letter ISO 4217 code such as USD, got {shown_value(got)}"
        return Problem(path, text, "currency_code", {"got": got})
    if kind == "string_pattern_mismatch" and location[-1] == "start_month":
        text = f"must be a calendar month written YYYY-MM, such as 2027-01, got {shown_value(got)}"
        return Problem(path, text, "calendar_month", {"got": got})
    if kind.startswith("date_"):  # date_type, date_parsing, date_from_datetime_inexact ...
        text = f"must be a date written YYYY-MM-DD, such as 2026-08-01, got {shown_value(got)}"
        return Problem(path, text, "calendar_date", {"got": got})
    if kind in ("bool_type", "bool_parsing"):
        return Problem(
            path, f"must be true or false, got {shown_value(got)}", "true_false", {"got": got}
        )
    if kind == "too_short":
        least = context.get("min_length", 1)
        if least == 1:
            return Problem(path, "must list at least 1 entry", "at_least_one_entry")
        text = f"must list at least {least} entries"
        return Problem(path, text, "at_least_entries", {"least": least})
    if kind == "string_too_long":
        most = context.get("max_length")
        text = f"must be at most {most} characters long"
        return Problem(path, text, "at_most_characters", {"most": most})
    if kind in ("string_type", "model_type", "dict_type", "tuple_type", "model_attributes_type"):
        wanted = {"string_type": "text", "tuple_type": "a list"}.get(kind, "an object")
        which = {"string_type": "text", "tuple_type": "list"}.get(kind, "object")
        return Problem(path, f"must be {wanted}, got {shown_value(got)}", which, {"got": got})
    text = error["msg"][0].lower() + error["msg"][1:]
    if kind == "string_too_short" and "min_length" in context:
        least = context["min_length"]
        return Problem(path, text, "at_least_characters", {"least": least})
    if kind == "value_error" and isinstance(context.get("error"), KindedValueError):
        return Problem(path, text, context["error"].kind, context["error"].values)
    return Problem(path, text)


def problem_list(error: ValidationError | FieldError) -> list[Problem]:
    """Every problem, ordered as pydantic found them.

    A list whose entries are wrong is not also too short.
    """
    if isinstance(error, FieldError):
        return [Problem(error.path, error.problem, error.kind, error.values)]
    found = [(_message(item), item["type"]) for item in error.errors()]
    return [
        problem
        for problem, kind in found
        if not (
            kind == "too_short"
            and any(other.path.startswith(f"{problem.path}[") for other, _ in found)
        )
    ]


def problems(error: ValidationError | FieldError) -> list[str]:
    """Every problem in one line each, ordered as pydantic found them."""
    return [str(problem) for problem in problem_list(error)]
