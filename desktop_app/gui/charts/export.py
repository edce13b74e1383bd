"""Charts out of the window: PNG and SVG files, and the chart view with its context menu.

A chart is laid out at the export size only while it is painted; on screen it stays as it
was. Every file goes through `write_file` (atomic, verified) after it was made in memory.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCharts import QAbstractSeries, QAreaSeries, QChart, QChartView, QXYSeries
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QContextMenuEvent, QCursor, QImage, QPainter
from PySide6.QtWidgets import QFileDialog, QGraphicsScene, QMenu, QMessageBox, QToolTip, QWidget

from desktop_app.core.analyses.help_texts import chart_help
from desktop_app.core.appdata.safe_files import FileError, write_file
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.gui.charts.base import StyledChart
from desktop_app.gui.charts.image_bytes import png_bytes
from desktop_app.gui.theme import mark_focus
from desktop_app.present.numbers import short_number
from desktop_app.present.problem_words import file_error_line

EXPORT_SIZE = QSize(1200, 700)
"""Pixel size of an exported chart: wide enough for a slide or a report page."""
EXPORT_DPI = 96
"""Resolution an SVG is written at: the screen's logical 96 dpi, so text keeps its size."""


@contextmanager
def _chart_in_scene(chart: QChart, size: QSize) -> Iterator[QGraphicsScene]:
    """The chart laid out at `size` in a scene; afterwards its own size and scene are back."""
    # None when the chart is in no scene, though PySide6's stub says it always returns one.
    own_scene: QGraphicsScene | None = chart.scene()
    scene = own_scene if own_scene is not None else QGraphicsScene()
    if own_scene is None:
        scene.addItem(chart)
    old_size = chart.size()
    chart.resize(QSizeF(size))
    chart.layout().activate()  # lay out axes, legend and plot now, not on the next event
    try:
        yield scene
    finally:
        chart.resize(old_size)
        chart.layout().activate()
        if own_scene is None:
            scene.removeItem(chart)


def _render_chart(chart: QChart, painter: QPainter, size: QSize) -> None:
    """Paint the chart at `size` on its background colour, antialiased, into `painter`."""
    target = QRectF(0, 0, size.width(), size.height())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(target, chart.backgroundBrush().color())
    with _chart_in_scene(chart, size) as scene:
        source = chart.mapRectToScene(QRectF(0, 0, size.width(), size.height()))
        scene.render(painter, target, source)


def save_chart_png(chart: QChart, path: Path, size: QSize = EXPORT_SIZE) -> Path:
    """Write the chart as a PNG image of `size` pixels; the path (FileError if not written).

    The chart is laid out at that size only while it is painted: on screen it stays as it was.
    The image is encoded in memory and checked before the file is replaced.
    """
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(chart.backgroundBrush().color())
    painter = QPainter(image)
    try:
        _render_chart(chart, painter, size)
    finally:
        finished = painter.end()
    data = png_bytes(image) if finished else None
    if data is None:
        raise FileError(path, "was not written: the picture could not be made")
    write_file(path, data, kind="png")
    return path


def save_chart_svg(chart: QChart, path: Path, size: QSize = EXPORT_SIZE) -> Path:
    """Write the chart as an SVG drawing (vector lines, real text) of `size` pixels; the path.

    The drawing is made in memory and checked before the file is replaced (FileError if not).
    """
    from PySide6.QtSvg import QSvgGenerator

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setResolution(EXPORT_DPI)
    generator.setTitle(chart.title() or "Chart")
    generator.setDescription("Drawn by Embed or Tune")
    painter = QPainter()
    if not painter.begin(generator):
        raise FileError(path, "was not written: the drawing could not be made")
    try:
        _render_chart(chart, painter, size)
    finally:
        finished = painter.end()
    buffer.close()
    if not finished:
        raise FileError(path, "was not written: the drawing could not be made")
    write_file(path, bytes(data.data()), kind="svg")
    return path


def file_stem(title: str) -> str:
    """A file name from a chart title: 'Cumulative cost by scenario' -> 'cumulative-cost-by-…'."""
    stem = re.sub(r"[^\w]+", "-", title.lower()).strip("-")
    return stem or "chart"


