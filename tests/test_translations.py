"""The window in German: every text translated, the catalogue current, German on screen and paper."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from conftest import ROOT
from german import GERMAN, in_german
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QLocale

from desktop_app.core.appdata.examples import load_example
from desktop_app.core.engine.evaluation import evaluate
from desktop_app.core.i18n import installed, translate
from desktop_app.gui.translations import install_translations, remove_translations
from desktop_app.present.numbers import format_number, parse_number
from desktop_app.present.tables import text_report

CATALOGUE = ROOT / "resources" / "translations" / "embed_or_tune_de.ts"


def messages() -> list[tuple[str, str, ElementTree.Element]]:
    """(context, source, translation element) of every message in the German catalogue."""
    root = ElementTree.parse(CATALOGUE).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.fixture
def german(qapp):
    """The window's German: translations and number marks, undone afterwards."""
    with in_german() as loaded:
        yield loaded


def test_every_message_is_translated() -> None:
    found = messages()
    assert len(found) > 200
    for context, source, translation in found:
        assert translation is not None and translation.get("type") is None, (context, source)
        assert (translation.text or "").strip(), (context, source)


def test_translations_keep_their_placeholders() -> None:
    for context, source, translation in messages():
        fields = sorted(re.findall(r"\{\w*\}", source))
        assert sorted(re.findall(r"\{\w*\}", translation.text or "")) == fields, (context, source)


def test_the_compiled_catalogue_and_the_field_list_are_current() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import update_translations
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert update_translations.stale() == []


def test_german_loads_ours_and_qts_own(german) -> None:
    names = sorted(Path(path).name for path in german)
    assert names == ["embed_or_tune_de.qm", "qtbase_de.qm"]
    assert installed()
    assert translate("Sheet", "Key figures") == "Kennzahlen"
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Ja"  # the standard buttons


def test_english_needs_no_catalogue(qapp) -> None:
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    try:
        loaded = [Path(path).name for path in install_translations(english)]
        assert not [name for name in loaded if name.startswith("embed_or_tune")]
        assert translate("Sheet", "Key figures") == "Key figures"
    finally:
        remove_translations()
    assert not installed()


def test_german_numbers_read_and_write_the_german_way(german) -> None:
    assert parse_number("1,5") == 1.5
    assert parse_number("1.234.567,25") == 1234567.25
    assert format_number(1234.5) == "1.234,5"
    with pytest.raises(ValueError):
        parse_number("1.5")  # a point groups digits in German: never read as a decimal point


def test_the_sheet_speaks_german(german, tmp_path: Path) -> None:
    from desktop_app.gui.printing.sheet import sheet_items, write_sheet_pdf

    evaluation = evaluate(load_example("support-chatbot"))
    target = tmp_path / "blatt.pdf"
    write_sheet_pdf(target, sheet_items([evaluation], ["support-chatbot.json"]), "A4")
    text = "\n".join(page.extract_text() for page in PdfReader(str(target)).pages)
    text = text.replace("\t", " ")
    for heading in ("Kennzahlen", "Gesamtkosten", "Annahmen", "Notizen und Preisquellen"):
        assert heading in text
    assert "Empfehlung: Embeddings" in text
    for english in ("Key figures", "Assumptions", "Total cost", "Recommendation"):
        assert english not in text


def test_the_command_line_stays_english() -> None:
    assert not installed()
    report = text_report(evaluate(load_example("support-chatbot")), width=100)
    assert "Total cost" in report and "Gesamtkosten" not in report


def test_the_window_speaks_german(german, qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QGroupBox, QLabel

    from desktop_app.core.appdata.paths import HOME_VARIABLE
    from desktop_app.core.appdata.settings import Settings
    from desktop_app.gui.main_window import MainWindow

    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path))
    window = MainWindow(Settings(), load_example("support-chatbot"))
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "&Preise", "&Ansicht", "&Hilfe"]
    file_menu = window.menuBar().actions()[0].menu()
    assert "Speichern &unter…" in [action.text() for action in file_menu.actions()]
    window.editor.fill_sections()
    labels = {label.text() for label in window.findChildren(QLabel)}
    boxes = {box.title() for box in window.findChildren(QGroupBox)}
    assert "Szenario" in boxes and "Last" in boxes
    assert "Vergleichen" in labels and "Anfragen pro Monat" in labels
    assert window.summary.verticalHeaderItem(0).text() == "Gesamtkosten"
    assert window.summary.horizontalHeaderItem(0).text().startswith("Embeddings")


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).lower() if found else None


