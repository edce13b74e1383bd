"""Warnings of model version 2 (docs/advice.md): what the new parts of a scenario reveal.

- the long prompt outgrows the context window in month N;
- a price preset's model stops serving, or its provider stops taking fine-tuning jobs, inside
  the horizon and no event handles it (only when `start_month` dates the months);
- dedicated replicas sit mostly idle: at their busiest they carry far less than the load they
  are sized for;
- engineering hours dominate a strategy's total and none of its hour estimates has a range.

Each rule reads one variant of a batch result (`Figures`) and returns its lines: whole
sentences with named `{fields}` under the translation context "Advice".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np

from desktop_app.core.analyses.advice_figures import Figures
from desktop_app.core.i18n import translate
from desktop_app.core.model.numbers import count
from desktop_app.core.model.scenario import Event, Scenario
from desktop_app.core.model.strategy_names import said_name, said_title
from desktop_app.core.prices.catalog import CatalogEntry, role_title
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
        return translate("Advice", "month {month}").format(month=month)
    year, first = (int(part) for part in scenario.start_month.split("-"))
    index = year * 12 + first - 1 + month - 1
    return translate("Advice", "month {month} ({date})").format(
        month=month, date=f"{index // 12}-{index % 12 + 1:02d}"
    )


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
    if month == 1:
        text = translate(
            "Advice",
            "The long prompt does not fit the context window even in month 1: {prompt} tokens "
            "against a window of {window}. Long context is not feasible over these {months} "
            "months, so it is never recommended; it needs a smaller corpus, a larger window or "
            "a shorter horizon.",
        )
    else:
        text = translate(
            "Advice",
            "The long prompt outgrows the context window in {when}: {prompt} tokens against a "
            "window of {window}. Long context is not feasible over these {months} months, so "
            "it is never recommended; it needs a smaller corpus, a larger window or a shorter "
            "horizon.",
        )
    return [
        text.format(
            when=month_label(scenario, month),
            prompt=count(prompt),
            window=count(window),
            months=scenario.horizon_months,
        )
    ]


def _closing_dates(entry: CatalogEntry, role: str) -> list[tuple[date, str]]:
    dates = []
    if role == "fine_tuned_model" and entry.closes is not None:
        dates.append((entry.closes, STOPS_TRAINING))
    if entry.retires is not None:
        dates.append((entry.retires, STOPS_SERVING))
    return sorted(dates)


STOPS_TRAINING = "stops taking new fine-tuning jobs"
STOPS_SERVING = "stops serving"


def _closing_text(what: str, day: date, month: int) -> str:
    """'stops serving on 2027-01-14 (month 5)' in the user's language."""
    if what == STOPS_SERVING:
        text = translate("Advice", "stops serving on {date} (month {month})")
    else:
        text = translate("Advice", "stops taking new fine-tuning jobs on {date} (month {month})")
    return text.format(date=day.isoformat(), month=month)


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
        return translate(
            "Advice",
            "re-embeds the corpus (`re_embed`, setting the new model's price and dimensions)",
        )
    if role == "base_model" and uses(ON_BASE_MODEL) and not any(map(_sets_base_model, events)):
        return translate(
            "Advice", "switches the base model (an event that sets the replacement's prices)"
        )
    if role != "fine_tuned_model" or not uses(RETRAINED) or any(e.retrain for e in events):
        return None
    if what == STOPS_SERVING or _trains_after(figures, month):
        return translate(
            "Advice",
            "retrains the tuned model elsewhere (`retrain`, setting the new provider's "
            "prices, with the migration hours)",
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
        when = translate("Advice", " and ").join(
            _closing_text(what, day, month) for day, what, month in dates
        )
        month, missing = unmet[0]
        found.append(
            translate(
                "Advice",
                "{role}: {model} {when}, but no event by month {month} {missing}. Add one, or "
                "the months from then on assume a model you can no longer use.",
            ).format(
                role=role_title(role), model=record.name, when=when, month=month, missing=missing
            )
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
        found.append(_idle_text(key, most, served).format(
            strategy=said_title(key),
            used=f"{np.max(used):.0%}",
            target=f"{np.max(target):.0%}",
            replicas=count(most),
            cost=figures.money(cost),
            price=figures.money(cost / served * 1e6, 2) if served else "",
        ))  # fmt: skip
    return found


def _idle_text(key: str, replicas: int, served: float) -> str:
    """The idle-replicas sentence (one replica or several; with the price per token or not)."""
    start = translate(
        "Advice",
        "{strategy}'s replicas sit mostly idle: at the busiest hour they use at most {used} of "
        "their capacity, against the {target} they are sized for.",
    )
    if key == "embeddings":  # English's possessive of a name ending in s
        start = translate(
            "Advice",
            "{strategy}' replicas sit mostly idle: at the busiest hour they use at most {used} "
            "of their capacity, against the {target} they are sized for.",
        )
    if replicas == 1 and served:
        end = translate(
            "Advice",
            "{replicas} replica costs {cost} over the horizon, {price} per 1M tokens served: a "
            "per-token provider charging less would be cheaper.",
        )
    elif served:
        end = translate(
            "Advice",
            "{replicas} replicas cost {cost} over the horizon, {price} per 1M tokens served: a "
            "per-token provider charging less would be cheaper.",
        )
    elif replicas == 1:
        end = translate(
            "Advice",
            "{replicas} replica costs {cost} over the horizon: a per-token provider charging "
            "less would be cheaper.",
        )
    else:
        end = translate(
            "Advice",
            "{replicas} replicas cost {cost} over the horizon: a per-token provider charging "
            "less would be cheaper.",
        )
    return f"{start} {end}"


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
        if key == "embeddings":  # English's possessive of a name ending in s
            text = translate(
                "Advice",
                "Engineering hours are {share} of {strategy}' total ({hours} h): the hour "
                "estimates deserve ranges (±); give its setup, upkeep and incident hours a low "
                "and a high value under uncertainty.",
            )
        else:
            text = translate(
                "Advice",
                "Engineering hours are {share} of {strategy}'s total ({hours} h): the hour "
                "estimates deserve ranges (±); give its setup, upkeep and incident hours a low "
                "and a high value under uncertainty.",
            )
        found.append(
            text.format(
                share=f"{share:.0%}",
                strategy=said_name(key),
                hours=count(figures.figure(key, "total_hours")),
            )
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
