"""The price catalog: bundled entries with sources and dates, presets, warnings, imports."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT

from desktop_app.core.appdata.scenario_files import parse_scenario, scenario_document, scenario_json
from desktop_app.core.model.scenario import Scenario
from desktop_app.core.prices.catalog import (
    CATALOG_FORMAT,
    CatalogEntry,
    CatalogError,
    bundled_path,
    read_catalog,
    role_of,
    user_path,
)
from desktop_app.core.prices.catalog_import import ImportReport, import_file, read_import
from desktop_app.core.prices.presets import apply_preset, find, preset_warnings
from desktop_app.core.prices.user_catalog import load_catalog, save_user_entries
from desktop_app.launch import main

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "litellm_sample.json"
PRICES = ROOT.parent / "shared" / "reference" / "prices.json"
TODAY = date(2026, 11, 25)


def test_every_bundled_entry_validates_and_carries_source_and_date() -> None:
    entries = read_catalog(bundled_path()).entries
    assert len(entries) >= 30
    kinds = {entry.kind for entry in entries}
    assert kinds == {"embedding", "chat", "fine_tune", "vector_store", "reranker", "prompt_cache"}
    for entry in entries:
        assert entry.source and entry.source_date, entry.id
        assert all(role_of(path) for path in entry.prices), entry.id
    assert len({entry.id for entry in entries}) == len(entries)


@pytest.mark.skipif(
    not PRICES.exists(), reason="shared/reference/prices.json is not beside the repo"
)
def test_bundled_prices_are_the_reference_prices_with_their_sources() -> None:
    reference = json.loads(PRICES.read_text())
    models = {(m["provider"], m["model"]): m for m in reference["models"]}
    caches = {(m["provider"], m["model"]): m for m in reference["prompt_caches"]}
    rerankers = {(m["provider"], m["model"]): m for m in reference["rerankers"]}
    checked = 0
    for entry in read_catalog(bundled_path()).entries:
        if entry.kind == "vector_store":
            continue
        if entry.kind == "prompt_cache":
            item = caches[(entry.provider, entry.name.removesuffix(" prompt cache"))]
            assert entry.prices["long_context.cache_write_per_1m"] == item["cache_write_per_1m"]
            storage = entry.prices["long_context.cache_storage_per_1m_per_hour"]
            assert storage == item["storage_per_1m_per_hour"]
        elif entry.kind == "reranker":
            item = rerankers[(entry.provider, entry.name)]
            if item.get("price_per_1k_searches") is not None:
                assert (
                    entry.prices["retrieval.rerank_per_1k_queries"] == item["price_per_1k_searches"]
                )
        elif (entry.provider, entry.name) in models:
            item = models[(entry.provider, entry.name)]
            for path, price in entry.prices.items():
                field = path.split(".")[-1]
                if field in (
                    "input_per_1m",
                    "cached_input_per_1m",
                    "output_per_1m",
                    "training_per_1m",
                ):
                    assert price == item.get(field), (entry.id, field)
                if field == "embedding_price_per_1m":
                    assert price == item["input_per_1m"]
        else:  # a base model known only from its prompt cache
            item = caches[(entry.provider, entry.name)]
            assert entry.prices["base_model.cached_input_per_1m"] == item["cache_read_per_1m"]
            assert entry.prices["base_model.input_per_1m"] == item["input_per_1m"]
        assert entry.source == item["source"] and entry.source_date == item["source_date"]
        assert entry.uncertain >= bool(item.get("uncertain")), entry.id
        checked += 1
    assert checked >= 60


def test_every_price_keeps_a_source_and_a_date() -> None:
    """Each price comes from the entry's source or names its own (batch, replica, minimum)."""
    for entry in read_catalog(bundled_path()).entries:
        assert entry.source and entry.source_date, entry.id
        for path in entry.price_sources:
            assert path in entry.prices, (entry.id, path)
        for origin in entry.price_sources.values():
            assert origin.source and origin.source_date, entry.id


def test_as_of_is_the_earliest_date_the_source_allows() -> None:
    entry = find(load_catalog(), "openai/gpt-4.1-mini")
    assert entry.source_date.startswith("2026-08..10") and entry.as_of == date(2026, 8, 1)


