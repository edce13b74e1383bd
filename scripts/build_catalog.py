"""Build resources/catalog/bundled.json from the shared price reference (prices.json).

    .venv/bin/python scripts/build_catalog.py [PRICES_JSON]

Every entry keeps its source and source date as given, an as-of date (the earliest the source
vouches for), the uncertain flag and availability notes. Prices a source does not list stay
empty (never 0). Entries that cannot fill a role of the scenario (a vector store priced per
dimension, a product without prices) are left out, and the script says which.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.core.catalog import Catalog, CatalogEntry, earliest_date  # noqa: E402

DEFAULT_SOURCE = ROOT.parent / "shared" / "reference" / "prices.json"
TARGET = ROOT / "resources" / "catalog" / "bundled.json"
PINECONE_RULES = "docs.pinecone.io/guides/manage-cost/understanding-cost"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9.:+-]+", "-", text.lower()).strip("-")


def _closes(model: dict, notice: str | None) -> date | None:
    """The day the model takes no new (training) jobs: its own date, else the notice's."""
    if model.get("closes"):
        return date.fromisoformat(model["closes"])
    match = re.search(r"no new jobs[^0-9]*(\d{4}-\d{2}-\d{2})", notice or "")
    return date.fromisoformat(match.group(1)) if match else None


def _retires(model: dict, retirements: list[dict]) -> date | None:
    """The day the model stops serving: its own date, else a retirement that names it."""
    if model.get("retires"):
        return date.fromisoformat(model["retires"])
    dates = [
        date.fromisoformat(item["retires"])
        for item in retirements
        if model.get("model") in item.get("applies_to", ())
    ]
    return min(dates, default=None)


def _availability(model: dict) -> str | None:
    if model.get("availability_notice"):
        return model["availability_notice"]
    notes = model.get("notes") or ""
    return notes if "deprecat" in notes.lower() else None


def _common(
    model: dict, kind: str, provider: str, name: str, retirements: list[dict] = ()
) -> dict:
    notice = _availability(model)
    return {
        "id": f"{_slug(provider)}/{_slug(name)}",
        "kind": kind,
        "provider": provider,
        "name": name,
        "currency": model.get("currency") or "USD",
        "source": model["source"],
        "source_date": model["source_date"],
        "as_of": earliest_date(model["source_date"]),
        "uncertain": bool(model.get("uncertain", False)),
        "availability": notice,
        "closes": _closes(model, notice),
        "retires": _retires(model, list(retirements)),
        "notes": model.get("notes"),
    }


def model_entry(model: dict, retirements: list[dict] = ()) -> CatalogEntry | None:
    """A catalog entry for one model of prices.json, or None when it prices nothing we use."""
    kind = model["kind"]
    common = _common(model, kind, model["provider"], model["model"], retirements)
    if kind == "embedding":
        if model.get("input_per_1m") is None:
            return None
        prices = {"retrieval.embedding_price_per_1m": model["input_per_1m"]}
        if model.get("output_dimensions"):
            prices["retrieval.embedding_dimensions"] = float(model["output_dimensions"])
        return CatalogEntry(prices=prices, **common)
    if kind == "chat":
        prices = {
            f"base_model.{name}": model.get(name)
            for name in ("input_per_1m", "cached_input_per_1m", "output_per_1m")
        }
        return CatalogEntry(prices=prices, **common)
    prices = {
        f"fine_tuned_model.{name}": model.get(name)
        for name in (
            "input_per_1m",
            "cached_input_per_1m",
            "output_per_1m",
            "training_per_1m",
            "hosting_per_hour",
        )
    }
    prices["fine_tuned_model.monthly_fee"] = model.get("storage_per_model_month", 0.0)
    if model.get("hosting_per_hour") is None:
        prices["fine_tuned_model.monthly_fee"] = model.get("storage_per_model_month")
    if model.get("training_per_hour"):
        extra = f"Training is billed per hour ({model['training_per_hour']}/h), not per token."
        common["notes"] = f"{common['notes']} {extra}" if common["notes"] else extra
    return CatalogEntry(prices=prices, **common)


def vector_store_entries(stores: list[dict]) -> list[CatalogEntry]:
    """Pinecone Standard and OpenAI's file search, the two stores priced in our terms."""
    entries = []
    for store in stores:
        product = store.get("product", "")
        if store["provider"] == "pinecone" and "Standard" in product:
            common = _common(store, "vector_store", "pinecone", f"Pinecone {product}")
            common["source"] = f"{store['source']}; metering rules: {PINECONE_RULES}"
            prices = {
                "retrieval.vector_storage_per_gb_month": store["storage_per_gb_month"],
                "retrieval.read_price_per_1m_units": store["read_units_per_1m"],
                "retrieval.read_units_per_query_per_gb": 1.0,
                "retrieval.min_read_units_per_query": 0.25,
                "retrieval.write_price_per_1m_units": store["write_units_per_1m"],
                "retrieval.write_units_per_kb": 1.0,
                "retrieval.vector_store_monthly_minimum": store["monthly_minimum"],
            }
            entries.append(CatalogEntry(prices=prices, **common))
        if store["provider"] == "openai" and "file search" in product:
            common = _common(store, "vector_store", "openai", "vector store / file search")
            per_month = store["storage_per_gb_day"] * 730 / 24
            common["notes"] = (
                f"{store['storage_per_gb_day']}/GB-day is {per_month:.2f}/GB-month (730 h); "
                f"each query is one tool call at {store['tool_call_per_1k']} per "
                "1,000 calls (read units: 1 per query, none per GB); the first GB free is not "
                f"modelled. {store.get('notes') or ''}"
            ).strip()
            prices = {
                "retrieval.vector_storage_per_gb_month": store["storage_per_gb_day"] * 730 / 24,
                "retrieval.read_price_per_1m_units": store["tool_call_per_1k"] * 1000,
                "retrieval.read_units_per_query_per_gb": 0.0,
                "retrieval.min_read_units_per_query": 1.0,
                "retrieval.write_price_per_1m_units": 0.0,
                "retrieval.write_units_per_kb": 0.0,
                "retrieval.vector_store_monthly_minimum": 0.0,
            }
            entries.append(CatalogEntry(prices=prices, **common))
    return entries


def build(source: Path) -> tuple[Catalog, list[str]]:
    """The bundled catalog, and the names of what was left out."""
    reference = json.loads(source.read_text(encoding="utf-8"))
    entries, skipped = [], []
    for model in reference["models"]:
        entry = model_entry(model, reference.get("retirements", []))
        if entry is None:
            skipped.append(f"{model['provider']} {model['model']} (no price in our terms)")
        else:
            entries.append(entry)
    stores = vector_store_entries(reference["vector_stores"])
    kept = {entry.provider for entry in stores}
    skipped += [
        f"{store['provider']} {store.get('product', '')} (not priced per GB and read/write unit)"
        for store in reference["vector_stores"]
        if store["provider"] not in kept
    ]
    return Catalog(entries=entries + stores), skipped


def main() -> None:
    """Write the bundled catalog and say what was left out."""
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    catalog, skipped = build(source)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(
        json.dumps(catalog.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    print(f"{TARGET.relative_to(ROOT)}: {len(catalog.entries)} entries")
    for line in skipped:
        print(f"  left out: {line}")


if __name__ == "__main__":
    main()
