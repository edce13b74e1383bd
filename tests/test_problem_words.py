"""The model's problem lines in the German window: each kind a whole German phrase.

The English window and the command line keep the model's English byte for byte (the literals
below are what they printed before the problems had kinds).
"""

from __future__ import annotations

import errno
import json
import os
import re
import string
from datetime import date
from pathlib import Path

import pytest
from german import in_german
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.appdata.examples import load_example
from desktop_app.core.appdata.scenario_files import (
    ScenarioFileError,
    load_scenario,
    parse_scenario,
)
from desktop_app.core.model.problems import KINDS, problem_list, problems
from desktop_app.core.prices.catalog import CatalogError, user_path
from desktop_app.core.prices.catalog_import import import_file
from desktop_app.core.prices.user_catalog import read_user_catalog
from desktop_app.gui.theme import use_readable_locale
from desktop_app.launch import main
from desktop_app.present.problem_words import (
    PROBLEM_WORDS,
    file_problems,
    import_refused,
    problem_line,
)

TODAY = date(2026, 11, 2)
DIMENSIONS = "retrieval.embedding_dimensions"


@pytest.fixture
def german(qapp):
    """The window's German: translations and number marks, undone afterwards."""
    with in_german():
        yield


@pytest.fixture
def english(qapp):
    use_readable_locale()


def test_every_kind_has_a_phrase_naming_only_its_values() -> None:
    assert set(PROBLEM_WORDS) == set(KINDS)
    for kind, source in PROBLEM_WORDS.items():
        named = {name for _, name, _, _ in string.Formatter().parse(source) if name}
        assert named <= set(KINDS[kind]), kind


def _scenario_file(change) -> bytes:
    document = json.loads(json.dumps(load_example("support-chatbot").model_dump(mode="json")))
    document = {"format": "embed-or-tune/scenario", "schema_version": 2, **document}
    change(document)
    return json.dumps(document).encode()


def _refused(change) -> ScenarioFileError:
    with pytest.raises(ScenarioFileError) as caught:
        parse_scenario(_scenario_file(change), "bad.eot.json")
    return caught.value


def _negative_queries(document) -> None:
    document["workload"]["queries_per_month"] = -5


def _many_problems(document) -> None:
    document["workload"]["queries_per_month"] = -5
    document["workload"]["typo_field"] = 1
    document["knowledge"]["corpus_tokens"] = "lots"
    document["currency"] = "dollars"
    document["start_month"] = "January"
    document["horizon_months"] = 1.5


MANY_ENGLISH = [
    "currency: must be a three-letter ISO 4217 code such as USD, got 'dollars'",
    "start_month: must be a calendar month written YYYY-MM, such as 2027-01, got 'January'",
    "horizon_months: must be a whole number, got 1.5",
    "workload.queries_per_month: must be >= 0, got -5",
    "workload.typo_field: unknown field",
    "knowledge.corpus_tokens: must be a number, got 'lots'",
]


def test_the_english_lines_are_the_models_as_before(english) -> None:
    error = _refused(_many_problems)
    assert sorted(error.lines) == sorted(MANY_ENGLISH)
    assert file_problems(error) == error.lines  # the English window: the model's words
    assert [problem_line(problem) for problem in error.problems] == error.lines


def test_a_scenario_file_that_cannot_be_opened_says_why_in_german(german) -> None:
    error = _refused(_many_problems)
    shown = sorted(file_problems(error))
    assert shown == sorted(
        [
            "currency: muss ein dreibuchstabiger ISO-4217-Code wie USD sein, nicht 'dollars'",
            "start_month: muss ein Kalendermonat in der Form JJJJ-MM sein, etwa 2027-01, "
            "nicht 'January'",
            "horizon_months: muss eine ganze Zahl sein, nicht 1,5",
            "workload.queries_per_month: muss mindestens 0 sein, nicht -5",
            "workload.typo_field: unbekanntes Feld",
            "knowledge.corpus_tokens: muss eine Zahl sein, nicht 'lots'",
        ]
    )
    assert sorted(error.lines) == sorted(MANY_ENGLISH)  # the core's own stay English
    not_scenario = _refused(lambda document: document.pop("format"))
    assert file_problems(not_scenario) == [
        "format: muss „embed-or-tune/scenario“ sein (fehlt): keine Szenariodatei"
    ]


def test_the_open_message_box_speaks_german(german, window, tmp_path: Path, monkeypatch) -> None:
    bad = tmp_path / "bad.eot.json"
    bad.write_bytes(_scenario_file(_negative_queries))
    shown: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(window, "show_error", lambda title, lines: shown.append((title, lines)))
    assert not window.open_path(bad, ask=False)
    [(_, lines)] = shown
    assert lines == ["workload.queries_per_month: muss mindestens 0 sein, nicht -5"]


