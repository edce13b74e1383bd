"""The figures and the advice beside the editor: they show an evaluation, nothing more."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QWidget,
)

from desktop_app.core.analyses.help_texts import figure_help, strategy_help
from desktop_app.core.analyses.monte_carlo import UncertaintyResult
from desktop_app.core.engine.evaluation import Evaluation
from desktop_app.core.i18n import translate
from desktop_app.gui.theme import mark_focus
from desktop_app.present.labels import strategy_name, strategy_title
from desktop_app.present.numbers import localized_prose
from desktop_app.present.tables import (
    UNCERTAIN_ROWS,
    summary_rows,
    uncertain_labels,
    uncertain_rows,
)


def infeasibility(evaluation: Evaluation, key: str) -> str | None:
    """Why a compared strategy cannot serve the scenario, or None when it can."""
    if evaluation.feasible(key):
        return None
    month = evaluation.figure(key, "exceeds_context_from_month")
    if month is None:
        return translate("SummaryTable", "{strategy} cannot serve this scenario").format(
            strategy=strategy_title(key)
        )
    return translate("SummaryTable", "Does not fit the context window from month {month}").format(
        month=int(month)
    )


def column_title(evaluation: Evaluation, key: str) -> str:
    """A strategy's column heading, with a mark for the cheapest or one that does not fit.

    With four columns every heading goes on short lines (a two-word name on two), so that it
    fits its column beside the row labels.
    """
    narrow = len(evaluation.strategies) > 3
    title = strategy_title(key)
    name = title.replace(" ", "\n") if narrow else title
    if not evaluation.feasible(key):
        month = evaluation.figure(key, "exceeds_context_from_month")
        if month is None:
            return name + "\n✗ " + translate("SummaryTable", "infeasible")
        if narrow:
            too_long = translate("SummaryTable", "too long\nfrom\nmonth {month}")
        else:
            too_long = translate("SummaryTable", "too long\nfrom month {month}")
        return name + "\n✗ " + too_long.format(month=f"{month:.0f}")
    if key != evaluation.cheapest:
        return name
    cheapest = translate("SummaryTable", "cheapest")
    return name + ("\n✓\n" if narrow else "\n✓ ") + cheapest


FIGURE_SLACK = 4
"""Pixels beside a figure's text, so that a cell is never filled to its very edge."""


