"""Bringing prices in and out: LiteLLM's price file and our own catalog files.

Every entry of an import is checked with the same rules as a scenario's fields (a number, finite,
within the field's range, whole where it must be; an id that is no path; no key or id twice) and
refused on its own, with the reason; the rest is imported, and the report counts what was added,
replaced and skipped. The user's file is changed under its lock, and never when it is damaged or
from a newer version. LiteLLM gives costs per token; the catalog keeps prices per 1M tokens.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop_app.core.appdata.scenario_files import atomic_write_text
from desktop_app.core.model.problems import Problem
from desktop_app.core.model.scenario import FieldError
from desktop_app.core.prices.catalog import (
    CATALOG_FORMAT,
    Catalog,
    CatalogEntry,
    CatalogError,
    bundled_path,
    check_catalog_header,
    duplicate_keys,
    price_type_error,
    read_catalog,
    read_json,
    user_path,
)
from desktop_app.core.prices.user_catalog import (
    Refusal,
    UserCatalog,
    change_user_catalog,
    check_entry,
    read_user_catalog,
)

PER_MILLION = 1e6
LITELLM_SOURCE = "LiteLLM model_prices_and_context_window.json"
CHAT_MODES = ("chat", "completion", "responses")
MAX_IMPORT_ENTRIES = 20_000
"""The most models or entries one import takes: LiteLLM's whole map holds about 2,500. Checked
before any entry is, so that a file of 100,000 is refused at once (it took 6 s and 800 MB to
be refused as too large to write, the window frozen meanwhile); 20,000 entries written come to
about 16 MB, well within a price file's MAX_CATALOG_BYTES."""


@dataclass(frozen=True)
class ImportReport:
    """What an import did: entries added and replaced, and each one skipped, with why.

    `refusals` are the skipped lines with their problems' kinds, for the window to word them.
    """

    added: int
    replaced: int
    skipped: tuple[str, ...]
    refusals: tuple[Refusal, ...] = field(default=(), compare=False)


class _SkipError(Exception):
    """One LiteLLM model that cannot become an entry; `problem` says why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def _skip(problem: FieldError) -> _SkipError:
    return _SkipError(Problem(problem.path, problem.problem, problem.kind, problem.values))


def _per_million(spec: dict, name: str) -> float | None:
    """A LiteLLM cost per token as a price per 1M tokens (None: not listed)."""
    cost = spec.get(name)
    if cost is None:
        return None
    problem = price_type_error(name, cost)
    if problem is not None:
        raise _skip(problem)
    # Twelve significant digits: 0.15e-6 per token is 0.15 per 1M, not 0.15000000000000002;
    # a tiny price stays what it is (ten decimals made 1.5e-19 per token a price of 0).
    return float(f"{float(cost) * PER_MILLION:.12g}")


def _vector_size(spec: dict) -> float | None:
    size = spec.get("output_vector_size")
    if size is None:
        return None
    problem = price_type_error("output_vector_size", size)
    if problem is not None:
        raise _skip(problem)
    if not float(size).is_integer():
        said = f"must be a whole number, got {size}"
        raise _SkipError(Problem("output_vector_size", said, "whole_number", {"got": size}))
    return float(size)


def _litellm_entry(key: str, spec: dict, file_name: str, today: date) -> dict | None:
    """The entry (as JSON) for one model of LiteLLM's map; None for models we do not price."""
    mode = spec.get("mode")
    if mode != "embedding" and mode not in CHAT_MODES:
        return None
    twice = duplicate_keys(spec)
    if twice:
        said = f"the key {twice[0]!r} appears twice"
        raise _SkipError(Problem("", said, "key_twice", {"key": twice[0]}))
    name = key.split("/", 1)[-1] if "/" in key else key
    entry = {
        "id": f"litellm/{key}",
        "provider": str(spec.get("litellm_provider") or key.split("/")[0]),
        "name": name,
        "source": f"{LITELLM_SOURCE} ({file_name})",
        "source_date": f"imported {today.isoformat()}",
        "as_of": today.isoformat(),
        "uncertain": True,
        "notes": "Imported from LiteLLM's community-maintained price map; verify.",
        "user": True,
    }
    input_price = _per_million(spec, "input_cost_per_token")
    if input_price is None:
        raise _SkipError(Problem("", "lists no input_cost_per_token", "no_input_price"))
    if mode == "embedding":
        prices: dict[str, float | None] = {"retrieval.embedding_price_per_1m": input_price}
        size = _vector_size(spec)
        if size is not None:
            prices["retrieval.embedding_dimensions"] = size
        return {**entry, "kind": "embedding", "prices": prices}
    tuned = name.startswith("ft:") or key.startswith("ft:")
    section = "fine_tuned_model" if tuned else "base_model"
    prices = {
        f"{section}.input_per_1m": input_price,
        f"{section}.cached_input_per_1m": _per_million(spec, "cache_read_input_token_cost"),
        f"{section}.output_per_1m": _per_million(spec, "output_cost_per_token"),
    }
    if tuned:
        training = _per_million(spec, "input_cost_per_token_fine_tuning")
        if training is None:
            training = _per_million(spec, "training_cost_per_token")
        prices["fine_tuned_model.training_per_1m"] = training
    return {**entry, "kind": "fine_tune" if tuned else "chat", "prices": prices}


