"""The printed sheet read back from its PDF: pages, text, numbers, page sizes, vector charts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.core.appdata.examples import load_example
from desktop_app.core.engine.evaluation import evaluate
from desktop_app.core.model.numbers import money
from desktop_app.gui.printing.sheet import sheet_items, write_sheet_pdf
from desktop_app.gui.theme import use_readable_locale
from desktop_app.launch import main

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
    from desktop_app.gui.printing import sheet

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
        Path(__file__).resolve().parent.parent
        / "resources"
        / "examples"
        / "product-advisor.eot.json"
    )
    assert main(["report", str(example), "-o", str(target), "--page-size", "Letter"]) == 0
    out = capsys.readouterr().out
    pages = int(re.search(r"(\d+) pages", out).group(1))
    reader, text = pdf_text(target)
    assert len(reader.pages) == pages and "E-commerce product advisor" in text


def test_report_command_simulates_each_scenario_once(tmp_path: Path, monkeypatch) -> None:
    from desktop_app.core.engine import evaluation

    runs: list[str] = []
    simulate = evaluation.simulate_scenario

    def counted(scenario):
        runs.append(scenario.name)
        return simulate(scenario)

    monkeypatch.setattr(evaluation, "simulate_scenario", counted)
    argv = ["report", "--example", "support-chatbot", "--example", "ticket-classifier"]
    assert main([*argv, "-o", str(tmp_path / "two.pdf")]) == 0
    assert len(runs) == 2 and len(set(runs)) == 2


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

    from desktop_app.core.appdata.paths import HOME_VARIABLE
    from desktop_app.core.appdata.settings import Settings
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
    column = next(name for name in rows[0] if name.startswith("fine_tuning.total ("))
    totals = [float(row[column]) for row in rows]
    assert totals == pytest.approx(window.document.evaluation.monthly("fine_tuning", "total"))
    window.runner.cancel()
    window.runner.wait(10_000)


def test_sheet_prints_the_presets_with_source_and_date(tmp_path: Path) -> None:
    from desktop_app.core.prices.presets import apply_preset, find
    from desktop_app.core.prices.user_catalog import load_catalog

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


def text_runs(path: Path) -> list[tuple[int, float, float, float, str]]:
    """Every text run of the PDF: page index, left x, baseline y, font size (points), text."""
    runs = []
    for index, page in enumerate(PdfReader(str(path)).pages):

        def visit(text, cm, tm, font, size, index=index):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                runs.append((index, x, y, size * abs(tm[0] * cm[0] + tm[1] * cm[2]), text))

        page.extract_text(visitor_text=visit)
    return runs


def assert_inside_the_printable_area(path: Path, page_size: str) -> None:
    """No text starts outside the margins, nor (at a narrow 0.45 em a glyph) runs past them.

    Where a tall text is cut between pages, Qt draws the paragraph whole and clips it: the line
    just above the cut sits, invisible, above the next page's top margin. Such a hidden copy
    is allowed only if the previous page shows that very line.
    """
    width, height = POINTS[page_size]
    margin = 14.0 * 72 / 25.4  # MARGIN_MM
    runs = text_runs(path)
    assert runs
    shown: dict[int, set[str]] = {}
    for page, _, y, _, text in runs:
        if margin - 1 <= y <= height - margin:
            shown.setdefault(page, set()).add(text)
    for page, x, y, size, text in runs:
        where = f"page {page + 1}: {text!r} at ({x:.1f}, {y:.1f})"
        assert margin - 1 <= x <= width - margin, where
        hidden_copy = height - margin < y < height - margin + size and text in shown.get(
            page - 1, set()
        )
        assert hidden_copy or margin - 1 <= y <= height - margin, where
        assert x + 0.45 * size * len(text) <= width - margin + 2, where


def support_chatbot_sheet(tmp_path: Path, page_size: str = "A4"):
    evaluation = evaluate(load_example("support-chatbot"))  # four strategies, an event
    target = tmp_path / f"support-{page_size}.pdf"
    write_sheet_pdf(target, sheet_items([evaluation], ["support-chatbot.json"]), page_size)
    return evaluation, target, pdf_text(target)[1]


def test_the_sheet_prints_the_events_as_a_table(tmp_path: Path) -> None:
    evaluation, _, text = support_chatbot_sheet(tmp_path)
    event = evaluation.scenario.events[0]
    assert "Events" in text and "Each event happens at the start of its month" in text
    flat = " ".join(text.split())
    assert "2 2027-01 OpenAI closes fine-tuning" in flat  # month, date (start month 2026-12)
    assert "Base model: input per 1M = 0.2" in flat  # labels, not paths
    assert "Fine-tuned model: serving = dedicated replicas" in flat
    assert "Fine-tuned model: replica per hour = 3.99" in flat
    assert "fine_tuned_model." not in flat
    assert event.retrain and not event.re_embed
    assert "Embeddings 8 h Fine-tuning 80 h Hybrid 80 h Long context 8 h" in flat


def test_the_sheet_prints_strategies_serving_replicas_and_feasibility(tmp_path: Path) -> None:
    evaluation, _, text = support_chatbot_sheet(tmp_path)
    flat = " ".join(text.split())
    assert "24 months from 2026-12" in flat
    assert "Strategies compared Embeddings, Fine-tuning, Hybrid, Long context (4)" in flat
    assert "Start month 2026-12 is month 1" in flat
    assert "Base model serving per token" in flat
    peak = evaluation.figure("fine_tuning", "max_replicas")
    assert peak and peak > 0  # the event moves the tuned model to dedicated replicas
    assert f"Dedicated replicas – up to {peak:,.0f} up to" in flat  # a row in the key figures
    assert f"Peak dedicated replicas Fine-tuning up to {peak:,.0f}" in flat
    month = evaluation.figure("long_context", "exceeds_context_from_month")
    assert not evaluation.feasible("long_context") and month == 1
    assert "Long context does not fit the context window from month 1 (2026-12)" in flat
    assert "Hour estimates: Custom hour estimates." in flat
    assert "Corpus tokens 1,200,000 tokens 2,000,000" in flat  # no number broken in a cell


def test_the_sheet_prints_cost_by_component_as_the_engine_adds_it(tmp_path: Path) -> None:
    from desktop_app.core.model.fields import with_values

    scenario = with_values(
        load_example("docs-bot-reranker"), {"long_context.cache_storage_per_1m_per_hour": 0.5}
    )
    evaluation = evaluate(scenario)
    target = tmp_path / "components.pdf"
    write_sheet_pdf(target, sheet_items([evaluation], [None]))
    flat = " ".join(pdf_text(target)[1].split())
    keys = evaluation.strategies
    months = evaluation.scenario.horizon_months
    assert f"Cost by component over {months} months" in flat
    totals = " ".join(money(evaluation.figure(k, "total_cost"), "USD") for k in keys)
    assert f"Total {totals}" in flat  # the components add up to the engine's totals
    for component, title in (("rerank", "Reranker"), ("context_cache", "Context cache")):
        spent = [sum(evaluation.monthly(k, component)) for k in keys]
        assert any(value > 0 for value in spent)
        assert f"{title} " + " ".join(money(v, "USD") for v in spent) in flat
    assert "Training $" not in flat  # a component nobody pays is left out
    assert "Fine-tuned model staleness" not in flat  # no tuned strategy compared


def test_priced_wrong_answers_show_their_count_and_cost(tmp_path: Path) -> None:
    from desktop_app.core.model.fields import with_values

    scenario = with_values(
        load_example("ticket-classifier"), {"quality.cost_per_wrong_answer": 0.5}
    )
    evaluation = evaluate(scenario)
    target = tmp_path / "priced.pdf"
    write_sheet_pdf(target, sheet_items([evaluation], [None]))
    flat = " ".join(pdf_text(target)[1].split())
    keys = evaluation.strategies
    costs = [money(sum(evaluation.monthly(k, "wrong_answers")), "USD") for k in keys]
    counts = [f"{evaluation.figure(k, 'wrong_answer_count'):,.0f}" for k in keys]
    assert "Wrong answers " + " ".join(counts) in flat
    assert "Cost of wrong answers " + " ".join(costs) in flat  # key figures
    assert "Wrong answers " + " ".join(costs) in flat  # cost by component
    unpriced = tmp_path / "unpriced.pdf"
    write_sheet_pdf(unpriced, sheet_items([evaluate(load_example("ticket-classifier"))], [None]))
    assert "Cost of wrong answers" not in pdf_text(unpriced)[1]


def test_dedicated_serving_prints_its_replica_terms(tmp_path: Path) -> None:
    from desktop_app.core.model.fields import with_values

    scenario = with_values(
        load_example("faq-long-context"),
        {"base_model.serving": "dedicated", "base_model.dedicated.replica_per_hour": 3.99},
    )
    target = tmp_path / "dedicated.pdf"
    write_sheet_pdf(target, sheet_items([evaluate(scenario)], [None]))
    flat = " ".join(pdf_text(target)[1].split())
    assert (
        "Base model serving dedicated replicas: $3.99 per replica-hour, 20,000 input and 2,000 "
        "output tokens/s per replica, at least 1, sized for 60% utilisation" in flat
    )
    assert "Fine-tuned model serving" not in flat  # neither strategy that uses it is compared
    assert "● Serving dedicated replicas per token" in flat  # assumptions: value, default
    assert "Fine-tuned model staleness" not in flat  # nor is its staleness chart
    assert "No events" in flat


def test_event_values_are_written_in_the_users_locale(tmp_path: Path) -> None:
    from PySide6.QtCore import QLocale

    from desktop_app.gui.theme import use_locale

    use_locale(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        _, _, text = support_chatbot_sheet(tmp_path)
    finally:
        use_readable_locale()
    flat = " ".join(text.split())
    assert "Fine-tuned model: replica per hour = 3,99" in flat
    assert "input tokens per second = 20.000" in flat


def test_a_comparison_of_different_strategy_sets_lines_up(tmp_path: Path) -> None:
    from desktop_app.present.sheet_content import NOT_COMPARED, sheet_comparison_rows

    names = ["support-chatbot", "faq-long-context", "docs-bot-reranker", "ticket-classifier"]
    evaluations = [evaluate(load_example(name)) for name in names]
    rows = dict(sheet_comparison_rows(evaluations))
    assert all(len(cells) == 4 for cells in rows.values())  # one cell per scenario, always
    assert rows["Strategies compared"][1] == "Embeddings, Long context"
    assert rows["Total cost: hybrid"] == [
        money(evaluations[0].figure("hybrid", "total_cost"), "USD"),
        NOT_COMPARED,
        NOT_COMPARED,
        money(evaluations[3].figure("hybrid", "total_cost"), "USD"),
    ]
    long_context = rows["Total cost: long context"]
    assert long_context[0].endswith("(does not fit)") and long_context[3] == NOT_COMPARED
    assert long_context[1] == money(evaluations[1].figure("long_context", "total_cost"), "USD")
    assert rows["Long prompt exceeds the window from"] == [
        "month 1 (2026-12)",
        "never",
        "month 8 (2027-07)",
        NOT_COMPARED,
    ]
    assert rows["Fine-tuning cheaper than embeddings from"][1] == NOT_COMPARED
    for page_size in ("A4", "Letter"):
        target = tmp_path / f"compare-{page_size}.pdf"
        write_sheet_pdf(target, sheet_items(evaluations, [f"{n}.json" for n in names]), page_size)
        first = " ".join(PdfReader(str(target)).pages[0].extract_text().split())
        assert "not compared" in first and "Cumulative cost by scenario" in first
        assert_inside_the_printable_area(target, page_size)


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_no_text_outside_the_printable_area(tmp_path: Path, page_size: str) -> None:
    _, target, _ = support_chatbot_sheet(tmp_path, page_size)
    assert_inside_the_printable_area(target, page_size)


def test_the_command_line_alone_cannot_print_and_says_so_in_one_line(
    tmp_path: Path, capsys
) -> None:
    from desktop_app.cli.commands import run_command

    target = tmp_path / "report.pdf"
    assert run_command(["report", "--example", "support-chatbot", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "report command prints through the desktop app" in err
    assert not target.exists()