def ask_save_path(
    parent: QWidget | None, caption: str, suggested: str, name_filter: str, suffix: str
) -> Path | None:
    """Ask where to save a file; the chosen path gets `.suffix` if it has none. None: cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, suggested, name_filter)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != f".{suffix}":
        path = path.with_name(f"{path.name}.{suffix}")
    return path


_CHART_EXPORTS: dict[str, tuple[str, Callable[[QChart, Path], Path]]] = {
    "png": (QT_TRANSLATE_NOOP("ChartView", "PNG image (*.png)"), save_chart_png),
    "svg": (QT_TRANSLATE_NOOP("ChartView", "SVG image (*.svg)"), save_chart_svg),
}
"""Per file type: the save dialog's filter and the function that writes the file."""


class ChartView(QChartView):
    """A chart view, antialiased, that shows the exact value under the mouse as a tooltip."""

    def __init__(self, chart: QChart, parent: QWidget | None = None) -> None:
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        mark_focus(self)
        self.setAccessibleName(chart.title() or _chart())  # a view may be given a better one
        self.setWhatsThis(chart_help(type(chart).__name__))
        self.setAccessibleDescription(
            translate(
                "Accessible",
                "Chart: {chart}. Ctrl+Shift+T or the context menu's Show as Table shows its "
                "numbers as a table.",
            ).format(chart=chart.title() or translate("Accessible", "figures"))
        )
        for series in chart.series():
            if isinstance(series, QXYSeries | QAreaSeries):
                series.hovered.connect(
                    lambda point, state, series=series: self._on_hovered(series, point, state)
                )

    def context_menu(self) -> QMenu:
        """The right-click menu: save the chart as a PNG image or an SVG drawing."""
        menu = QMenu(self)
        menu.setAccessibleName(translate("Accessible", "Chart menu"))
        for kind in _CHART_EXPORTS:
            action = menu.addAction(
                translate("ChartView", "Save chart as {0}…").format(kind.upper())
            )
            action.triggered.connect(lambda _=False, kind=kind: self.save_chart_as(kind))
        menu.addSeparator()
        from desktop_app.gui.charts.chart_table import SHOW_AS_TABLE, SHOW_AS_TABLE_KEYS, show_table

        table = menu.addAction(translate("ChartView", SHOW_AS_TABLE))
        table.setShortcut(SHOW_AS_TABLE_KEYS)  # the window's action; shown here as a hint
        table.triggered.connect(lambda: show_table(self.chart(), self.window()))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's spelling
        """Show the context menu at the mouse."""
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    def save_chart_as(self, kind: str) -> Path | None:
        """Ask for a file and save the chart there as 'png' or 'svg'; the path, or None."""
        name_filter, save = _CHART_EXPORTS[kind]
        suggested = f"{file_stem(self.chart().title())}.{kind}"
        title = translate("ChartView", "Save chart as {0}").format(kind.upper())
        path = ask_save_path(self, title, suggested, translate("ChartView", name_filter), kind)
        if path is None:
            return None
        try:
            return save(self.chart(), path)
        except FileError as error:
            QMessageBox.warning(
                self,
                translate("ChartView", "Chart not saved"),
                translate("ChartView", "Could not save the chart.\n{0}").format(
                    file_error_line(error)
                ),
            )
            return None

    def tooltip_text(self, series: QAbstractSeries, point: QPointF) -> str:
        """The tooltip for a point over a series: 'Month 14 · fine-tuning: $12,345'."""
        chart = self.chart()
        if isinstance(chart, StyledChart):
            return chart.point_text(series, point)
        return translate("ChartView", "Month {month} · {series}: {value}").format(
            month=round(point.x()), series=series.name(), value=short_number(point.y())
        )

    def _on_hovered(self, series: QAbstractSeries, point: QPointF, state: bool) -> None:
        """Show the tooltip while the mouse is over a series, hide it when it leaves."""
        if state:
            QToolTip.showText(QCursor.pos(), self.tooltip_text(series, point), self)
        else:
            QToolTip.hideText()


def chart_view(chart: QChart, name: str = "") -> ChartView:
    """A ChartView showing the chart, named for screen readers (`name`, else its title)."""
    view = ChartView(chart)
    view.setAccessibleName(name or chart.title() or _chart())
    return view


def _chart() -> str:
    """What a chart without a title is called for screen readers."""
    return translate("Accessible", "Chart")