def litellm_entries(
    document: dict, file_name: str, today: date
) -> tuple[list[CatalogEntry], list[str]]:
    """Catalog entries from LiteLLM's price map (chat, embedding and fine-tuned models).

    Also the models skipped, one line each with why; models of other kinds (images, audio)
    are not prices we use and are passed over without a word.
    """
    entries, refused = _litellm_entries(document, file_name, today)
    return entries, [str(refusal) for refusal in refused]


def _litellm_entries(
    document: dict, file_name: str, today: date
) -> tuple[list[CatalogEntry], list[Refusal]]:
    entries: list[CatalogEntry] = []
    skipped: list[Refusal] = []
    twice = set(getattr(document, "duplicates", ()))
    seen: set[str] = set()
    for key, spec in document.items():
        if key == "sample_spec" or not isinstance(spec, dict):
            continue
        if key in twice:
            said = Problem("", "appears twice in the file", "model_twice")
            skipped.append(Refusal(key, (said,), ": "))
            continue
        try:
            raw = _litellm_entry(key, spec, file_name, today)
        except _SkipError as why:
            skipped.append(Refusal(key, (why.problem,), ": "))
            continue
        if raw is None:
            continue
        checked = check_entry(raw, key, seen, joint=": ")
        if isinstance(checked, Refusal):
            skipped.append(checked)
        else:
            entries.append(checked)
    return entries, skipped


def read_import(path: Path, today: date) -> tuple[list[CatalogEntry], list[str]]:
    """Entries to import (our catalog format, or LiteLLM's price map), and those skipped.

    CatalogError when the file as a whole cannot be read or has nothing to import.
    """
    entries, refused = _read_import(path, today)
    return entries, [str(refusal) for refusal in refused]


def _read_import(path: Path, today: date) -> tuple[list[CatalogEntry], list[Refusal]]:
    document = read_json(path)
    if not isinstance(document, dict):
        raise CatalogError(str(path), ["must hold a JSON object"])
    skipped: list[Refusal]
    if document.get("format") == CATALOG_FORMAT:
        entries, skipped = [], []
        seen: set[str] = set()
        bundled = {entry.id for entry in read_catalog(bundled_path()).entries}
        raw_entries = check_catalog_header(path, document)
        _check_count(path, len(raw_entries))
        for index, raw in enumerate(raw_entries):
            label = f"entries[{index}]"
            checked = check_entry(raw, label, seen)
            if isinstance(checked, Refusal):
                skipped.append(checked)
            elif checked.id in bundled:
                said = "is the id of a bundled entry; give it another id"
                skipped.append(Refusal(label, (Problem("", said, "bundled_id"),)))
            else:
                entries.append(checked.model_copy(update={"user": True}))
    else:
        _check_count(path, sum(key != "sample_spec" for key in document))
        entries, skipped = _litellm_entries(document, path.name, today)
    if not entries:
        reason = [str(refusal) for refusal in skipped] or [
            "neither an Embed or Tune catalog nor LiteLLM's price map (no priced models found)"
        ]
        error = CatalogError(str(path), [f"nothing to import: {line}" for line in reason])
        error.refusals = tuple(skipped)
        raise error
    return entries, skipped


def _check_count(path: Path, count: int) -> None:
    """CatalogError when a file holds more than MAX_IMPORT_ENTRIES models or entries."""
    if count > MAX_IMPORT_ENTRIES:
        most = MAX_IMPORT_ENTRIES
        said = f"holds {count:,} models or entries; an import takes at most {most:,}"
        problem = Problem("", said, "too_many_entries", {"count": count, "most": most})
        raise CatalogError(str(path), [said], [problem])


def import_file(path: Path, today: date | None = None) -> ImportReport:
    """Add (or replace, by id) the file's entries among the user's own.

    A user file that is damaged, holds damaged entries or is from a newer version is left
    byte-identical (CatalogError names the problem); so is it when the import is unreadable.
    """
    incoming, skipped = _read_import(path, today or date.today())
    replaced = 0

    def change(catalog: UserCatalog) -> UserCatalog:
        nonlocal replaced
        if catalog.damaged:
            found = [
                Problem(
                    "",
                    f"entry {item.label}: {item.reason}; repair or delete it first "
                    "(My Prices shows it)",
                    "user_entry_damaged",
                    {"label": item.label, "damaged": item},
                )
                for item in catalog.damaged
            ]
            raise CatalogError(str(user_path()), [str(problem) for problem in found], found)
        ids = {entry.id for entry in incoming}
        kept = [entry for entry in catalog.entries if entry.id not in ids]
        replaced = len(catalog.entries) - len(kept)
        return UserCatalog(kept + incoming, [])

    try:
        change_user_catalog(change)
    except CatalogError as error:
        lines = [f"{line}; nothing was imported" for line in error.lines]
        refused = CatalogError(error.source, lines, error.problems)
        refused.nothing_imported = True
        raise refused from None
    skipped_lines = tuple(str(refusal) for refusal in skipped)
    return ImportReport(len(incoming) - replaced, replaced, skipped_lines, tuple(skipped))


def export_user_entries(path: Path) -> int:
    """Write the user's own entries (those that validate) as a catalog file; how many.

    Never over the catalogs every run reads: the user's own and the bundled one.
    """
    mine = read_user_catalog().entries
    catalog = Catalog(entries=mine)
    text = json.dumps(catalog.model_dump(mode="json"), indent=2) + "\n"
    reading = [user_path(), bundled_path()]
    atomic_write_text(path, text, reading=reading, writes=CATALOG_FORMAT)
    return len(mine)
