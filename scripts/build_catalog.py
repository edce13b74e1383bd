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

from desktop_app.core.prices.catalog import (  # noqa: E402
    Catalog,
    CatalogEntry,
    PriceSource,
    earliest_date,
)

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


def _common(model: dict, kind: str, provider: str, name: str, retirements: list[dict] = ()) -> dict:
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


def _note(common: dict, extra: str | None) -> None:
    """Add a sentence to the entry's notes."""
    if extra:
        common["notes"] = f"{common['notes']} {extra}" if common["notes"] else extra


def _origin(item: dict, prefix: str = "", **more: object) -> PriceSource:
    """The source of one price: `item`'s source (or its `prefix`source), date and flag."""
    fields = {
        "source": item[f"{prefix}source"],
        "source_date": item[f"{prefix}source_date"],
        "uncertain": bool(item.get(f"{prefix}uncertain", item.get("uncertain", False))),
    }
    return PriceSource(**{**fields, **more})


def _batch(section: str, provider: str, reference: dict, prices: dict, origins: dict) -> None:
    """The provider's batch-API discount, with its own source."""
    for item in reference.get("batch_discounts", []):
        if item["provider"] == provider and item.get("batch_discount_pct") is not None:
            path = f"{section}.batch_discount_pct"
            prices[path] = float(item["batch_discount_pct"])
            origins[path] = _origin(item, notes=item.get("applies_to"))


def _successor(model: dict) -> str | None:
    """The replacement the provider recommends, as an id of the same provider."""
    match = re.search(r"recommended replacement ([\w.:-]+)", model.get("retires_notes") or "")
    return f"{_slug(model['provider'])}/{_slug(match.group(1))}" if match else None


def _replica(provider: str, gpu: str, reference: dict) -> dict | None:
    """The dedicated endpoint of this provider and GPU type."""
    for item in reference.get("dedicated_endpoints", []):
        if item["provider"] == provider and item["gpu"] == gpu:
            return item
    return None


def _throughput(size: str, reference: dict) -> tuple[float, float, int, dict, str]:
    """Per-replica throughput (in, out tokens/s), GPUs per replica, its source and how derived.

    Up to 16B parameters: the Qwen3-8B run on one H100 and its suggested defaults. Larger:
    the Llama-3.3-70B NIM run on two H100s (fp8), split so that the additive time per query
    of MODEL.md gives the measured requests per second (half the time on the prompt, half on
    the answer).
    """
    runs = reference["replica_throughput"]
    if size == "small":
        run = next(r for r in runs if r.get("suggested_defaults"))
        rates = run["suggested_defaults"]
        how = f"{run['model']} on {run['hardware']} ({run['engine']}), the run's suggested defaults"
        return (rates["input_tokens_per_second"], rates["output_tokens_per_second"], 1, run, how)
    run = next(r for r in runs if "70b" in r["model"].lower())
    load = run["workloads"][0]
    per_second = load["throughput_tokens_per_s"] / load["output_len"]
    tokens_in = round(2 * per_second * load["input_len"], -1)
    tokens_out = round(2 * per_second * load["output_len"], -1)
    how = (
        f"{run['model']} on {run['hardware']}: {per_second:.2f} requests/s at "
        f"{load['input_len']} in / {load['output_len']} out, concurrency {load['concurrency']}; "
        "rates doubled so half of each request's time is the prompt and half the answer"
    )
    return (tokens_in, tokens_out, 2, run, how)


DEDICATED = {
    # (provider, model of prices.json): (GPU type of the replica, size bracket)
    ("together", "fine-tune up to 16B"): ("1x H100 80GB", "small"),
    ("together", "fine-tune 17B-69B"): ("1x H100 80GB", "large"),
    ("together", "fine-tune 70-100B"): ("1x H100 80GB", "large"),
    ("fireworks", "fine-tune LoRA SFT up to 16B"): ("1x H100 80GB", "small"),
}
"""Fine-tunes that serve only on dedicated endpoints (Together hosts tuned models on dedicated
endpoints billed per minute; Fireworks serves tuned LoRA models only on on-demand deployments
billed per GPU-second)."""


