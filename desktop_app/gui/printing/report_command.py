"""`embed-or-tune report FILE [FILE...] -o OUT.pdf`: the printed sheet, without a window."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from desktop_app.core.engine.evaluation import Evaluation
from desktop_app.present.sheet_content import MAX_COMPARED


def write_report(
    evaluations: list[Evaluation],
    names: list[str | None],
    target: Path,
    page_size: str,
    reading: Sequence[str] = (),
) -> int:
    """Write the sheet of one evaluated scenario, or the comparison of 2-4, to a PDF; page count.

    `reading`: the scenario files given, which the PDF never replaces.
    """
    if len(evaluations) > MAX_COMPARED:
        raise ValueError(f"compare 2 to {MAX_COMPARED} scenarios, got {len(evaluations)}")
    from PySide6.QtWidgets import QApplication  # Qt only for this command

    from desktop_app.gui.printing.sheet import sheet_items, write_sheet_pdf
    from desktop_app.gui.theme import use_plain_numbers

    if QApplication.instance() is None:
        application = QApplication(["embed-or-tune", "-platform", "offscreen"])
        application.setApplicationName("Embed or Tune")
    use_plain_numbers()  # the command line writes numbers one way, whatever the locale
    items = sheet_items(evaluations, names)
    return write_sheet_pdf(target, items, page_size, reading)
