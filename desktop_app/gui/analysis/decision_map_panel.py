"""The decision map's panel: the map with a picker and a range for each axis."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.analyses.decision_map import DEFAULT_X, DEFAULT_Y, DecisionMap
from desktop_app.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.core.model.fields import numeric_field, value_at, variable_paths
from desktop_app.core.model.scenario import Scenario
from desktop_app.gui.analysis.decision_map_view import DecisionMapView
from desktop_app.gui.combo_boxes import cut_long_names
from desktop_app.gui.dialogs.checked_field import error_red
from desktop_app.gui.editor.binding import signals_blocked
from desktop_app.gui.editor.input_labels import (
    field_label,
)
from desktop_app.gui.editor.inputs import format_number, reading
from desktop_app.present.labels import field_tip

MAP_INPUTS = (
    "workload.queries_per_month",
    "knowledge.changed_pct_per_month",
    "workload.monthly_growth_pct",
    "knowledge.corpus_tokens",
    "knowledge.updates_per_month",
    "effort.hourly_rate",
    "effort.hours_per_retrain",
    "fine_tuned_model.training_per_1m",
    "fine_tuning.retrain_every_months",
)
"""The inputs listed first in the decision map's axis pickers."""

# Decision map


def default_axis_range(scenario: Scenario | None, path: str) -> tuple[float, float]:
    """A range to map an input over: a tenth to ten times its value, inside its valid range.

    An input at 0 (or empty) gets 0..100 for a percentage, else 0 to ten times its default
    (or 0..100); the result always has low < high.
    """
    field = numeric_field(path)
    value = value_at(scenario, path) if scenario is not None else field.default
    if value is None:
        value = field.default
    value = float(value or 0.0)
    if value != 0:
        ends = (field.clip(value / 10), field.clip(value * 10))
    elif field.unit.startswith("%"):
        ends = (field.clip(0.0), field.clip(100.0))
    else:
        ends = (field.clip(0.0), field.clip(10 * (field.default or 10.0)))
    low, high = min(ends), max(ends)
    if not low < high:  # squeezed by the valid range: widen on the side that still has room
        high = field.clip(low + max(1.0, abs(low)))
        if not low < high:
            low = field.clip(high - max(1.0, abs(high)))
    return low, high


AXIS_WORDS = {
    "x": {
        "input": QT_TRANSLATE_NOOP("Accessible", "Input along the x axis"),
        "varies": QT_TRANSLATE_NOOP("Accessible", "The input the map varies along the x axis"),
        "from": QT_TRANSLATE_NOOP("Accessible", "X axis from"),
        "to": QT_TRANSLATE_NOOP("Accessible", "X axis to"),
        "ends": QT_TRANSLATE_NOOP("Accessible", "The value the x axis starts or ends at"),
    },
    "y": {
        "input": QT_TRANSLATE_NOOP("Accessible", "Input along the y axis"),
        "varies": QT_TRANSLATE_NOOP("Accessible", "The input the map varies along the y axis"),
        "from": QT_TRANSLATE_NOOP("Accessible", "Y axis from"),
        "to": QT_TRANSLATE_NOOP("Accessible", "Y axis to"),
        "ends": QT_TRANSLATE_NOOP("Accessible", "The value the y axis starts or ends at"),
    },
}
"""Screen readers' names of each axis's pickers, whole phrases per axis."""


class _AxisPicker:
    """The widgets choosing one axis: an input and the range to map it over."""

    def __init__(self, parent: QWidget, name: str) -> None:
        words = AXIS_WORDS[name]
        self.combo = QComboBox(parent)
        self.combo.setAccessibleName(translate("Accessible", words["input"]))
        self.combo.setAccessibleDescription(translate("Accessible", words["varies"]))
        cut_long_names(self.combo, 18)
        first = [path for path in MAP_INPUTS if path in variable_paths()]
        for path in first:
            self._add(path)
        self.combo.insertSeparator(self.combo.count())
        for path in variable_paths():
            if path not in first:
                self._add(path)
        self.low = QLineEdit(parent)
        self.high = QLineEdit(parent)
        for edit, end in ((self.low, "from"), (self.high, "to")):
            edit.setAccessibleName(translate("Accessible", words[end]))
            edit.setAccessibleDescription(translate("Accessible", words["ends"]))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(110)
            edit.setMinimumWidth(70)

    def _add(self, path: str) -> None:
        """One input as a combo item: its label shown, its path as data."""
        self.combo.addItem(field_label(path), path)
        field = numeric_field(path)
        self.combo.setItemData(
            self.combo.count() - 1,
            field_tip(field),
            Qt.ItemDataRole.ToolTipRole,
        )

    def path(self) -> str:
        """The chosen input."""
        return str(self.combo.currentData())

    def show_axis(self, path: str, low: float, high: float) -> None:
        """Display an axis without emitting anything."""
        with signals_blocked(self.combo):
            self.combo.setCurrentIndex(self.combo.findData(path))
        self.low.setText(format_number(low))
        self.high.setText(format_number(high))
        self.show_problem(None)

    def show_problem(self, problem: str | None) -> None:
        """Frame both range fields red with the reason as tooltip, or clear that."""
        for edit in (self.low, self.high):
            edit.setStyleSheet("QLineEdit { border: 2px solid #d64545; }" if problem else "")
            edit.setToolTip(problem or "")
            edit.setProperty("invalid", bool(problem))


