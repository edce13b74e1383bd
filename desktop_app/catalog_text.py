"""Readable text of the price catalog for `embed-or-tune catalog`."""

from __future__ import annotations

from datetime import date

from desktop_app.core.catalog import STALE_AFTER_DAYS, CatalogEntry
from desktop_app.core.fields import numeric_field
from desktop_app.core.numbers import plain_number


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
    return "\n".join(lines) + "\n"


def show_text(entry: CatalogEntry, today: date) -> str:
    """Every price with its unit, and where it comes from."""
    lines = [
        f"{entry.name} ({entry.provider}, {entry.kind}) — {entry.id}",
        f"currency: {entry.currency}",
    ]
    for path, price in entry.prices.items():
        unit = numeric_field(path).unit
        shown = "not listed" if price is None else plain_number(price)
        lines.append(f"  {path:44} {shown:>12} {unit}")
    as_of = entry.as_of.isoformat() if entry.as_of else "undated"
    lines += [f"source: {entry.source}", f"source date: {entry.source_date} (as of {as_of})"]
    if entry.availability:
        lines.append(f"availability: {entry.availability}")
    if entry.notes:
        lines.append(f"notes: {entry.notes}")
    flags = _flags(entry, today)
    if flags:
        lines.append(f"flags: {flags}")
    return "\n".join(lines) + "\n"
