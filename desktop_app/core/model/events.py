"""MODEL.md, "Events": what an event may set, its checks, and the months it touches.

An event happens at the start of month `e = month - 1`. Its `set` gives fields a new value from
month e on (later events, and later entries in the same month, win); `re_embed` and `retrain`
flag the month; `hours` adds one-off hours per strategy. An event after the horizon is kept
and has no effect.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop_app.core.model.numbers import TinyNumber, plain_number

if TYPE_CHECKING:
    from desktop_app.core.model.scenario import Event, Scenario

SERVING_PATHS = ("base_model.serving", "fine_tuned_model.serving")
SERVINGS = ("per_token", "dedicated")
OTHER_SETTABLE = (
    "retrieval.embedding_price_per_1m",
    "retrieval.embedding_dimensions",
    "retrieval.vector_storage_per_gb_month",
    "retrieval.read_price_per_1m_units",
    "retrieval.write_price_per_1m_units",
    "retrieval.vector_store_monthly_minimum",
    "retrieval.store_unit_gb",
    "retrieval.store_unit_per_month",
    "retrieval.rerank_per_1k_queries",
    "long_context.cache_write_per_1m",
    "long_context.cache_storage_per_1m_per_hour",
    "effort.hourly_rate",
    "quality.cost_per_wrong_answer",
)


def settable_paths() -> tuple[str, ...]:
    """Every path an event's `set` may name, in file order."""
    from desktop_app.core.model.fields import numeric_fields

    models = [
        f.path for f in numeric_fields() if f.path.startswith(("base_model.", "fine_tuned_model."))
    ]
    return (*SERVING_PATHS, *models, *OTHER_SETTABLE)


def check_events(scenario: Scenario) -> None:
    """Each `set` names a settable field and gives it a value that field's rules allow."""
    from desktop_app.core.model.fields import closest, numeric_field
    from desktop_app.core.model.scenario import FieldError

    if not scenario.events:
        return
    allowed = settable_paths()
    for index, event in enumerate(scenario.events):
        for path, value in event.set.items():
            where = f"events[{index}].set.{path}"
            if path not in allowed:
                close = closest(path, allowed)
                if close is None:
                    raise FieldError(where, "is not a field an event can set", "not_settable")
                raise FieldError(
                    where,
                    f"is not a field an event can set (did you mean '{close}'?)",
                    "not_settable_hint",
                    suggestion=close,
                )
            if path in SERVING_PATHS:
                if value not in SERVINGS:
                    raise FieldError(
                        where,
                        f"must be 'per_token' or 'dedicated', got {value!r}",
                        "serving",
                        got=value,
                    )
                continue
            field = numeric_field(path)
            if value is None:
                if not field.nullable:
                    raise FieldError(where, "must be a number, got null", "number", got=None)
                continue
            if isinstance(value, TinyNumber):
                raise FieldError(where, value.problem, "too_small_number", got=value.text)
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise FieldError(where, f"must be a number, got {value!r}", "number", got=value)
            if value != value or value in (float("inf"), float("-inf")):
                raise FieldError(where, "must be a finite number", "finite")
            if field.integer and not float(value).is_integer():
                raise FieldError(
                    where,
                    f"must be a whole number, got {plain_number(value)}",
                    "whole_number",
                    got=value,
                )
            broken = field.broken_bound(float(value))
            if broken:
                kind, bound = broken
                problem = field.problem(float(value))
                raise FieldError(
                    where, f"{problem}, got {plain_number(value)}", kind, bound=bound, got=value
                )


def month_index(event: Event) -> int:
    """e: the 0-based month the event happens in."""
    return event.month - 1


def events_within(scenario: Scenario) -> list[Event]:
    """The events inside the horizon, in month order (same month: file order)."""
    inside = [event for event in scenario.events if event.month <= scenario.horizon_months]
    return sorted(inside, key=month_index)


def set_schedule(scenario: Scenario) -> dict[str, list[tuple[int, Any]]]:
    """When each set field takes which value: path -> [(e, value), ...], in month order."""
    found: dict[str, list[tuple[int, Any]]] = {}
    for event in events_within(scenario):
        for path, value in event.set.items():
            found.setdefault(path, []).append((month_index(event), value))
    return found


def flagged_months(scenario: Scenario, flag: str) -> list[int]:
    """The months (0-based) with a `re_embed` or `retrain` event, each once."""
    months = {month_index(e) for e in events_within(scenario) if getattr(e, flag)}
    return sorted(months)


def event_hours(scenario: Scenario, strategy: str) -> dict[int, float]:
    """The events' one-off hours of a strategy per month: e -> hours (they add up)."""
    found: dict[int, float] = {}
    for event in events_within(scenario):
        if strategy in event.hours:
            e = month_index(event)
            found[e] = found.get(e, 0.0) + event.hours[strategy]
    return found


def describe(scenario: Scenario) -> list[str]:
    """One short line per event, for headers: 'month 7: gpt-4.1 retired (set 2, retrain)'."""
    lines = []
    for event in sorted(scenario.events, key=month_index):
        parts = []
        if event.set:
            parts.append("sets " + ", ".join(event.set))
        if event.re_embed:
            parts.append("re-embed")
        if event.retrain:
            parts.append("retrain")
        if event.hours:
            parts.append(
                "hours " + ", ".join(f"{k} {plain_number(v)}" for k, v in event.hours.items())
            )
        past = " (after the horizon: no effect)" if event.month > scenario.horizon_months else ""
        name = event.name or "event"
        detail = f" ({'; '.join(parts)})" if parts else ""
        when = f"month {event.month}"
        if scenario.start_month:
            when += f" ({calendar_month(scenario.start_month, event.month)})"
        lines.append(f"{when}: {name}{detail}{past}")
    return lines


def calendar_month(start_month: str, month: int) -> str:
    """'YYYY-MM' of 1-based `month` when month 1 is `start_month` ('2027-01', 7 -> '2027-07')."""
    year, first = (int(part) for part in start_month.split("-"))
    index = year * 12 + first - 1 + month - 1
    return f"{index // 12:04d}-{index % 12 + 1:02d}"
