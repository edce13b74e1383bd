"""Events a scenario's presets call for: a model that retires, a provider that closes tuning.

A preset's catalog entry may carry the day its model stops serving (`retires`), the day its
provider stops taking new fine-tuning jobs (`closes`) and, for a fine-tune, the day its base
model stops serving (`base_retires`: no new training on it from then). With `start_month` set,
each such day inside the horizon becomes an event to offer, in the month that contains it (the
switch has to be made by then): a fine-tuned model retrains, an embedding model re-embeds, and
the `set` moves the role's prices to the successor the catalog names (none named: no `set`, and
the user picks one). Without `start_month` the day cannot be placed, and a warning says so.
Events the scenario already has (same month, same flags, the same fields set) are not offered
again. Nothing here knows of Qt: the window's "add the event" button calls `event_offers`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.model.events import calendar_month, settable_paths
from desktop_app.core.model.fields import value_at
from desktop_app.core.model.scenario import Event, Scenario
from desktop_app.core.prices.catalog import CatalogEntry, role_paths, role_title
from desktop_app.core.prices.presets import apply_preset

PHRASES = {
    "retires": "retires",
    "closes": "takes no new fine-tuning jobs from",
    "base_retires": "loses its base model (no new training on it) on",
}
"""How each date of an entry reads in a sentence: '<name> retires 2027-01-14'."""
BEFORE_START = {
    "retires": QT_TRANSLATE_NOOP(
        "PresetWarnings",
        "stopped serving on {day}, before month 1 ({first}): choose another preset",
    ),
    "closes": QT_TRANSLATE_NOOP(
        "PresetWarnings",
        "took no new fine-tuning jobs from {day}, before month 1 ({first}): its "
        "retraining needs another provider",
    ),
    "base_retires": QT_TRANSLATE_NOOP(
        "PresetWarnings",
        "lost its base model on {day}, before month 1 ({first}): no new training "
        "on it unless the provider still lets existing customers train (see the entry's notes)",
    ),
}
"""What a date before month 1 means for the scenario (shown translated)."""
UNPLACED = {
    "retires": QT_TRANSLATE_NOOP(
        "PresetWarnings",
        "retires {day}; set the scenario's start month to place it as an event",
    ),
    "closes": QT_TRANSLATE_NOOP(
        "PresetWarnings",
        "takes no new fine-tuning jobs from {day}; set the scenario's start month to place it "
        "as an event",
    ),
    "base_retires": QT_TRANSLATE_NOOP(
        "PresetWarnings",
        "loses its base model (no new training on it) on {day}; set the scenario's start "
        "month to place it as an event",
    ),
}
"""A date that needs a start month to become an event (shown translated)."""


@dataclass(frozen=True)
class EventOffer:
    """One event a preset's dates call for, ready to add to the scenario's `events`."""

    role: str
    entry_id: str
    dates: tuple[tuple[str, date], ...]  # (what: retires/closes/base_retires, day)
    event: Event
    line: str  # e.g. "gpt-4.1-mini retires 2027-01-14 (month 2): add an event"


@dataclass(frozen=True)
class EventOffers:
    """The events to offer, and the dates that cannot become one (with why)."""

    offers: tuple[EventOffer, ...] = ()
    warnings: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        """Every offer and warning, one line each (for the command line)."""
        return [offer.line for offer in self.offers] + list(self.warnings)


def month_of(start_month: str, day: date) -> int:
    """The 1-based month of the scenario that contains `day` when month 1 is `start_month`."""
    year, month = (int(part) for part in start_month.split("-"))
    return (day.year - year) * 12 + (day.month - month) + 1


def _dates(entry: CatalogEntry) -> list[tuple[str, date]]:
    found = [("retires", entry.retires)]
    if entry.kind == "fine_tune":
        found += [("closes", entry.closes), ("base_retires", entry.base_retires)]
    return sorted(((what, day) for what, day in found if day is not None), key=lambda d: d[1])


def _successor_set(
    scenario: Scenario, role: str, entry: CatalogEntry, entries: list[CatalogEntry]
) -> tuple[dict[str, object], str | None, list[str]]:
    """What an event sets to move the role to the entry's successor (its name; fields left)."""
    by_id = {each.id: each for each in entries}
    successor = by_id.get(entry.successor or "")
    if successor is None or successor.kind != entry.kind:
        return {}, None, []
    # The successor's prices alone: without the ranges, which may not hold the new prices (and
    # an event's values are never drawn anyway).
    moved, _ = apply_preset(scenario.model_copy(update={"uncertainty": ()}), role, successor)
    section = role_paths(role)[0].split(".")[0]
    paths = [*role_paths(role)]
    if entry.kind in ("chat", "fine_tune"):
        paths.append(f"{section}.serving")
    allowed = set(settable_paths())
    changes: dict[str, object] = {}
    left: list[str] = []
    for path in paths:
        new = value_at(moved, path)
        if new == value_at(scenario, path):
            continue
        if path in allowed:
            changes[path] = new
        else:
            left.append(path)
    return changes, successor.name, left


