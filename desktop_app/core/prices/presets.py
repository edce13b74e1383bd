"""Applying a preset to a scenario, and the warnings a preset's prices call for.

A preset fills its role's fields and records which entry and which as-of date the prices came
from; a price the source does not list is never taken as 0 (the field keeps its value and a
warning says so).
"""

from __future__ import annotations

from datetime import date

from desktop_app.core.i18n import translate
from desktop_app.core.model.fields import value_at, with_values
from desktop_app.core.model.numbers import plain_number
from desktop_app.core.model.scenario import PresetRecord, Scenario
from desktop_app.core.prices.catalog import (
    EXTRA_PATHS,
    NO_CACHED_PRICE,
    OPTIONAL_PATHS,
    PER_TOKEN_PATHS,
    ROLES,
    STALE_AFTER_DAYS,
    CatalogEntry,
    role_of,
    role_paths,
    role_title,
)


def find(entries: list[CatalogEntry], entry_id: str) -> CatalogEntry:
    """The entry with this id (KeyError lists close ids)."""
    for entry in entries:
        if entry.id == entry_id:
            return entry
    close = [e.id for e in entries if entry_id.lower() in e.id.lower()][:5]
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise KeyError(f"no catalog entry {entry_id!r}{hint}")


def _unused(entry: CatalogEntry, path: str) -> bool:
    """A field the entry need not price: optional, or per-token under dedicated serving."""
    if path in OPTIONAL_PATHS or any(path in extra for extra in EXTRA_PATHS.values()):
        return True
    return entry.serving == "dedicated" and path.rsplit(".", 1)[-1] in PER_TOKEN_PATHS


def apply_preset(scenario: Scenario, role: str, entry: CatalogEntry) -> tuple[Scenario, list[str]]:
    """The scenario with the role's prices from `entry`, and what the user must check.

    A chat or fine-tune entry also sets its model's serving (per token unless the entry says
    dedicated); a price that is a stated assumption (a replica's throughput) is said so.
    """
    kind, title, paths = ROLES[role]
    if entry.kind != kind:
        raise ValueError(f"{entry.id} is a {entry.kind} entry; {title} needs a {kind} entry")
    values, notes = _listed_prices(scenario, role, entry)
    notes += _unlisted_notes(scenario, entry, paths)
    if kind in ("chat", "fine_tune"):
        values[f"{paths[0].split('.')[0]}.serving"] = entry.serving or "per_token"
    notes += _assumption_notes(entry, values)
    if entry.currency != scenario.currency:
        notes.append(
            f"{entry.name} is priced in {entry.currency}, the scenario in {scenario.currency}: "
            "convert the prices or change the scenario's currency"
        )
    values["presets"] = _presets_with(scenario, role, entry)
    return with_values(scenario, values), notes


def _listed_prices(
    scenario: Scenario, role: str, entry: CatalogEntry
) -> tuple[dict[str, object], list[str]]:
    """The prices the entry lists for the role, and a note for each it leaves empty."""
    values: dict[str, object] = {}
    notes: list[str] = []
    for path in role_paths(role):
        if path not in entry.prices:
            continue
        price = entry.prices[path]
        if price is None and path not in NO_CACHED_PRICE:
            if not _unused(entry, path):
                kept = value_at(scenario, path)
                notes.append(f"{entry.name} lists no price for {path}; it keeps {kept}: check it")
            continue
        values[path] = price
    return values, notes


def _unlisted_notes(scenario: Scenario, entry: CatalogEntry, paths: tuple[str, ...]) -> list[str]:
    """A note for each price of the role the entry does not list at all (the value stays)."""
    notes: list[str] = []
    missing = [
        p
        for p in paths
        if p not in entry.prices and not p.endswith("dimensions") and not _unused(entry, p)
    ]
    for path in missing:
        notes.append(f"{entry.name} lists no price for {path}; it keeps {value_at(scenario, path)}")
    return notes


def _assumption_notes(entry: CatalogEntry, values: dict[str, object]) -> list[str]:
    """A note for each value set that the entry's source states as an assumption."""
    notes: list[str] = []
    for path, origin in entry.price_sources.items():
        value = values.get(path)
        if origin.assumption and isinstance(value, (int, float)):
            notes.append(
                f"{path} = {plain_number(float(value))} is an assumption, not a price "
                f"({origin.notes or origin.source}): edit it to your model"
            )
    return notes