def test_the_command_line_keeps_the_models_english(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "bad.eot.json"
    bad.write_bytes(_scenario_file(_many_problems))
    assert main(["validate", str(bad)]) == 1
    _, err = capsys.readouterr()
    assert sorted(err.splitlines()) == sorted(f"{bad}: {line}" for line in MANY_ENGLISH)


def _event_dialog(qtbot):
    from desktop_app.gui.editor.events_editor import EventDialog

    dialog = EventDialog(load_example("support-chatbot"), 0)
    qtbot.addWidget(dialog)
    row = dialog.add_setting()
    row.field.setCurrentIndex(row.field.findData(DIMENSIONS))
    return dialog, row


def test_an_event_the_model_refuses_is_refused_in_german(german, qtbot) -> None:
    from desktop_app.present.timeline import setting_label

    dialog, row = _event_dialog(qtbot)
    row.value.setText("1536,5")  # embedding dimensions are whole
    dialog.accept()
    label = setting_label(DIMENSIONS)
    assert dialog.error.text() == (f"Ereignis 1, {label}: muss eine ganze Zahl sein, nicht 1.536,5")
    assert dialog.result_scenario is None


def test_an_event_the_model_refuses_keeps_its_english_in_english(english, qtbot) -> None:
    from desktop_app.gui.editor.events_editor import with_events
    from desktop_app.present.timeline import event_problem

    dialog, row = _event_dialog(qtbot)
    row.value.setText("1536.5")
    dialog.accept()
    text = dialog.error.text()
    assert text == "Event 1, Embedding dimensions: must be a whole number, got 1536.5"
    events = [e.model_dump() for e in dialog.scenario.events]
    events[0] = dialog.event_values()
    with pytest.raises(ValueError) as caught:
        with_events(dialog.scenario, events)
    assert text == event_problem(problems(caught.value)[0])  # the model's line, as before


def _catalog(*entries: dict) -> str:
    return json.dumps({"format": "embed-or-tune/catalog", "schema_version": 1, "entries": entries})


def _entry(entry_id: str, price: object) -> dict:
    return {
        "id": entry_id,
        "kind": "chat",
        "provider": "OpenAI",
        "name": "gpt-4.1-mini",
        "prices": {"base_model.input_per_1m": price, "base_model.output_per_1m": 1.6},
        "source": "Contract with OpenAI",
        "source_date": "2026-10-01",
        "as_of": "2026-10-01",
    }


def _damaged_cells(qtbot) -> dict[str, tuple[str, str]]:
    from desktop_app.gui.dialogs.catalog_dialog import MyPricesDialog

    shown = MyPricesDialog(today=TODAY)
    qtbot.addWidget(shown)
    table = shown.table
    return {
        table.item(row, 0).text(): (table.item(row, 2).text(), table.item(row, 2).toolTip())
        for row in range(table.rowCount())
    }


def _damaged_file(home: Path) -> None:
    user_path().parent.mkdir(parents=True, exist_ok=True)
    text = _catalog(_entry("mine/minus", -1), _entry("mine/nan", "NaN-marker"), _entry("x/ok", 1))
    user_path().write_text(text.replace('"NaN-marker"', "NaN"), encoding="utf-8")


def test_a_damaged_price_entry_says_why_in_german(german, qtbot, home: Path) -> None:
    _damaged_file(home)
    cells = _damaged_cells(qtbot)
    reason, tip = cells["mine/minus"]
    assert reason == "prices.base_model.input_per_1m: muss mindestens 0 sein, nicht -1"
    assert reason in tip
    assert cells["mine/nan"][0] == (
        "prices.base_model.input_per_1m: muss eine endliche Zahl sein, nicht nan"
    )


def test_a_damaged_price_entry_keeps_the_models_english_in_english(
    english, qtbot, home: Path, capsys
) -> None:
    _damaged_file(home)
    reasons = {item.label: item.reason for item in read_user_catalog().damaged}
    assert reasons == {
        "mine/minus": "prices.base_model.input_per_1m: must be >= 0, got -1",
        "mine/nan": "prices.base_model.input_per_1m: must be a finite number, got nan",
    }
    cells = _damaged_cells(qtbot)
    assert {label: cells[label][0] for label in reasons} == reasons
    assert main(["catalog", "list"]) == 1
    _, err = capsys.readouterr()
    assert err.splitlines() == [
        f"{user_path()}: entry mine/minus: {reasons['mine/minus']}; it is left out",
        f"{user_path()}: entry mine/nan: {reasons['mine/nan']}; it is left out",
    ]


LITELLM = {
    "good-model": {"mode": "chat", "input_cost_per_token": 1e-6, "litellm_provider": "x"},
    "text-price": {"mode": "chat", "input_cost_per_token": "cheap", "litellm_provider": "x"},
    "no-input": {"mode": "chat", "output_cost_per_token": 1e-6, "litellm_provider": "x"},
    "minus": {"mode": "chat", "input_cost_per_token": -1e-6, "litellm_provider": "x"},
}
SKIPPED_ENGLISH = [
    "text-price: input_cost_per_token: must be a number, got the text 'cheap'",
    "no-input: lists no input_cost_per_token",
    "minus: prices.base_model.input_per_1m: must be >= 0, got -1",
]
SKIPPED_GERMAN = [
    "text-price: input_cost_per_token: muss eine Zahl sein, nicht der Text 'cheap'",
    "no-input: nennt kein input_cost_per_token",
    "minus: prices.base_model.input_per_1m: muss mindestens 0 sein, nicht -1",
]


def _import(qtbot, monkeypatch, path: Path) -> tuple[str, list[str]]:
    """The price list dialog's status after importing `path`, and any warning it showed."""
    from desktop_app.gui.dialogs.catalog_dialog import MyPricesDialog

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_: warnings.append(text))
    dialog = MyPricesDialog(today=TODAY)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "choose_import_file", lambda: path)
    dialog.import_button.click()
    return dialog.status.text(), warnings


