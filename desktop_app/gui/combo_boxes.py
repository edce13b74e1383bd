"""Combo boxes whose long names are cut, so that a long name never widens its panel."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def cut_long_names(combo: QComboBox, characters: int) -> None:
    """Make `combo` as wide as `characters` characters, whatever its names; longer ones are cut.

    By default a combo box is as wide as its longest name: a catalog entry's name or a German
    text would widen the editor or the decision map's panel beyond the window. The open list
    still shows every name whole.
    """
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