def _dedicated(model: dict, reference: dict, prices: dict, origins: dict, common: dict) -> None:
    """Dedicated serving of a tuned model: replica price and throughput (an assumption)."""
    gpu, size = DEDICATED[(model["provider"], model["model"])]
    endpoint = _replica(model["provider"], gpu, reference)
    tokens_in, tokens_out, gpus, run, how = _throughput(size, reference)
    common["serving"] = "dedicated"
    common["uncertain"] = True
    for path in ("fine_tuned_model.hosting_per_hour", "fine_tuned_model.monthly_fee"):
        if prices.get(path) is None:
            prices[path] = 0.0  # the replicas are the hosting: no fee on top
            origins[path] = _origin(endpoint, notes="hosting is the dedicated endpoint itself")
    prices["fine_tuned_model.dedicated.replica_per_hour"] = endpoint["replica_per_hour"] * gpus
    prices["fine_tuned_model.dedicated.input_tokens_per_second"] = float(tokens_in)
    prices["fine_tuned_model.dedicated.output_tokens_per_second"] = float(tokens_out)
    origins["fine_tuned_model.dedicated.replica_per_hour"] = _origin(
        endpoint,
        notes=f"{gpus} x {gpu.removeprefix('1x ')} at {endpoint['replica_per_hour']}/h; "
        f"{endpoint['billing_granularity']}",
    )
    for path in ("input_tokens_per_second", "output_tokens_per_second"):
        origins[f"fine_tuned_model.dedicated.{path}"] = _origin(
            run, assumption=True, notes=f"measured: {how}"
        )
    _note(
        common,
        f"Served on a dedicated endpoint: {gpus} x {gpu.removeprefix('1x ')} per replica at "
        f"{endpoint['replica_per_hour']}/GPU-hour; throughput is an assumption ({how}). "
        f"Endpoint notes: {endpoint.get('notes') or 'none'}",
    )


def model_entry(
    model: dict, retirements: list[dict] = (), reference: dict | None = None
) -> CatalogEntry | None:
    """A catalog entry for one model of prices.json, or None when it prices nothing we use."""
    reference = reference or {}
    kind = model["kind"]
    common = _common(model, kind, model["provider"], model["model"], retirements)
    if model.get("base_retires"):
        common["base_retires"] = date.fromisoformat(model["base_retires"])
    origins: dict[str, PriceSource] = {}
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
        _batch("base_model", model["provider"], reference, prices, origins)
        common["successor"] = _successor(model)
        return CatalogEntry(prices=prices, price_sources=origins, **common)
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
        per_hour = model["training_per_hour"]
        _note(common, f"Training is billed per hour ({per_hour}/h), not per token.")
    if model.get("training_minimum_per_run") is not None:
        prices["fine_tuned_model.training_minimum_per_run"] = model["training_minimum_per_run"]
        origins["fine_tuned_model.training_minimum_per_run"] = _origin(
            model, "training_minimum_", notes=model.get("training_minimum_notes")
        )
        deprecated = model.get("training_minimum_notes") or ""
        if "deprecated" in deprecated:
            common["availability"] = (
                f"Mistral's docs now list fine-tuning as deprecated: {deprecated} "
                "(the prices below are from 2024-12)"
            )
    billing = next(
        (b for b in reference.get("training_billing", []) if b["provider"] == model["provider"]),
        None,
    )
    if billing is not None and billing.get("training_minimum_per_run") is not None:
        path = "fine_tuned_model.training_minimum_per_run"
        if path not in prices:
            prices[path] = billing["training_minimum_per_run"]
            origins[path] = _origin(billing, notes=billing.get("notes"))
    if (model["provider"], model["model"]) in DEDICATED:
        _dedicated(model, reference, prices, origins, common)
        if "costs the same as the base models" in (common["notes"] or ""):
            _note(
                common,
                "Out of date: the note that tuned inference costs the base price no longer "
                "holds; tuned LoRA models now serve only on dedicated (on-demand) deployments "
                "billed per GPU-second (docs.fireworks.ai/fine-tuning/deploying-loras.md).",
            )
    else:
        _batch("fine_tuned_model", model["provider"], reference, prices, origins)
    return CatalogEntry(prices=prices, price_sources=origins, **common)


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
            per_gib_month = store["storage_per_gb_day"] * 730 / 24
            per_gb_month = gib_to_gb(per_gib_month)
            common["notes"] = (
                f"{store['storage_per_gb_day']}/GiB-day is {per_gib_month:.4f}/GiB-month "
                f"(730 h) = {per_gb_month:.4f}/GB-month (x 10^9/2^30: the page's GB are "
                f"binary); each query is one tool call at {store['tool_call_per_1k']} per "
                "1,000 calls (read units: 1 per query, none per GB); the first GiB free is not "
                f"modelled. {store.get('notes') or ''}"
            ).strip()
            prices = {
                "retrieval.vector_storage_per_gb_month": per_gb_month,
                "retrieval.read_price_per_1m_units": store["tool_call_per_1k"] * 1000,
                "retrieval.read_units_per_query_per_gb": 0.0,
                "retrieval.min_read_units_per_query": 1.0,
                "retrieval.write_price_per_1m_units": 0.0,
                "retrieval.write_units_per_kb": 0.0,
                "retrieval.vector_store_monthly_minimum": 0.0,
            }
            origins = {
                "retrieval.vector_storage_per_gb_month": _origin(
                    store, "storage_unit_", uncertain=False, notes="per GiB, converted per GB"
                )
            }
            entries.append(CatalogEntry(prices=prices, price_sources=origins, **common))
    return entries


def gib_to_gb(per_gib: float) -> float:
    """A price per GiB (2^30 bytes) as a price per GB (10^9 bytes), as MODEL.md asks."""
    return per_gib * 1e9 / 2**30


RERANK_QUERY_TOKENS = 60
RERANK_CANDIDATES = 100
RERANK_CHUNK_TOKENS = 500