def test_german_menus_keep_one_key_per_entry(german, qtbot, tmp_path: Path, monkeypatch) -> None:
    from desktop_app.core.appdata.paths import HOME_VARIABLE
    from desktop_app.core.appdata.settings import Settings
    from desktop_app.gui.main_window import MainWindow

    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path))
    window = MainWindow(Settings(), load_example("support-chatbot"))
    qtbot.addWidget(window)
    menus = [window.menuBar()] + [a.menu() for a in window.menuBar().actions() if a.menu()]
    for menu in menus:
        keys = [_mnemonic(action.text()) for action in menu.actions() if action.text()]
        keys = [key for key in keys if key]
        assert len(keys) == len(set(keys)), [action.text() for action in menu.actions()]
    tabs = window.tabs
    keys = [_mnemonic(tabs.tabText(index)) for index in range(tabs.count())]
    assert "k" in keys and len(keys) == len(set(keys)), keys


def test_declared_and_moved_texts_speak_german(german) -> None:
    from desktop_app.core.analyses.help_texts import figure_help
    from desktop_app.present.tables import UNCERTAIN_ROWS, uncertain_labels

    assert uncertain_labels() == [
        "Gesamtkosten P10",
        "Gesamtkosten P90",
        "Chance, am günstigsten zu sein",
    ]
    assert UNCERTAIN_ROWS[0] == "Total cost P10"  # the key stays English
    assert figure_help("Gesamtkosten P90") == figure_help("Total cost P90") != ""
    assert translate("WindowFiles", "Saved {0}") == "{0} gespeichert"
    assert translate("WindowExports", "Export PDF") == "PDF exportieren"


def test_the_advice_speaks_german_with_its_figures(german) -> None:
    from desktop_app.present.numbers import localized_prose

    remove_translations()
    plain = evaluate(load_example("support-chatbot")).advice
    install_translations(GERMAN)
    advice = evaluate(load_example("support-chatbot")).advice
    assert advice.recommendation == plain.recommendation
    assert len(advice.reasons) == len(plain.reasons) and advice.reasons != plain.reasons
    costs = next(reason for reason in advice.reasons if reason.startswith("Über 24 Monate: "))
    english_costs = next(reason for reason in plain.reasons if reason.startswith("Over 24 months"))
    assert re.findall(r"\d[\d,.]*", costs) == re.findall(r"\d[\d,.]*", english_costs)
    assert "Embeddings" in costs and " h Pflege" in costs
    assert "Over" not in localized_prose(costs)
    assert any(reason.startswith("Empfohlen: ") for reason in advice.reasons)
    for line in advice.reasons + advice.warnings:
        assert not re.search(r"\b(the|and|because|month)\b", line), line


def test_the_inputs_explain_themselves_in_german(
    german, qtbot, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QRadioButton

    from desktop_app.core.appdata.paths import HOME_VARIABLE
    from desktop_app.core.appdata.settings import Settings
    from desktop_app.gui.editor.inputs import NumberInput
    from desktop_app.gui.main_window import MainWindow

    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path))
    window = MainWindow(Settings(), load_example("support-chatbot"))
    qtbot.addWidget(window)
    window.editor.fill_sections()
    tips = {field.field.path: field.toolTip() for field in window.findChildren(NumberInput)}
    assert tips["workload.queries_per_month"] == "Anfragen im ersten Monat. (Anfragen/Monat)"
    assert tips["effort.setup_hours.hybrid"].endswith("Für die Hybrid-Strategie. (Stunden)")
    radios = {button.text() for button in window.findChildren(QRadioButton)}
    assert {"Ja", "Nein", "Unsicher"} <= radios and not {"Yes", "No", "Unsure"} & radios