def test_preset_fills_the_fields_and_is_recorded() -> None:
    entries = load_catalog()
    tuned = find(entries, "openai/ft:gpt-4.1-mini-2025-04-14")
    scenario, notes = apply_preset(Scenario(), "fine_tuned_model", tuned)
    model = scenario.fine_tuned_model
    assert (model.input_per_1m, model.cached_input_per_1m, model.output_per_1m) == (0.8, 0.2, 3.2)
    assert model.training_per_1m == 5.0 and model.hosting_per_hour == 0 and notes == []
    record = scenario.presets["fine_tuned_model"]
    assert (
        record.id == tuned.id and record.as_of == date(2026, 8, 1) and "openai.com" in record.source
    )
    embedding, _ = apply_preset(
        scenario, "embedding_model", find(entries, "openai/text-embedding-3-large")
    )
    assert embedding.retrieval.embedding_price_per_1m == 0.13
    assert embedding.retrieval.embedding_dimensions == 3072
    assert set(embedding.presets) == {"fine_tuned_model", "embedding_model"}


def test_a_price_the_source_does_not_list_is_never_zero() -> None:
    vertex = find(load_catalog(), "google-vertex/sft:gemini-2.5-flash")
    scenario, notes = apply_preset(Scenario(), "fine_tuned_model", vertex)
    assert scenario.fine_tuned_model.training_per_1m == 5.0
    assert scenario.fine_tuned_model.input_per_1m == 0.30  # kept, not 0
    assert any("lists no price for fine_tuned_model.input_per_1m; it keeps 0.3" in n for n in notes)


def test_no_cached_price_means_the_input_price_applies() -> None:
    chat = find(load_catalog(), "openai/gpt-3.5-turbo-0125")
    scenario, notes = apply_preset(Scenario(), "base_model", chat)
    assert scenario.base_model.cached_input_per_1m is None and notes == []


def test_a_preset_of_the_wrong_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="needs a chat entry"):
        apply_preset(
            Scenario(), "base_model", find(load_catalog(), "openai/text-embedding-3-small")
        )


def test_stale_price_and_withdrawn_model_warnings() -> None:
    entries = load_catalog()
    scenario, _ = apply_preset(
        Scenario(), "fine_tuned_model", find(entries, "mistral/ft:mistral-small")
    )
    warnings = preset_warnings(scenario, entries, TODAY)
    assert warnings[0] == (
        "Fine-tuned model: the prices of ft:mistral-small are 23 months old (as of 2024-12-22); "
        "check the current list"
    )
    assert len(warnings) == 2
    assert "being withdrawn: Mistral's docs now list fine-tuning as deprecated" in warnings[1]
    scenario, _ = apply_preset(
        scenario, "fine_tuned_model", find(entries, "openai/ft:gpt-4o-mini-2024-07-18")
    )
    warnings = preset_warnings(scenario, entries, TODAY)
    assert len(warnings) == 1 and "being withdrawn (no new jobs from 2027-01-06)" in warnings[0]
    assert "and stops serving on 2027-01-14" in warnings[0]


@pytest.mark.parametrize(
    ("entry_id", "closes", "retires"),
    [
        ("openai/ft:gpt-4o-mini-2024-07-18", date(2027, 1, 6), date(2027, 1, 14)),  # both dates
        ("openai/gpt-4.1-mini", None, date(2027, 1, 14)),  # a base model: it only retires
        ("openai/gpt-3.5-turbo-0125", None, date(2026, 10, 23)),
        # Azure: the deployment's own dates (training closes earlier than serving ends).
        (
            "azure-openai/ft:gpt-4.1-nano-2025-04-14-global-standard",
            date(2027, 4, 14),
            date(2027, 10, 14),
        ),
        # No date on the model: the reference's retirements list names it in applies_to.
        ("google-vertex/sft:gemini-2.5-flash", None, date(2026, 10, 20)),
        ("openai/text-embedding-3-small", None, None),
    ],
)
def test_bundled_entries_carry_the_closing_and_retirement_dates(
    entry_id: str, closes: date | None, retires: date | None
) -> None:
    entry = find(load_catalog(), entry_id)
    assert (entry.closes, entry.retires) == (closes, retires)


