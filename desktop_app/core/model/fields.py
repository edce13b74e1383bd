"""The numeric inputs of a scenario, addressed by dotted path ("workload.queries_per_month").

One catalogue read from the scenario model serves the uncertainty checks, the batch engine, the
sensitivity analysis, the GUI's editors and the assumptions table of the printed sheet.
"""

from __future__ import annotations

import difflib
import types
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Annotated, Any, get_args, get_origin

import annotated_types
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from desktop_app.core.model.numbers import plain_number

if TYPE_CHECKING:
    from desktop_app.core.model.scenario import Scenario

SCHEDULE_FIELDS = ("horizon_months",)  # fixed per batch: they set the shape of the arrays

SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Workload", ("workload.",)),
    ("Knowledge", ("knowledge.",)),
    ("Retrieval and vector store", ("retrieval.",)),
    ("Base model prices", ("base_model.",)),
    ("Fine-tuned model", ("fine_tuned_model.",)),
    ("Fine-tuning", ("fine_tuning.",)),
    ("Hybrid", ("hybrid.",)),
    ("Long context", ("long_context.",)),
    ("Engineering effort", ("effort.",)),
    ("Wrong answers", ("quality.",)),
    ("Market and finance", ("market.", "finance.")),
)
"""How the inputs are grouped for people (the editor, the sheet's assumptions table)."""

GROUP_PATHS = {
    "effort.incidents_per_month": tuple(
        f"effort.incidents_per_month.{key}"
        for key in ("embeddings", "fine_tuning", "hybrid", "long_context")
    ),
}
"""A per-strategy group that version 1 had as one number: as an uncertainty, sensitivity, map
or break-even input, its path moves every strategy's value together (one draw for all)."""

RETRAIN_POLICY_NAMES = {
    "never": "Never retrain",
    "every_n_months": "Every n months",
    "changed_pct": "When changes reach a share",
    "every_update": "At every content update",
}


BOUND_KINDS = {"ge": ">=", "gt": ">", "le": "<=", "lt": "<"}
"""The kinds of bound a numeric field may have, with the sign `NumericField.problem` uses."""
_BREAKS: dict[str, Callable[[float, float], bool]] = {
    "ge": lambda value, bound: value < bound,
    "gt": lambda value, bound: value <= bound,
    "le": lambda value, bound: value > bound,
    "lt": lambda value, bound: value >= bound,
}


@dataclass(frozen=True)
class NumericField:
    """One numeric input: where it is, what it means and which values it takes."""

    path: str
    label: str
    description: str
    unit: str
    default: float | None
    integer: bool
    nullable: bool
    ge: float | None = None
    gt: float | None = None
    le: float | None = None
    lt: float | None = None

    @property
    def is_money(self) -> bool:
        """True for an amount of money (a price, a fee, a minimum, the hourly rate).

        Amounts are the fields whose unit is a 'per …' (per 1M tokens, per month, per hour):
        the one place that rule is written; the display currency and every unit text use it.
        """
        return self.unit.startswith("per ")

    def broken_bound(self, value: float) -> tuple[str, float] | None:
        """The first bound `value` breaks as (kind, bound), kind one of BOUND_KINDS; or None.

        The one test of a value against the field's bounds: `problem` words it for files and
        the command line, the window's fields (`gui/editor/inputs.bound_problem`) in its own.
        """
        for kind, bound in (("ge", self.ge), ("gt", self.gt), ("le", self.le), ("lt", self.lt)):
            if bound is not None and _BREAKS[kind](value, bound):
                return kind, bound
        return None

    def problem(self, value: float) -> str | None:
        """Why `value` is not valid here, or None when it is."""
        broken = self.broken_bound(value)
        if broken is None:
            return None
        kind, bound = broken
        return f"must be {BOUND_KINDS[kind]} {plain_number(bound)}"

    def clip(self, value: float) -> float:
        """The nearest valid value (open bounds are approached by 1e-9 of their size)."""
        if self.ge is not None:
            value = max(value, self.ge)
        if self.gt is not None:
            value = max(value, self.gt + 1e-9 * max(1.0, abs(self.gt)))
        if self.le is not None:
            value = min(value, self.le)
        if self.lt is not None:
            value = min(value, self.lt - 1e-9 * max(1.0, abs(self.lt)))
        if self.integer:
            value = float(round(value))
            if self.problem(value):
                value = float(int(value) + 1)
        return value