def test_the_help_speaks_german_and_the_german_guide_keeps_every_anchor(german) -> None:
    from desktop_app.core.analyses import help_texts

    guide = help_texts.user_guide_html()
    assert "Embed or Tune: Benutzerhandbuch" in guide
    english = (ROOT / "resources" / "help" / "user-guide.html").read_text(encoding="utf-8")
    anchors = re.compile(r'<a (?:name|href)="#?([\w-]+)"')
    assert anchors.findall(guide) == anchors.findall(english) != []
    assert help_texts.first_run_title() == "Dies ist ein Beispiel"
    assert help_texts.first_run_text("Support-Chatbot").startswith("Das Fenster zeigt")
    assert help_texts.figure_help("Gesamtkosten").startswith("Alles, was die Strategie")
    assert help_texts.chart_help("TornadoChart").startswith("Jeder Balken")
    remove_translations()
    assert help_texts.user_guide_html() == english
    assert help_texts.figure_help("Total cost").startswith("Everything the strategy costs")


def test_dates_events_and_undo_steps_speak_german(german) -> None:
    from desktop_app.present.timeline import event_problem, month_axis_labels, month_text

    assert month_axis_labels(36, "2026-12")[:3] == [(2, "Jan 2027"), (8, "Jul"), (14, "Jan 2028")]
    assert [label for _, label in month_axis_labels(6, "2027-03")][:4] == [
        "Mär 2027", "Apr", "Mai", "Jun",
    ]  # fmt: skip
    assert month_text(8, "2027-03") == "Monat 8 (Okt 2027)"
    assert event_problem("events[1].hours.fine_tuning: must be >= 0") == (
        "Ereignis 2, Migrationsstunden (Fine-Tuning): must be >= 0"
    )
    assert translate("ScenarioDocument", "Edit {field}").format(field="Name") == "Name bearbeiten"


def test_preset_warnings_speak_german_and_keep_their_role_first(german) -> None:
    from datetime import date

    from desktop_app.core.model.scenario import Scenario
    from desktop_app.core.prices.presets import apply_preset, preset_warnings
    from desktop_app.core.prices.user_catalog import load_catalog

    entries = load_catalog()
    entry = next(item for item in entries if item.id == "openai/ft:gpt-4o-mini-2024-07-18")
    scenario, _ = apply_preset(Scenario(), "fine_tuned_model", entry)
    (warning,) = preset_warnings(scenario, entries, date(2026, 11, 20))
    assert warning == (
        f"Fine-Tuning-Modell: {entry.name} wird zurückgezogen (keine neuen Aufträge ab "
        f"2027-01-06) und wird am 2027-01-14 abgeschaltet: {entry.availability}"
    )


SAME_IN_GERMAN = {
    "Embeddings", "Hybrid", "Trainings", "Reranker", "Top k", "&Name", "Name", "Status",
    "Letter", "&System", "System", "Monte Carlo", "CSV", "PDF",
    "Embeddings P50", "Embeddings P10–P90", "Hybrid P50", "Hybrid P10–P90",
}  # fmt: skip
"""Texts that read the same in German (product terms, names, a paper size)."""