def test_presets_round_trip_and_files_without_presets_stay_model_md() -> None:
    assert "presets" not in scenario_document(Scenario())
    scenario, _ = apply_preset(
        Scenario(), "vector_store", find(load_catalog(), "openai/vector-store-file-search")
    )
    assert parse_scenario(scenario_json(scenario)) == scenario
    assert scenario.retrieval.read_price_per_1m_units == 2500  # $2.50 per 1,000 tool calls


def test_litellm_import_converts_per_token_to_per_million() -> None:
    imported, skipped = read_import(FIXTURE, TODAY)
    entries = {entry.id: entry for entry in imported}
    assert skipped == []  # dall-e-3 is not a price we use: passed over, not skipped
    assert set(entries) == {
        "litellm/gpt-4.1-mini",
        "litellm/ft:gpt-4o-mini-2024-07-18",
        "litellm/text-embedding-3-small",
    }
    chat = entries["litellm/gpt-4.1-mini"]
    assert chat.kind == "chat"
    assert chat.prices == {
        "base_model.input_per_1m": 0.4,
        "base_model.cached_input_per_1m": 0.1,
        "base_model.output_per_1m": 1.6,
    }
    tuned = entries["litellm/ft:gpt-4o-mini-2024-07-18"]
    assert tuned.kind == "fine_tune" and tuned.prices["fine_tuned_model.output_per_1m"] == 1.2
    assert tuned.prices["fine_tuned_model.training_per_1m"] is None  # not in the file: not 0
    embedding = entries["litellm/text-embedding-3-small"]
    assert embedding.prices == {
        "retrieval.embedding_price_per_1m": 0.02,
        "retrieval.embedding_dimensions": 1536.0,
    }
    assert all(e.as_of == TODAY and "litellm_sample.json" in e.source for e in entries.values())


def test_user_entries_survive_a_restart(home: Path) -> None:
    mine = CatalogEntry(
        id="mine/negotiated-gpt-4.1-mini",
        kind="chat",
        provider="openai",
        name="gpt-4.1-mini (negotiated)",
        prices={
            "base_model.input_per_1m": 0.3,
            "base_model.cached_input_per_1m": None,
            "base_model.output_per_1m": 1.2,
        },
        source="Contract with OpenAI, 2026",
        source_date="2026-11-01",
        as_of=date(2026, 11, 1),
    )
    save_user_entries([mine])
    assert user_path().is_file()
    again = find(load_catalog(), "mine/negotiated-gpt-4.1-mini")  # a fresh read, as after a restart
    assert again.user and again.prices["base_model.input_per_1m"] == 0.3


def test_a_broken_import_gets_a_clear_error_and_changes_nothing(tmp_path: Path) -> None:
    import_file(FIXTURE, TODAY)
    before = user_path().read_bytes()
    broken = tmp_path / "broken.json"
    broken.write_text(
        '{"format": "embed-or-tune/catalog", "schema_version": 1, "entries": [{"id": "x/y", "kind": "gpu"}]}'
    )
    with pytest.raises(CatalogError) as caught:
        import_file(broken, TODAY)
    message = str(caught.value)
    assert "broken.json: nothing to import: entries[0].kind: must be one of" in message
    assert user_path().read_bytes() == before
    garbage = tmp_path / "garbage.json"
    garbage.write_text("{nope")
    with pytest.raises(CatalogError, match=r"garbage\.json: not a readable JSON file"):
        import_file(garbage, TODAY)
    assert user_path().read_bytes() == before