def reranker_entries(rerankers: list[dict]) -> list[CatalogEntry]:
    """Rerankers priced per 1,000 queries.

    Per search as listed (up to 100 documents a search), or, for token-billed ones, 100
    candidates of 60 + 500 tokens (an assumption, stated).
    """
    entries = []
    for item in rerankers:
        common = _common(item, "reranker", item["provider"], item["model"])
        origins: dict[str, PriceSource] = {}
        path = "retrieval.rerank_per_1k_queries"
        if item.get("price_per_1k_searches") is not None:
            price = float(item["price_per_1k_searches"])
        elif item.get("price_per_1m_tokens") is not None:
            tokens = RERANK_CANDIDATES * (RERANK_QUERY_TOKENS + RERANK_CHUNK_TOKENS)
            price = 1000 * tokens * item["price_per_1m_tokens"] / 1e6
            origins[path] = _origin(
                item,
                assumption=True,
                notes=(
                    f"billed per token: {RERANK_CANDIDATES} candidates x "
                    f"({RERANK_QUERY_TOKENS} query + {RERANK_CHUNK_TOKENS} chunk tokens) x "
                    f"{item['price_per_1m_tokens']}/1M, per 1,000 queries"
                ),
            )
        else:
            continue
        prices = {path: round(price, 10)}
        entries.append(CatalogEntry(prices=prices, price_sources=origins, **common))
    return entries


def _long_prompt_tokens(item: dict) -> int | None:
    """The prompt size above which the whole request bills higher ('272K' -> 272,000)."""
    if item.get("long_prompt_tier"):
        return int(item["long_prompt_tier"]["threshold_tokens"])
    match = re.search(r"(\d+)K input tokens", item.get("long_prompt_rule") or "")
    return int(match.group(1)) * 1000 if match else None


def prompt_cache_entries(reference: dict) -> list[CatalogEntry]:
    """Each prompt cache as a prompt-cache preset.

    Its model also becomes a base-model preset when the models list lacks it (cache reads are
    its cached-input price).
    """
    known = {(m["provider"], m["model"]) for m in reference["models"]}
    entries = []
    for item in reference.get("prompt_caches", []):
        rules = item.get("long_prompt_rule") or (
            f"above {item['long_prompt_tier']['threshold_tokens']} prompt tokens the whole "
            f"request bills at {item['long_prompt_tier']}"
            if item.get("long_prompt_tier")
            else None
        )
        one_hour = item.get("cache_write_1h_per_1m")
        extra = " ".join(
            part
            for part in (
                f"Cache writes: the 5-minute price; a 1-hour cache writes at {one_hour}/1M."
                if one_hour
                else None,
                f"Long prompts: {rules}." if rules else None,
            )
            if part
        )
        tier = _long_prompt_tokens(item)
        cache = _common(item, "prompt_cache", item["provider"], f"{item['model']} prompt cache")
        cache["long_prompt_tokens"] = tier
        _note(cache, extra)
        prices = {
            "long_context.cache_write_per_1m": item.get("cache_write_per_1m"),
            "long_context.cache_storage_per_1m_per_hour": item.get("storage_per_1m_per_hour"),
            "long_context.context_window_tokens": float(item["context_window_tokens"]),
        }
        entries.append(CatalogEntry(prices=prices, **cache))
        if (item["provider"], item["model"]) in known:
            continue
        chat = _common(item, "chat", item["provider"], item["model"])
        chat["long_prompt_tokens"] = tier
        _note(chat, extra)
        prices = {
            "base_model.input_per_1m": item["input_per_1m"],
            "base_model.cached_input_per_1m": item.get("cache_read_per_1m"),
            "base_model.output_per_1m": item["output_per_1m"],
        }
        if item.get("batch_discount_pct") is not None:
            prices["base_model.batch_discount_pct"] = float(item["batch_discount_pct"])
        entries.append(CatalogEntry(prices=prices, **chat))
    return entries


def build(source: Path) -> tuple[Catalog, list[str]]:
    """The bundled catalog, and the names of what was left out."""
    reference = json.loads(source.read_text(encoding="utf-8"))
    entries, skipped = [], []
    for model in reference["models"]:
        entry = model_entry(model, reference.get("retirements", []), reference)
        if entry is None:
            skipped.append(f"{model['provider']} {model['model']} (no price in our terms)")
        else:
            entries.append(entry)
    entries += prompt_cache_entries(reference)
    entries += reranker_entries(reference.get("rerankers", []))
    stores = vector_store_entries(reference["vector_stores"])
    kept = {entry.provider for entry in stores}
    skipped += [
        f"{store['provider']} {store.get('product', '')} (not priced per GB and read/write unit)"
        for store in reference["vector_stores"]
        if store["provider"] not in kept
    ]
    ids = {entry.id for entry in entries}
    entries = [
        entry
        if entry.successor in ids or entry.successor is None
        else entry.model_copy(update={"successor": None})
        for entry in entries
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