@pytest.mark.parametrize("language", ["german", "english"])
def test_an_imports_skipped_entries_in_the_windows_language(
    language, request, qtbot, monkeypatch, home: Path, tmp_path: Path
) -> None:
    request.getfixturevalue(language)
    source = tmp_path / "prices.json"
    source.write_text(json.dumps(LITELLM), encoding="utf-8")
    status, warnings = _import(qtbot, monkeypatch, source)
    assert not warnings
    lines = status.split("\n")[1:]
    lines[-1] = lines[-1].removesuffix(".")
    assert lines == (SKIPPED_GERMAN if language == "german" else SKIPPED_ENGLISH)
    assert list(import_file(source, TODAY).skipped) == SKIPPED_ENGLISH  # the command line's


def test_a_file_nothing_is_imported_from_says_why_in_german(
    german, qtbot, monkeypatch, home: Path, tmp_path: Path
) -> None:
    source = tmp_path / "ours.json"
    source.write_text(_catalog(_entry("mine/minus", -2)), encoding="utf-8")
    _, warnings = _import(qtbot, monkeypatch, source)
    [said] = warnings
    assert said.endswith(
        "nichts zu importieren: entries[0].prices.base_model.input_per_1m: "
        "muss mindestens 0 sein, nicht -2"
    )
    with pytest.raises(CatalogError) as caught:
        import_file(source, TODAY)
    assert caught.value.lines == [
        "nothing to import: entries[0].prices.base_model.input_per_1m: must be >= 0, got -2"
    ]


def test_the_german_lines_hold_no_english_words_of_the_kinds_translated(german) -> None:
    error = _refused(_many_problems)
    words = re.compile(r"\b(must|got|unknown|field|number|such as)\b")
    assert not [line for line in file_problems(error) if words.search(line.split(": ", 1)[1])]
    assert all(problem.kind for problem in problem_list(_refused_validation()))


def _refused_validation():
    from pydantic import ValidationError

    from desktop_app.core.model.scenario import Scenario

    document = json.loads(_scenario_file(_many_problems))
    for key in ("format", "schema_version"):
        document.pop(key)
    with pytest.raises(ValidationError) as caught:
        Scenario.model_validate(document)
    return caught.value


def _outside_its_range() -> str:
    """What the editor says when a value with a range is typed outside it (its label first)."""
    from desktop_app.gui.document import ScenarioDocument
    from desktop_app.present.labels import labelled

    document = ScenarioDocument(load_example("support-chatbot"))
    problem = document.problem_with("workload.queries_per_month", 700_000)
    assert problem is not None
    return labelled(problem)


def test_a_value_outside_its_range_is_refused_in_german(german) -> None:
    assert _outside_its_range() == (
        "Bandbreite: der Wert des Szenarios für Anfragen pro Monat (700.000) muss zwischen "
        "Niedrig und Hoch liegen: die Dreiecksverteilung nimmt ihn als wahrscheinlichsten Wert"
    )


def test_a_value_outside_its_range_keeps_the_models_english_in_english(english) -> None:
    assert _outside_its_range() == (
        "Range: the scenario's value of Queries per month (700000) must lie within low..high: "
        "triangular takes it as the most likely value"
    )


