"""The scenario: everything a user tells us about their situation (MODEL.md, "Scenario file").

Every field carries a description and a unit; the GUI's tooltips, the CLI's tables and the
printed sheet all read them from here. Models are frozen: an edit makes a new scenario, so a
scenario handed to the engine can never change under it.

This module holds the file as a whole (its format and version, dated events, uncertain ranges,
presets, the checks across fields); the sections it is made of are in `sections/`.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Final, Literal

from pydantic import BeforeValidator, Field, model_validator

from desktop_app.core.model.sections.base import (
    STRATEGY_KEYS,
    Distribution,
    Section,
    StrategyKey,
    WholeNumber,
    quantity,
)
from desktop_app.core.model.sections.operations import (
    Checklist,
    Effort,
    Finance,
    Market,
    Quality,
)
from desktop_app.core.model.sections.strategies import (
    FineTunedModel,
    FineTuning,
    Hybrid,
    LongContext,
    ModelPrices,
)
from desktop_app.core.model.sections.workload import Knowledge, Retrieval, Workload

SCENARIO_FORMAT: Final = "embed-or-tune/scenario"
SCHEMA_VERSION: Final = 2


LAST_CALENDAR_MONTH = 9999 * 12 + 11
"""December 9999 (year * 12 + month - 1): every month is written YYYY-MM."""


class FieldError(ValueError):
    """A problem with one field found by a check across fields; `path` names that field.

    `kind` (one of `problems.KINDS`, "" for none) and `values` let the window word it itself.
    """

    def __init__(self, path: str, problem: str, kind: str = "", **values: Any) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
        self.kind = kind
        self.values = values


class KindedValueError(ValueError):
    """A field validator's refusal of its own field's value, with a kind as `FieldError`'s."""

    def __init__(self, text: str, kind: str, **values: Any) -> None:
        super().__init__(text)
        self.kind = kind
        self.values = values


def _list_to_tuple(value: Any) -> Any:
    """JSON arrays arrive as lists; the scenario keeps them as immutable tuples."""
    return tuple(value) if isinstance(value, list) else value


class UncertainInput(Section):
    """A range for one numeric input, drawn in Monte Carlo runs."""

    field: str = Field(
        description="Dotted path of the numeric input, e.g. workload.queries_per_month."
    )
    low: float = Field(description="Lowest plausible value.")
    high: float = Field(description="Highest plausible value.")
    distribution: Distribution = Field(
        "triangular",
        description="triangular and pert take the scenario's value as the most likely one.",
    )


class Event(Section):
    """A dated change: prices or serving set from a month on, a re-embed, a retrain, hours."""

    month: WholeNumber = Field(
        ge=1, le=120, description="Month (1-based) at whose start the event happens."
    )
    name: str = Field("", max_length=200, description="What happens, in the user's words.")
    set: dict[str, Any] = Field(
        default_factory=dict,
        description="Fields that take a new value from this month on (dotted paths).",
    )
    re_embed: bool = Field(
        False, description="The retrieval strategies embed and write the whole corpus again."
    )
    retrain: bool = Field(
        False, description="fine_tuning and hybrid train a new model at the start of the month."
    )
    hours: dict[StrategyKey, Annotated[float, Field(ge=0, le=1e6)]] = Field(
        default_factory=dict,
        description="One-off engineering hours in this month, per strategy.",
    )


def _canonical_strategies(value: Any) -> Any:
    """Keep the compared strategies in canonical order (the order of results and tables)."""
    if isinstance(value, list | tuple) and all(isinstance(key, str) for key in value):
        known = [key for key in STRATEGY_KEYS if key in value]
        if len(known) == len(value) == len(set(value)):
            return tuple(known)
        return tuple(value)
    return value


PresetRole = Literal[
    "embedding_model", "base_model", "fine_tuned_model", "vector_store", "reranker", "prompt_cache"
]