def _texts_of(widgets, skip=lambda widget: False) -> list[tuple[str, str, str]]:
    """(widget class, which text, text) of every text of `widgets`, in their order."""
    from PySide6.QtCharts import QChartView
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMenu,
        QTableWidget,
        QTabWidget,
    )

    found: list[tuple[str, str, str]] = []
    for widget in widgets:
        kind = type(widget).__name__
        if skip(widget):
            continue
        texts = [("tip", widget.toolTip()), ("what", widget.whatsThis())]
        texts += [
            ("name", widget.accessibleName()),
            ("description", widget.accessibleDescription()),
        ]
        if widget.isWindow():
            texts.append(("title", widget.windowTitle()))
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(("text", widget.text()))
        if isinstance(widget, QLineEdit):
            texts.append(("placeholder", widget.placeholderText()))
        if isinstance(widget, QGroupBox):
            texts.append(("title", widget.title()))
        if isinstance(widget, QTabWidget):
            texts += [("tab", widget.tabText(index)) for index in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [("item", widget.itemText(index)) for index in range(widget.count())]
        if isinstance(widget, QTableWidget):
            headers = [widget.horizontalHeaderItem(c) for c in range(widget.columnCount())]
            headers += [widget.verticalHeaderItem(r) for r in range(widget.rowCount())]
            texts += [("heading", item.text()) for item in headers if item is not None]
        if isinstance(widget, QMenu):
            texts += [("action", action.text()) for action in widget.actions()]
        if isinstance(widget, QChartView):
            texts += _chart_texts(widget.chart())
        found += [(kind, which, text) for which, text in texts]
    return found


def _chart_texts(chart) -> list[tuple[str, str]]:
    """A chart's title, axis titles and legend names (a bar chart's too)."""
    from PySide6.QtCharts import QAbstractBarSeries

    texts = [("chart title", chart.title())]
    texts += [("axis title", axis.titleText()) for axis in chart.axes()]
    for series in chart.series():
        if not any(marker.isVisible() for marker in chart.legend().markers(series)):
            continue  # a helper series (a rule, a point) is never named on screen
        texts.append(("series", series.name()))
        if isinstance(series, QAbstractBarSeries):
            texts += [("bar set", bar_set.label()) for bar_set in series.barSets()]
    return texts


def _window_texts(qapp) -> list[tuple[str, str, str]]:
    """(widget class, which text, text) of every text of a fresh main window, in widget order."""
    from PySide6.QtWidgets import QWidget

    from desktop_app.core.appdata.settings import Settings
    from desktop_app.gui.editor.presets import PresetPicker
    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(Settings(), load_example("support-chatbot"))
    window.editor.fill_sections()
    for index in range(window.tabs.count()):  # each tab makes its chart when first shown
        window.tabs.setCurrentIndex(index)
    window.tabs.setCurrentIndex(0)
    found = _texts_of(
        [window, *window.findChildren(QWidget)],  # catalog entries: names and sources are data
        skip=lambda widget: any(isinstance(up, PresetPicker) for up in _ancestors(widget)),
    )
    window.close()
    window.deleteLater()  # gone, with its analyses, before the language changes
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return found


def _ancestors(widget):
    while widget is not None:
        yield widget
        widget = widget.parentWidget()


def test_no_text_of_the_window_stays_english_in_german(qapp, tmp_path: Path, monkeypatch) -> None:
    from desktop_app.core.appdata.paths import HOME_VARIABLE

    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path))
    english = _window_texts(qapp)
    with in_german():
        german = _window_texts(qapp)
    assert [(kind, which) for kind, which, _ in english] == [(k, w) for k, w, _ in german]
    from desktop_app.core.appdata.examples import example_names

    names = {name.replace("-", " ").capitalize() for name in example_names()}  # file names
    same = {
        (kind, which, text)
        for (kind, which, text), (_, _, shown) in zip(english, german, strict=True)
        if text == shown and re.search(r"[A-Za-z]{3}", text) and text not in SAME_IN_GERMAN | names
    }
    assert not same, sorted(same)


def test_german_texts_keep_the_editor_within_its_panel(
    german, qtbot, tmp_path: Path, monkeypatch
) -> None:
    # German names of the serving and retrain choices and the checklist questions are longer;
    # they made the editor wider than its panel, cutting every field at the right edge
    from desktop_app.core.appdata.paths import HOME_VARIABLE
    from desktop_app.core.appdata.settings import Settings
    from desktop_app.gui.main_window import MainWindow

    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path))
    window = MainWindow(Settings(), load_example("support-chatbot"))
    qtbot.addWidget(window)
    window.resize(1280, 800)  # the screenshot's size
    window.show()
    qtbot.waitExposed(window)
    window.editor.fill_sections()
    editor = window.editor  # a scroll area whose sections are its widget
    assert editor.widget().minimumSizeHint().width() <= editor.viewport().width()


def test_typed_text_is_quoted_in_the_windows_language(qapp) -> None:
    from desktop_app.gui.editor.inputs import quoted

    assert quoted("1.5") == "'1.5'"  # English: as the command line quotes it
    assert quoted("1\t5") == "'1\\t5'"  # a tab shown, not a gap that looks like a space
    with in_german():
        assert quoted("1.5") == "„1.5“"
        assert quoted("1\t5") == "„1\\t5“"
    assert quoted("1.5") == "'1.5'"


def test_the_editors_problem_lines_speak_german(german) -> None:
    from desktop_app.core.model.fields import numeric_field
    from desktop_app.gui.editor.inputs import reading

    queries = numeric_field("workload.queries_per_month")
    assert reading(queries, "-5") == (None, "muss mindestens 0 sein, eingegeben: -5")
    assert reading(queries, "viele")[1].startswith("muss eine Zahl sein, eingegeben: „viele“")
    assert reading(queries, " ") == (None, "Zahl eingeben")


