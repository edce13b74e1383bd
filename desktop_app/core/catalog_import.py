"""Bringing prices in and out: LiteLLM's price file and our own catalog files.

An import is read and checked whole before anything is written: a broken file changes nothing.
LiteLLM gives costs per token; the catalog keeps prices per 1M tokens.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from desktop_app.core.catalog import (
    CATALOG_FORMAT,
    Catalog,
    CatalogEntry,
    CatalogError,
    load_catalog,
    read_catalog,
    read_json,
    save_user_entries,
)
from desktop_app.core.problems import problems
from desktop_app.core.scenario_files import atomic_write_text

PER_MILLION = 1e6
LITELLM_SOURCE = "LiteLLM model_prices_and_context_window.json"


def _per_million(cost: object) -> float | None:
    if isinstance(cost, bool) or not isinstance(cost, int | float):
        return None
    return round(float(cost) * PER_MILLION, 10)


def litellm_entries(document: dict, file_name: str, today: date) -> list[CatalogEntry]:
    """Catalog entries from LiteLLM's price map (chat, embedding and fine-tuned models)."""
    entries = []
    for key, spec in document.items():
        if key == "sample_spec" or not isinstance(spec, dict):
            continue
        mode = spec.get("mode")
        provider = str(spec.get("litellm_provider") or key.split("/")[0])
        name = key.split("/", 1)[-1] if "/" in key else key
        source = f"{LITELLM_SOURCE} ({file_name})"
        common = {
            "id": f"litellm/{key}",
            "provider": provider,
            "name": name,
            "source": source,
            "source_date": f"imported {today.isoformat()}",
            "as_of": today,
            "uncertain": True,
            "notes": "Imported from LiteLLM's community-maintained price map; verify.",
            "user": True,
        }
        input_price = _per_million(spec.get("input_cost_per_token"))
        if mode == "embedding":
            if input_price is None:
                continue
            prices = {"retrieval.embedding_price_per_1m": input_price}
            if isinstance(spec.get("output_vector_size"), int):
                prices["retrieval.embedding_dimensions"] = float(spec["output_vector_size"])
            entries.append(CatalogEntry(kind="embedding", prices=prices, **common))
        elif mode in ("chat", "completion", "responses"):
            if input_price is None:
                continue
            tuned = name.startswith("ft:") or key.startswith("ft:")
            section = "fine_tuned_model" if tuned else "base_model"
            prices = {
                f"{section}.input_per_1m": input_price,
                f"{section}.cached_input_per_1m": _per_million(
                    spec.get("cache_read_input_token_cost")
                ),
                f"{section}.output_per_1m": _per_million(spec.get("output_cost_per_token")),
            }
            if tuned:
                prices["fine_tuned_model.training_per_1m"] = _per_million(
                    spec.get("input_cost_per_token_fine_tuning")
                    or spec.get("training_cost_per_token")
                )
            entries.append(
                CatalogEntry(kind="fine_tune" if tuned else "chat", prices=prices, **common)
            )
    return entries


def read_import(path: Path, today: date) -> list[CatalogEntry]:
    """Entries from a file to import: our catalog format, or LiteLLM's price map."""
    document = read_json(path)
    if not isinstance(document, dict):
        raise CatalogError(str(path), ["must hold a JSON object"])
    if document.get("format") == "embed-or-tune/catalog":
        catalog = read_catalog(path, document)
        return [entry.model_copy(update={"user": True}) for entry in catalog.entries]
    try:
        entries = litellm_entries(document, path.name, today)
    except ValidationError as error:
        raise CatalogError(str(path), problems(error)) from None
    if not entries:
        raise CatalogError(
            str(path),
            ["neither an Embed or Tune catalog nor LiteLLM's price map (no priced models found)"],
        )
    return entries


def import_file(path: Path, today: date | None = None) -> tuple[int, int]:
    """Add (or replace, by id) the file's entries among the user's own; (added, replaced)."""
    incoming = read_import(path, today or date.today())
    mine = [entry for entry in load_catalog() if entry.user]
    ids = {entry.id for entry in incoming}
    kept = [entry for entry in mine if entry.id not in ids]
    save_user_entries(kept + incoming)
    replaced = len(mine) - len(kept)
    return len(incoming) - replaced, replaced


def export_user_entries(path: Path) -> int:
    """Write the user's own entries as a catalog file; how many."""
    mine = [entry for entry in load_catalog() if entry.user]
    catalog = Catalog(entries=mine)
    text = json.dumps(catalog.model_dump(mode="json"), indent=2) + "\n"
    atomic_write_text(path, text, writes=CATALOG_FORMAT)
    return len(mine)
