"""The printed sheet read back from its PDF: pages, text, numbers, page sizes, vector charts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.cli import main
from desktop_app.core.evaluation import evaluate
from desktop_app.core.examples import load_example
from desktop_app.core.numbers import money
from desktop_app.gui.sheet import sheet_items, write_sheet_pdf
from desktop_app.gui.theme import use_readable_locale

POINTS = {"A4": (595, 842), "Letter": (612, 792)}


@pytest.fixture(autouse=True)
def readable_locale(qapp) -> None:
    use_readable_locale()


def pdf_text(path: Path) -> tuple[PdfReader, str]:
    """The PDF's text as a reader sees it (Qt places words apart; pypdf reads tabs between)."""
    reader = PdfReader(str(path))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return reader, text.replace("\t", " ").replace("ﬁ", "fi").replace("ﬂ", "fl")


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_one_scenario_sheet_tells_the_whole_story(tmp_path: Path, page_size: str) -> None:
    evaluation = evaluate(load_example("support-chatbot"))
    target = tmp_path / "sheet.pdf"
    pages = write_sheet_pdf(target, sheet_items([evaluation], ["support-chatbot.json"]), page_size)
    reader, text = pdf_text(target)
    assert len(reader.pages) == pages >= 3
    width, height = (round(float(v)) for v in reader.pages[0].mediabox.upper_right)
    assert (width, height) == POINTS[page_size]
    assert "Support chatbot" in text
    for title in ("Embeddings", "Fine-tuning", "Hybrid"):
        assert title in text
    for key in ("embeddings", "fine_tuning", "hybrid"):
        assert money(evaluation.figure(key, "total_cost"), "USD") in text  # totals = engine's
    assert "Recommendation: embeddings" in text
    assert "Total cost P10" in text and "Chance of being cheapest" in text  # it has ranges
    assert "Notes and price sources" in text and "captured 2026" in text
    assert f"page {pages} of {pages}" in text and "support-chatbot.json" in text
    for page in reader.pages:
        assert not page.images, "charts are vector drawings, not pictures"


def test_fonts_are_embedded_and_text_is_real(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    write_sheet_pdf(target, sheet_items([evaluate(load_example("ticket-classifier"))], [None]))
    data = target.read_bytes()
    assert b"/FontFile2" in data  # TrueType fonts embedded
    _, text = pdf_text(target)
    assert "Support ticket classifier" in text


def test_changed_inputs_are_marked_with_their_defaults(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    write_sheet_pdf(target, sheet_items([evaluate(load_example("ticket-classifier"))], [None]))
    _, text = pdf_text(target)
    # mark, label, value, unit, default: one row of the assumptions table
    assert re.search(r"●\s+Queries per month\s+3,000,000\s+queries/month\s+50,000", text)
    assert not re.search(r"●\s+Epochs", text)  # unchanged inputs carry no mark


def test_a_failed_write_leaves_no_trace_and_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    from desktop_app.gui import sheet

    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")

    def broken(device, items):
        raise OSError("disk full")

    monkeypatch.setattr(sheet, "paint_sheet", broken)
    with pytest.raises(OSError, match="disk full"):
        write_sheet_pdf(target, sheet_items([evaluate(load_example("ticket-classifier"))], [None]))
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]


def test_report_command_writes_a_sheet(tmp_path: Path, capsys) -> None:
    target = tmp_path / "report.pdf"
    example = (
        Path(__file__).resolve().parent.parent / "resources" / "examples" / "product-advisor.json"
    )
    assert main(["report", str(example), "-o", str(target), "--page-size", "Letter"]) == 0
    out = capsys.readouterr().out
    pages = int(re.search(r"(\d+) pages", out).group(1))
    reader, text = pdf_text(target)
    assert len(reader.pages) == pages and "E-commerce product advisor" in text


def test_report_refuses_five_scenarios(tmp_path: Path, capsys) -> None:
    argv = ["report", "-o", str(tmp_path / "x.pdf")]
    for name in [
        "support-chatbot",
        "documentation-bot",
        "product-advisor",
        "ticket-classifier",
        "content-pipeline",
    ]:
        argv += ["--example", name]
    assert main(argv) == 2  # usage: counted before any file is read
    assert "or 2 to 4 to compare (files and --example NAME), got 5" in capsys.readouterr().err


def test_a_four_scenario_comparison_fits_on_its_first_page(tmp_path: Path) -> None:
    names = ["support-chatbot", "ticket-classifier", "content-pipeline", "internal-knowledge-tool"]
    evaluations = [evaluate(load_example(name)) for name in names]
    target = tmp_path / "compare.pdf"
    write_sheet_pdf(target, sheet_items(evaluations, [f"{n}.json" for n in names]), "Letter")
    reader = PdfReader(str(target))
    first = reader.pages[0].extract_text().replace("\t", " ").replace("ﬁ", "fi")
    assert "Comparison of 4 scenarios" in first
    for evaluation in evaluations:
        assert evaluation.scenario.name.split()[0] in first
        for key in ("embeddings", "fine_tuning", "hybrid"):
            assert money(evaluation.figure(key, "total_cost"), "USD") in first
    assert "Cumulative cost by scenario" in first
    assert not reader.pages[0].images


def test_window_exports_pdf_and_csv(qtbot, tmp_path: Path, monkeypatch) -> None:
    import csv
    import io

    from desktop_app.core.paths import HOME_VARIABLE
    from desktop_app.core.settings import Settings
    from desktop_app.gui.main_window import MainWindow

    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "home"))
    window = MainWindow(Settings(), load_example("ticket-classifier"))
    qtbot.addWidget(window)
    targets = iter([tmp_path / "out.pdf", tmp_path / "out.csv"])
    monkeypatch.setattr(window, "_ask_save_path", lambda *args: next(targets))
    window.export_pdf()
    reader, text = pdf_text(tmp_path / "out.pdf")
    assert "Support ticket classifier" in text and len(reader.pages) >= 3
    window.export_csv()
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text())))
    totals = [float(row["fine_tuning.total"]) for row in rows]
    assert totals == pytest.approx(window.document.evaluation.monthly("fine_tuning", "total"))
    window.runner.cancel()
    window.runner.wait(10_000)


def test_sheet_prints_the_presets_with_source_and_date(tmp_path: Path) -> None:
    from desktop_app.core.catalog import apply_preset, find, load_catalog

    scenario, _ = apply_preset(
        load_example("support-chatbot"),
        "fine_tuned_model",
        find(load_catalog(), "mistral/ft:mistral-small"),
    )
    target = tmp_path / "presets.pdf"
    write_sheet_pdf(target, sheet_items([evaluate(scenario)], [None]))
    _, text = pdf_text(target)
    assert "Prices from the catalog" in text and "ft:mistral-small" in text
    assert "2024-12-22" in text and "months old" in text
