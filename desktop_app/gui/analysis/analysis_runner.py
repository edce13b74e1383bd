"""Runs the heavy analyses off the GUI thread: Monte Carlo, sensitivity, map, break-even.

Every request gets a generation number. A new request cancels the run in progress (it stops at
its next chunk of samples or between two analyses) and results of any older generation are
dropped on arrival, so the window only ever shows analyses of the inputs it shows, and edits
never queue up behind a run that no longer matters.

The Monte Carlo reports twice when it has more samples than a chunk: first the band of the
first chunk (`uncertainty_partial`, at once), then that of all the samples (`uncertainty_ready`,
the same as a direct `run_monte_carlo` with the request's count and seed).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from desktop_app.core.analyses.break_even_finder import Crossing, key_crossings
from desktop_app.core.analyses.decision_map import DEFAULT_X, DEFAULT_Y, DecisionMap, decision_map
from desktop_app.core.analyses.monte_carlo import (
    DEFAULT_SEED,
    CancelledError,
    Progress,
    UncertaintyResult,
    run_monte_carlo,
)
from desktop_app.core.analyses.sensitivity import SensitivityRow, sensitivity
from desktop_app.core.model.scenario import Scenario
from desktop_app.present.problem_words import failure_words

DEBOUNCE_MS = 0
"""Wait after an edit before the Monte Carlo starts: none, a newer edit supersedes a run."""
REST_DELAY_MS = 250
"""The map, break-even finder and sensitivity wait this long after the Monte Carlo for typing
to pause: run on every keystroke, they would slow the window's own redraw (they share its
interpreter)."""
BAND_SHOWN_WAIT_MS = 100
"""After the first band, the Monte Carlo waits for the window to draw it, at most this long:
the rest of the samples on two threads would otherwise slow the window's drawing (they share
its interpreter)."""
DEFAULT_SAMPLES = 10_000
Axis = tuple[str, float, float]


@dataclass(frozen=True)
class AnalysisRequest:
    """What to analyse."""

    scenario: Scenario
    samples: int = DEFAULT_SAMPLES
    seed: int = DEFAULT_SEED
    map_axes: tuple[Axis, Axis] = (DEFAULT_X, DEFAULT_Y)


@dataclass(frozen=True)
class AnalysisResults:
    """Everything one request produced; `uncertainty` is None without uncertain inputs."""

    generation: int
    request: AnalysisRequest
    uncertainty: UncertaintyResult | None
    sensitivity: list[SensitivityRow]
    decision_map: DecisionMap | None
    break_even: dict[str, list[Crossing]] = field(default_factory=dict)
    problems: tuple[str, ...] = ()


def analyse(
    generation: int,
    request: AnalysisRequest,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    uncertainty_done: Callable[[UncertaintyResult], None] | None = None,
    first_part: Callable[[UncertaintyResult], None] | None = None,
    rest: Callable[[], bool] | None = None,
) -> AnalysisResults:
    """All analyses of one request (runs in a worker thread; Qt-free).

    The Monte Carlo runs first and is handed to `uncertainty_done` at once, so that the band
    can be drawn before the slower map, break-even finder and sensitivity have run; with more
    samples than a chunk, `first_part` gets the first chunk's band before that. `cancelled`
    is asked after each chunk and between the analyses (CancelledError); `rest` is called
    before the slower analyses (it may wait) and returns True to stop there.
    """

    def check() -> None:
        if cancelled is not None and cancelled():
            raise CancelledError

    scenario = request.scenario
    problems: list[str] = []
    uncertainty = None
    if scenario.uncertainty:
        uncertainty = run_monte_carlo(
            scenario,
            request.samples,
            request.seed,
            progress=progress,
            cancelled=cancelled,
            first_part=first_part,
        )
        if uncertainty_done is not None:
            uncertainty_done(uncertainty)
    if rest is not None and rest():
        raise CancelledError
    check()
    try:
        found_map = decision_map(scenario, *request.map_axes)
    except ValueError as error:
        found_map, problems = None, [f"decision map: {error}"]
    check()
    crossings = key_crossings(scenario)
    check()
    return AnalysisResults(
        generation=generation,
        request=request,
        uncertainty=uncertainty,
        sensitivity=sensitivity(scenario),
        decision_map=found_map,
        break_even=crossings,
        problems=tuple(problems),
    )


class _Signals(QObject):
    """Lives in the GUI thread; workers emit through it (queued across threads)."""

    progress = Signal(int, int, int)  # generation, done, total
    uncertainty = Signal(int, object)  # generation, UncertaintyResult
    partial = Signal(int, object, int)  # generation, first chunk's result, samples in all
    finished = Signal(object)  # AnalysisResults
    failed = Signal(int, object)  # generation, the exception
    stopped = Signal(int)
    done = Signal()  # the worker is free (after any of the above)


class _Job(QRunnable):
    def __init__(
        self,
        generation: int,
        request: AnalysisRequest,
        stop: threading.Event,
        signals: _Signals,
        rest_seconds: float = 0.0,
        wake: threading.Event | None = None,
        band_shown: threading.Event | None = None,
    ) -> None:
        super().__init__()
        self.generation = generation
        self.request = request
        self.stop = stop
        self.signals = signals
        self.rest_seconds = rest_seconds
        self.wake = wake or threading.Event()  # ends the rest early (a newer request, a hurry)
        self.band_shown = band_shown or threading.Event()  # the window drew the first band

    def run(self) -> None:
        try:
            self._run()
        except RuntimeError:
            if shiboken6.isValid(self.signals):
                raise
            return  # the runner went with its window mid-run: nobody is left to tell
        if shiboken6.isValid(self.signals):
            self.signals.done.emit()

    def _run(self) -> None:
        if self.stop.is_set():
            self.signals.stopped.emit(self.generation)
            return
        try:
            results = analyse(
                self.generation,
                self.request,
                progress=lambda done, total: self.signals.progress.emit(
                    self.generation, done, total
                ),
                cancelled=self.stop.is_set,
                uncertainty_done=lambda result: self.signals.uncertainty.emit(
                    self.generation, result
                ),
                first_part=self._first_part,
                rest=self._rest,
            )
        except CancelledError:
            self.signals.stopped.emit(self.generation)
        except Exception as error:  # shown in the window; the app goes on
            self.signals.failed.emit(self.generation, error)
        else:
            self.signals.finished.emit(results)

    def _first_part(self, result: UncertaintyResult) -> None:
        """Hand the first band to the window; go on once it is drawn (or after a while)."""
        self.signals.partial.emit(self.generation, result, self.request.samples)
        self.band_shown.wait(BAND_SHOWN_WAIT_MS / 1000)

    def _rest(self) -> bool:
        self.wake.wait(self.rest_seconds)
        return self.stop.is_set()


class AnalysisRunner(QObject):
    """Debounces requests, runs them one at a time in a worker, drops stale results."""

    started = Signal(int)  # generation
    progress = Signal(int, int)  # done, total (current generation only)
    uncertainty_partial = Signal(object, int)  # first chunk's UncertaintyResult, samples in all
    uncertainty_ready = Signal(object)  # its UncertaintyResult, before the other analyses
    finished = Signal(object)  # AnalysisResults of the current generation
    failed = Signal(str)
    stopped = Signal()  # the current run was cancelled

    def __init__(
        self,
        parent: QObject | None = None,
        debounce_ms: int = DEBOUNCE_MS,
        rest_delay_ms: int = REST_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.rest_delay_ms = rest_delay_ms
        self.generation = 0
        self.pending: AnalysisRequest | None = None
        self.running = False
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._band_shown = threading.Event()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.partial.connect(self._on_partial)
        self._signals.uncertainty.connect(self._on_uncertainty)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._signals.stopped.connect(self._on_stopped)
        self._signals.done.connect(self._on_done)
        self._working = False  # a job occupies the worker (perhaps one superseded, stopping)
        self._held = False  # requests wait until `release` (a window not yet painted)
        self._timer = QTimer(self, singleShot=True, interval=debounce_ms)
        self._timer.timeout.connect(self._start)

    def request(self, request: AnalysisRequest) -> None:
        """Analyse `request` soon; anything older is cancelled and will be dropped."""
        self.pending = request
        self.generation += 1
        self._stop.set()
        self._wake.set()
        self._band_shown.set()
        if self._timer.interval() == 0:
            self._start()  # no debounce: the worker starts while the window redraws
        else:
            self._timer.start()

    def hold(self) -> None:
        """Let requests wait until `release` (a window starting up paints first)."""
        self._held = True

    def release(self) -> None:
        """Start the request that waited for `release`, if any."""
        if self._held:
            self._held = False
            if not self._timer.isActive():
                self._start()

    def start_now(self) -> None:
        """Start a request that waits for the debounce at once (a screenshot waits for nothing).

        The run in progress skips its rest before the slower analyses too, and a hold ends.
        """
        self._wake.set()
        self.release()
        if self._timer.isActive():
            self._timer.stop()
            self._start()

    def cancel(self) -> None:
        """Stop the current run (and forget a pending one)."""
        self._timer.stop()
        self.pending = None
        self._stop.set()
        self._wake.set()
        self._band_shown.set()

    @property
    def busy(self) -> bool:
        """True while a request waits or runs."""
        return self.running or self.pending is not None or self._timer.isActive()

    def wait(self, milliseconds: int = -1) -> bool:
        """Block until the worker is idle (tests, closing)."""
        return self._pool.waitForDone(milliseconds)

    def _start(self) -> None:
        """Start the pending request, or leave it for when the worker is free.

        A superseded run stops at its next chunk; only the newest request waits for it, so
        quick edits never queue up runs.
        """
        if self.pending is None or self._working or self._held:
            return
        self._working = True
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._band_shown = threading.Event()
        self.running = True
        self.started.emit(self.generation)
        job = _Job(
            self.generation,
            self.pending,
            self._stop,
            self._signals,
            self.rest_delay_ms / 1000,
            self._wake,
            self._band_shown,
        )
        self._pool.start(job)
        self.pending = None

    def _on_done(self) -> None:
        self._working = False
        if not self._timer.isActive():
            self._start()

    def _current(self, generation: int) -> bool:
        return generation == self.generation

    def _on_progress(self, generation: int, done: int, total: int) -> None:
        if self._current(generation):
            self.progress.emit(done, total)

    def _on_partial(self, generation: int, result: UncertaintyResult, total: int) -> None:
        if self._current(generation):  # (an older run's wait was ended by the newer request)
            self.uncertainty_partial.emit(result, total)
            # After the repaint that the band's drawing asked for (posted events come first).
            QTimer.singleShot(0, self._band_shown.set)

    def _on_uncertainty(self, generation: int, result: UncertaintyResult) -> None:
        if self._current(generation):
            self.uncertainty_ready.emit(result)

    def _on_finished(self, results: AnalysisResults) -> None:
        if self._current(results.generation):
            self.running = False
            self.finished.emit(results)

    def _on_failed(self, generation: int, error: Exception) -> None:
        if self._current(generation):
            self.running = False
            self.failed.emit(failure_words(error))

    def _on_stopped(self, generation: int) -> None:
        if self._current(generation):
            self.running = False
            self.stopped.emit()