@pytest.mark.parametrize("ours", [False, True], ids=["litellm", "our catalog"])
def test_a_file_of_too_many_models_is_refused_before_any_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, ours: bool
) -> None:
    """100,000 models took 6 s and 800 MB before being refused as too large to write."""
    from desktop_app.core.prices import catalog_import

    import_file(FIXTURE, TODAY)
    before = user_path().read_bytes()
    own = json.loads(before)["entries"][0]  # an entry as a catalog file holds it
    monkeypatch.setattr(catalog_import, "MAX_IMPORT_ENTRIES", 3)  # small files, same rule
    spec = {"mode": "chat", "input_cost_per_token": 1e-6, "output_cost_per_token": 2e-6}

    def write(models: int) -> Path:
        if ours:
            entries = [own | {"id": f"x/y{i}"} for i in range(models)]
            document = {"format": CATALOG_FORMAT, "schema_version": 1, "entries": entries}
        else:  # LiteLLM's sample_spec is no model
            document = {"sample_spec": spec} | {f"p/model-{i}": spec for i in range(models)}
        path = tmp_path / "big.json"
        path.write_text(json.dumps(document))
        return path

    checked = catalog_import.check_entry
    monkeypatch.setattr(catalog_import, "check_entry", lambda *a, **k: pytest.fail("checked"))
    with pytest.raises(CatalogError) as caught:
        import_file(write(4), TODAY)
    said = "big.json: holds 4 models or entries; an import takes at most 3"
    assert str(caught.value).endswith(said)
    assert user_path().read_bytes() == before
    assert main(["catalog", "import", str(tmp_path / "big.json")]) == 1
    assert capsys.readouterr().err.strip().endswith(said)
    monkeypatch.setattr(catalog_import, "check_entry", checked)
    assert import_file(write(3), TODAY).added == 3  # at the limit: taken


def test_the_import_limit_leaves_room_in_a_price_file() -> None:
    from desktop_app.core.prices.catalog import MAX_CATALOG_BYTES
    from desktop_app.core.prices.catalog_import import MAX_IMPORT_ENTRIES

    written = json.loads(user_path().read_text()) if user_path().exists() else None
    assert written is None  # (a fresh home)
    import_file(FIXTURE, TODAY)
    document = json.loads(user_path().read_text())
    largest = max(len(json.dumps(entry, indent=2)) for entry in document["entries"])
    assert MAX_IMPORT_ENTRIES * 2 * largest < MAX_CATALOG_BYTES  # twice, for longer names


def test_importing_again_replaces_by_id() -> None:
    assert import_file(FIXTURE, TODAY) == ImportReport(3, 0, ())
    assert import_file(FIXTURE, TODAY) == ImportReport(0, 3, ())


