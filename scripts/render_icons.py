"""Render resources/icons/embed-or-tune.svg to the PNG sizes desktops and bundles use.

QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_icons.py
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> None:
    """Write embed-or-tune-SIZE.png for every size."""
    QGuiApplication([])
    renderer = QSvgRenderer(str(ICONS / "embed-or-tune.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"embed-or-tune-{size}.png"))
        print(f"embed-or-tune-{size}.png")


if __name__ == "__main__":
    main()