UPPER_WORDS = {"gb": "GB", "kb": "KB"}
"""Units a field's name writes in lower case that its label writes as people do."""


def _label(name: str) -> str:
    words = name.replace("_pct", " %").replace("_1m", " 1M").split("_")
    words = [UPPER_WORDS.get(word, word) for word in words]
    if words[-2:] == ["GB", "month"]:
        words[-2:] = ["GB-month"]  # as the unit says: "per GB-month"
    label = " ".join(words)
    return label[0].upper() + label[1:]


def _bounds(metadata: list[Any]) -> dict[str, float]:
    bounds: dict[str, float] = {}
    for item in metadata:
        for kind in ("ge", "gt", "le", "lt"):
            if isinstance(item, getattr(annotated_types, kind.capitalize())):
                bounds[kind] = float(getattr(item, kind))
    return bounds


def _is_number(annotation: object) -> bool:
    """An int or a float, optional (`float | None`) or constrained (`Annotated[int, ...]`)."""
    if get_origin(annotation) is Annotated:
        return get_args(annotation)[0] is int
    if get_origin(annotation) is types.UnionType:
        return set(get_args(annotation)) in ({int, type(None)}, {float, type(None)})
    return annotation in (int, float)


def _walk(instance: BaseModel, prefix: str, parent: FieldInfo | None) -> list[NumericField]:
    """The numeric leaves below `instance`, with their defaults taken from it.

    The leaves of a per-strategy group (effort.setup_hours.embeddings) take their unit from the
    group and prefix its description and label to their own.
    """
    found: list[NumericField] = []
    parent_extra = parent.json_schema_extra if parent is not None else None
    parent_unit = str(parent_extra.get("unit", "")) if isinstance(parent_extra, dict) else ""
    parent_title = _label(prefix.rstrip(".").rsplit(".", 1)[-1]) if parent is not None else ""
    for name, info in type(instance).model_fields.items():
        path = f"{prefix}{name}"
        annotation = info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            if annotation.__name__ != "UncertainInput":
                found += _walk(getattr(instance, name), f"{path}.", info)
            continue
        if not _is_number(annotation):
            continue
        extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
        default = getattr(instance, name)
        description = info.description or ""
        label = _label(name)
        if parent_unit:
            description = f"{parent.description} {description}" if parent else description
            label = f"{parent_title}: {name.replace('_', '-')}"
        found.append(
            NumericField(
                path=path,
                label=label,
                description=description,
                unit=str(extra.get("unit", parent_unit)),
                default=None if default is None else float(default),
                integer=int in (annotation, *get_args(annotation)),
                nullable=type(None) in get_args(annotation),
                **_bounds(info.metadata),
            )
        )
    return found


@cache
def numeric_fields() -> tuple[NumericField, ...]:
    """Every numeric input, in file order (read from the model on first use)."""
    from desktop_app.core.model.scenario import Scenario  # the scenario module imports this one

    return tuple(_walk(Scenario(), "", None))


@cache
def _by_path() -> dict[str, NumericField]:
    found = {field.path: field for field in numeric_fields()}
    for group, leaves in GROUP_PATHS.items():
        first = found[leaves[0]]
        found[group] = NumericField(
            path=group,
            label=_label(group.rsplit(".", 1)[-1]),
            description=first.description.split(" For the ")[0] + " Every strategy at once.",
            unit=first.unit,
            default=first.default,
            integer=first.integer,
            nullable=False,
            ge=first.ge,
            le=first.le,
        )
    return found


def numeric_field(path: str) -> NumericField:
    """The numeric input at `path`; KeyError names the closest known paths."""
    if path in _by_path():
        return _by_path()[path]
    raise KeyError(f"'{path}' is not a numeric input{did_you_mean(path, variable_paths())}")


@cache
def variable_paths() -> tuple[str, ...]:
    """Paths of the inputs that may vary inside one batch (all numeric ones but the horizon)."""
    return tuple(f.path for f in numeric_fields() if f.path not in SCHEDULE_FIELDS)


@cache
def uncertain_paths() -> tuple[str, ...]:
    """Paths an uncertainty range, a map axis or the break-even finder may name."""
    return (*variable_paths(), *GROUP_PATHS)


def closest(word: str, choices: Sequence[str]) -> str | None:
    """The choice closest to `word`, or None when nothing is close."""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return close[0] if close else None


