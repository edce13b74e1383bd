"""What a version-1 file may hold: the fields and choices of the frozen version-1 schema.

A file that says `schema_version` 1 is read with version 1's numbers (MODEL.md, "Upgrading a
version-1 file"): every field version 2 adds takes its default. A version-2 field in such a
file (an event, a long-context section, a reranker price) would change those numbers while
the file claims the old format, so it is refused, naming the field, rather than used or
dropped; a field neither version knows is left to the model's own "unknown field".
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from desktop_app.core.model.scenario import FieldError
from desktop_app.core.model.schema import scenario_schema, version_1_schema

Schema = dict[str, Any]
Outside = tuple[str, str, str | None]
"""(path, what, text): what is "field" (a key the schema does not have), "choice" (a text
the schema does not offer there; the text) or "form" (an object where it has a number)."""


def version_2_only(document: dict[str, Any]) -> FieldError | None:
    """The first field or choice of `document` that only version 2 has, as a problem; or None."""
    outside_1 = list(_walk(document, version_1_schema(), version_1_schema(), ""))
    if not outside_1:
        return None  # the usual case: the version-2 schema is never made
    version_2 = _version_2_schema()
    outside_2 = set(_walk(document, version_2, version_2, ""))
    for path, what, text in outside_1:
        if (path, what, text) in outside_2:
            continue  # neither version has it: the model's own words say so
        if what == "field":
            said = "is a field of version 2, but the file says schema_version 1"
            return FieldError(path, f"{said}: set schema_version to 2 to use it", "version_2_field")
        if what == "form":
            said = "is written as in version 2 (a value per strategy), but the file says "
            return FieldError(
                path,
                f"{said}schema_version 1: write one number, or set schema_version to 2",
                "version_2_form",
            )
        said = f"{text!r} is a choice of version 2, but the file says schema_version 1"
        return FieldError(
            path, f"{said}: set schema_version to 2 to use it", "version_2_choice", got=text
        )
    return None


def _walk(value: Any, node: Schema, root: Schema, path: str) -> Iterator[Outside]:
    """What of `value` lies outside the schema `node` (of `root`), by path."""
    node = _resolved(node, root)
    if isinstance(value, dict) and "properties" in node:
        for key, item in value.items():
            inner = f"{path}.{key}" if path else str(key)
            if key in node["properties"]:
                yield from _walk(item, node["properties"][key], root, inner)
            else:
                yield inner, "field", None
    elif isinstance(value, list) and isinstance(node.get("items"), dict):
        for index, item in enumerate(value):
            yield from _walk(item, node["items"], root, f"{path}[{index}]")
    elif isinstance(value, str) and isinstance(node.get("enum"), list):
        if value not in node["enum"]:
            yield path, "choice", value
    elif isinstance(value, dict) and node.get("type") in ("number", "integer"):
        yield path, "form", None
    elif "anyOf" in node:  # a field that may be null: the branch that fits the value's type
        for branch in node["anyOf"]:
            resolved = _resolved(branch, root)
            if _fits(value, resolved):
                yield from _walk(value, resolved, root, path)
                return


def _fits(value: Any, node: Schema) -> bool:
    if isinstance(value, dict):
        return "properties" in node
    if isinstance(value, list):
        return "items" in node
    return isinstance(value, str) and "enum" in node


def _resolved(node: Schema, root: Schema) -> Schema:
    reference = node.get("$ref")
    if isinstance(reference, str) and reference.startswith("#/$defs/"):
        found: Schema = root["$defs"][reference.removeprefix("#/$defs/")]
        return found
    return node


@cache
def _version_2_schema() -> Schema:
    """The version-2 part of the published schema (its inputs and event fields as choices)."""
    definitions = scenario_schema()["$defs"]
    return {"$defs": definitions, **definitions["Scenario"]}