def test_the_editors_problem_lines_stay_english_in_english() -> None:
    from desktop_app.core.model.fields import numeric_field
    from desktop_app.gui.editor.inputs import reading

    queries = numeric_field("workload.queries_per_month")
    assert reading(queries, "-5") == (None, "must be at least 0, got -5")


def _same_in_both(english, german, data=frozenset()) -> set[tuple[str, str, str]]:
    """The texts shown alike in English and German that are words, not data or shared terms."""
    assert [(kind, which) for kind, which, _ in english] == [(k, w) for k, w, _ in german]
    return {
        (kind, which, text)
        for (kind, which, text), (_, _, shown) in zip(english, german, strict=True)
        if text == shown and re.search(r"[A-Za-z]{3}", text) and text not in SAME_IN_GERMAN | data
    }


TODAY = __import__("datetime").date(2026, 11, 2)


def _price_entry(name: str, as_of):
    from desktop_app.core.prices.catalog import CatalogEntry

    return CatalogEntry(
        id=f"mine/openai-{name}",
        kind="chat",
        provider="OpenAI",
        name=name,
        prices={"base_model.input_per_1m": 0.36, "base_model.output_per_1m": None},
        source="Contract with OpenAI",
        source_date=as_of.isoformat(),
        as_of=as_of,
        user=True,
    )


PRICE_DATA = frozenset(
    {"OpenAI", "Contract with OpenAI", "mine/openai-old-rate", "mine/openai-new-rate", "USD"}
)
"""The price entries' own names, ids and sources: data, the same in every language."""


def _catalog_texts(qapp) -> list[tuple[str, str, str]]:
    """Every text of the price list dialog and the entry editor, problems and status included."""
    from datetime import date

    from PySide6.QtWidgets import QWidget

    from desktop_app.core.prices.user_catalog import save_user_entries
    from desktop_app.gui.dialogs.catalog_dialog import MyPricesDialog, _import_report
    from desktop_app.gui.dialogs.entry_editor import EntryEditor

    save_user_entries([_price_entry("old-rate", date(2025, 1, 1))])
    dialog = MyPricesDialog(today=TODAY)
    dialog._save_edit(None, _price_entry("new-rate", date(2026, 10, 1)))
    found = _texts_of([dialog, *dialog.findChildren(QWidget)])
    table = dialog.table
    cells = [table.item(row, column) for row in range(table.rowCount()) for column in (1, 3)]
    found += [("cell", "text", item.text()) for item in cells]  # kind and as-of columns
    found += [("cell", "tip", table.item(0, 0).toolTip())]
    report = type(
        "Report",
        (),
        {"added": 2, "replaced": 1, "skipped": ["x: unreadable"] * 12, "refusals": ()},
    )
    found += [("status", "import", _import_report("prices.json", report))]
    editor = EntryEditor(None, {"mine/openai-old-rate"})
    editor.kind.setCurrentIndex(editor.kind.findData("chat"))
    editor.accept()  # an empty form: every required field says so
    editor.currency.setText("US")
    editor.entry_id.setText("mine/openai-old-rate")
    editor.price_inputs["base_model.input_per_1m"].setText("1,5.0")  # no number in any locale
    editor.price_inputs["base_model.output_per_1m"].setText("1e400")
    editor.check()
    found += _texts_of([editor, *editor.findChildren(QWidget)])
    for each in (editor, dialog):
        each.deleteLater()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return found


def test_no_text_of_the_price_dialogs_stays_english_in_german(qapp) -> None:
    english = _catalog_texts(qapp)
    with in_german():
        german = _catalog_texts(qapp)
    shown = {text for _, _, text in english}
    assert "gpt" not in shown  # (the fixtures' data, not an English text)
    assert any(text.startswith("Input per 1M: must be a number") for text in shown)
    assert any(text.startswith("Id: already taken") for text in shown)
    assert "Chat model (base)" in shown and "new-rate added." in shown
    assert not _same_in_both(english, german, PRICE_DATA), sorted(
        _same_in_both(english, german, PRICE_DATA)
    )
    words = re.compile(r"\b(must|number|got|groups|digits|write|decimals|required|added)\b")
    assert not [text for _, _, text in german if words.search(text)]


