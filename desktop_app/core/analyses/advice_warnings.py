"""Warnings of model version 2 (docs/advice.md): what the new parts of a scenario reveal.

- the long prompt outgrows the context window in month N;
- a price preset's model stops serving, or its provider stops taking fine-tuning jobs, inside
  the horizon and no event handles it (only when `start_month` dates the months);
- dedicated replicas sit mostly idle: at their busiest they carry far less than the load they
  are sized for;
- engineering hours dominate a strategy's total and none of its hour estimates has a range.

Each rule reads one variant of a batch result (`Figures`) and returns its lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np

from desktop_app.core.analyses.advice_figures import Figures
from desktop_app.core.model.numbers import count
from desktop_app.core.model.scenario import Event, Scenario
from desktop_app.core.model.strategy_names import NAMES, TITLES
from desktop_app.core.prices.catalog import ROLES, CatalogEntry
from desktop_app.core.prices.user_catalog import load_catalog

IDLE_SHARE = 1 / 3
"""Replicas "sit mostly idle" when even the busiest hour of the busiest month puts on them
under a third of the load they are sized for (`target_utilisation_pct`): at the default 60 %
target that is under 20 % of their capacity at peak, and a few per cent on average."""
HOURS_SHARE = 0.5
"""Engineering "dominates" a strategy's total from half of it."""

RETRAINED = ("fine_tuning", "hybrid")
ON_BASE_MODEL = ("embeddings", "long_context")
RETRIEVAL = ("embeddings", "hybrid")


def calendar_month(start_month: str, day: date) -> int:
    """The 1-based scenario month in which `day` falls (month 1 = `start_month`)."""
    year, month = (int(part) for part in start_month.split("-"))
    return (day.year - year) * 12 + (day.month - month) + 1


def month_label(scenario: Scenario, month: int) -> str:
    """'month 7' or, with a start month, 'month 7 (2027-06)'."""
    if scenario.start_month is None:
        return f"month {month}"
    year, first = (int(part) for part in scenario.start_month.split("-"))
    index = year * 12 + first - 1 + month - 1
    return f"month {month} ({index // 12}-{index % 12 + 1:02d})"


def context_window(figures: Figures) -> list[str]:
    """Long context is compared and its prompt stops fitting the window in month N."""
    if "long_context" not in figures.compared:
        return []
    month = figures.exceeds_context_from_month()
    if month is None:
        return []
    scenario = figures.scenario
    w, k = scenario.workload, scenario.knowledge
    corpus = k.corpus_tokens + k.added_tokens_per_month * (month - 1)
    prompt = w.input_tokens_per_query + w.instruction_tokens + corpus + w.output_tokens_per_query
    window = scenario.long_context.context_window_tokens
    when = (
        "does not fit the context window even in month 1"
        if month == 1
        else f"outgrows the context window in {month_label(scenario, month)}"
    )
    return [
        f"The long prompt {when}: "
        f"{count(prompt)} tokens against a window of {count(window)}. Long context is not "
        f"feasible over these {scenario.horizon_months} months, so it is never recommended; "
        "it needs a smaller corpus, a larger window or a shorter horizon."
    ]


def _closing_dates(entry: CatalogEntry, role: str) -> list[tuple[date, str]]:
    dates = []
    if role == "fine_tuned_model" and entry.closes is not None:
        dates.append((entry.closes, "stops taking new fine-tuning jobs"))
    if entry.retires is not None:
        dates.append((entry.retires, "stops serving"))
    return sorted(dates)


def _trains_after(figures: Figures, month: int) -> bool:
    """Fine-tuning or the hybrid schedules a training after 1-based month `month`."""
    return any(
        float(np.sum(figures.monthly(key, "trainings")[month:])) > 0
        for key in RETRAINED
        if key in figures.compared
    )


def _sets_base_model(event: Event) -> bool:
    return any(path.startswith("base_model.") for path in event.set)


def _missing_event(figures: Figures, role: str, month: int, what: str) -> str | None:
    """What event a closing in `month` needs by then and the scenario lacks, or None."""
    events = [event for event in figures.scenario.events if event.month <= month]
    uses = set(figures.compared).intersection
    if role == "embedding_model" and uses(RETRIEVAL) and not any(e.re_embed for e in events):
        return "re-embeds the corpus (`re_embed`, setting the new model's price and dimensions)"
    if role == "base_model" and uses(ON_BASE_MODEL) and not any(map(_sets_base_model, events)):
        return "switches the base model (an event that sets the replacement's prices)"
    if role != "fine_tuned_model" or not uses(RETRAINED) or any(e.retrain for e in events):
        return None
    if what == "stops serving" or _trains_after(figures, month):
        return (
            "retrains the tuned model elsewhere (`retrain`, setting the new provider's "
            "prices, with the migration hours)"
        )
    return None