class DecisionMapPanel(QWidget):
    """The decision map with its axis pickers: an input and a from/to range for x and for y.

    `axes_changed(x, y)` is emitted with two (field, low, high) tuples whenever the user
    picks another input or types a valid range; an invalid range is framed red and not sent.
    """

    axes_changed = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Accessible", "Decision map and its axes"))
        self.scenario: Scenario | None = None
        self.map_view = DecisionMapView(self)
        self.x_picker = _AxisPicker(self, "x")
        self.y_picker = _AxisPicker(self, "y")
        self._axes = (DEFAULT_X, DEFAULT_Y)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for row, (title, picker) in enumerate(
            (
                (translate("DecisionMapPanel", "Across (x):"), self.x_picker),
                (translate("DecisionMapPanel", "Up (y):"), self.y_picker),
            )
        ):
            label = QLabel(title, self)
            label.setBuddy(picker.combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(picker.combo, row, 1)
            grid.addWidget(QLabel(translate("DecisionMapPanel", "from"), self), row, 2)
            grid.addWidget(picker.low, row, 3)
            grid.addWidget(QLabel(translate("DecisionMapPanel", "to"), self), row, 4)
            grid.addWidget(picker.high, row, 5)
        grid.setColumnStretch(1, 1)
        self.problem = QLabel(self)  # why the axes typed are not mapped (a tooltip is missed)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(translate("Accessible", "Decision map axes problem"))
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addWidget(self.map_view, 1)
        QWidget.setTabOrder(self.y_picker.high, self.map_view)  # the map after its axes
        self.x_picker.show_axis(*DEFAULT_X)
        self.y_picker.show_axis(*DEFAULT_Y)
        for picker in (self.x_picker, self.y_picker):
            picker.combo.currentIndexChanged.connect(
                lambda _index, picker=picker: self._on_field_picked(picker)
            )
            picker.low.editingFinished.connect(self._on_range_edited)
            picker.high.editingFinished.connect(self._on_range_edited)

    def set_scenario(self, scenario: Scenario) -> None:
        """The scenario whose values set the default range of a newly picked input."""
        self.scenario = scenario

    def axes(self) -> tuple[tuple[str, float, float], tuple[str, float, float]]:
        """The last valid (field, low, high) of x and of y."""
        return self._axes

    def show_map(self, found: DecisionMap, scenario: Scenario) -> None:
        """Show a map, ringing the scenario's own point and writing money in its currency."""
        try:
            current = (
                float(value_at(scenario, found.x.field)),
                float(value_at(scenario, found.y.field)),
            )
        except (TypeError, ValueError):  # an empty (None) input has no point on the map
            current = None
        self.map_view.show_map(found, current, scenario.currency)

    def _on_field_picked(self, picker: _AxisPicker) -> None:
        """A new input on one axis: a default range for it (swapping if it was the other's)."""
        other = self.y_picker if picker is self.x_picker else self.x_picker
        x, y = self._axes
        mine, theirs = (x, y) if picker is self.x_picker else (y, x)
        path = picker.path()
        if path == theirs[0]:  # picked the other axis's input: the two trade places
            mine, theirs = theirs, mine
            other.show_axis(*theirs)
        else:
            mine = (path, *default_axis_range(self.scenario, path))
        picker.show_axis(*mine)
        self._axes = (mine, theirs) if picker is self.x_picker else (theirs, mine)
        self.axes_changed.emit(*self._axes)

    def _read(self, picker: _AxisPicker) -> tuple[tuple[str, float, float] | None, str | None]:
        """The axis a picker shows, or the reason it is invalid."""
        path = picker.path()
        field = numeric_field(path)
        (low, low_problem), (high, high_problem) = (
            reading(field, edit.text()) for edit in (picker.low, picker.high)
        )
        ends = (
            (translate("DecisionMapPanel", "{field} from: {problem}"), low_problem),
            (translate("DecisionMapPanel", "{field} to: {problem}"), high_problem),
        )
        for text, problem in ends:
            if problem is not None:
                return None, text.format(field=field_label(path), problem=problem)
        if low is None or high is None:
            return None, translate(
                "DecisionMapPanel", "Type a number in both fields (e.g. {example}, 1e6)"
            ).format(example=format_number(50_000))
        if not low < high:
            return None, translate("DecisionMapPanel", "'from' must be less than 'to'")
        return (path, low, high), None

    def _on_range_edited(self) -> None:
        """Send the axes when both ranges are valid and one of them changed."""
        read = [self._read(picker) for picker in (self.x_picker, self.y_picker)]
        for picker, (axis, problem) in zip((self.x_picker, self.y_picker), read, strict=True):
            if axis is not None:
                picker.show_axis(*axis)  # as the map reads it: '100,000,000', not '100000000'
            picker.show_problem(problem)
        problems = [problem for _, problem in read if problem]
        self.problem.setStyleSheet(f"color: {error_red(self)};")
        self.problem.setText(
            translate("DecisionMapPanel", "{problem} (the map keeps its last valid axes)").format(
                problem="; ".join(problems)
            )
            if problems
            else ""
        )
        self.problem.setVisible(bool(problems))
        x, y = read[0][0], read[1][0]
        if x is None or y is None or (x, y) == self._axes:
            return
        self._axes = (x, y)
        self.axes_changed.emit(x, y)