class SummaryTable(QTableWidget):
    """Key figures per strategy; the cheapest strategy's column is marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Accessible", "Summary figures per strategy"))
        self.setColumnCount(3)  # one per compared strategy, set by show_evaluation
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setTabKeyNavigation(False)  # Tab moves on to the next control, not cell to cell
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self._least_section = self.horizontalHeader().minimumSectionSize()

    UNCERTAIN_ROWS = UNCERTAIN_ROWS
    """The figures of a Monte Carlo run, in English (`_uncertain_rows` gives them as shown)."""

    @staticmethod
    def _uncertain_rows() -> list[str]:
        return uncertain_labels()

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Fill the table from an evaluation (uncertain figures wait for their run)."""
        self.evaluation = evaluation
        keys = evaluation.strategies
        rows = summary_rows(evaluation)
        if evaluation.scenario.uncertainty:
            rows += [(label, ["…"] * len(keys)) for label in self._uncertain_rows()]
        self.setColumnCount(len(keys))
        self._fit_columns(len(keys))
        self.setRowCount(len(rows))
        self.setVerticalHeaderLabels([label for label, _ in rows])
        for row, (label, _) in enumerate(rows):  # Help > What's This? on a row or its cells
            self.verticalHeaderItem(row).setWhatsThis(figure_help(label))
            self.verticalHeaderItem(row).setToolTip(figure_help(label))
        cheapest = evaluation.cheapest
        for column, key in enumerate(keys):
            header = QTableWidgetItem(column_title(evaluation, key))
            header.setToolTip(infeasibility(evaluation, key) or strategy_help(key))
            font = QFont()
            font.setBold(key == cheapest)
            header.setFont(font)
            header.setWhatsThis(strategy_help(key))
            self.setHorizontalHeaderItem(column, header)
        for row, (_, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                item = self.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    self.setItem(row, column, item)
                item.setText(text)
                item.setToolTip("")
                strategy = strategy_title(keys[column])
                item.setWhatsThis(f"{strategy}: {figure_help(rows[row][0])}")
        self._keep_figures_whole()

    def _fit_columns(self, count: int) -> None:
        """Equal columns for up to three strategies; with four, each as wide as it needs.

        Four equal columns leave a bold heading ("Embeddings ✓ cheapest") narrower than its
        word; sized to their contents nothing is cut off (the table scrolls sideways if the
        window is too narrow for all four).
        """
        mode = QHeaderView.ResizeMode
        self.horizontalHeader().setSectionResizeMode(
            mode.ResizeToContents if count > 3 else mode.Stretch
        )

    def show_uncertainty(self, result: UncertaintyResult) -> None:
        """Fill the uncertain figures from a Monte Carlo run of the shown scenario."""
        for label, cells in uncertain_rows(self.evaluation, result):
            for column, text in enumerate(cells):
                self._item(self._row(label), column).setText(text)
        self._keep_figures_whole()

    def _keep_figures_whole(self) -> None:
        """No column narrower than its longest figure: the table scrolls sideways instead.

        Equal columns cut a long figure short ("$351,857,422,1…"), which reads as a number
        the model never gave.
        """
        metrics = self.fontMetrics()
        margin = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        texts = (
            item.text()
            for column in range(self.columnCount())
            for row in range(self.rowCount())
            if (item := self.item(row, column)) is not None
        )
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(max(widest + margin + FIGURE_SLACK, self._least_section))

    def show_uncertainty_cancelled(self) -> None:
        """The Monte Carlo run was cancelled: no figures instead of waiting ones ("…")."""
        for label in self._uncertain_rows():
            if any(self.verticalHeaderItem(row).text() == label for row in range(self.rowCount())):
                for column in range(self.columnCount()):
                    item = self._item(self._row(label), column)
                    item.setText("—")
                    item.setToolTip(
                        translate("SummaryTable", "Not computed: the run was cancelled")
                    )

    def _row(self, label: str) -> int:
        for row in range(self.rowCount()):
            if self.verticalHeaderItem(row).text() == label:
                return row
        raise KeyError(label)

    def cell_text(self, label: str, strategy: str) -> str:
        """The text shown for one figure of one strategy (for tests and accessibility)."""
        return self._item(self._row(label), self.evaluation.strategies.index(strategy)).text()

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        """The item of a cell this table filled (every one of them has an item)."""
        item = self.item(row, column)
        if item is None:
            raise LookupError(f"no item at row {row}, column {column}")
        return item


class AdvicePanel(QTextBrowser):
    """The recommendation, the reasons behind it and the warnings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Accessible", "Advice"))
        self.setTabChangesFocus(True)  # Tab moves on (a browser would step through links)
        mark_focus(self)
        self.setOpenLinks(False)
        self.setMinimumWidth(240)

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Write the advice of an evaluation."""
        advice = evaluation.advice
        chosen = advice.recommendation
        name = strategy_name(chosen) if chosen else translate("Sheet", "none")
        heading = translate("Sheet", "Recommendation: {strategy}").format(strategy=name)
        parts = [
            f"<h3 style='margin:0'>{html.escape(heading)}</h3>",
            "<ul style='margin-left:-20px'>",
            *(f"<li>{html.escape(localized_prose(reason))}</li>" for reason in advice.reasons),
            "</ul>",
        ]
        if advice.warnings:
            watch = translate("Sheet", "Watch out")
            parts.append(
                f"<p style='margin-bottom:0'><b>{watch}</b></p><ul style='margin-left:-20px'>"
            )
            parts += [
                f"<li>⚠ {html.escape(localized_prose(warning))}</li>" for warning in advice.warnings
            ]
            parts.append("</ul>")
        self.setHtml("".join(parts))
