"""The price catalog: bundled entries with sources and dates, presets, warnings, imports."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT

from desktop_app.cli import main
from desktop_app.core.catalog import (
    CatalogEntry,
    CatalogError,
    apply_preset,
    bundled_path,
    find,
    load_catalog,
    preset_warnings,
    read_catalog,
    role_of,
    save_user_entries,
    user_path,
)
from desktop_app.core.catalog_import import import_file, read_import
from desktop_app.core.paths import HOME_VARIABLE
from desktop_app.core.scenario import Scenario
from desktop_app.core.scenario_files import parse_scenario, scenario_document, scenario_json

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "litellm_sample.json"
PRICES = ROOT.parent / "shared" / "reference" / "prices.json"
TODAY = date(2026, 11, 25)


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path))
    return tmp_path


def test_every_bundled_entry_validates_and_carries_source_and_date() -> None:
    entries = read_catalog(bundled_path()).entries
    assert len(entries) >= 30
    kinds = {entry.kind for entry in entries}
    assert kinds == {"embedding", "chat", "fine_tune", "vector_store"}
    for entry in entries:
        assert entry.source and entry.source_date, entry.id
        assert all(role_of(path) for path in entry.prices), entry.id
    assert len({entry.id for entry in entries}) == len(entries)


@pytest.mark.skipif(
    not PRICES.exists(), reason="shared/reference/prices.json is not beside the repo"
)
def test_bundled_prices_are_the_reference_prices_with_their_sources() -> None:
    reference = {(m["provider"], m["model"]): m for m in json.loads(PRICES.read_text())["models"]}
    for entry in read_catalog(bundled_path()).entries:
        if entry.kind == "vector_store":
            continue
        model = reference[(entry.provider, entry.name)]
        assert entry.source == model["source"] and entry.source_date == model["source_date"]
        assert entry.uncertain == bool(model.get("uncertain"))
        for path, price in entry.prices.items():
            field = path.split(".")[-1]
            if field in ("input_per_1m", "cached_input_per_1m", "output_per_1m", "training_per_1m"):
                assert price == model.get(field), (entry.id, field)
            if field == "embedding_price_per_1m":
                assert price == model["input_per_1m"]


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
    together = find(load_catalog(), "together/fine-tune-up-to-16b")
    scenario, notes = apply_preset(Scenario(), "fine_tuned_model", together)
    assert scenario.fine_tuned_model.training_per_1m == 0.48
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
    assert warnings == [
        "Fine-tuned model: the prices of ft:mistral-small are 23 months old (as of 2024-12-22); "
        "check the current list"
    ]
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
        ("azure-openai/ft:gpt-4.1-nano-2025-04-14-global-standard", date(2027, 4, 14), date(2027, 10, 14)),
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
    entries = {entry.id: entry for entry in read_import(FIXTURE, TODAY)}
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
    assert "broken.json: entries[0].kind: must be one of" in message
    assert user_path().read_bytes() == before
    garbage = tmp_path / "garbage.json"
    garbage.write_text("{nope")
    with pytest.raises(CatalogError, match=r"garbage\.json: not a readable JSON file"):
        import_file(garbage, TODAY)
    assert user_path().read_bytes() == before


def test_importing_again_replaces_by_id() -> None:
    assert import_file(FIXTURE, TODAY) == (3, 0)
    assert import_file(FIXTURE, TODAY) == (0, 3)


def test_cli_catalog(capsys, tmp_path: Path) -> None:
    assert main(["catalog", "list", "--kind", "vector_store"]) == 0
    out = capsys.readouterr().out
    assert "pinecone/" in out and "2 entries" in out
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
