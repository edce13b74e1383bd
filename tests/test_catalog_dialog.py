"""The user's own price list, driven as a user would: add, edit, delete, import, export."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox

from desktop_app.core.prices.catalog import ROLES, CatalogEntry, read_catalog, user_path
from desktop_app.core.prices.presets import find
from desktop_app.core.prices.user_catalog import load_catalog, save_user_entries
from desktop_app.gui.dialogs.catalog_dialog import MyPricesDialog
from desktop_app.gui.dialogs.entry_editor import EntryEditor
from desktop_app.gui.dialogs.entry_rules import default_id
from desktop_app.gui.theme import use_readable_locale

FIXTURE = Path(__file__).parent / "fixtures" / "litellm_sample.json"
TODAY = date(2026, 11, 2)
INPUT = "base_model.input_per_1m"
CACHED = "base_model.cached_input_per_1m"
OUTPUT = "base_model.output_per_1m"


@pytest.fixture(autouse=True)
def readable_locale() -> None:
    use_readable_locale()


def negotiated(entry_id: str = "mine/openai-gpt-4.1-mini", output: float = 1.44) -> CatalogEntry:
    return CatalogEntry(
        id=entry_id,
        kind="chat",
        provider="OpenAI",
        name="gpt-4.1-mini",
        prices={INPUT: 0.36, CACHED: None, OUTPUT: output},
        source="Contract with OpenAI, signed 2026-10-01",
        source_date="2026-10-01",
        as_of=date(2026, 10, 1),
        user=True,
    )


@pytest.fixture
def dialog(qtbot) -> MyPricesDialog:
    shown = MyPricesDialog(today=TODAY)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def type_into(qtbot, edit: QLineEdit, text: str) -> None:
    """Replace the text of a field key by key, as a person would."""
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def fill(qtbot, editor: EntryEditor, prices: dict[str, str], kind: str = "chat") -> None:
    editor.kind.setCurrentIndex(editor.kind.findData(kind))
    type_into(qtbot, editor.provider, "OpenAI")
    type_into(qtbot, editor.name, "gpt-4.1-mini")
    for path, text in prices.items():
        type_into(qtbot, editor.price_inputs[path], text)
    type_into(qtbot, editor.source, "Contract with OpenAI, signed 2026-10-01")
    type_into(qtbot, editor.source_date, "2026-10-01")


def table_ids(dialog: MyPricesDialog) -> list[str]:
    return [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]


def test_an_added_entry_is_saved_shown_and_survives_a_restart(qtbot, dialog) -> None:
    editor = dialog.add_entry()
    fill(qtbot, editor, {INPUT: "0.36", OUTPUT: "1.44"})
    assert editor.entry_id.text() == "mine/openai-gpt-4.1-mini"
    with qtbot.waitSignal(dialog.catalog_changed):
        editor.ok_button.click()
    assert table_ids(dialog) == ["mine/openai-gpt-4.1-mini"]
    assert user_path().exists()
    saved = find(load_catalog(), "mine/openai-gpt-4.1-mini")  # a fresh read, as after a restart
    assert saved.user and saved.kind == "chat" and saved.currency == "USD"
    assert saved.prices == {INPUT: 0.36, CACHED: None, OUTPUT: 1.44}
    assert saved.as_of == date(2026, 10, 1)  # taken from the source date
    again = MyPricesDialog(today=TODAY)
    qtbot.addWidget(again)
    assert table_ids(again) == ["mine/openai-gpt-4.1-mini"]


def test_an_empty_price_is_stored_as_not_listed_never_zero(qtbot) -> None:
    editor = EntryEditor(None, set())
    qtbot.addWidget(editor)
    fill(qtbot, editor, {INPUT: "0.36"})
    entry = editor.entry()
    assert entry is not None
    assert entry.prices[CACHED] is None and entry.prices[OUTPUT] is None
    save_user_entries([entry])
    stored = json.loads(user_path().read_text(encoding="utf-8"))["entries"][0]["prices"]
    assert stored[CACHED] is None and stored[OUTPUT] is None


@pytest.mark.parametrize(
    ("kind", "path", "text", "problem"),
    [
        ("chat", INPUT, "-1", "Input per 1M: must be at least 0"),
        ("chat", OUTPUT, "abc", "Output per 1M: must be a number, got 'abc'"),
        ("chat", OUTPUT, "0,5", "Output per 1M: must be a number, got '0,5': ',' groups digits"),
        ("embedding", "retrieval.embedding_dimensions", "1536.5", "must be a whole number"),
    ],
)
def test_an_invalid_price_blocks_ok_and_names_the_field(
    qtbot, dialog, kind: str, path: str, text: str, problem: str
) -> None:
    editor = dialog.add_entry()
    prices = {INPUT: "0.36", path: text} if kind == "chat" else {path: text}
    fill(qtbot, editor, prices, kind)
    with qtbot.assertNotEmitted(dialog.catalog_changed):
        editor.ok_button.click()
    assert editor.isVisible() and editor.result() != QDialog.DialogCode.Accepted
    assert editor.entry() is None
    message = editor.price_rows[path].message
    assert message.isVisible() and problem in message.text()
    assert any(problem in line for line in editor.problems())
    assert not user_path().exists()


def test_required_fields_are_named_when_ok_is_pressed_on_an_empty_form(qtbot) -> None:
    editor = EntryEditor(None, set())
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.checked["source"].message.isVisible()  # nothing shouted before OK
    editor.ok_button.click()
    assert editor.isVisible()
    for key, name in (("provider", "Provider"), ("source", "Source"), ("id", "Id")):
        assert editor.checked[key].message.text().startswith(f"{name}: is required")
    assert "at least one price" in editor.general.text()


@pytest.mark.parametrize(
    ("key", "text", "problem"),
    [  # CatalogEntry's own rules, shown at the field and named by its label
        ("id", "mine\\eu", "Id: must not contain a backslash or control characters"),
        ("id", "ab", "Id: must be at least 3 characters long"),
        ("currency", "US", "Currency: must be a three-letter ISO 4217 code such as USD"),
        ("source", "ab", "Source: must be at least 3 characters long"),
    ],
)
def test_the_entry_editor_checks_through_catalog_entry(qtbot, key, text, problem) -> None:
    editor = EntryEditor(None, set())
    qtbot.addWidget(editor)
    editor.show()
    fill(qtbot, editor, {INPUT: "0.36"})
    edit = {"id": editor.entry_id, "currency": editor.currency, "source": editor.source}[key]
    type_into(qtbot, edit, text)
    editor.ok_button.click()
    assert editor.isVisible() and editor.entry() is None
    assert editor.checked[key].message.text().startswith(problem)
    assert not editor.general.isVisible()  # said at its field, not in a line for the whole
    with pytest.raises(ValidationError):  # the same rule, declared once on the model
        CatalogEntry.model_validate({**negotiated().model_dump(), key: text})


def test_a_duplicate_id_is_refused_but_an_edited_entry_keeps_its_own(qtbot) -> None:
    taken = {"mine/openai-gpt-4.1-mini"}
    editor = EntryEditor(None, taken)
    qtbot.addWidget(editor)
    editor.show()
    fill(qtbot, editor, {INPUT: "0.36"})
    editor.ok_button.click()
    assert editor.isVisible() and editor.entry() is None
    assert editor.checked["id"].message.text() == "Id: already taken by another entry"
    type_into(qtbot, editor.entry_id, "mine/openai-eu")
    assert editor.entry() is not None and editor.entry().id == "mine/openai-eu"

    own = EntryEditor(negotiated(), taken)
    qtbot.addWidget(own)
    assert own.entry() == negotiated()


def test_the_id_follows_provider_and_name_until_typed(qtbot) -> None:
    assert default_id("Azure OpenAI", "GPT-4.1 mini (EU)") == "mine/azure-openai-gpt-4.1-mini-eu"
    editor = EntryEditor(None, set())
    qtbot.addWidget(editor)
    type_into(qtbot, editor.provider, "Azure")
    assert editor.entry_id.text() == "mine/azure"
    type_into(qtbot, editor.entry_id, "mine/my-own-id")
    type_into(qtbot, editor.name, "gpt-4.1")
    assert editor.entry_id.text() == "mine/my-own-id"


def test_changing_the_kind_rebuilds_the_price_fields(qtbot) -> None:
    editor = EntryEditor(None, set())
    qtbot.addWidget(editor)
    for kind in ("embedding", "chat", "fine_tune", "vector_store"):
        editor.kind.setCurrentIndex(editor.kind.findData(kind))
        wanted = [
            path for role_kind, _, paths in ROLES.values() if role_kind == kind for path in paths
        ]
        assert list(editor.price_inputs) == wanted
        assert editor.prices_form.rowCount() == len(wanted)
    assert editor.price_units["retrieval.vector_storage_per_gb_month"].text() == "USD per GB-month"
    type_into(qtbot, editor.currency, "eur")
    assert editor.currency.text() == "EUR"
    assert editor.price_units["retrieval.vector_storage_per_gb_month"].text() == "EUR per GB-month"
    assert editor.price_units["retrieval.write_units_per_kb"].text() == "write units/KB"


def test_a_picked_as_of_date_is_not_overwritten_by_the_source_date(qtbot) -> None:
    editor = EntryEditor(None, set())
    qtbot.addWidget(editor)
    type_into(qtbot, editor.source_date, "2026-08..10")
    assert editor.as_of.date() == QDate(2026, 8, 1)
    editor.as_of.setDate(QDate(2026, 9, 15))
    type_into(qtbot, editor.source_date, "2025")
    assert editor.as_of.date() == QDate(2026, 9, 15)


def test_editing_changes_the_price(qtbot, dialog) -> None:
    save_user_entries([negotiated()])
    dialog.refresh()
    dialog.select("mine/openai-gpt-4.1-mini")
    editor = dialog.edit_entry()
    assert editor is not None
    assert editor.price_inputs[OUTPUT].text() == "1.44"
    type_into(qtbot, editor.price_inputs[OUTPUT], "1.2")
    with qtbot.waitSignal(dialog.catalog_changed):
        editor.ok_button.click()
    mine = [entry for entry in load_catalog() if entry.user]
    assert len(mine) == 1 and mine[0].prices[OUTPUT] == 1.2
    assert mine[0].prices[CACHED] is None
    assert table_ids(dialog) == ["mine/openai-gpt-4.1-mini"]


def test_cancel_changes_nothing(qtbot, dialog) -> None:
    editor = dialog.add_entry()
    fill(qtbot, editor, {INPUT: "0.36"})
    with qtbot.assertNotEmitted(dialog.catalog_changed):
        editor.buttons.button(editor.buttons.StandardButton.Cancel).click()
    assert not user_path().exists() and table_ids(dialog) == []


@pytest.mark.parametrize("confirmed", [True, False])
def test_delete_asks_first(qtbot, dialog, monkeypatch, confirmed: bool) -> None:
    save_user_entries([negotiated(), negotiated("mine/other")])
    dialog.refresh()
    asked: list[str] = []
    monkeypatch.setattr(dialog, "confirm_delete", lambda entry: asked.append(entry.id) or confirmed)
    dialog.select("mine/other")
    with qtbot.waitSignal(dialog.catalog_changed, timeout=200, raising=confirmed):
        dialog.delete_button.click()
    assert asked == ["mine/other"]
    left = sorted(entry.id for entry in load_catalog() if entry.user)
    wanted = (
        ["mine/openai-gpt-4.1-mini"] if confirmed else ["mine/openai-gpt-4.1-mini", "mine/other"]
    )
    assert left == wanted and sorted(table_ids(dialog)) == wanted


def test_edit_and_delete_need_a_selection(dialog) -> None:
    save_user_entries([negotiated()])
    dialog.refresh()
    dialog.table.clearSelection()
    assert not dialog.edit_button.isEnabled() and not dialog.delete_button.isEnabled()
    dialog.select("mine/openai-gpt-4.1-mini")
    assert dialog.edit_button.isEnabled() and dialog.delete_button.isEnabled()


def test_import_adds_the_litellm_sample(qtbot, dialog, monkeypatch) -> None:
    monkeypatch.setattr(dialog, "choose_import_file", lambda: FIXTURE)
    with qtbot.waitSignal(dialog.catalog_changed):
        dialog.import_button.click()
    assert dialog.status.text() == "litellm_sample.json: 3 added, 0 replaced."
    assert len(table_ids(dialog)) == 3
    assert "litellm/text-embedding-3-small" in table_ids(dialog)
    with qtbot.waitSignal(dialog.catalog_changed):
        dialog.import_button.click()
    assert dialog.status.text() == "litellm_sample.json: 0 added, 3 replaced."


def test_a_broken_import_says_why_and_changes_nothing(qtbot, dialog, monkeypatch, tmp_path) -> None:
    save_user_entries([negotiated()])
    before = user_path().read_bytes()
    broken = tmp_path / "broken.json"
    broken.write_text(
        '{"format": "embed-or-tune/catalog", "schema_version": 1, '
        '"entries": [{"id": "x/y", "kind": "gpu"}]}',
        encoding="utf-8",
    )
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *rest: warnings.append(text)
    )
    monkeypatch.setattr(dialog, "choose_import_file", lambda: broken)
    with qtbot.assertNotEmitted(dialog.catalog_changed):
        dialog.import_button.click()
    assert len(warnings) == 1
    assert "Nothing was imported from broken.json" in warnings[0]
    assert "entries[0].kind" in warnings[0]
    assert user_path().read_bytes() == before


def test_a_cancelled_file_choice_does_nothing(qtbot, dialog, monkeypatch) -> None:
    monkeypatch.setattr(dialog, "choose_import_file", lambda: None)
    monkeypatch.setattr(dialog, "choose_export_file", lambda: None)
    with qtbot.assertNotEmitted(dialog.catalog_changed):
        dialog.import_prices()
        dialog.export_prices()
    assert not user_path().exists()


def test_export_writes_a_catalog_file_that_reads_back(qtbot, dialog, monkeypatch, tmp_path) -> None:
    save_user_entries([negotiated(), negotiated("mine/other")])
    dialog.refresh()
    target = tmp_path / "shared" / "prices.json"
    target.parent.mkdir()
    monkeypatch.setattr(dialog, "choose_export_file", lambda: target)
    dialog.export_button.click()
    catalog = read_catalog(target)
    assert [entry.id for entry in catalog.entries] == ["mine/openai-gpt-4.1-mini", "mine/other"]
    assert catalog.entries[0].prices[CACHED] is None
    assert dialog.status.text().startswith("2 entries exported to")


def test_a_damaged_user_file_is_not_overwritten(qtbot, home) -> None:
    user_path().parent.mkdir(parents=True)
    user_path().write_text("{not json", encoding="utf-8")
    shown = MyPricesDialog(today=TODAY)
    qtbot.addWidget(shown)
    assert "cannot be read" in shown.status.text()
    assert not shown.add_button.isEnabled() and not shown.import_button.isEnabled()
    assert user_path().read_text(encoding="utf-8") == "{not json"


def test_widgets_have_accessible_names(qtbot, dialog) -> None:
    editor = dialog.add_entry()
    fill(qtbot, editor, {INPUT: "0.36"})
    assert editor.price_inputs[INPUT].accessibleName() == "Input per 1M (USD per 1M tokens)"
    for widget in (editor.kind, editor.provider, editor.entry_id, editor.as_of, editor.notes):
        assert widget.accessibleName()
    for button in (dialog.add_button, dialog.import_button, dialog.export_button):
        assert button.accessibleName()
    assert dialog.windowTitle() == "My prices"


def test_a_damaged_entry_is_shown_and_can_be_deleted(qtbot, home) -> None:
    save_user_entries([negotiated()])
    text = user_path().read_text(encoding="utf-8")
    damaged = '{"id": "mine/nan", "kind": "chat", "prices": {"base_model.input_per_1m": NaN}}'
    user_path().write_text(text.replace('"entries": [', f'"entries": [{damaged}, '), "utf-8")
    shown = MyPricesDialog(today=TODAY)
    qtbot.addWidget(shown)
    rows = {shown.table.item(row, 0).text(): row for row in range(shown.table.rowCount())}
    assert set(rows) == {"mine/openai-gpt-4.1-mini", "mine/nan"}
    assert shown.table.item(rows["mine/nan"], 1).text() == "Damaged"
    assert "1 of your entries cannot be used" in shown.status.text()
    assert not shown.import_button.isEnabled()  # an import would have to drop it
    shown.table.selectRow(rows["mine/nan"])
    assert shown.delete_button.isEnabled() and not shown.edit_button.isEnabled()
    shown.confirm_delete_damaged = lambda damaged: True
    with qtbot.waitSignal(shown.catalog_changed):
        shown.delete_button.click()
    assert [shown.table.item(row, 0).text() for row in range(shown.table.rowCount())] == [
        "mine/openai-gpt-4.1-mini"
    ]
    assert "NaN" not in user_path().read_text(encoding="utf-8")
    assert shown.import_button.isEnabled()


def test_a_user_file_from_a_newer_version_is_named_and_kept(qtbot, home) -> None:
    user_path().parent.mkdir(parents=True)
    future = '{"format": "embed-or-tune/catalog", "schema_version": 3, "entries": []}'
    user_path().write_text(future, encoding="utf-8")
    shown = MyPricesDialog(today=TODAY)
    qtbot.addWidget(shown)
    assert "written by a newer Embed or Tune" in shown.status.text()
    assert not shown.add_button.isEnabled()
    assert user_path().read_text(encoding="utf-8") == future


def test_an_import_reports_what_was_skipped(qtbot, dialog, monkeypatch, tmp_path) -> None:
    source = tmp_path / "litellm.json"
    source.write_text(
        '{"good": {"input_cost_per_token": 4e-07, "mode": "chat"},'
        ' "bad": {"input_cost_per_token": -1, "mode": "chat"}}',
        encoding="utf-8",
    )
    monkeypatch.setattr(dialog, "choose_import_file", lambda: source)
    with qtbot.waitSignal(dialog.catalog_changed):
        dialog.import_button.click()
    assert dialog.status.text().startswith("litellm.json: 1 added, 0 replaced, 1 skipped:\nbad: ")
    assert [entry.id for entry in dialog.entries()] == ["litellm/good"]


def test_an_edit_in_the_dialog_keeps_an_entry_another_process_added(qtbot, dialog) -> None:
    save_user_entries([negotiated()])
    dialog.refresh()
    save_user_entries([negotiated(), negotiated("mine/from-elsewhere")])  # e.g. a CLI import
    dialog.table.selectRow(0)
    dialog.confirm_delete = lambda entry: True
    dialog.delete_button.click()
    assert [entry.id for entry in dialog.entries()] == ["mine/from-elsewhere"]


def test_a_reranker_of_yours_is_listed_and_edited(qtbot) -> None:
    from desktop_app.core.prices.user_catalog import save_user_entries

    mine = CatalogEntry(
        id="mine/cohere-rerank",
        kind="reranker",
        provider="Cohere",
        name="rerank (negotiated)",
        prices={"retrieval.rerank_per_1k_queries": 1.5},
        source="Contract with Cohere, 2026-10-01",
        source_date="2026-10-01",
        as_of=date(2026, 10, 1),
        user=True,
    )
    save_user_entries([mine])
    shown = MyPricesDialog(today=TODAY)  # a reranker row needs a kind name (no KeyError)
    qtbot.addWidget(shown)
    assert table_ids(shown) == ["mine/cohere-rerank"]
    assert shown.table.item(0, 1).text() == "Reranker"
    editor = EntryEditor(mine, set())
    qtbot.addWidget(editor)
    assert editor.entry() == mine


def test_a_long_problem_wraps_and_the_dialog_keeps_every_label_whole(qtbot) -> None:
    editor = EntryEditor(None, set())
    qtbot.addWidget(editor)
    editor.kind.setCurrentIndex(editor.kind.findData("embedding"))
    editor.show()
    qtbot.waitExposed(editor)
    edit = next(iter(editor.price_inputs.values()))
    type_into(qtbot, edit, "1,5")  # a problem of two lines at the dialog's width
    row = next(iter(editor.price_rows.values()))
    message = row.message
    assert message.isVisible() and "groups digits in threes" in message.text()
    assert editor.minimumSizeHint().width() <= editor.width()  # nothing is squeezed or cut
    assert message.heightForWidth(message.width()) <= message.height()  # every line shows


def test_a_kind_with_fewer_prices_leaves_no_gaps(qtbot) -> None:
    editor = EntryEditor(None, set())
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.kind.setCurrentIndex(editor.kind.findData("vector_store"))
    tall = editor.height()
    editor.kind.setCurrentIndex(editor.kind.findData("reranker"))
    assert editor.height() < tall
    assert editor.height() == editor.sizeHint().height()  # as tall as its rows, no taller


def test_tab_reaches_the_prices_between_the_currency_and_the_source(qtbot) -> None:
    editor = EntryEditor(None, set())
    qtbot.addWidget(editor)
    editor.show()
    editor.kind.setCurrentIndex(editor.kind.findData("reranker"))
    stops, at = [], editor.currency
    while len(stops) < 2:
        at = at.nextInFocusChain()
        if at.focusPolicy() & Qt.FocusPolicy.TabFocus and at.isVisibleTo(editor):
            stops.append(at)
    assert stops == [*editor.price_inputs.values(), editor.source]


def test_the_empty_price_table_shows_when_it_has_the_focus(qtbot, dialog) -> None:
    # with no entries there is no current cell: the table's focus showed nowhere
    from PySide6.QtGui import QPalette

    dialog.activateWindow()
    qtbot.waitActive(dialog)
    table = dialog.table
    highlight = table.palette().color(QPalette.ColorRole.Highlight)
    edge = (0, table.height() // 2)
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(table.hasFocus)
    assert table.grab().toImage().pixelColor(*edge) == highlight
    dialog.add_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(dialog.add_button.hasFocus)
    assert table.grab().toImage().pixelColor(*edge) != highlight
