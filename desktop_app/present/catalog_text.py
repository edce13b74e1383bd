"""Readable text of the price catalog for `embed-or-tune catalog`."""

from __future__ import annotations

from datetime import date

from desktop_app.core.model.fields import numeric_field
from desktop_app.core.model.numbers import plain_number
from desktop_app.core.prices.catalog import STALE_AFTER_DAYS, CatalogEntry
from desktop_app.present.safe_text import lines_text


def _flags(entry: CatalogEntry, today: date) -> str:
    flags = []
    if entry.user:
        flags.append("yours")
    if entry.uncertain:
        flags.append("uncertain")
    age = entry.age_days(today)
    if age is None:
        flags.append("undated")
    elif age > STALE_AFTER_DAYS:
        flags.append(f"{age // 30} months old")
    if entry.closes or entry.availability:
        flags.append(f"closing {entry.closes.isoformat()}" if entry.closes else "being withdrawn")
    if entry.retires:
        flags.append(f"retiring {entry.retires.isoformat()}")
    return ", ".join(flags)


def list_text(entries: list[CatalogEntry], today: date) -> str:
    """One line per entry: id, kind, as-of date, flags."""
    width = max((len(entry.id) for entry in entries), default=10) + 2
    lines = [f"{'id':{width}}{'kind':14}{'as of':12}notes"]
    for entry in entries:
        as_of = entry.as_of.isoformat() if entry.as_of else "—"
        lines.append(f"{entry.id:{width}}{entry.kind:14}{as_of:12}{_flags(entry, today)}")
    lines.append(f"{len(entries)} entries")
    return lines_text(lines)


def show_text(entry: CatalogEntry, today: date) -> str:
    """Every price with its unit, and where it comes from."""
    lines = [
        f"{entry.name} ({entry.provider}, {entry.kind}) — {entry.id}",
        f"currency: {entry.currency}",
    ]
    if entry.serving:
        lines.append(f"serving: {entry.serving}")
    for path, price in entry.prices.items():
        unit = numeric_field(path).unit
        shown = "not listed" if price is None else plain_number(price)
        mark = " *" if path in entry.price_sources else ""
        lines.append(f"  {path:52} {shown:>12} {unit}{mark}")
    as_of = entry.as_of.isoformat() if entry.as_of else "undated"
    lines += [f"source: {entry.source}", f"source date: {entry.source_date} (as of {as_of})"]
    for path, origin in entry.price_sources.items():
        kind = "assumption" if origin.assumption else "source"
        lines.append(f"* {path}: {kind}: {origin.source} ({origin.source_date})")
        if origin.notes:
            lines.append(f"    {origin.notes}")
    for label, day in (
        ("retires", entry.retires),
        ("closes to new fine-tuning jobs", entry.closes),
        ("base model retires", entry.base_retires),
    ):
        if day:
            lines.append(f"{label}: {day.isoformat()}")
    if entry.successor:
        lines.append(f"successor: {entry.successor}")
    if entry.availability:
        lines.append(f"availability: {entry.availability}")
    if entry.notes:
        lines.append(f"notes: {entry.notes}")
    flags = _flags(entry, today)
    if flags:
        lines.append(f"flags: {flags}")
    return lines_text(lines)