class PresetRecord(Section):
    """Which catalog entry a role's prices came from, with its source and as-of date."""

    id: str = Field(description="Catalog entry id, e.g. openai/gpt-4.1-mini.")
    name: str = Field(description="The model or product name.")
    source: str = Field(description="Where the prices come from.")
    source_date: str = Field(description="The date as the source gives it.")
    as_of: Annotated[date | None, Field(strict=False)] = Field(
        None, description="Earliest date the source vouches for."
    )


class Scenario(Section):
    """A complete scenario file."""

    format: Literal["embed-or-tune/scenario"] = Field(
        SCENARIO_FORMAT, description="File type marker."
    )
    schema_version: Literal[2] = Field(SCHEMA_VERSION, description="Version of the file format.")
    name: str = Field("Untitled scenario", max_length=200, description="Name of the scenario.")
    notes: str = Field(
        "", max_length=20000, description="What the scenario assumes, in the user's words."
    )
    currency: str = Field(
        "USD",
        pattern=r"^[A-Z]{3}$",
        description="ISO 4217 code of the currency every price is in.",
    )
    horizon_months: WholeNumber = quantity(36, "Months simulated.", "months", ge=1, le=120)
    start_month: str | None = Field(
        None,
        pattern=r"^[0-9]{4}-(0[1-9]|1[0-2])$",
        description="Calendar month of month 1 (YYYY-MM), or empty; it labels months with "
        "dates and places dated events.",
    )
    strategies: Annotated[tuple[StrategyKey, ...], BeforeValidator(_canonical_strategies)] = Field(
        STRATEGY_KEYS,
        min_length=1,
        description="The strategies compared (distinct keys, kept in canonical order).",
    )
    workload: Workload = Field(default_factory=Workload, description=Workload.__doc__)
    knowledge: Knowledge = Field(default_factory=Knowledge, description=Knowledge.__doc__)
    retrieval: Retrieval = Field(default_factory=Retrieval, description=Retrieval.__doc__)
    base_model: ModelPrices = Field(
        default_factory=ModelPrices, description="Per-token prices of the base chat model."
    )
    fine_tuned_model: FineTunedModel = Field(
        default_factory=FineTunedModel, description=FineTunedModel.__doc__
    )
    fine_tuning: FineTuning = Field(default_factory=FineTuning, description=FineTuning.__doc__)
    hybrid: Hybrid = Field(default_factory=Hybrid, description=Hybrid.__doc__)
    long_context: LongContext = Field(default_factory=LongContext, description=LongContext.__doc__)
    effort: Effort = Field(default_factory=Effort, description=Effort.__doc__)
    quality: Quality = Field(default_factory=Quality, description=Quality.__doc__)
    market: Market = Field(default_factory=Market, description=Market.__doc__)
    finance: Finance = Field(default_factory=Finance, description=Finance.__doc__)
    checklist: Checklist = Field(default_factory=Checklist, description=Checklist.__doc__)
    events: Annotated[tuple[Event, ...], BeforeValidator(_list_to_tuple)] = Field(
        (), description="Dated changes, applied in month order."
    )
    uncertainty: Annotated[tuple[UncertainInput, ...], BeforeValidator(_list_to_tuple)] = Field(
        (), description="Inputs that are not known exactly, with their ranges."
    )
    presets: dict[PresetRole, PresetRecord] = Field(
        default_factory=dict,
        description="Catalog presets the prices came from (written only when there are some).",
    )

    @model_validator(mode="after")
    def _check_across_fields(self) -> Scenario:
        from desktop_app.core.model.events import check_events  # they read this module
        from desktop_app.core.model.fields import check_uncertainty

        if len(set(self.strategies)) != len(self.strategies):
            raise FieldError("strategies", "must not name a strategy twice", "strategy_twice")
        if self.start_month is not None:
            year, month = (int(part) for part in self.start_month.split("-"))
            if year * 12 + month - 1 + self.horizon_months - 1 > LAST_CALENDAR_MONTH:
                raise FieldError(
                    "start_month",
                    f"must leave the last of the {self.horizon_months} months in 9999 at the "
                    f"latest, got {self.start_month}",
                    "start_month_too_late",
                    months=self.horizon_months,
                    got=self.start_month,
                )
        check_events(self)
        check_uncertainty(self)
        return self