def test_the_number_readers_reasons_speak_german(german) -> None:
    from desktop_app.core.model.fields import numeric_field
    from desktop_app.gui.editor.inputs import NUMBER_WORDS, REASON_WORDS, number_reason, reading
    from desktop_app.present.numbers import REASONS, NumberTextError

    assert set(NUMBER_WORDS) == set(REASONS) == set(REASON_WORDS)
    price = numeric_field("base_model.input_per_1m")
    assert reading(price, "0.25")[1] == (
        "muss eine Zahl sein, eingegeben: „0.25“; „.“ trennt hier Dreiergruppen von Ziffern "
        "(1.234), Dezimalstellen mit „,“ schreiben"
    )
    assert (
        reading(price, "1e400")[1]
        == "muss eine Zahl sein, eingegeben: „1e400“; zu groß zum Rechnen"
    )
    assert reading(price, "1e-400")[1].endswith("zu klein zum Rechnen (es würde 0)")
    for kind, english in REASONS.items():
        fields = {"decimal": ",", "group": "."}
        reason = number_reason(NumberTextError(kind, **fields))
        assert reason and reason != english.format(**fields), kind


def test_the_number_readers_reasons_stay_english_in_english() -> None:
    from desktop_app.core.model.fields import numeric_field
    from desktop_app.gui.editor.inputs import number_reason, reading
    from desktop_app.present.numbers import PLAIN, NumberTextError, parse_number

    price = numeric_field("base_model.input_per_1m")
    assert reading(price, "0,92")[1] == (
        "must be a number, got '0,92': ',' groups digits in threes here (1,234); "
        "write decimals with '.'"
    )
    assert reading(price, "1e400")[1] == "must be a number, got '1e400': too large to compute with"
    assert reading(price, "abc")[1] == "must be a number, got 'abc'"
    for text in ("0,92", "1e400", "1e-400", "abc", "%"):
        with pytest.raises(NumberTextError) as raised:
            parse_number(text, PLAIN)
        assert number_reason(raised.value) == str(raised.value)  # the command line's words


def _comparison_texts(qapp) -> list[tuple[str, str, str]]:
    """Every text of the Compare dialog: its table (headings and cells), chart and buttons."""
    from PySide6.QtWidgets import QWidget

    from desktop_app.gui.analysis.comparison import CompareDialog

    evaluations = [evaluate(load_example(name)) for name in ("support-chatbot", "faq-long-context")]
    dialog = CompareDialog(evaluations, ["a.json", "b.json"], None)
    found = _texts_of([dialog, *dialog.findChildren(QWidget)])
    table = dialog.table
    cells = [table.item(r, c) for r in range(table.rowCount()) for c in range(table.columnCount())]
    found += [("cell", "text", item.text()) for item in cells if item is not None]
    found += [("key", "text", entry.full_text) for entry in dialog.chart.key.strategies.values()]
    dialog.deleteLater()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return found


def test_no_text_of_the_compare_dialog_stays_english_in_german(qapp) -> None:
    english = _comparison_texts(qapp)
    with in_german():
        german = _comparison_texts(qapp)
    shown = {text for _, _, text in english}
    assert {"Total cost: embeddings", "24 months", "$29,598", "never"} <= shown
    assert "$29.598" in {text for _, _, text in german}  # the amounts in the locale's marks
    assert not _same_in_both(english, german, frozenset({"a.json", "b.json"})), sorted(
        _same_in_both(english, german, frozenset({"a.json", "b.json"}))
    )


def test_the_comparison_sheet_speaks_german(german) -> None:
    from desktop_app.present.sheet_content import sheet_comparison_rows

    evaluations = [evaluate(load_example(name)) for name in ("support-chatbot", "faq-long-context")]
    rows = dict(sheet_comparison_rows(evaluations))
    assert rows["Zeitraum"] == ["24 Monate", "24 Monate"]
    assert rows["Gesamtkosten: Embeddings"][0] == "$29.598"
    assert "Langer Prompt sprengt das Fenster ab" in rows
    words = re.compile(r"\b(cost|months?|never|compared|cheaper|fit)\b", re.IGNORECASE)
    assert not [
        text for label, cells in rows.items() for text in (label, *cells) if words.search(text)
    ]


