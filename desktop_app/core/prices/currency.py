"""Showing amounts in another currency, at the user's exchange rate.

Every cost in the model is a price times a quantity (the vector store's minimum too), so
multiplying every money input by the rate multiplies every amount the model produces by the
rate and changes no decision. The display scenario does exactly that, and everything shown
(figures, advice, charts, bands, sensitivity, map, break-even, the sheet) is computed from it;
the user keeps editing the scenario in its own currency.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from desktop_app.core.model.fields import numeric_fields, value_at
from desktop_app.core.model.scenario import Scenario


def money_paths() -> list[str]:
    """Inputs that are amounts of money: prices, fees, minimums, the hourly rate."""
    return [field.path for field in numeric_fields() if field.is_money]


@dataclass(frozen=True)
class DisplayCurrency:
    """Show amounts of `source` scenarios in `target`: 1 source = `rate` target."""

    source: str
    target: str
    rate: float

    def applies_to(self, currency: str) -> bool:
        """True when a scenario in `currency` is shown converted."""
        return currency == self.source and self.target != self.source


def display_scenario(scenario: Scenario, display: DisplayCurrency | None) -> Scenario:
    """The scenario with every money input (and its range) in the display currency.

    Built with model_copy, not validation: a price times a large rate (yen, say) may pass an
    input's upper bound, which guards typing, not converting.
    """
    if display is None or not display.applies_to(scenario.currency):
        return scenario
    rate = display.rate
    paths = money_paths()
    for path in paths:
        value = value_at(scenario, path)
        scenario = _replaced(scenario, path.split("."), None if value is None else value * rate)
    update: dict[str, object] = {"currency": display.target}
    update["events"] = tuple(
        event.model_copy(
            update={
                "set": {
                    path: value * rate if path in paths and value is not None else value
                    for path, value in event.set.items()
                }
            }
        )
        for event in scenario.events
    )
    update["uncertainty"] = tuple(
        entry.model_copy(update={"low": entry.low * rate, "high": entry.high * rate})
        if entry.field in paths
        else entry
        for entry in scenario.uncertainty
    )
    return scenario.model_copy(update=update)


def _replaced(model: Any, parts: list[str], value: Any) -> Any:
    """A copy of `model` with the field at `parts` (a split dotted path) set, unvalidated."""
    head, *rest = parts
    if not rest:
        return model.model_copy(update={head: value})
    child = getattr(model, head)
    assert isinstance(child, BaseModel)
    return model.model_copy(update={head: _replaced(child, rest, value)})
