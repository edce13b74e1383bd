"""What every section of a scenario is built from: its base model, field helpers and choices."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

STRATEGY_KEYS: tuple[StrategyKey, ...] = ("embeddings", "fine_tuning", "hybrid", "long_context")
"""Every strategy the model knows, in MODEL.md's canonical order."""

Answer = Literal["yes", "no", "unsure"]
RetrainPolicy = Literal["never", "every_n_months", "changed_pct", "every_update"]
Distribution = Literal["triangular", "uniform", "pert"]
StrategyKey = Literal["embeddings", "fine_tuning", "hybrid", "long_context"]
Serving = Literal["per_token", "dedicated"]


def _whole_number(value: Any) -> Any:
    """Accept 3.0 where a whole number is asked for, as JSON Schema's "integer" does."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


WholeNumber = Annotated[int, BeforeValidator(_whole_number)]


def quantity(
    default: float | None,
    description: str,
    unit: str,
    *,
    ge: float | None = None,
    gt: float | None = None,
    le: float | None = None,
    lt: float | None = None,
) -> Any:
    """A numeric field with its description, unit and bounds (a bound left None is none)."""
    return Field(
        default,
        description=description,
        json_schema_extra={"unit": unit},
        ge=ge,
        gt=gt,
        le=le,
        lt=lt,
    )


def token_price(default: float | None, description: str) -> Any:
    """A price per million tokens, from 0 to 10,000 (every token price has these bounds)."""
    return quantity(default, description, "per 1M tokens", ge=0, le=1e4)


class Section(BaseModel):
    """Base of every part of a scenario: strict types, no unknown keys, no NaN, immutable."""

    model_config = ConfigDict(strict=True, extra="forbid", allow_inf_nan=False, frozen=True)
