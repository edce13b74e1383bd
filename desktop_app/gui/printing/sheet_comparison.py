"""The first page of a comparison sheet: the scenarios side by side."""

from __future__ import annotations

from desktop_app.core.i18n import translate
from desktop_app.gui.analysis.comparison import ComparisonChart
from desktop_app.gui.printing.sheet import Block, Sheet
from desktop_app.present.sheet_content import (
    SheetItem,
    comparison_title_html,
    mixed_currency_note,
    sheet_comparison_rows,
)
from desktop_app.present.sheet_html import escape, table_html


def comparison_blocks(sheet: Sheet, items: list[SheetItem]) -> list[Block]:
    """Title, side-by-side table and overlaid cumulative chart of 2-4 scenarios."""
    evaluations = [item.evaluation for item in items]
    names = [item.file_name or item.scenario.name for item in items]
    chart = ComparisonChart(evaluations, names)
    return [
        sheet.text(comparison_title_html(items)),
        sheet.gap(),
        sheet.text(
            f"<h2>{translate('Sheet', 'Side by side')}</h2>"
            + table_html(
                sheet_comparison_rows(evaluations),
                [item.scenario.name for item in items],
                first_width=24,
            )
        ),
        sheet.gap(),
        sheet.chart(chart, aspect=0.5),
        *_currency_note(sheet, [item.scenario.currency for item in items]),
    ]


def _currency_note(sheet: Sheet, currencies: list[str]) -> list[Block]:
    note = mixed_currency_note(currencies)
    return [] if note is None else [sheet.text(f"<p><b>{escape(note)}</b></p>")]
