"""Validation errors as people read them: one line per problem, naming the field path.

"workload.queries_per_month: must be >= 0, got -5"
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from desktop_app.core.model.fields import did_you_mean
from desktop_app.core.model.numbers import plain_number
from desktop_app.core.model.scenario import FieldError, Scenario, UncertainInput


def field_path(location: tuple[int | str, ...]) -> str:
    """('uncertainty', 0, 'low') -> 'uncertainty[0].low'."""
    path = ""
    for part in location:
        if part == "[key]":  # pydantic's marker for a bad key of an object: the key names it
            continue
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else part
    return path or "(file)"


def _shown(value: Any) -> str:
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


def _message(error: Any) -> tuple[str, str]:
    """(path, problem) for one pydantic error."""
    kind = error["type"]
    context = error.get("ctx") or {}
    location = tuple(error["loc"])
    got = error.get("input")
    if kind == "value_error" and isinstance(context.get("error"), FieldError):
        problem = context["error"]
        return problem.path, problem.problem
    path = field_path(location)
    if kind == "extra_forbidden":
        hint = did_you_mean(str(location[-1]), _known_fields(location))
        return path, f"unknown field{hint}"
    if kind == "missing":
        return path, "is required"
    bounds = {
        "greater_than_equal": ">=",
        "greater_than": ">",
        "less_than_equal": "<=",
        "less_than": "<",
    }
    if kind in bounds:
        limit = next(iter(context.values()))
        return path, f"must be {bounds[kind]} {plain_number(limit)}, got {_shown(got)}"
    if kind == "finite_number":
        return path, f"must be a finite number, got {got}"
    if kind in ("float_type", "int_type", "int_from_float", "float_parsing", "int_parsing"):
        whole = "a whole number" if kind.startswith("int") else "a number"
        return path, f"must be {whole}, got {_shown(got)}"
    if kind == "literal_error":
        return path, f"must be one of {context.get('expected')}, got {_shown(got)}"
    if kind == "string_pattern_mismatch" and location[-1] == "currency":
        return path, f"must be a three-letter ISO 4217 code such as USD, got {_shown(got)}"
    if kind == "string_pattern_mismatch" and location[-1] == "start_month":
        return path, f"must be a calendar month written YYYY-MM, such as 2027-01, got {_shown(got)}"
    if kind in ("bool_type", "bool_parsing"):
        return path, f"must be true or false, got {_shown(got)}"
    if kind == "too_short":
        least = context.get("min_length", 1)
        return path, f"must list at least {least} {'entry' if least == 1 else 'entries'}"
    if kind == "string_too_long":
        return path, f"must be at most {context.get('max_length')} characters long"
    if kind in ("string_type", "model_type", "dict_type", "tuple_type", "model_attributes_type"):
        wanted = {"string_type": "text", "tuple_type": "a list"}.get(kind, "an object")
        return path, f"must be {wanted}, got {_shown(got)}"
    return path, error["msg"][0].lower() + error["msg"][1:]


def problems(error: ValidationError | FieldError) -> list[str]:
    """Every problem in one line each, ordered as pydantic found them."""
    if isinstance(error, FieldError):
        return [f"{error.path}: {error.problem}"]
    lines = []
    found = [(*_message(item), item["type"]) for item in error.errors()]
    for path, problem, kind in found:
        if kind == "too_short" and any(p.startswith(f"{path}[") for p, _, _ in found):
            continue  # a list whose entries are wrong is not also too short
        lines.append(f"{path}: {problem}")
    return lines
