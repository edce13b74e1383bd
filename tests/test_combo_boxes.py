"""Combo boxes cut long names instead of widening their panel: one rule, used everywhere."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from desktop_app.gui.combo_boxes import cut_long_names

LONG = "Feinabgestimmtes Modell: dedizierte Bereitstellung mit Replikaten " * 3


def _combo(qtbot, names: list[str], characters: int | None) -> QComboBox:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(names)
    if characters is not None:
        cut_long_names(combo, characters)
    return combo


def test_a_long_name_does_not_widen_the_combo_box(qtbot) -> None:
    short = _combo(qtbot, ["Per token"], 16)
    long = _combo(qtbot, ["Per token", LONG], 16)
    assert long.sizeHint().width() == short.sizeHint().width()
    assert long.minimumSizeHint().width() == short.minimumSizeHint().width()
    uncut = _combo(qtbot, ["Per token", LONG], None)  # Qt's default: as wide as the longest
    assert uncut.sizeHint().width() > 2 * long.sizeHint().width()


def test_the_width_follows_the_characters_asked_for(qtbot) -> None:
    narrow = _combo(qtbot, [LONG], 16)
    wide = _combo(qtbot, [LONG], 24)
    assert wide.sizeHint().width() > narrow.sizeHint().width()


def test_every_picker_with_long_names_cuts_them(qtbot, tmp_path, monkeypatch) -> None:
    from desktop_app.core.appdata.examples import load_example
    from desktop_app.core.appdata.paths import HOME_VARIABLE
    from desktop_app.core.appdata.settings import Settings
    from desktop_app.gui.analysis.decision_map_panel import DecisionMapPanel
    from desktop_app.gui.editor.presets import PresetPicker
    from desktop_app.gui.editor.serving import ServingPicker
    from desktop_app.gui.main_window import MainWindow

    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path))
    window = MainWindow(Settings(), load_example("support-chatbot"))
    qtbot.addWidget(window)
    window.editor.fill_sections()
    panel = DecisionMapPanel()
    qtbot.addWidget(panel)
    cut = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    pickers = {
        "presets": [picker.combo for picker in window.findChildren(PresetPicker)],
        "serving": window.findChildren(ServingPicker),
        "retrain": [window.editor.policy],
        "map axes": [panel.x_picker.combo, panel.y_picker.combo],
    }
    for where, combos in pickers.items():
        assert combos, where
        assert all(combo.sizeAdjustPolicy() == cut for combo in combos), where
        assert all(combo.minimumContentsLength() >= 16 for combo in combos), where


def _wheel_down(widget) -> bool:
    """One notch of the mouse wheel, turned down, over `widget`'s middle: whether it took it.

    An event sent from here is not passed on to the parents, as one from the mouse is when
    the widget leaves it (ignores it).
    """
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    inside = QPointF(widget.rect().center())
    event = QWheelEvent(
        inside,
        QPointF(widget.mapToGlobal(inside)),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_the_wheel_over_an_editor_combo_box_scrolls_the_form_and_changes_nothing(
    qtbot, window
) -> None:
    from desktop_app.gui.combo_boxes import FormComboBox
    from desktop_app.gui.editor.presets import PresetPicker

    editor = window.editor
    editor.fill_sections()
    combos = editor.findChildren(QComboBox)
    assert combos and all(isinstance(combo, FormComboBox) for combo in combos)
    combo = next(picker.combo for picker in editor.findChildren(PresetPicker))
    editor.ensureWidgetVisible(combo)
    window.samples_picker.setFocus()
    scenario, index = window.document.scenario, combo.currentIndex()
    assert not _wheel_down(combo)  # left to the form, which scrolls
    assert combo.currentIndex() == index and window.document.scenario is scenario
    assert not combo.hasFocus()


def test_a_focused_editor_combo_box_still_takes_the_wheel(qtbot, window) -> None:
    from desktop_app.gui.editor.presets import PresetPicker

    window.editor.fill_sections()
    combo = next(picker.combo for picker in window.editor.findChildren(PresetPicker))
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    index = combo.currentIndex()
    assert _wheel_down(combo)
    assert combo.currentIndex() == index + 1
