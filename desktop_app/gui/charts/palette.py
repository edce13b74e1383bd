"""The charts' fixed colours and names: one colour per strategy and per cost component.

Each strategy keeps its colour in every chart, in both themes and on the printed sheet; the
backgrounds are plain colours (no theme gradient) so the contrast of every line is known.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen

STRATEGY_COLORS = {
    "embeddings": "#1A80D0",
    "fine_tuning": "#C47A00",
    "hybrid": "#009E73",
    "long_context": "#CC79A7",
}
"""One fixed colour per strategy, the same in every chart and theme, after the Okabe–Ito
palette (blue, orange, bluish green, reddish purple) that is told apart with any colour
vision. Its blue and orange are shifted in lightness so that every line stands out from both
backgrounds by at least 3 : 1 (WCAG's contrast for graphics): against the light background
the four contrast 4.2, 3.4, 3.4 and 3.1 : 1, against the dark one 3.3, 4.0, 4.0 and 4.5 : 1.
(Okabe–Ito's own #0072B2 and #E69F00 reached only 2.7 : 1 on dark and 2.3 : 1 on light.)"""

COMPONENT_COLORS = {
    "embedding": "#4e79a7",
    "vector_store": "#76b7b2",
    "rerank": "#59a14f",
    "inference": "#f28e2b",
    "context_cache": "#ff9da7",
    "training": "#e15759",
    "evaluation": "#edc948",
    "hosting": "#b07aa1",
    "engineering": "#9c9c9c",
    "wrong_answers": "#9d7660",
}
"""One fixed colour per cost component of the stacked monthly chart."""

CHART_BACKGROUNDS = {False: "#ffffff", True: "#2b2d30"}
"""Plain backgrounds (no theme gradient), matching the window's light and dark palettes."""

BAND_ALPHA = {False: 46, True: 64}
"""Opacity (of 255) of an uncertainty band's fill: light enough that the bands can overlap."""


def pen(color: str | QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A pen of a colour, width and style."""
    drawn = QPen(QColor(color))
    drawn.setWidthF(width)
    drawn.setStyle(style)
    return drawn
