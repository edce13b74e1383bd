"""The open scenario: its file, its undo history, and the state the window shows.

Data flows one way: an edit becomes an undo command, the command sets a new scenario, the
document evaluates it and announces the new evaluation; views only listen. The document is
the one owner of what is shown: the scenario in the display currency and its evaluation
(computed once per change), the latest analyses of it and the decision map's axes. The
printed sheet reads the same state, so it prints what the window shows.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop_app.core.analyses.decision_map import DEFAULT_X, DEFAULT_Y
from desktop_app.core.analyses.monte_carlo import UncertaintyResult
from desktop_app.core.appdata.file_watch import FileStamp, load_stamped, save_stamped
from desktop_app.core.appdata.scenario_files import ScenarioFileError, load_scenario
from desktop_app.core.engine.evaluation import Evaluation, evaluate
from desktop_app.core.engine.overflow import ResultTooLargeError
from desktop_app.core.i18n import translate
from desktop_app.core.model.fields import value_at
from desktop_app.core.model.problems import problem_list
from desktop_app.core.model.scenario import Scenario
from desktop_app.core.prices.currency import DisplayCurrency, display_scenario
from desktop_app.core.prices.presets import with_edit
from desktop_app.gui.analysis.analysis_runner import (
    DEFAULT_SAMPLES,
    AnalysisRequest,
    AnalysisResults,
    Axis,
)
from desktop_app.present.labels import label_of
from desktop_app.present.problem_words import problem_line, problem_words


class SetValueCommand(QUndoCommand):
    """One edit of one field; consecutive edits of a field in one typing session merge.

    Editing a price that came from a catalog preset turns that preset into "custom".
    """

    ID = 1

    def __init__(
        self,
        document: ScenarioDocument,
        path: str,
        new: Any,
        session: int,
        checked: tuple[Scenario, Evaluation] | None = None,
    ) -> None:
        super().__init__(translate("ScenarioDocument", "Edit {field}").format(field=label_of(path)))
        self.document = document
        self.path = path
        self.before = document.scenario
        self.new = new
        self.session = session
        self._checked = checked  # the edited scenario and its evaluation, for the first redo

    def id(self) -> int:  # noqa: D102 (Qt API)
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: D102, N802 (Qt API)
        if not isinstance(other, SetValueCommand):
            return False
        if other.path != self.path or other.session != self.session or self.session == 0:
            return False
        self.new = other.new
        if value_at(self.before, self.path) == self.new:  # typed back to where it was
            self.setObsolete(True)
        return True

    def redo(self) -> None:  # noqa: D102 (Qt API)
        if self._checked is not None:  # checked when the edit was made: no second validation
            scenario, evaluation = self._checked
            self._checked = None
            self.document.replace(scenario, evaluation)
            return
        self.document.replace(with_edit(self.before, self.path, self.new))

    def undo(self) -> None:  # noqa: D102 (Qt API)
        self.document.replace(self.before)


class ReplaceScenarioCommand(QUndoCommand):
    """A change of the whole scenario in one step (e.g. applying a preset)."""

    def __init__(
        self,
        document: ScenarioDocument,
        new: Scenario,
        text: str,
        evaluation: Evaluation | None = None,
    ) -> None:
        super().__init__(text)
        self.document = document
        self.old = document.scenario
        self.new = new
        self._evaluation = evaluation  # the new scenario's, for the first redo

    def redo(self) -> None:  # noqa: D102 (Qt API)
        self.document.replace(self.new, self._evaluation)
        self._evaluation = None

    def undo(self) -> None:  # noqa: D102 (Qt API)
        self.document.replace(self.old)


class ScenarioDocument(QObject):
    """The scenario being edited, with its file path, undo stack and shown state."""

    evaluated = Signal(object)  # Evaluation of the current scenario (in its own currency)
    shown_changed = Signal(object)  # Evaluation as shown (in the display currency, if any)
    uncertainty_changed = Signal(object)  # UncertaintyResult of the shown scenario
    analyses_changed = Signal(object)  # AnalysisResults of the shown scenario
    analysis_changed = Signal()  # a new analysis is wanted: other samples or map axes
    modified_changed = Signal(bool)
    path_changed = Signal(object)  # Path | None
    refused = Signal(str)  # a change of the whole scenario not made, and why

    def __init__(
        self,
        scenario: Scenario | None = None,
        parent: QObject | None = None,
        display: DisplayCurrency | None = None,
    ) -> None:
        super().__init__(parent)
        self.display = display
        """The display currency the window shows amounts in (None: the scenario's own)."""
        self.samples = DEFAULT_SAMPLES
        self.map_axes: tuple[Axis, Axis] = (DEFAULT_X, DEFAULT_Y)
        self.requested: AnalysisRequest | None = None
        """The latest analysis asked for; the results that arrive belong to it."""
        self.uncertainty: UncertaintyResult | None = None
        self.analyses: AnalysisResults | None = None
        self._analysed: Scenario | None = None  # the shown scenario `uncertainty` is of
        self.undo_stack = QUndoStack(self)
        # A method, not a lambda: Qt drops the connection when the document dies, before the
        # stack (its child) is cleared and reports "clean" once more.
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.path: Path | None = None
        self.disk_stamp: FileStamp | None = None  # what the file held when read or written
        self.replaced_version: int | None = None
        """After a save: the older schema_version of the file written over (issue 14 says so)."""
        self.scenario = scenario or Scenario()
        self.evaluation: Evaluation = evaluate(self.scenario)
        self.shown: Evaluation = self._shown()

    def _shown(self) -> Evaluation:
        """The evaluation in the display currency (the document's own when none applies)."""
        scenario = display_scenario(self.scenario, self.display)
        return self.evaluation if scenario is self.scenario else evaluate(scenario)

    @property
    def shown_scenario(self) -> Scenario:
        """The scenario as shown: its money in the display currency when one is set."""
        return self.shown.scenario

    def set_display(self, display: DisplayCurrency | None) -> None:
        """Show amounts in another currency: the shown evaluation follows, once."""
        self.display = display
        self.shown = self._shown()
        self.shown_changed.emit(self.shown)

    def set_samples(self, samples: int) -> None:
        """The Monte Carlo sample count the window asks for."""
        self.samples = samples
        self.analysis_changed.emit()

    def set_map_axes(self, x: Axis, y: Axis) -> None:
        """The decision map's axes, as the user picked them."""
        self.map_axes = (x, y)
        self.analysis_changed.emit()

    def analysis_request(self) -> AnalysisRequest:
        """What to analyse now (the shown scenario), remembered as the latest request."""
        self.requested = AnalysisRequest(
            self.shown_scenario, samples=self.samples, map_axes=self.map_axes
        )
        return self.requested

    def set_uncertainty(self, result: UncertaintyResult) -> None:
        """The Monte Carlo of the latest request (it comes before the other analyses)."""
        self.uncertainty = result
        self._analysed = None if self.requested is None else self.requested.scenario
        self.uncertainty_changed.emit(result)

    def set_analyses(self, results: AnalysisResults) -> None:
        """Every analysis of one request."""
        self.analyses = results
        self.uncertainty = results.uncertainty
        self._analysed = results.request.scenario
        self.analyses_changed.emit(results)

    def shown_uncertainty(self) -> UncertaintyResult | None:
        """The Monte Carlo shown for the shown scenario; None until it has arrived."""
        if self.uncertainty is None or self._analysed != self.shown_scenario:
            return None
        return self.uncertainty

    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    @property
    def modified(self) -> bool:
        """True when there are edits that Save has not written."""
        return not self.undo_stack.isClean()

    def replace(self, scenario: Scenario, evaluation: Evaluation | None = None) -> None:
        """Make `scenario` current and evaluate it, unless given its evaluation (undo commands)."""
        self.scenario = scenario
        self.evaluation = evaluation or evaluate(scenario)
        self.shown = self._shown()
        # The shown state first: the window asks for the analyses there, so that their worker
        # starts before the editor and the figures are redrawn.
        self.shown_changed.emit(self.shown)
        self.evaluated.emit(self.evaluation)

    def problem_with(self, path: str, value: Any) -> str | None:
        """Why setting `path` to `value` would make the scenario invalid, or None."""
        checked = self._checked_edit(path, value)
        return checked if isinstance(checked, str) else None

    def _checked_edit(self, path: str, value: Any) -> tuple[Scenario, Evaluation] | str:
        """The scenario with `path` set to `value` and its evaluation, or why it is invalid."""
        try:
            edited = with_edit(self.scenario, path, value)
        except ValidationError as error:
            found = problem_list(error)
            own = [problem for problem in found if str(problem).startswith(f"{path}:")]
            return problem_line((own or found)[0])  # in the window's words
        try:
            return edited, evaluate(edited)
        except ResultTooLargeError as error:  # refused like any other bad value
            return f"{path}: {problem_words(error.problem)}"

    def set_value(self, path: str, value: Any, session: int = 0) -> str | None:
        """Edit one field through the undo stack; returns the problem instead if invalid.

        Edits with the same non-zero `session` (one typing session in one field) merge into
        one undo step.
        """
        if value_at(self.scenario, path) == value:
            return None
        checked = self._checked_edit(path, value)  # validated and evaluated once per edit
        if isinstance(checked, str):
            return checked
        self.undo_stack.push(SetValueCommand(self, path, value, session, checked))
        return None

    def set_scenario(self, scenario: Scenario, text: str) -> str | None:
        """Replace the whole scenario as one undoable step; or why not, said by `refused` too.

        Evaluated before the step is made: a scenario whose figures are too large to show
        left a step behind that changed nothing, as its redo failed.
        """
        try:
            evaluation = evaluate(scenario)
        except ResultTooLargeError as error:
            said = problem_words(error.problem)
            self.refused.emit(said)
            return said
        self.undo_stack.push(ReplaceScenarioCommand(self, scenario, text, evaluation))
        return None

    def load(
        self,
        scenario: Scenario,
        path: Path | None,
        modified: bool = False,
        stamp: FileStamp | None = None,
    ) -> None:
        """Start over with a scenario (New, Open, Open example, Restore): history cleared.

        `stamp`: what the file at `path` held when `scenario` was read from it (None: unknown).
        """
        self.undo_stack.clear()
        self.path = path
        self.disk_stamp = stamp
        self.replace(scenario)
        if modified:  # restored work that was never saved: mark it so closing asks first
            self.undo_stack.resetClean()
        self.path_changed.emit(path)
        self.modified_changed.emit(self.modified)

    def open(self, path: Path) -> None:
        """Open a scenario file (raises ScenarioFileError with one line per problem)."""
        scenario, stamp = load_stamped(path)  # the stamp of the very bytes read
        self.load(checked(scenario, path).scenario, path, stamp=stamp)

    def save(self, path: Path | None = None) -> None:
        """Write the scenario atomically to `path` (or its own file) and mark it clean."""
        target = path or self.path
        if target is None:
            raise ValueError("no file to save to")
        # replaced_version 1: it was a version-1 file
        self.disk_stamp, self.replaced_version = save_stamped(self.scenario, target)
        self.path = target
        self.undo_stack.setClean()
        self.path_changed.emit(target)


def evaluated_file(path: Path) -> Evaluation:
    """The evaluation of a scenario file; a result too large to show is a file problem."""
    return checked(load_scenario(path), path)


def checked(scenario: Scenario, path: Path) -> Evaluation:
    """The evaluation of a scenario read from `path`; too large a result is a file problem."""
    try:
        return evaluate(scenario)
    except ResultTooLargeError as error:
        raise ScenarioFileError(str(path), [str(error)], [error.problem]) from None