def test_cli_catalog(capsys, tmp_path: Path) -> None:
    assert main(["catalog", "list", "--kind", "vector_store"]) == 0
    out = capsys.readouterr().out
    assert "pinecone/" in out and "2 entries" in out
    assert main(["catalog", "list", "--kind", "fine_tune"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "ft:gpt-4o-mini" in x)
    assert line.endswith("closing 2027-01-06, retiring 2027-01-14")
    assert main(["catalog", "show", "mistral/ft:codestral"]) == 0
    out = capsys.readouterr().out
    assert "2024-12-22" in out and "months old" in out and "Taming LLMs" in out
    assert main(["catalog", "import", str(FIXTURE)]) == 0
    assert "3 entries added" in capsys.readouterr().out
    assert main(["catalog", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert any(entry["id"] == "litellm/gpt-4.1-mini" and entry["user"] for entry in listed)
    target = tmp_path / "mine.json"
    assert main(["catalog", "export", str(target)]) == 0
    assert len(read_catalog(target).entries) == 3
    assert main(["catalog", "show", "nope"]) == 1


def _reference() -> dict:
    return json.loads(PRICES.read_text())


needs_prices = pytest.mark.skipif(
    not PRICES.exists(), reason="shared/reference/prices.json is not beside the repo"
)


def test_file_search_storage_is_converted_from_gib_to_gb() -> None:
    store = find(load_catalog(), "openai/vector-store-file-search")
    per_gb = store.prices["retrieval.vector_storage_per_gb_month"]
    # 0.10 per GiB-day x 730/24 days = 3.041667 per GiB-month; x 1e9/2^30 = 2.832806 per GB-month
    assert per_gb == pytest.approx(0.10 * 730 / 24 * 1e9 / 2**30, rel=1e-12)
    assert per_gb == pytest.approx(2.8328, abs=1e-4) and per_gb < 3.0
    origin = store.price_sources["retrieval.vector_storage_per_gb_month"]
    assert "gibibytes" in origin.source and "GiB" in store.notes


@needs_prices
def test_file_search_storage_matches_the_reference_si_figure() -> None:
    store = next(s for s in _reference()["vector_stores"] if s["provider"] == "openai")
    entry = find(load_catalog(), "openai/vector-store-file-search")
    per_gb = entry.prices["retrieval.vector_storage_per_gb_month"]
    assert per_gb == pytest.approx(store["storage_per_gb_month_si"], abs=5e-5)


@pytest.mark.parametrize(
    ("entry_id", "replica", "throughput_in", "throughput_out"),
    [
        ("together/fine-tune-up-to-16b", 3.99, 20000, 2000),  # 1 x H100 at $3.99
        ("fireworks/fine-tune-lora-sft-up-to-16b", 7.0, 20000, 2000),  # 1 x H100 at $7.00
        # 2 x H100 at $3.99; Llama-3.3-70B NIM: 814.37/500 = 1.6287 req/s at 5000 in / 500 out,
        # doubled so half of each request is the prompt: 2*1.6287*5000 = 16,287 -> 16,290 in,
        # 2*1.6287*500 = 1,628.7 -> 1,630 out (5000/16290 + 500/1630 = 0.614 s = 1/1.63 req/s)
        ("together/fine-tune-70-100b", 7.98, 16290, 1630),
    ],
)
def test_dedicated_fine_tunes_fill_dedicated_serving(
    entry_id: str, replica: float, throughput_in: float, throughput_out: float
) -> None:
    entry = find(load_catalog(), entry_id)
    assert entry.serving == "dedicated" and entry.uncertain
    scenario, notes = apply_preset(Scenario(), "fine_tuned_model", entry)
    model = scenario.fine_tuned_model
    assert model.serving == "dedicated"
    assert model.dedicated.replica_per_hour == pytest.approx(replica)
    assert model.dedicated.input_tokens_per_second == throughput_in
    assert model.dedicated.output_tokens_per_second == throughput_out
    assert model.hosting_per_hour == 0 and model.monthly_fee == 0  # the replicas are the hosting
    # per-token prices are not used by dedicated serving: no "lists no price" noise for them
    assert not any("input_per_1m" in note for note in notes)
    # the throughput is stated as an editable assumption, the replica price has its own source
    assumed = [n for n in notes if "is an assumption, not a price" in n]
    assert len(assumed) == 2 and all("edit it to your model" in n for n in assumed)
    origin = entry.price_sources["fine_tuned_model.dedicated.replica_per_hour"]
    assert origin.source and origin.source_date and not origin.assumption
    assert entry.price_sources["fine_tuned_model.dedicated.input_tokens_per_second"].assumption
    # a dedicated preset yields a dearer fine-tuning than a free-riding 0 per token would
    from desktop_app.core.engine.evaluation import evaluate

    costs = evaluate(scenario).result.strategies["fine_tuning"].components["inference"][0]
    assert min(costs) >= replica * 730 - 1e-6  # at least one replica every month


def test_together_keeps_the_conflicting_price_and_is_uncertain() -> None:
    entry = find(load_catalog(), "together/fine-tune-up-to-16b")
    assert entry.uncertain and "$5.40" in entry.notes and "3.99" in entry.notes


def test_fireworks_says_its_old_inference_note_is_out_of_date() -> None:
    entry = find(load_catalog(), "fireworks/fine-tune-lora-sft-up-to-16b")
    assert "Out of date" in entry.notes and "dedicated" in entry.notes


def test_mistral_minimum_per_run_and_deprecation() -> None:
    entry = find(load_catalog(), "mistral/ft:mistral-small")
    assert entry.prices["fine_tuned_model.training_minimum_per_run"] == 4.0
    assert (
        "docs.mistral.ai" in entry.price_sources["fine_tuned_model.training_minimum_per_run"].source
    )
    assert "deprecated" in entry.availability
    scenario, _ = apply_preset(Scenario(), "fine_tuned_model", entry)
    assert scenario.fine_tuned_model.training_minimum_per_run == 4.0


def test_rerankers_and_prompt_caches_are_presets_for_their_roles() -> None:
    entries = load_catalog()
    cohere = find(entries, "cohere/rerank-v3.5")
    scenario, notes = apply_preset(Scenario(), "reranker", cohere)
    assert scenario.retrieval.rerank_per_1k_queries == 2.0 and notes == []
    assert scenario.presets["reranker"].id == "cohere/rerank-v3.5"
    voyage = find(entries, "voyage/rerank-2.5")
    # token-billed: 100 candidates x (60 + 500) tokens x 0.05/1M x 1000 queries = 2.80
    assert voyage.prices["retrieval.rerank_per_1k_queries"] == pytest.approx(2.8)
    assert voyage.price_sources["retrieval.rerank_per_1k_queries"].assumption
    gemini = find(entries, "google/gemini-2.5-pro-prompt-cache")
    scenario, notes = apply_preset(scenario, "prompt_cache", gemini)
    lc = scenario.long_context
    assert lc.cache_storage_per_1m_per_hour == 4.5 and lc.cache_write_per_1m is None
    assert lc.context_window_tokens == 1048576 and notes == []
    claude = find(entries, "anthropic/claude-sonnet-5-5-prompt-cache")
    scenario, _ = apply_preset(scenario, "prompt_cache", claude)
    assert scenario.long_context.cache_write_per_1m == 2.5  # writes at 1.25 x the input price
    base = find(entries, "anthropic/claude-sonnet-5-5")  # its model, as a base-model preset
    scenario, _ = apply_preset(scenario, "base_model", base)
    assert scenario.base_model.cached_input_per_1m == 0.1
    assert scenario.base_model.batch_discount_pct == 50
    assert set(scenario.presets) == {"reranker", "prompt_cache", "base_model"}
    assert parse_scenario(scenario_json(scenario)) == scenario


def test_batch_discounts_fill_batch_discount_pct() -> None:
    entries = load_catalog()
    scenario, _ = apply_preset(Scenario(), "base_model", find(entries, "openai/gpt-4.1-mini"))
    assert scenario.base_model.batch_discount_pct == 50
    tuned = find(entries, "openai/ft:gpt-4.1-mini-2025-04-14")
    assert tuned.prices["fine_tuned_model.batch_discount_pct"] == 50
    assert "Batch API" in tuned.price_sources["fine_tuned_model.batch_discount_pct"].notes


@pytest.mark.parametrize(
    "entry_id",
    [
        "openai/gpt-4.1-nano",
        "openai/ft:gpt-4.1-nano-2025-04-14",
        "openai/gpt-3.5-turbo-0125",
        "openai/ft:gpt-3.5-turbo-legacy",
        "openai/o4-mini-2025-04-16",
        "openai/ft:o4-mini-2025-04-16-rft",
    ],
)
def test_the_models_shut_down_on_2026_10_23_say_so(entry_id: str) -> None:
    entry = find(load_catalog(), entry_id)
    assert entry.retires == date(2026, 10, 23)
    kind = entry.kind
    role = "fine_tuned_model" if kind == "fine_tune" else "base_model"
    scenario, _ = apply_preset(Scenario(), role, entry)
    warnings = preset_warnings(scenario, load_catalog(), date(2026, 12, 1))
    assert any("stopped serving on 2026-10-23: choose another preset" in w for w in warnings)


def test_azure_nano_fine_tune_keeps_its_base_retirement_apart() -> None:
    entry = find(load_catalog(), "azure-openai/ft:gpt-4.1-nano-2025-04-14-global-standard")
    assert entry.base_retires == date(2026, 10, 14)
    assert (entry.closes, entry.retires) == (date(2027, 4, 14), date(2027, 10, 14))
    scenario, _ = apply_preset(Scenario(), "fine_tuned_model", entry)
    warnings = preset_warnings(scenario, load_catalog(), TODAY)
    assert any("its base model stops serving on 2026-10-14" in w for w in warnings)


def test_retiring_base_models_name_their_successor() -> None:
    entries = load_catalog()
    entry = find(entries, "openai/gpt-4.1-mini")
    assert entry.successor == "openai/gpt-6-luna"
    assert find(entries, entry.successor).kind == "chat"


@needs_prices
def test_the_bundled_catalog_is_what_the_build_script_makes_of_prices_json() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_catalog", ROOT / "scripts" / "build_catalog.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built, skipped = module.build(PRICES)
    assert built == read_catalog(bundled_path()), "run: python scripts/build_catalog.py"
    assert any("text-embedding-004" in line for line in skipped)


def test_cli_catalog_show_gives_each_price_its_source(capsys) -> None:
    assert main(["catalog", "show", "together/fine-tune-70-100b"]) == 0
    out = capsys.readouterr().out
    assert "serving: dedicated" in out
    assert "fine_tuned_model.dedicated.replica_per_hour" in out and "7.98" in out
    assert "* fine_tuned_model.dedicated.replica_per_hour: source: https://docs.together.ai" in out
    assert "2 x H100 80GB at 3.99/h" in out
    assert "* fine_tuned_model.dedicated.input_tokens_per_second: assumption:" in out
    assert main(["catalog", "show", "openai/gpt-4.1-mini"]) == 0
    out = capsys.readouterr().out
    assert "retires: 2027-01-14" in out and "successor: openai/gpt-6-luna" in out
    assert main(["catalog", "list", "--kind", "reranker"]) == 0
    assert "cohere/rerank-v3.5" in capsys.readouterr().out


def test_bundled_examples_carry_the_prices_of_the_presets_they_name() -> None:
    from desktop_app.core.appdata.examples import example_names, load_example
    from desktop_app.core.model.fields import value_at
    from desktop_app.core.prices.catalog import role_paths

    entries = load_catalog()
    for name in example_names():
        scenario = load_example(name)
        for role, record in scenario.presets.items():
            entry = find(entries, record.id)
            for path in role_paths(role):
                if entry.prices.get(path) is not None:
                    assert value_at(scenario, path) == entry.prices[path], (name, path)


def test_a_long_prompt_above_the_price_tier_is_warned_about() -> None:
    entries = load_catalog()
    haiku = find(entries, "anthropic/claude-haiku-5-5")
    assert haiku.long_prompt_tokens == 100000
    small = with_values_for_test(corpus=50000, added=1000, horizon=12)
    # prompt in the last month: 60 + 800 + 50,000 + 1,000 x 11 = 61,860 tokens < 100,000
    scenario, _ = apply_preset(small, "base_model", haiku)
    assert preset_warnings(scenario, entries, TODAY) == []
    large = with_values_for_test(corpus=90000, added=1000, horizon=12)
    # 60 + 800 + 90,000 + 11,000 = 101,860 > 100,000: the whole request bills at the higher tier
    scenario, _ = apply_preset(large, "base_model", haiku)
    (warning,) = preset_warnings(scenario, entries, TODAY)
    assert warning.startswith("Base model: the long-context prompt reaches 101860 tokens")
    assert "understate" in warning
    cache, _ = apply_preset(
        large, "prompt_cache", find(entries, "anthropic/claude-haiku-5-5-prompt-cache")
    )
    assert any(
        w.startswith("Prompt cache: the long-context prompt")
        for w in preset_warnings(cache, entries, TODAY)
    )
    from desktop_app.core.model.fields import with_values

    without = with_values(scenario, {"strategies": ["embeddings", "fine_tuning"]})
    assert preset_warnings(without, entries, TODAY) == []  # long context not compared


def with_values_for_test(corpus: float, added: float, horizon: int) -> Scenario:
    from desktop_app.core.model.fields import with_values

    return with_values(
        Scenario(),
        {
            "knowledge.corpus_tokens": corpus,
            "knowledge.added_tokens_per_month": added,
            "horizon_months": horizon,
        },
    )


@pytest.mark.parametrize(
    ("per_token", "per_million"),
    [
        (1.5e-19, 1.5e-13),  # once rounded to 0 at ten decimals: a price that is not 0
        (1.23456789012345678e-7, 0.123456789012),
        (1.5e-7, 0.15),  # not 0.15000000000000002
        (3e-6, 3.0),  # not 2.9999999999999996
        (0, 0.0),
    ],
)
def test_litellm_prices_keep_twelve_significant_digits(
    tmp_path: Path, per_token: float, per_million: float
) -> None:
    source = tmp_path / "litellm.json"
    spec = {"input_cost_per_token": per_token, "mode": "chat", "litellm_provider": "x"}
    source.write_text(json.dumps({"r1": spec}))
    (entry,), _ = read_import(source, TODAY)
    assert entry.prices["base_model.input_per_1m"] == per_million
