"""The printed comparison sheet: PDF, print and print preview share one painter.

The sheet is a column of blocks (rich text laid out by QTextDocument, charts drawn by the same
chart classes as the window, through a QGraphicsScene, so both stay vector) placed on pages:
a block that does not fit goes whole to the next page (tables stay with their headings), and
only text taller than a page is cut, between lines. Pages are laid out first, then painted, so
that every footer can say "page N of M".
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCharts import QChart
from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QGraphicsScene

from desktop_app import APP_NAME, __version__
from desktop_app.core.analyses.monte_carlo import UncertaintyResult, run_monte_carlo
from desktop_app.core.appdata.safe_files import write_file
from desktop_app.core.engine.evaluation import Evaluation
from desktop_app.core.i18n import translate
from desktop_app.core.prices.currency import DisplayCurrency
from desktop_app.gui.charts.base import apply_theme
from desktop_app.present.labels import currency_note
from desktop_app.present.sheet_content import (
    SheetItem,
)

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 14.0
FONT_POINTS = 8.5
CHART_ASPECT = 0.48  # height / width of a chart on the page
CHART_LOGICAL_WIDTH = 760.0  # charts are laid out at this many screen pixels, then scaled
GAP_POINTS = 8.0
SHEET_SAMPLES = 10_000
"""Samples of the sheet's own runs: of files the window does not show (`report`, comparisons)."""

Draw = Callable[[QPainter, QRectF, float], None]  # painter, target, offset into the block


@dataclass
class Block:
    """Something to place: its height in device pixels and how to draw (part of) it."""

    height: float
    draw: Draw
    breaks: list[float] | None = None  # y positions where it may be cut (text lines)
    new_page: bool = False  # start on a fresh page


@dataclass
class Placed:
    """A piece of a block on a page."""

    block: Block
    top: float  # on the page
    offset: float  # into the block
    height: float


