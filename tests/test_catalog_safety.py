"""The user's price catalog is data the user owns: damaged files, locks, hostile imports."""

from __future__ import annotations

import json
import math
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.appdata.paths import HOME_VARIABLE
from desktop_app.core.prices.catalog import CatalogError, user_path
from desktop_app.core.prices.catalog_import import import_file, litellm_entries, read_import
from desktop_app.core.prices.user_catalog import (
    delete_damaged_entry,
    read_user_catalog,
    save_user_entries,
)
from desktop_app.launch import main

FIXTURE = Path(__file__).parent / "fixtures" / "litellm_sample.json"
TODAY = date(2026, 11, 25)


def entry(entry_id: str = "mine/chat", **prices: object) -> dict:
    return {
        "id": entry_id,
        "kind": "chat",
        "provider": "openai",
        "name": "gpt",
        "prices": prices or {"base_model.input_per_1m": 0.4},
        "source": "my contract",
        "source_date": "2026-10-01",
        "as_of": "2026-10-01",
    }


def catalog_text(*entries: object, version: object = 1) -> str:
    return json.dumps(
        {"format": "embed-or-tune/catalog", "schema_version": version, "entries": list(entries)}
    )


def user_file(text: str) -> bytes:
    user_path().parent.mkdir(parents=True, exist_ok=True)
    user_path().write_text(text, encoding="utf-8")
    return user_path().read_bytes()


# a damaged or newer user catalog is never written over -----------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("{not json", "not a readable JSON file"),
        ("", "not a readable JSON file"),
        ('["a list"]', "is not an Embed or Tune price catalog"),
        (
            catalog_text(entry(), version=2),
            "schema_version: is 2: written by a newer Embed or Tune",
        ),
        (catalog_text(entry(), version="1"), "schema_version: must be 1"),
        (catalog_text(entry(base_model__input_per_1m=math.nan)), "cannot be used"),
        (catalog_text(entry(), entry()), "appears twice"),
    ],
)
def test_import_into_a_damaged_or_newer_user_catalog_refuses_and_keeps_it(
    capsys, text: str, reason: str
) -> None:
    text = text.replace("base_model__input_per_1m", "base_model.input_per_1m")
    before = user_file(text)
    status = main(["catalog", "import", str(FIXTURE)])
    err = capsys.readouterr().err
    assert status == 1 and str(user_path()) in err and "nothing was imported" in err
    if reason != "cannot be used":
        assert reason in err
    assert user_path().read_bytes() == before


def test_catalog_list_says_the_user_file_is_damaged(capsys) -> None:
    user_file(
        catalog_text(entry("mine/good"), entry("mine/bad", **{"base_model.input_per_1m": -1}))
    )
    status = main(["catalog", "list", "--json"])
    out, err = capsys.readouterr()
    assert status == 1
    assert any(item["id"] == "mine/good" for item in json.loads(out))
    assert err == (
        f"{user_path()}: entry mine/bad: prices.base_model.input_per_1m: must be >= 0, got -1; "
        "it is left out\n"
    )
    user_file("{half")
    assert main(["catalog", "list"]) == 1
    assert "its entries are left out" in capsys.readouterr().err


def test_a_nan_entry_never_breaks_list_json_and_can_be_deleted(capsys) -> None:
    user_path().parent.mkdir(parents=True)
    user_path().write_text(
        catalog_text(entry("mine/good")).replace("]}", ', {"id": "mine/nan", "prices": NaN}]}')
    )
    assert main(["catalog", "list", "--json"]) == 1
    json.loads(capsys.readouterr().out)  # valid JSON, NaN-free
    [damaged] = read_user_catalog().damaged
    assert damaged.label == "mine/nan"
    save_user_entries(read_user_catalog().entries)  # a write keeps the damaged entry as it was
    assert [item.label for item in read_user_catalog().damaged] == ["mine/nan"]
    assert '"prices": NaN' in user_path().read_text()
    delete_damaged_entry(damaged.raw)
    assert read_user_catalog().damaged == []
    assert [e.id for e in read_user_catalog().entries] == ["mine/good"]


def test_export_of_a_damaged_user_file_is_refused(capsys, tmp_path: Path) -> None:
    user_file("{half")
    assert main(["catalog", "export", str(tmp_path / "out.json")]) == 1
    assert not (tmp_path / "out.json").exists()


def test_export_says_which_damaged_entries_it_left_out(capsys, tmp_path: Path) -> None:
    user_file(
        catalog_text(entry("mine/good"), entry("mine/bad", **{"base_model.input_per_1m": -5}))
    )
    target = tmp_path / "out.json"
    assert main(["catalog", "export", str(target)]) == 1  # written, but not all of it
    out, err = capsys.readouterr()
    assert out == f"{target}: 1 entries of yours\n"
    assert err == (
        f"{user_path()}: entry mine/bad: prices.base_model.input_per_1m: must be >= 0, got -5; "
        "it is left out\n"
    )
    assert [item["id"] for item in json.loads(target.read_text())["entries"]] == ["mine/good"]