def did_you_mean(word: str, choices: Sequence[str]) -> str:
    """A ' (did you mean ...?)' hint, or '' when nothing is close."""
    close = closest(word, choices)
    return f" (did you mean '{close}'?)" if close else ""


def value_at(scenario: BaseModel, path: str) -> Any:
    """The value of the field at a dotted path.

    For a group path (GROUP_PATHS) the strategies' common value, or None when they differ.
    """
    if path in GROUP_PATHS:
        values = {value_at(scenario, leaf) for leaf in GROUP_PATHS[path]}
        return values.pop() if len(values) == 1 else None
    value: Any = scenario
    for part in path.split("."):
        value = getattr(value, part)
    return value


def with_values(scenario: Scenario, values: dict[str, Any]) -> Scenario:
    """A new, validated scenario with the fields at the given paths replaced."""
    data = scenario.model_dump()
    for path, value in values.items():
        *parents, leaf = path.split(".")
        target = data
        for part in parents:
            target = target[part]
        if leaf not in target:
            raise KeyError(f"'{path}' is not a field of a scenario")
        target[leaf] = value
    return type(scenario).model_validate(data)


def check_uncertainty(scenario: Scenario) -> None:
    """Each uncertainty entry must name a distinct numeric input and a range that fits it."""
    from desktop_app.core.model.scenario import FieldError

    seen: set[str] = set()
    for index, entry in enumerate(scenario.uncertainty):
        where = f"uncertainty[{index}]"
        if entry.field not in uncertain_paths():
            text, kind, values = _why_it_cannot_vary(scenario, entry.field)
            raise FieldError(f"{where}.field", text, kind, **values)
        if entry.field in seen:
            raise FieldError(
                f"{where}.field",
                f"'{entry.field}' has more than one range",
                "range_twice",
                field=entry.field,
            )
        seen.add(entry.field)
        field = numeric_field(entry.field)
        for end in ("low", "high"):
            got = getattr(entry, end)
            broken = field.broken_bound(got)
            if broken:
                kind, bound = broken
                raise FieldError(
                    f"{where}.{end}",
                    f"{field.problem(got)} for {entry.field}, got {plain_number(got)}",
                    f"range_{kind}",
                    bound=bound,
                    field=entry.field,
                    got=got,
                )
        if entry.low > entry.high:
            raise FieldError(
                f"{where}.low",
                f"must be <= high ({plain_number(entry.high)}), got {plain_number(entry.low)}",
                "low_above_high",
                high=entry.high,
                got=entry.low,
            )
        value = value_at(scenario, entry.field)
        if value is None and entry.field in GROUP_PATHS:
            if entry.distribution == "uniform":
                continue
            raise FieldError(
                f"{where}.field",
                f"the strategies' values of {entry.field} differ, so {entry.distribution} has "
                "no single most likely value: give a range per strategy, or use uniform",
                "group_differs",
                field=entry.field,
                distribution=entry.distribution,
            )
        if value is None:
            raise FieldError(
                f"{where}.field",
                f"{entry.field} is empty, so it has no range to vary in",
                "range_of_empty",
                field=entry.field,
            )
        if entry.distribution in ("triangular", "pert") and not entry.low <= value <= entry.high:
            raise FieldError(
                f"{where}.{'low' if value < entry.low else 'high'}",
                f"the scenario's value of {entry.field} ({plain_number(value)}) must lie "
                f"within low..high: {entry.distribution} takes it as the most likely value",
                "outside_range",
                field=entry.field,
                value=value,
                distribution=entry.distribution,
            )


def _why_it_cannot_vary(scenario: Scenario, path: str) -> tuple[str, str, dict[str, Any]]:
    """Why `path` cannot have a range: (the English words, their kind, the values named)."""
    if path in SCHEDULE_FIELDS:
        text = f"{path} cannot vary: it sets how many months are simulated"
        return text, "schedule_cannot_vary", {"field": path}
    try:
        value_at(scenario, path)
    except AttributeError:
        close = closest(path, uncertain_paths())
        if close is None:
            return f"'{path}' is not a field of a scenario", "no_such_field", {"field": path}
        text = f"'{path}' is not a field of a scenario (did you mean '{close}'?)"
        return text, "no_such_field_hint", {"field": path, "suggestion": close}
    return f"'{path}' is not a number, so it cannot vary", "cannot_vary", {"field": path}