class Sheet:
    """Lays out and paints sheets on one paged device (PDF writer or printer)."""

    def __init__(self, device: QPdfWriter | QPrinter) -> None:
        self.device = device
        self.dpi = device.resolution()
        layout = device.pageLayout()
        self.page = layout.paintRectPixels(self.dpi).toRectF()
        self.body = QRectF(0, 0, self.page.width(), self.page.height() - self._points(16))
        self.font = QFont()
        self.font.setPointSizeF(FONT_POINTS)

    def _points(self, points: float) -> float:
        return points * self.dpi / 72.0

    # blocks -----------------------------------------------------------------------------

    def text(self, html: str, new_page: bool = False) -> Block:
        """Rich text across the page width."""
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self.device)
        document.setDefaultFont(self.font)
        document.setDefaultStyleSheet(
            "h1 { font-size: 17pt; } h2 { font-size: 11.5pt; margin-top: 6px; } "
            "h3 { font-size: 9.5pt; margin-top: 4px; } th { background: #eef1f5; } "
            "li { margin-bottom: 1px; } td, th { padding-left: 5px; padding-right: 5px; }"
        )
        # Width and margin first: set after the HTML, each lays the whole text out again.
        document.setTextWidth(self.body.width())
        document.setDocumentMargin(0)
        document.setHtml(html)

        def draw(painter: QPainter, target: QRectF, offset: float) -> None:
            painter.save()
            painter.translate(target.topLeft() - QPointF(0, offset))
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, offset, target.width(), target.height())
            painter.setClipRect(context.clip)
            document.documentLayout().draw(painter, context)
            painter.restore()

        return Block(document.size().height(), draw, _line_breaks(document), new_page)

    def chart(self, chart: QChart, aspect: float = CHART_ASPECT) -> Block:
        """A chart across the page width, drawn as vectors."""
        apply_theme(chart, dark=False)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        width = self.body.width()
        logical = QSizeF(CHART_LOGICAL_WIDTH, CHART_LOGICAL_WIDTH * aspect)
        scene = QGraphicsScene()
        scene.addItem(chart)
        chart.resize(logical)
        scene.setSceneRect(QRectF(QPointF(0, 0), logical))

        def draw(painter: QPainter, target: QRectF, _offset: float) -> None:
            scene.render(painter, target, scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

        block = Block(width * aspect, draw)
        block.keep = (scene, chart)  # type: ignore[attr-defined]  # alive until painted
        return block

    def gap(self, points: float = GAP_POINTS) -> Block:
        """Empty space."""
        return Block(self._points(points), lambda painter, target, offset: None)

    # pages ------------------------------------------------------------------------------

    def paginate(self, blocks: list[Block]) -> list[list[Placed]]:
        """Place blocks on pages, top to bottom."""
        pages: list[list[Placed]] = [[]]
        y = 0.0
        room = self.body.height()
        for block in blocks:
            if block.new_page and pages[-1]:
                pages.append([])
                y = 0.0
            offset = 0.0
            while offset < block.height - 0.5:
                left = block.height - offset
                if left <= room - y:
                    pages[-1].append(Placed(block, y, offset, left))
                    y += left
                    break
                fits_a_page = left <= room
                cut = None if fits_a_page and pages[-1] else _cut(block, offset, room - y)
                if cut is None:  # kept together, or nothing fits here: next page
                    if not pages[-1]:  # a block taller than a page and with no breaks
                        cut = offset + room
                    else:
                        pages.append([])
                        y = 0.0
                        continue
                pages[-1].append(Placed(block, y, offset, cut - offset))
                offset = cut
                pages.append([])
                y = 0.0
        return [page for page in pages if page]

    def paint(self, pages: list[list[Placed]], footer: str) -> None:
        """Paint laid-out pages onto the device, with a footer on each."""
        painter = QPainter()
        if not painter.begin(self.device):
            raise OSError("cannot paint on the page (is the file writable?)")
        try:
            for number, page in enumerate(pages, start=1):
                if number > 1:
                    self.device.newPage()
                for placed in page:
                    target = QRectF(0, placed.top, self.body.width(), placed.height)
                    placed.block.draw(painter, target, placed.offset)
                page_text = translate("Sheet", "page {number} of {count}")
                page_text = page_text.format(number=number, count=len(pages))
                self._footer(painter, footer, f" · {page_text}")
        except BaseException:
            painter.end()
            raise
        if not painter.end():
            raise OSError("the pages could not be finished")

    def _footer(self, painter: QPainter, text: str, page: str) -> None:
        """The file name(s) (shortened in the middle if long) and the page number."""
        font = QFont(self.font)
        font.setPointSizeF(7.5)
        painter.setFont(font)
        painter.setPen(QColor("#666666"))
        rect = QRectF(0, self.page.height() - self._points(11), self.body.width(), self._points(11))
        metrics = QFontMetricsF(font, self.device)
        room = rect.width() - metrics.horizontalAdvance(page)
        text = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, room) + page
        painter.drawLine(rect.topLeft(), rect.topRight())
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, text)


def _line_breaks(document: QTextDocument) -> list[float]:
    """The places a tall text may be cut between pages: line bottoms that cut nothing.

    A table row is kept whole (its cells are drawn whole, so a row cut in two would leave a
    hidden copy of its lines in the PDF, and its cells' lines need not line up).
    """
    layout = document.documentLayout()
    spans: dict[object, tuple[float, float]] = {}  # a table row or a line: its extent
    bottoms = []
    block = document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        cursor = QTextCursor(block)
        table = cursor.currentTable()
        row = (id(table), table.cellAt(cursor).row()) if table is not None else None
        for index in range(text_layout.lineCount()):
            line = text_layout.lineAt(index)
            extent = (top + line.y(), top + line.y() + line.height())
            bottoms.append(extent[1])
            key = row if row is not None else (block.position(), index)
            low, high = spans.get(key, extent)
            spans[key] = (min(low, extent[0]), max(high, extent[1]))
        block = block.next()
    inside = sorted(spans.values())
    tops = sorted(t for t, _ in inside)
    breaks = set()
    for y in bottoms:
        if any(t + 0.5 < y < b - 0.5 for t, b in inside if t < y):
            continue
        below = [t for t in tops if t >= y - 0.5]
        # halfway to the next line: past this row's cell padding, before the next row's
        breaks.add((y + below[0]) / 2 if below else y)
    return sorted(breaks)