def _present(scenario: Scenario, event: Event) -> bool:
    """The scenario has an event in that month with these flags that sets these fields."""
    for other in scenario.events:
        if other.month != event.month:
            continue
        if (event.retrain and not other.retrain) or (event.re_embed and not other.re_embed):
            continue
        if set(event.set) <= set(other.set):
            return True
    return False


def event_offers(scenario: Scenario, entries: list[CatalogEntry]) -> EventOffers:
    """The events the scenario's presets call for inside its horizon, and the warnings."""
    by_id = {entry.id: entry for entry in entries}
    offers: list[EventOffer] = []
    warnings: list[str] = []
    for role, record in scenario.presets.items():
        entry = by_id.get(record.id)
        if entry is None:
            continue
        title = role_title(role)
        dated = _dates(entry)
        if not dated:
            continue
        if scenario.start_month is None:
            warnings += [
                f"{title}: {entry.name} "
                + translate("PresetWarnings", UNPLACED[what]).format(day=day.isoformat())
                for what, day in dated
            ]
            continue
        first = scenario.start_month
        by_month: dict[int, list[tuple[str, date]]] = {}
        for what, day in dated:
            month = month_of(first, day)
            if month < 1:
                said = translate("PresetWarnings", BEFORE_START[what])
                said = said.format(day=day.isoformat(), first=first)
                warnings.append(f"{title}: {entry.name} {said}")
            elif month <= scenario.horizon_months:
                by_month.setdefault(month, []).append((what, day))
        for month, found in sorted(by_month.items()):
            offer = _offer(scenario, role, entry, entries, month, found)
            if offer is not None:
                offers.append(offer)
    offers.sort(key=lambda offer: offer.event.month)
    return EventOffers(tuple(offers), tuple(warnings))


def _offer(
    scenario: Scenario,
    role: str,
    entry: CatalogEntry,
    entries: list[CatalogEntry],
    month: int,
    found: list[tuple[str, date]],
) -> EventOffer | None:
    """The one event of a preset's dates that fall in `month` (None: the scenario has it)."""
    changes, successor, left = _successor_set(scenario, role, entry, entries)
    when = "; ".join(f"{PHRASES[what]} {day.isoformat()}" for what, day in found)
    name = f"{entry.name} {when}"
    if successor:
        name += f": move to {successor}"
    event = Event(
        month=month,
        name=name[:200],
        set=changes,
        retrain=entry.kind == "fine_tune",
        re_embed=entry.kind == "embedding" and any(what == "retires" for what, _ in found),
    )
    if _present(scenario, event):
        return None
    flags = [word for word, on in (("retrain", event.retrain), ("re-embed", event.re_embed)) if on]
    if successor:
        flags.append(f"set {successor}'s prices")
    else:
        flags.append("no successor named: choose its prices")
    if left:
        flags.append(f"edit {', '.join(left)} by hand (an event cannot set it)")
    calendar = calendar_month(scenario.start_month or "", month)
    line = f"{entry.name} {when} (month {month}, {calendar}): add an event ({'; '.join(flags)})"
    return EventOffer(role, entry.id, tuple(found), event, line)