def test_export_never_writes_over_the_user_catalog_itself(capsys) -> None:
    before = user_file(catalog_text(entry()))
    assert main(["catalog", "export", str(user_path())]) == 1
    assert "is a file being read" in capsys.readouterr().err
    assert user_path().read_bytes() == before


def test_export_never_writes_over_the_bundled_catalog(capsys, tmp_path: Path, monkeypatch) -> None:
    # `catalog export resources/catalog/bundled.json` replaced the app's 68 prices with the
    # user's 3, for every later run
    from desktop_app.core.prices import catalog_import

    bundled = tmp_path / "bundled.json"
    bundled.write_bytes(catalog_import.bundled_path().read_bytes())
    before = bundled.read_bytes()
    monkeypatch.setattr(catalog_import, "bundled_path", lambda: bundled)
    user_file(catalog_text(entry()))
    assert main(["catalog", "export", str(bundled)]) == 1
    assert "is a file being read" in capsys.readouterr().err
    assert bundled.read_bytes() == before


# two writers at once ---------------------------------------------------------------------


IMPORTER = textwrap.dedent(
    """
    import sys
    from datetime import date
    from pathlib import Path
    from desktop_app.core.prices import user_catalog as catalog
    from desktop_app.core.prices.catalog_import import import_file

    source, go = Path(sys.argv[1]), Path(sys.argv[2])
    real = catalog.read_user_catalog

    def slow():  # read, then give the other process time to read the same old file
        found = real()
        import time
        time.sleep(0.3)
        return found

    catalog.read_user_catalog = slow
    while not go.exists():
        pass
    import_file(source, date(2026, 11, 25))
    """
)


def test_two_imports_at_once_both_land(tmp_path: Path, home: Path) -> None:
    sources = []
    for name in ("a", "b"):
        path = tmp_path / f"{name}.json"
        path.write_text(catalog_text(entry(f"mine/{name}")))
        sources.append(path)
    go = tmp_path / "go"
    env = {**__import__("os").environ, HOME_VARIABLE: str(home)}
    processes = [
        subprocess.Popen([sys.executable, "-c", IMPORTER, str(source), str(go)], env=env)
        for source in sources
    ]
    go.touch()
    assert [process.wait(timeout=60) for process in processes] == [0, 0]
    assert sorted(e.id for e in read_user_catalog().entries) == ["mine/a", "mine/b"]


# importers check every entry like a scenario field -----------------------------------------


HOSTILE_PRICES = [
    (-1, "must be >= 0, got -1"),
    ("0.4", "must be a number, got the text '0.4'"),
    (True, "must be a number, got true"),
    (10**400, "must be a number below 1e300"),
    (math.inf, "must be a finite number"),
    (7.0, "is too small to be told from 0, got 1e-400"),  # written 1e-400: JSON reads 0.0
]


@pytest.mark.parametrize(("price", "reason"), HOSTILE_PRICES)
def test_our_importer_skips_each_bad_entry_and_says_why(
    tmp_path: Path, price: object, reason: str
) -> None:
    bad = entry("mine/bad", **{"base_model.input_per_1m": price})
    text = catalog_text(entry("mine/good"), bad).replace("Infinity", "1e999")
    text = text.replace(": 7.0", ": 1e-400")
    source = tmp_path / "prices.json"
    source.write_text(text)
    report = import_file(source, TODAY)
    assert (report.added, report.replaced) == (1, 0)
    [line] = report.skipped
    assert line.startswith("entries[1].prices.base_model.input_per_1m: ") and reason in line
    assert [e.id for e in read_user_catalog().entries] == ["mine/good"]


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        (entry("../../etc"), 'without empty, "." or ".." parts'),
        (entry("mine/../x"), '".." parts'),
        (entry("/abs/id"), '".." parts'),
        (entry("mine\\x"), "backslash"),
        (entry("openai/gpt-4.1"), "is the id of a bundled entry"),
        (
            {
                **entry("mine/vec"),
                "kind": "embedding",
                "prices": {"retrieval.embedding_dimensions": 1.5},
            },
            "must be a whole number",
        ),
        (
            {**entry("mine/odd"), "prices": {"retrieval.embedding_price_per_1m": 1}},
            "is not a price of a chat entry",
        ),
    ],
)
def test_ids_and_fields_are_checked_entry_by_entry(
    tmp_path: Path, bad: dict, reason: str | None
) -> None:
    source = tmp_path / "prices.json"
    source.write_text(catalog_text(entry("mine/good"), bad))
    incoming, skipped = read_import(source, TODAY)
    assert [e.id for e in incoming] == ["mine/good"]
    assert len(skipped) == 1 and skipped[0].startswith("entries[1]")
    assert reason in skipped[0]


