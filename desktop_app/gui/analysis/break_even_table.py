"""The break-even table: where two strategies cost the same, along each key input."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop_app.core.analyses.break_even_finder import (
    Crossing,
    default_range,
)
from desktop_app.core.engine.summary import BREAK_EVEN_PAIRS, compared_pairs
from desktop_app.core.i18n import translate
from desktop_app.core.model.fields import numeric_field, value_at
from desktop_app.core.model.scenario import Scenario
from desktop_app.core.model.strategy_names import said_title as strategy_title
from desktop_app.gui.editor.input_labels import (
    field_label,
    strategy_name,
    value_text,
)
from desktop_app.present.numbers import money

PAIR_TITLES = {
    "fine_tuning_vs_embeddings": "Fine-tuning vs embeddings",
    "hybrid_vs_embeddings": "Hybrid vs embeddings",
    "fine_tuning_vs_hybrid": "Fine-tuning vs hybrid",
    "long_context_vs_embeddings": "Long context vs embeddings",
    "hybrid_vs_long_context": "Hybrid vs long context",
    "fine_tuning_vs_long_context": "Fine-tuning vs long context",
}
"""Column titles of the break-even table; a scenario shows those of its compared pairs."""

NO_CROSSING = "—"
"""A break-even cell without a crossing in the searched range."""

# Break-even table


def crossing_text(crossing: Crossing, path: str, currency: str = "USD") -> str:
    """'fine-tuning cheaper above 706,146 queries/month', from the pair's first strategy."""
    first, _ = BREAK_EVEN_PAIRS[crossing.pair]
    if crossing.cheaper_above == first:
        text = translate("BreakEvenTable", "{strategy} cheaper above {value}")
    else:
        text = translate("BreakEvenTable", "{strategy} cheaper below {value}")
    return text.format(
        strategy=strategy_name(first), value=value_text(path, crossing.value, currency)
    )


class BreakEvenTable(QTableWidget):
    """Where each pair of strategies costs the same, along each input (one row per input)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Accessible", "Break-even points per input"))
        self.setAccessibleDescription(
            translate(
                "Accessible", "For each key input, the value at which two strategies cost the same"
            )
        )
        self.pairs: list[str] = []
        self._set_pairs(list(PAIR_TITLES)[:3])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setTabKeyNavigation(False)  # Tab moves on to the next control, not cell to cell
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.fields: list[str] = []

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """Wrapped texts need taller rows when the columns get narrower."""
        super().resizeEvent(event)
        self.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Rows filled while the tab was hidden were measured at another width."""
        super().showEvent(event)
        QTimer.singleShot(0, self.resizeRowsToContents)

    def _set_pairs(self, pairs: list[str]) -> None:
        """One column per pair of compared strategies."""
        if pairs == self.pairs:
            return
        self.pairs = pairs
        self.setColumnCount(len(pairs))
        for column, pair in enumerate(pairs):
            first, second = BREAK_EVEN_PAIRS[pair]
            names = {"first": strategy_title(first), "second": strategy_name(second)}
            title = translate("BreakEvenTable", "{first} vs {second}").format(**names)
            shown = translate("BreakEvenTable", "{first}\nvs {second}")  # narrow columns
            item = QTableWidgetItem(shown.format(**names))
            item.setToolTip(title)
            self.setHorizontalHeaderItem(column, item)

    def show_crossings(self, found: dict[str, list[Crossing]], scenario: Scenario) -> None:
        """One row per input of `found`, one cell per pair: where it breaks even, or '—'."""
        compared = compared_pairs(scenario.strategies)
        self._set_pairs([pair for pair in PAIR_TITLES if pair in compared])
        self.fields = list(found)
        self.setRowCount(len(self.fields))
        for row, path in enumerate(self.fields):
            header = QTableWidgetItem(field_label(path))
            now = value_at(scenario, path)
            if now is not None:
                header.setToolTip(
                    translate("BreakEvenTable", "Now {0}").format(
                        value_text(path, float(now), scenario.currency)
                    )
                )
            self.setVerticalHeaderItem(row, header)
            for column, pair in enumerate(self.pairs):
                crossings = [c for c in found[path] if c.pair == pair]
                texts = [crossing_text(c, path, scenario.currency) for c in crossings]
                item = QTableWidgetItem("\n".join(texts) or NO_CROSSING)
                item.setToolTip(_crossing_tooltip(crossings, path, scenario) if texts else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)
        # PySide6's stub lacks the None (no current item) that Qt takes.
        self.setCurrentItem(None)  # type: ignore[call-overload]
        self.resizeRowsToContents()

    def text_for(self, path: str, pair: str) -> str:
        """The text shown for one input and pair (for tests and accessibility)."""
        return self._item(self.fields.index(path), self.pairs.index(pair)).text()

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        """The item of a cell this table filled (every one of them has an item)."""
        item = self.item(row, column)
        if item is None:
            raise LookupError(f"no item at row {row}, column {column}")
        return item


def _crossing_tooltip(crossings: list[Crossing], path: str, scenario: Scenario) -> str:
    """Each crossing as a sentence, with where the scenario stands now."""
    sentences = []
    for crossing in crossings:
        a, b = BREAK_EVEN_PAIRS[crossing.pair]
        where = value_text(path, crossing.value, scenario.currency)
        if crossing.step and numeric_field(path).integer:
            text = translate(
                "BreakEvenTable",
                "{first} and {second} jump past each other from {value} to the next whole "
                "number (a step of {step}): {above} is cheaper above, {below} below.",
            )
        elif crossing.step:
            text = translate(
                "BreakEvenTable",
                "{first} and {second} jump past each other at {value} (a step of {step}, e.g. "
                "a replica more): {above} is cheaper above, {below} below.",
            )
        else:
            text = translate(
                "BreakEvenTable",
                "{first} and {second} cost the same at {value}: {above} is cheaper above, "
                "{below} below.",
            )
        sentences.append(
            text.format(
                first=strategy_title(a),
                second=strategy_name(b),
                value=where,
                step=money(abs(crossing.step), scenario.currency),
                above=strategy_name(crossing.cheaper_above),
                below=strategy_name(crossing.cheaper_below),
            )
        )
    now = value_at(scenario, path)
    if now is not None:
        now_text = value_text(path, float(now), scenario.currency)
        sentences.append(translate("BreakEvenTable", "Now: {value}.").format(value=now_text))
    try:
        low, high = default_range(scenario, path)
        sentences.append(
            translate("BreakEvenTable", "Searched {low} to {high}.").format(
                low=value_text(path, low, scenario.currency),
                high=value_text(path, high, scenario.currency),
            )
        )
    except ValueError:
        pass
    return "\n".join(sentences)