WHOLE_FILE_CASES = [
    (
        b'{\n  "currency": "USD",\n  oops\n}',
        "line 3 column 3: invalid JSON: Expecting property name enclosed in double quotes",
        "Zeile 3, Spalte 3: ungültiges JSON: hier wird ein Schlüssel in doppelten "
        "Anführungszeichen erwartet",
    ),
    (
        b'{"currency": }',
        "line 1 column 14: invalid JSON: Expecting value",
        "Zeile 1, Spalte 14: ungültiges JSON: hier wird ein Wert erwartet",
    ),
    (
        b'{"currency" "USD"}',
        "line 1 column 13: invalid JSON: Expecting ':' delimiter",
        "Zeile 1, Spalte 13: ungültiges JSON: hier wird ein Doppelpunkt (:) erwartet",
    ),
    (
        b'{"currency": "USD" "name": "x"}',
        "line 1 column 20: invalid JSON: Expecting ',' delimiter",
        "Zeile 1, Spalte 20: ungültiges JSON: hier wird ein Komma (,) erwartet",
    ),
    (
        b'{"currency": "USD"} {}',
        "line 1 column 21: invalid JSON: Extra data",
        "Zeile 1, Spalte 21: ungültiges JSON: nach dem Ende des JSON folgt noch Text",
    ),
    (
        b'{"currency": "USD',
        "line 1 column 14: invalid JSON: Unterminated string starting at",
        "Zeile 1, Spalte 14: ungültiges JSON: eine Zeichenkette beginnt hier und wird nicht "
        "geschlossen",
    ),
    (
        b'{"name": "a\\qb"}',
        "line 1 column 12: invalid JSON: Invalid \\escape",
        "Zeile 1, Spalte 12: ungültiges JSON: ein Backslash leitet hier eine Escape-Sequenz "
        "ein, die JSON nicht kennt",
    ),
    (
        b'{"name": "a\tb"}',
        "line 1 column 12: invalid JSON: Invalid control character at",
        "Zeile 1, Spalte 12: ungültiges JSON: eine Zeichenkette enthält hier ein Steuerzeichen "
        "(etwa einen Tabulator)",
    ),
    (
        b'{"name": "\\u12"}',
        "line 1 column 12: invalid JSON: Invalid \\uXXXX escape",
        "Zeile 1, Spalte 12: ungültiges JSON: auf ein Backslash-u folgen hier nicht vier "
        "Hexadezimalziffern",
    ),
    (
        b'{"a": 1, "a": 2}',
        "invalid JSON: the key 'a' appears twice in one object",
        "ungültiges JSON: der Schlüssel 'a' kommt in einem Objekt zweimal vor",
    ),
    (
        b'{"a": \xff}',
        "is not UTF-8 text (byte 6 cannot be decoded)",
        "ist kein UTF-8-Text (Byte 6 lässt sich nicht dekodieren)",
    ),
    (
        b"[" * 65 + b"]" * 65,
        "line 1 column 65: lists and objects nest more than 64 levels deep",
        "Zeile 1, Spalte 65: Listen und Objekte sind mehr als 64 Ebenen tief verschachtelt",
    ),
    (
        b"[1, 2]",
        "must hold a JSON object ({...}), not a single value",
        "muss ein JSON-Objekt ({...}) enthalten, keinen einzelnen Wert",
    ),
    (
        b" " * 1_000_001,
        "is 1,000,001 bytes; a scenario file may be at most 1,000,000 bytes",
        "ist 1.000.001 Bytes groß; eine Szenariodatei darf höchstens 1.000.000 Bytes groß sein",
    ),
]


def _whole_file_refused(data: bytes) -> ScenarioFileError:
    with pytest.raises(ScenarioFileError) as caught:
        parse_scenario(data, "bad.eot.json")
    return caught.value


@pytest.mark.parametrize(("data", "english_line", "german_line"), WHOLE_FILE_CASES)
def test_a_file_that_is_no_scenario_at_all_says_why_in_german(
    german, data: bytes, english_line: str, german_line: str
) -> None:
    error = _whole_file_refused(data)
    assert error.lines == [english_line]  # the core's own stay English
    assert file_problems(error) == [german_line]


@pytest.mark.parametrize(("data", "english_line", "german_line"), WHOLE_FILE_CASES)
def test_a_file_that_is_no_scenario_at_all_keeps_its_english_in_english(
    english, data: bytes, english_line: str, german_line: str
) -> None:
    error = _whole_file_refused(data)
    assert error.lines == [english_line]
    assert file_problems(error) == [english_line]