def closing_presets(figures: Figures, catalog: Sequence[CatalogEntry] | None) -> list[str]:
    """A preset's model or provider closes inside the horizon and no event handles it."""
    scenario = figures.scenario
    start = scenario.start_month
    if start is None or not scenario.presets:
        return []
    entries = {entry.id: entry for entry in (load_catalog() if catalog is None else catalog)}
    found = []
    for role, record in scenario.presets.items():
        entry = entries.get(record.id)
        if entry is None:
            continue
        dates = [
            (day, what, calendar_month(start, day))
            for day, what in _closing_dates(entry, role)
            if 1 <= calendar_month(start, day) <= scenario.horizon_months
        ]
        unmet = [
            (month, missing)
            for _, what, month in dates
            if (missing := _missing_event(figures, role, month, what)) is not None
        ]
        if not unmet:
            continue
        when = " and ".join(
            f"{what} on {day.isoformat()} (month {month})" for day, what, month in dates
        )
        month, missing = unmet[0]
        found.append(
            f"{ROLES[role][1] if role in ROLES else role}: {record.name} {when}, but no event "
            f"by month {month} {missing}. Add one, or the months from then on assume a model "
            "you can no longer use."
        )
    return found


def idle_replicas(figures: Figures, in_play: set[str]) -> list[str]:
    """Dedicated replicas whose busiest hour uses far less than the load they are sized for."""
    found = []
    for key in figures.compared:
        replicas = figures.monthly(key, "replicas")
        busy = replicas > 0
        if key not in in_play or not np.any(busy):
            continue
        used = figures.peak_load(key)[busy] / replicas[busy]  # share of full capacity at peak
        target = figures.target_utilisation(key)[busy]
        if np.max(used / target) >= IDLE_SHARE:
            continue
        served = float(np.sum(figures.tokens_per_month(key)[busy]))
        cost = float(np.sum(figures.monthly(key, "inference")[busy]))
        most = int(np.max(replicas))
        replicas_cost = "replica costs" if most == 1 else "replicas cost"
        price = f", {figures.money(cost / served * 1e6, 2)} per 1M tokens served" if served else ""
        found.append(
            f"{_possessive(TITLES[key])} replicas sit mostly idle: at the busiest hour they use "
            f"at most {np.max(used):.0%} of their capacity, against the {np.max(target):.0%} "
            f"they are sized for. {count(most)} {replicas_cost} "
            f"{figures.money(cost)} over the horizon{price}: a per-token provider charging "
            "less would be cheaper."
        )
    return found


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _hour_fields(key: str) -> tuple[str, ...]:
    fields = [
        f"effort.setup_hours.{key}",
        f"effort.monitoring_hours_per_month.{key}",
        f"effort.incidents_per_month.{key}",
        "effort.incidents_per_month",
        f"effort.hours_per_incident.{key}",
    ]
    fields.append("effort.hours_per_retrain" if key in RETRAINED else "")
    fields.append("effort.hours_per_content_update" if key != "fine_tuning" else "")
    return tuple(field for field in fields if field)


def dominant_hours(figures: Figures, in_play: set[str]) -> list[str]:
    """Engineering is most of a strategy's total and its hour estimates have no range."""
    ranged = {entry.field for entry in figures.scenario.uncertainty}
    found = []
    for key in figures.compared:
        if key not in in_play:
            continue
        total = figures.total(key)
        share = figures.component_total(key, "engineering") / total if total > 0 else 0.0
        if share < HOURS_SHARE or ranged.intersection(_hour_fields(key)):
            continue
        found.append(
            f"Engineering hours are {share:.0%} of {_possessive(NAMES[key])} total "
            f"({count(figures.figure(key, 'total_hours'))} h): the hour estimates deserve "
            "ranges (±); give its setup, upkeep and incident hours a low and a high value "
            "under uncertainty."
        )
    return found


def version_2_warnings(
    figures: Figures, in_play: set[str], catalog: Sequence[CatalogEntry] | None = None
) -> list[str]:
    """Every version-2 warning for one variant, in the order docs/advice.md lists them."""
    return [
        *context_window(figures),
        *closing_presets(figures, catalog),
        *idle_replicas(figures, in_play),
        *dominant_hours(figures, in_play),
    ]