def test_duplicate_ids_and_duplicate_keys_are_skipped(tmp_path: Path) -> None:
    source = tmp_path / "prices.json"
    text = catalog_text(entry("mine/a"), entry("mine/a"), entry("mine/b"))
    text = text.replace(
        '"name": "gpt", "prices": {"base_model.input_per_1m": 0.4}, "source": "my contract", "source_date": "2026-10-01", "as_of": "2026-10-01"}]',
        '"name": "gpt", "name": "twice", "prices": {"base_model.input_per_1m": 0.4}, "source": "my contract", "source_date": "2026-10-01", "as_of": "2026-10-01"}]',
    )
    source.write_text(text)
    incoming, skipped = read_import(source, TODAY)
    assert [e.id for e in incoming] == ["mine/a"]
    assert skipped == [
        "entries[1]: the id mine/a appears twice in the file",
        "entries[2]: the key 'name' appears twice",
    ]


def litellm(**spec: object) -> dict:
    return {"input_cost_per_token": 4e-07, "litellm_provider": "openai", "mode": "chat", **spec}


@pytest.mark.parametrize(
    ("spec", "reason"),
    [
        (litellm(input_cost_per_token=-4e-07), "must be >= 0"),
        (
            litellm(input_cost_per_token="4e-07"),
            "input_cost_per_token: must be a number, got the text",
        ),
        (litellm(output_cost_per_token=True), "output_cost_per_token: must be a number, got true"),
        (litellm(input_cost_per_token=10**400), "must be a number below 1e300"),
        (litellm(input_cost_per_token=None), "lists no input_cost_per_token"),
        (
            litellm(mode="embedding", output_vector_size=1536.5),
            "must be a whole number, got 1536.5",
        ),
        (litellm(mode="embedding", output_vector_size="1536"), "must be a number, got the text"),
    ],
)
def test_litellm_models_are_checked_one_by_one(spec: dict, reason: str) -> None:
    document = {"good-model": litellm(), "bad-model": spec, "dall-e": {"mode": "image_generation"}}
    entries, skipped = litellm_entries(document, "prices.json", TODAY)
    assert [e.id for e in entries] == ["litellm/good-model"]
    assert len(skipped) == 1 and skipped[0].startswith("bad-model: ") and reason in skipped[0]


def test_litellm_nan_path_ids_and_duplicate_keys(tmp_path: Path) -> None:
    source = tmp_path / "litellm.json"
    source.write_text(
        "{"
        '"good": {"input_cost_per_token": 4e-07, "mode": "chat"},'
        '"nan": {"input_cost_per_token": NaN, "mode": "chat"},'
        '"../../evil": {"input_cost_per_token": 4e-07, "mode": "chat"},'
        '"twice": {"input_cost_per_token": 4e-07, "input_cost_per_token": 1e-07, "mode": "chat"},'
        '"again": {"input_cost_per_token": 4e-07, "mode": "chat"},'
        '"again": {"input_cost_per_token": 5e-07, "mode": "chat"}'
        "}"
    )
    incoming, skipped = read_import(source, TODAY)
    assert [e.id for e in incoming] == ["litellm/good"]
    assert [line.split(":")[0] for line in skipped] == ["nan", "../../evil", "twice", "again"]
    assert "must be a finite number" in skipped[0]


def test_a_litellm_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    source = tmp_path / "bom.json"
    source.write_bytes(b"\xef\xbb\xbf" + FIXTURE.read_bytes())
    incoming, skipped = read_import(source, TODAY)
    assert len(incoming) == 3 and skipped == []


def test_the_cli_reports_added_replaced_and_skipped(capsys, tmp_path: Path) -> None:
    source = tmp_path / "prices.json"
    source.write_text(
        catalog_text(entry("mine/a"), entry("mine/b", **{"base_model.input_per_1m": -2}))
    )
    assert main(["catalog", "import", str(source)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith(f"{source}: 1 entries added, 0 replaced, 1 skipped (in ")
    assert err == (
        f"{source}: skipped entries[1].prices.base_model.input_per_1m: must be >= 0, got -2\n"
    )


def test_an_import_with_nothing_usable_changes_nothing(tmp_path: Path) -> None:
    before = user_file(catalog_text(entry("mine/kept")))
    source = tmp_path / "prices.json"
    source.write_text(catalog_text(entry("mine/x", **{"base_model.input_per_1m": "1"})))
    with pytest.raises(CatalogError, match="nothing to import: entries\\[0\\]"):
        import_file(source, TODAY)
    assert user_path().read_bytes() == before


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**400), max_value=10**400)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
SPEC_KEYS = st.sampled_from(
    [
        "input_cost_per_token",
        "output_cost_per_token",
        "cache_read_input_token_cost",
        "output_vector_size",
        "input_cost_per_token_fine_tuning",
        "mode",
        "litellm_provider",
    ]
)