def test_a_path_that_is_no_file_is_refused_in_the_windows_language(qapp, tmp_path: Path) -> None:
    too_large = tmp_path / "large.eot.json"
    too_large.write_bytes(b" " * 1_000_001)
    english_lines = {
        tmp_path: "is a folder, not a regular file; only files are read",
        too_large: "is 1,000,001 bytes; a scenario file may be at most 1,000,000 bytes",
    }
    german_lines = {
        tmp_path: "ist ein Ordner, keine gewöhnliche Datei; gelesen werden nur Dateien",
        too_large: "ist 1.000.001 Bytes groß; eine Szenariodatei darf höchstens 1.000.000 "
        "Bytes groß sein",
    }
    for path, line in english_lines.items():
        with pytest.raises(ScenarioFileError) as caught:
            load_scenario(path)
        use_readable_locale()
        assert caught.value.lines == [line]
        assert file_problems(caught.value) == [line]
        with in_german():
            assert file_problems(caught.value) == [german_lines[path]]


def test_a_file_the_system_cannot_read_says_why_in_the_windows_language(
    qapp, tmp_path: Path
) -> None:
    """The system's reason ('No such file or directory') in German words, by its error number."""
    loop = tmp_path / "loop.eot.json"
    loop.symlink_to(loop)
    plain = tmp_path / "plain.json"
    plain.write_text("{}")
    german_lines = {
        tmp_path / "gone.eot.json": "kann nicht gelesen werden: diese Datei gibt es nicht",
        plain / "inside.eot.json": "kann nicht gelesen werden: ein Teil des Pfads ist kein Ordner",
        loop: "kann nicht gelesen werden: zu viele symbolische Links im Pfad",
    }
    for path, line in german_lines.items():
        with pytest.raises(ScenarioFileError) as caught:
            load_scenario(path)
        use_readable_locale()
        english = caught.value.lines[0]
        assert english.startswith("cannot be read: ") and english != line
        assert file_problems(caught.value) == [english]  # the system's own English, as before
        with in_german():
            assert file_problems(caught.value) == [line]


def test_a_reason_the_window_has_no_words_for_stays_the_systems(german) -> None:
    from desktop_app.core.model.problems import Problem

    odd = Problem(
        "",
        "cannot be read: Stale file handle",
        "cannot_read",
        {"code": 116, "reason": "Stale file handle"},
    )
    assert problem_line(odd) == "kann nicht gelesen werden: Stale file handle"


def _bad_choice(document) -> None:
    document["checklist"]["content_changes"] = "maybe"


CHOICE_ENGLISH = "checklist.content_changes: must be one of 'yes', 'no' or 'unsure', got 'maybe'"


def test_a_choice_among_fixed_values_joins_them_with_oder(german) -> None:
    error = _refused(_bad_choice)
    assert error.lines == [CHOICE_ENGLISH]
    assert file_problems(error) == [
        "checklist.content_changes: muss einer der Werte 'yes', 'no' oder 'unsure' sein, "
        "nicht 'maybe'"
    ]


def test_a_choice_among_fixed_values_keeps_pydantics_english_in_english(english) -> None:
    error = _refused(_bad_choice)
    assert file_problems(error) == error.lines == [CHOICE_ENGLISH]


def _user_file(text: str) -> None:
    user_path().parent.mkdir(parents=True, exist_ok=True)
    user_path().write_text(text, encoding="utf-8")


def _refused_import(source: Path) -> CatalogError:
    with pytest.raises(CatalogError) as caught:
        import_file(source, TODAY)
    return caught.value


PRICE_FILE_CASES = {
    "not_catalog": (
        "user",
        json.dumps({"format": "something-else", "schema_version": 1, "entries": []}),
        "is not an Embed or Tune price catalog (format); nothing was imported",
        "ist kein Preiskatalog von Embed or Tune (format); es wurde nichts importiert",
    ),
    "newer_user_file": (
        "user",
        json.dumps({"format": "embed-or-tune/catalog", "schema_version": 9, "entries": []}),
        "schema_version: is 9: written by a newer Embed or Tune (this one reads up to 1); it "
        "was left as it is; nothing was imported",
        "schema_version: ist 9: von einer neueren Version von Embed or Tune geschrieben (diese "
        "liest bis 1); die Datei blieb unverändert; es wurde nichts importiert",
    ),
    "newer_import": (
        "import",
        json.dumps({"format": "embed-or-tune/catalog", "schema_version": 9, "entries": []}),
        "schema_version: is 9: written by a newer Embed or Tune (this one reads up to 1); it "
        "was left as it is",
        "schema_version: ist 9: von einer neueren Version von Embed or Tune geschrieben (diese "
        "liest bis 1); die Datei blieb unverändert",
    ),
    "damaged_user_file": (
        "user",
        _catalog(_entry("mine/minus", -1)),
        "entry mine/minus: prices.base_model.input_per_1m: must be >= 0, got -1; repair or "
        "delete it first (My Prices shows it); nothing was imported",
        "Eintrag mine/minus: prices.base_model.input_per_1m: muss mindestens 0 sein, nicht -1; "
        "reparieren oder löschen Sie ihn zuerst (Meine Preise zeigt ihn); es wurde nichts "
        "importiert",
    ),
}