def _presets_with(scenario: Scenario, role: str, entry: CatalogEntry) -> dict[str, object]:
    """The scenario's preset records, with the role's now from `entry`."""
    record = PresetRecord(
        id=entry.id,
        name=entry.name,
        source=entry.source,
        source_date=entry.source_date,
        as_of=entry.as_of,
    )
    presets: dict[str, object] = {
        **{key: item.model_dump(mode="json") for key, item in scenario.presets.items()},
        role: record.model_dump(mode="json"),
    }
    return presets


def with_edit(scenario: Scenario, path: str, value: object) -> Scenario:
    """The scenario with one field edited; a preset whose price was edited becomes custom."""
    values: dict[str, object] = {path: value}
    role = role_of(path)
    if role in scenario.presets:
        values["presets"] = {
            key: record.model_dump(mode="json")
            for key, record in scenario.presets.items()
            if key != role
        }
    return with_values(scenario, values)


def preset_warnings(scenario: Scenario, entries: list[CatalogEntry], today: date) -> list[str]:
    """Old prices and withdrawn models among the scenario's presets."""
    by_id = {entry.id: entry for entry in entries}
    found = []
    for role, record in scenario.presets.items():
        title = role_title(role)  # each line starts "Title: " (the window files it by role)
        if record.as_of is None:
            said = translate("PresetWarnings", "the prices of {model} carry no date ({date})")
            found.append(f"{title}: {said.format(model=record.name, date=record.source_date)}")
        elif (today - record.as_of).days > STALE_AFTER_DAYS:
            said = translate(
                "PresetWarnings",
                "the prices of {model} are {months} months old (as of {date}); check the "
                "current list",
            ).format(
                model=record.name,
                months=(today - record.as_of).days // 30,
                date=record.as_of.isoformat(),
            )
            found.append(f"{title}: {said}")
        entry = by_id.get(record.id)
        tier = _long_prompt_warning(scenario, entry) if entry is not None else None
        if tier:
            found.append(f"{title}: {tier}")
        if entry is not None and entry.retires is not None and entry.retires <= today:
            said = translate(
                "PresetWarnings", "{model} stopped serving on {date}: choose another preset"
            ).format(model=record.name, date=entry.retires.isoformat())
            found.append(f"{title}: {said}")
        elif entry is not None and (entry.availability or entry.closes or entry.retires):
            found.append(f"{title}: {_withdrawn(record.name, entry)}")
    return found


def _withdrawn(name: str, entry: CatalogEntry) -> str:
    """'NAME is being withdrawn (no new jobs from …) and stops serving on …: why'."""
    said = translate("PresetWarnings", "{model} is being withdrawn").format(model=name)
    if entry.closes:
        said += translate("PresetWarnings", " (no new jobs from {date})").format(
            date=entry.closes.isoformat()
        )
    if entry.retires:
        said += translate("PresetWarnings", " and stops serving on {date}").format(
            date=entry.retires.isoformat()
        )
    if entry.base_retires:
        said += translate("PresetWarnings", "; its base model stops serving on {date}").format(
            date=entry.base_retires.isoformat()
        )
    return f"{said}: {entry.availability}" if entry.availability else said


def _long_prompt_warning(scenario: Scenario, entry: CatalogEntry) -> str | None:
    """The long-context prompt outgrows the entry's standard price tier, if it does."""
    if entry.long_prompt_tokens is None or "long_context" not in scenario.strategies:
        return None
    w, k = scenario.workload, scenario.knowledge
    corpus = k.corpus_tokens + k.added_tokens_per_month * (scenario.horizon_months - 1)
    prompt = w.input_tokens_per_query + w.instruction_tokens + corpus
    if prompt <= entry.long_prompt_tokens:
        return None
    return translate(
        "PresetWarnings",
        "the long-context prompt reaches {prompt} tokens, above the {tier} from which {model} "
        "bills the whole request at a higher tier; these prices understate long context (see "
        "the entry's notes)",
    ).format(
        prompt=plain_number(round(prompt)),
        tier=plain_number(entry.long_prompt_tokens),
        model=entry.name,
    )