@given(
    st.dictionaries(
        st.text(min_size=1, max_size=12),
        st.dictionaries(
            SPEC_KEYS, JSON_VALUES | st.sampled_from(["chat", "embedding"]), max_size=6
        ),
        max_size=5,
    )
)
def test_whatever_litellm_holds_every_imported_price_is_a_valid_number(document: dict) -> None:
    entries, skipped = litellm_entries(document, "fuzz.json", TODAY)
    assert len(entries) + len(skipped) <= len(document)
    for imported in entries:
        for price in imported.prices.values():
            assert price is None or (
                isinstance(price, float) and math.isfinite(price) and price >= 0
            )
        json.dumps(imported.model_dump(mode="json"), allow_nan=False)
        assert ".." not in imported.id.split("/")


def test_importing_a_fifo_or_a_device_returns_at_once(capsys, tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "prices.json"
    os.mkfifo(fifo)
    assert main(["catalog", "import", str(fifo)]) == 1
    assert capsys.readouterr().err == (
        f"{fifo}: is a named pipe (FIFO), not a regular file; only files are read\n"
    )
    assert main(["catalog", "import", "/dev/zero"]) == 1
    assert "is a device" in capsys.readouterr().err
    assert not user_path().exists()


def test_an_import_the_app_could_not_read_back_is_refused_and_the_catalog_kept(
    tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 150,000 LiteLLM models (23 MB) once became a 119 MB catalog.json that every later read
    # refused (over the 50 MB limit): all the user's own prices were out of reach
    from desktop_app.core.prices import user_catalog

    first = tmp_path / "first.json"
    first.write_text(catalog_text(entry("mine/kept")))
    import_file(first, TODAY)
    before = user_path().read_bytes()
    many = tmp_path / "many.json"  # compact: the catalog it makes is indented, so larger
    text = json.dumps(json.loads(catalog_text(*(entry(f"mine/m{n}") for n in range(40)))))
    many.write_text(text)
    most = len(text) + 10  # the file to import may be read, the catalog it makes may not
    monkeypatch.setattr(user_catalog, "MAX_CATALOG_BYTES", most)  # what the writer checks
    with pytest.raises(CatalogError) as caught:
        import_file(many, TODAY)
    [line] = caught.value.lines
    assert line.startswith("would be ") and line.endswith(
        f"bytes; a price file may be at most {most:,} bytes, so it was left as it was; nothing "
        "was imported"
    )
    assert user_path().read_bytes() == before  # untouched, and still read
    assert [e.id for e in read_user_catalog().entries] == ["mine/kept"]


def test_a_catalog_folder_that_cannot_be_made_is_named_not_the_file_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    blocked = tmp_path / "home"
    blocked.write_text("a file where the app's folder should be\n")
    monkeypatch.setenv(HOME_VARIABLE, str(blocked))
    source = tmp_path / "prices.json"
    source.write_text(catalog_text(entry("mine/a")))
    assert main(["catalog", "import", str(source)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"embed-or-tune: {user_path().parent}: cannot be written: ")
    assert str(source) not in err


def test_a_folder_in_the_lock_files_place_is_named_not_the_catalog(tmp_path: Path, capsys) -> None:
    lock = user_path().with_name(user_path().name + ".lock")
    lock.mkdir(parents=True)
    source = tmp_path / "prices.json"
    source.write_text(catalog_text(entry("mine/a")))
    assert main(["catalog", "import", str(source)]) == 1
    assert capsys.readouterr().err == (
        f"embed-or-tune: {lock}: cannot be written: Is a directory\n"
    )
    assert not user_path().exists()


@pytest.mark.parametrize("hidden", ["\u202e", "\u200b", "\u2066", "\ufeff"])
def test_an_id_with_a_character_that_reorders_or_hides_text_is_skipped(
    tmp_path: Path, hidden: str
) -> None:
    source = tmp_path / "litellm.json"
    spec = {"input_cost_per_token": 1e-7, "mode": "chat", "litellm_provider": "x"}
    source.write_text(json.dumps({f"weird{hidden}": spec, "plain": spec}))
    imported, skipped = read_import(source, TODAY)
    assert [entry.id for entry in imported] == ["litellm/plain"]
    assert len(skipped) == 1 and "control characters" in skipped[0]