def _cut(block: Block, offset: float, room: float) -> float | None:
    """The lowest line end of `block` within [offset, offset + room], or None."""
    if not block.breaks:
        return None
    fitting = [y for y in block.breaks if offset < y <= offset + room]
    return fitting[-1] if fitting else None


def sheet_items(
    evaluations: list[Evaluation],
    files: list[str | None],
    display: DisplayCurrency | None = None,
    window_runs: Sequence[UncertaintyResult | None] = (),
    samples: int = SHEET_SAMPLES,
) -> list[SheetItem]:
    """Sheet items, each with its Monte Carlo run when its scenario has ranges.

    `window_runs`: the runs the window shows, one per leading evaluation (None: not arrived yet);
    the sheet prints those, and runs only the missing ones, at `samples` (the window's count,
    so that a run still under way in the window gives the same figures). Evaluations already
    in a display currency (see core/prices/currency.py) are noted as such.
    """
    items = []
    for index, (evaluation, file) in enumerate(zip(evaluations, files, strict=True)):
        scenario = evaluation.scenario
        uncertainty = window_runs[index] if index < len(window_runs) else None
        if uncertainty is None and scenario.uncertainty:
            uncertainty = run_monte_carlo(scenario, samples)
        shown = display is not None and scenario.currency == display.target != display.source
        note = currency_note(display) if shown and display is not None else None
        rate = display.rate if shown and display is not None else 1.0
        items.append(SheetItem(evaluation, uncertainty, file, note, rate))
    return items


def paint_sheet(device: QPdfWriter | QPrinter, items: list[SheetItem]) -> int:
    """Lay out and paint the sheet of one scenario, or a comparison of several; page count."""
    from desktop_app.gui.printing.sheet_scenario import scenario_blocks  # it imports this one

    sheet = Sheet(device)
    blocks: list[Block] = []
    if len(items) > 1:
        from desktop_app.gui.printing.sheet_comparison import comparison_blocks

        blocks += comparison_blocks(sheet, items)
    for index, item in enumerate(items):
        blocks += scenario_blocks(sheet, item, first=index == 0 and len(items) == 1)
    pages = sheet.paginate(blocks)
    files = [item.file_name for item in items if item.file_name]
    footer = f"{', '.join(files) or items[0].scenario.name} · {APP_NAME} {__version__}"
    sheet.paint(pages, footer)
    return len(pages)


def page_layout(page_size: str) -> QPageLayout:
    """Portrait A4 or Letter with the sheet's margins."""
    return QPageLayout(
        QPageSize(PAGE_SIZES[page_size]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def write_sheet_pdf(
    path: Path,
    items: list[SheetItem],
    page_size: str = "A4",
    reading: Iterable[str | os.PathLike[str]] = (),
) -> int:
    """Write the sheet as a PDF (vector charts, selectable text); page count.

    The PDF is made in memory, checked whole (what Qt reports, `%PDF-` to `%%EOF`) and only then
    written through the one safe path, never over a file in `reading`: a failure keeps the old
    file as it was.
    """
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout(page_size))
    writer.setResolution(300)
    writer.setTitle(", ".join(item.scenario.name for item in items))
    writer.setCreator(f"{APP_NAME} {__version__}")
    pages = paint_sheet(writer, items)
    del writer  # finishes the document
    buffer.close()
    write_file(path, bytes(buffer.data().data()), reading=reading, kind="pdf")
    return pages