def test_the_event_dialogs_refusals_speak_german(german) -> None:
    from desktop_app.gui.editor.events_editor import EventDialog

    dialog = EventDialog(load_example("support-chatbot"), 0)
    row = next(row for row in dialog.settings if row.path == "base_model.input_per_1m")
    row.value.setText("-1")
    dialog.accept()
    assert dialog.error.text() == (
        "Ereignis 1, Basismodell: Eingabe pro 1 Mio.: muss mindestens 0 sein, eingegeben: -1"
    )
    row.value.setText("0.2")  # a point groups digits in German
    dialog.accept()
    assert dialog.error.text().endswith(
        "„.“ trennt hier Dreiergruppen von Ziffern (1.234); Dezimalstellen mit „,“ schreiben"
    )
    row.value.setText("0,2")
    dialog.hours["embeddings"].setText("-8")
    dialog.accept()
    assert dialog.error.text() == (
        "Ereignis 1, Migrationsstunden (Embeddings): muss mindestens 0 sein, eingegeben: -8"
    )
    dialog.deleteLater()


def test_a_reason_that_wraps_onto_one_more_line_while_shown_is_not_cut(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication
    from windows import close_window, open_window

    with in_german():
        shown = open_window(qtbot, monkeypatch, load_example("support-chatbot"))
        shown.resize(1280, 800)  # the size of a screenshot: the editor's fields are 256 px wide
        row = shown.editor.rows["horizon_months"]
        row.input.setFocus()
        for typed in ("1e", "1e400"):  # a reason of two lines, then one of three
            row.input.setText(typed)
            row.input.textEdited.emit(typed)
            QApplication.processEvents()
        message = row.message
        needed = message.heightForWidth(message.width())
        assert needed > message.fontMetrics().lineSpacing() * 2  # three lines
        for _ in range(5):
            QApplication.processEvents()
        assert message.height() >= needed
        assert "zu groß zum Rechnen" in message.text()
        close_window(shown)


def _units_cut(window) -> list[str]:
    """The units of the editor's fields that their label cannot show whole."""
    window.editor.fill_sections()
    cut = []
    for path, row in window.editor.rows.items():
        label = row.unit
        width = label.contentsRect().width()
        words_fit = all(
            label.fontMetrics().horizontalAdvance(word) <= width for word in label.text().split()
        )
        lines_fit = label.heightForWidth(label.width()) <= label.height()
        if not (label.wordWrap() and words_fit and lines_fit):
            cut.append(f"{path}: {label.text()!r}")
    return cut


def _editor_units_cut(qtbot, tmp_path: Path, monkeypatch) -> list[str]:
    from desktop_app.core.appdata.paths import HOME_VARIABLE
    from desktop_app.core.appdata.settings import Settings
    from desktop_app.gui.main_window import MainWindow

    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path))
    window = MainWindow(Settings(), load_example("support-chatbot"))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return _units_cut(window)


def test_every_unit_in_the_editor_is_shown_whole(qapp, qtbot, tmp_path: Path, monkeypatch) -> None:
    # 'USD per 1M read units' was cut to 'USD per 1M read un' by the fixed unit column
    assert _editor_units_cut(qtbot, tmp_path, monkeypatch) == []


def test_every_unit_in_the_german_editor_is_shown_whole(
    german, qtbot, tmp_path: Path, monkeypatch
) -> None:
    assert _editor_units_cut(qtbot, tmp_path, monkeypatch) == []  # 'USD pro 1 Mio. Toker'


@pytest.mark.parametrize("language", ["English", "German"])
def test_the_guide_names_the_analysis_tabs_as_the_window_does(language, qapp) -> None:
    from desktop_app.core.analyses import help_texts

    if language == "German":
        install_translations(GERMAN)
    try:
        guide = help_texts.user_guide_html()
        for tab in ("Sens&itivity", "Decision &map"):
            title = translate("ChartTabs", tab).replace("&", "")  # "Karte" in German
            assert re.search(rf">{re.escape(title)}</a>", guide), title  # the contents link
            assert re.search(rf"</a>{re.escape(title)}\b", guide), title  # the heading
    finally:
        remove_translations()


def test_the_sheets_ranges_name_their_distribution_in_german(german) -> None:
    from desktop_app.present.sheet_assumptions import assumptions_html

    scenario = load_example("content-pipeline")  # ranges: triangular and PERT
    html = assumptions_html(scenario, "Last", ("workload.",))
    assert "(dreieckig)" in html and "(PERT)" in html and "(triangular)" not in html