@pytest.mark.parametrize("case", PRICE_FILE_CASES)
def test_a_price_file_refused_as_a_whole_says_why_in_the_windows_language(
    case, qapp, home: Path, tmp_path: Path
) -> None:
    where, text, english_line, german_line = PRICE_FILE_CASES[case]
    source = tmp_path / "prices.json"
    if where == "user":
        _user_file(text)
        source.write_text(_catalog(_entry("new/one", 1)), encoding="utf-8")
    else:
        source.write_text(text, encoding="utf-8")
    error = _refused_import(source)
    assert error.lines == [english_line]  # the command line's words
    use_readable_locale()
    assert import_refused(error) == [english_line]
    with in_german():
        assert import_refused(error) == [german_line]


def _write_refusals(tmp_path: Path) -> dict[str, tuple[Path, bytes, dict[str, object]]]:
    """Each way a write is refused before any byte goes out: (target, data, write_file's words)."""
    from desktop_app.core.appdata.scenario_files import scenario_json

    being_read = tmp_path / "open.eot.json"
    being_read.write_text(scenario_json(load_example("support-chatbot")))
    newer = tmp_path / "newer.eot.json"
    newer.write_text('{"format": "embed-or-tune/scenario", "schema_version": 9}')
    catalog = tmp_path / "prices.json"
    catalog.write_text('{"format": "embed-or-tune/catalog", "entries": []}')
    plain = tmp_path / "plain.txt"
    plain.write_text("text")
    return {
        "is a folder; only files are written": (tmp_path, b"x", {}),
        "is a file being read; it was left as it is (write to another file)": (
            being_read,
            b"x",
            {"reading": [being_read]},
        ),
        "holds an Embed or Tune scenario of version 9, written by a newer Embed or Tune; it was "
        "left as it is (write to another file)": (newer, b"x", {"writes": SCENARIO}),
        "holds an Embed or Tune price catalog; it was left as it is (write to another file)": (
            catalog,
            b"x",
            {"writes": SCENARIO},
        ),
        "was not written: the PDF came out incomplete": (
            tmp_path / "cut.pdf",
            b"%PDF-",
            {"kind": "pdf"},
        ),
        "cannot be written: Not a directory": (plain / "inside.csv", b"x", {}),
    }


SCENARIO = "embed-or-tune/scenario"
WRITE_GERMAN = {
    "is a folder; only files are written": "ist ein Ordner; geschrieben werden nur Dateien",
    "is a file being read; it was left as it is (write to another file)": "ist eine Datei, die "
    "gerade gelesen wird; sie blieb unverändert (in eine andere Datei schreiben)",
    "holds an Embed or Tune scenario of version 9, written by a newer Embed or Tune; it was left "
    "as it is (write to another file)": "enthält ein Szenario von Embed or Tune der Version 9, "
    "von einer neueren Version von Embed or Tune geschrieben; die Datei blieb unverändert (in "
    "eine andere Datei schreiben)",
    "holds an Embed or Tune price catalog; it was left as it is (write to another file)": "enthält "
    "einen Preiskatalog von Embed or Tune; die Datei blieb unverändert (in eine andere Datei "
    "schreiben)",
    "was not written: the PDF came out incomplete": "wurde nicht geschrieben: das PDF ist "
    "unvollständig geworden",
    "cannot be written: Not a directory": "kann nicht geschrieben werden: ein Teil des Pfads ist "
    "kein Ordner",
}


def test_a_file_that_cannot_be_written_says_why_in_the_windows_language(
    qapp, tmp_path: Path
) -> None:
    """Every refusal of the one write path has its own German phrase; English stays as it was."""
    from desktop_app.core.appdata.safe_files import FileError, write_file
    from desktop_app.present.problem_words import file_error_line

    refusals = _write_refusals(tmp_path)
    assert set(refusals) == set(WRITE_GERMAN)
    for english, (target, data, options) in refusals.items():
        with pytest.raises(FileError) as caught:
            write_file(target, data, **options)  # type: ignore[arg-type]
        use_readable_locale()
        assert str(caught.value) == f"{target}: {english}"  # the command line's line, as before
        assert file_error_line(caught.value) == str(caught.value)
        with in_german():
            assert file_error_line(caught.value) == f"{target}: {WRITE_GERMAN[english]}"


@pytest.mark.parametrize(
    ("code", "german_reason"),
    [
        (errno.ENOSPC, "auf dem Datenträger ist kein Platz mehr frei"),
        (errno.EDQUOT, "das Speicherkontingent ist aufgebraucht"),
        (errno.EROFS, "der Datenträger ist schreibgeschützt"),
        (errno.EACCES, "keine Berechtigung"),
    ],
)
def test_a_disk_that_refuses_the_bytes_says_why_in_german(
    qapp, tmp_path: Path, monkeypatch, code: int, german_reason: str
) -> None:
    from desktop_app.core.appdata import safe_files
    from desktop_app.present.problem_words import file_error_line

    target = tmp_path / "report.csv"

    def refuse(*args: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(safe_files.os, "write", refuse)
    with pytest.raises(safe_files.FileError) as caught:
        safe_files.write_file(target, b"a,b\n")
    monkeypatch.undo()
    assert str(caught.value) == f"{target}: cannot be written: {os.strerror(code)}"
    with in_german():
        assert file_error_line(caught.value) == (
            f"{target}: kann nicht geschrieben werden: {german_reason}"
        )
    assert not target.exists()


def test_saving_where_the_disk_is_full_says_why_in_german(
    german, window, tmp_path: Path, monkeypatch
) -> None:
    from desktop_app.core.appdata import safe_files

    target = tmp_path / "plan.eot.json"
    shown: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(window, "show_error", lambda title, lines: shown.append((title, lines)))

    def full(*args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(safe_files.os, "write", full)
    assert not window._save_to(target)
    assert shown == [
        (
            "plan.eot.json konnte nicht gespeichert werden",
            ["kann nicht geschrieben werden: auf dem Datenträger ist kein Platz mehr frei"],
        )
    ]


def _growing_fast():
    """support-chatbot without ranges, its queries doubling every month (2**23 times by the end)."""
    from desktop_app.core.model.scenario import Scenario

    document = load_example("support-chatbot").model_dump(mode="json")
    document["uncertainty"] = []
    document["workload"]["monthly_growth_pct"] = 100
    return Scenario.model_validate(document)


TOO_LARGE_INPUTS = (
    "Queries per month = 1,000,000,000,000, Monthly growth % = 100, "
    "Output tokens per query = 280, Instruction tokens = 900, Top k = 5, Chunk tokens = 400, "
    "Price change % per year = 0"
)


def _too_large_at_the_field(queries: float) -> str:
    """What the editor says under Queries per month when `queries` is typed (label first)."""
    from desktop_app.gui.document import ScenarioDocument
    from desktop_app.present.labels import labelled

    problem = ScenarioDocument(_growing_fast()).problem_with("workload.queries_per_month", queries)
    assert problem is not None
    return labelled(problem)


def test_a_result_too_large_names_strategy_component_and_inputs_by_their_labels(english) -> None:
    assert _too_large_at_the_field(1e12) == (
        "Queries per month: the result is too large to show: the total cost of embeddings would "
        "be 1.44e+16 USD (the limit is 1e+15 USD), mostly inference; check these inputs: "
        f"Horizon months = 24, {TOO_LARGE_INPUTS}"
    )
    assert _too_large_at_the_field(1e-300) == (
        "Queries per month: the result is too large to show: the cost per 1,000 queries of "
        "embeddings would be 1.68e+300 USD; the query volume is too small to divide by "
        "(Horizon months = 24, Queries per month = 1e-300, Monthly growth % = 100)"
    )


def test_a_result_too_large_is_refused_in_german(german) -> None:
    assert _too_large_at_the_field(1e12) == (
        "Anfragen pro Monat: das Ergebnis ist zu groß, um es anzuzeigen: die Gesamtkosten von "
        "Embeddings wären 1,44e+16 USD (die Grenze liegt bei 1e+15 USD), vor allem Inferenz; "
        "prüfen Sie diese Eingaben: Zeitraum in Monaten = 24, Anfragen pro Monat = "
        "1.000.000.000.000, Monatliches Wachstum % = 100, Ausgabe-Tokens pro Anfrage = 280, "
        "Tokens der Anweisungen = 900, Top k = 5, Tokens pro Chunk = 400, "
        "Preisänderung % pro Jahr = 0"
    )
    assert "1.000 Anfragen von Embeddings wären 1,68e+300 USD" in _too_large_at_the_field(1e-300)


def test_a_file_whose_result_is_too_large_says_why_in_german(german, tmp_path: Path) -> None:
    from desktop_app.core.appdata.scenario_files import save_scenario
    from desktop_app.gui.document import evaluated_file

    scenario = _growing_fast()
    workload = scenario.workload.model_copy(update={"queries_per_month": 1e12})
    path = tmp_path / "huge.eot.json"
    save_scenario(scenario.model_copy(update={"workload": workload}), path)
    with pytest.raises(ScenarioFileError) as caught:
        evaluated_file(path)
    [line] = file_problems(caught.value)
    assert line.startswith("das Ergebnis ist zu groß, um es anzuzeigen: die Gesamtkosten von ")
    assert "Anfragen pro Monat = 1.000.000.000.000" in line
    [english_line] = caught.value.lines  # the command line's: keys and paths
    assert "the total cost of embeddings would be" in english_line
    assert "workload.queries_per_month = 1000000000000" in english_line


def _failing_analysis():
    """A scenario whose own figures can be shown but whose Monte Carlo samples cannot."""
    from desktop_app.core.model.scenario import Scenario

    document = _growing_fast().model_dump(mode="json")
    document["workload"]["queries_per_month"] = 1e8
    document["uncertainty"] = [
        {"field": "workload.queries_per_month", "low": 1e7, "high": 1e12, "distribution": "uniform"}
    ]
    return Scenario.model_validate(document)


def _failed_status(qtbot, window) -> str:
    with qtbot.waitSignal(window.runner.failed, timeout=20_000):
        window.document.load(_failing_analysis(), None)
    return window.analysis_status.text()


def test_an_analysis_too_large_to_show_says_so_in_the_windows_words(english, qtbot, window) -> None:
    width = window.width()
    status = _failed_status(qtbot, window)
    qtbot.wait(50)  # a layout asking for more room would have widened the window by now
    assert window.width() == width  # the long line wraps instead (it once went off screen)
    assert status.startswith(
        "Analysis failed: the result is too large to show: the total cost of embeddings would be "
    )
    assert "Queries per month = varied" in status and "Error" not in status


def test_an_analysis_too_large_to_show_says_so_in_german(german, qtbot, window) -> None:
    status = _failed_status(qtbot, window)
    assert status.startswith("Analyse fehlgeschlagen: das Ergebnis ist zu groß, um es anzuzeigen: ")
    assert "Anfragen pro Monat = variiert" in status and "Error" not in status


def test_an_analysis_failing_from_a_defect_names_the_error(english) -> None:
    from desktop_app.present.problem_words import failure_words

    assert failure_words(KeyError("hosting")) == "KeyError: 'hosting'"


def _bad_preset_date(document) -> None:
    document["presets"]["embedding_model"]["as_of"] = "1st of August"


def test_a_preset_date_that_is_no_date_is_refused_in_both_languages(qapp) -> None:
    error = _refused(_bad_preset_date)
    assert error.lines == [
        "presets.embedding_model.as_of: must be a date written YYYY-MM-DD, such as 2026-08-01, "
        "got '1st of August'"
    ]
    with in_german():
        assert file_problems(error) == [
            "presets.embedding_model.as_of: muss ein Datum in der Form JJJJ-MM-TT sein, etwa "
            "2026-08-01, nicht '1st of August'"
        ]


WRONG_VALUES = ([], {}, "x", "", None, True, -1, 1.5, [1, 2], {"a": 1}, "2027-13", 10**30)


def _places(node, path=()):
    """Every key and list item of a JSON document, as its path of keys and indexes."""
    if path:
        yield path
    if isinstance(node, dict | list):
        for key, child in node.items() if isinstance(node, dict) else enumerate(node):
            yield from _places(child, (*path, key))


def test_every_problem_of_a_damaged_scenario_file_has_words_of_its_kind() -> None:
    """Any value of the wrong type or range anywhere: the window can word every problem."""
    document = json.loads(_scenario_file(lambda document: None))
    document["events"] = json.loads(
        json.dumps(load_example("content-pipeline").model_dump(mode="json")["events"])
    )
    unworded = set()
    for path in _places(document):
        for wrong in WRONG_VALUES:
            damaged = json.loads(json.dumps(document))
            node = damaged
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = wrong
            try:
                parse_scenario(json.dumps(damaged).encode(), "damaged.eot.json")
            except ScenarioFileError as error:
                assert len(error.problems) == len(error.lines), (path, wrong)
                unworded |= {str(problem) for problem in error.problems if not problem.kind}
    assert not unworded


def test_a_result_too_large_keeps_its_problem_through_pickling() -> None:
    import pickle

    from desktop_app.core.engine.evaluation import evaluate
    from desktop_app.core.engine.overflow import ResultTooLargeError

    workload = _growing_fast().workload.model_copy(update={"queries_per_month": 1e12})
    with pytest.raises(ResultTooLargeError) as caught:
        evaluate(_growing_fast().model_copy(update={"workload": workload}))
    again = pickle.loads(pickle.dumps(caught.value))
    assert again.problem == caught.value.problem and str(again) == str(caught.value)
