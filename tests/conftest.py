"""Shared test set-up: Qt offscreen, hypothesis profiles, repository paths, two fixtures.

`home` (every test): the application's home folder (settings, catalog, autosaves) is a fresh
folder inside the test's tmp_path, so no test reads or writes the user's own. `window`: the
main window on `window_scenario` (support-chatbot), shown and active (tests/windows.py), left
clean at the end; a file that needs another scenario overrides `window_scenario`.
"""

import gc
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import HealthCheck, settings

from desktop_app.core.appdata.paths import HOME_VARIABLE

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))  # reference_model, strategies

settings.register_profile(
    "default",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("thorough", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def collect_on_the_main_thread():
    """The cycle collector off in a test, run between tests on the main thread.

    As the window's timer runs it (`gui.main_thread_gc`): never on an engine thread, where a
    collected Qt object deadlocked CI.
    """
    from desktop_app.gui.main_thread_gc import collect_due

    gc.disable()
    yield
    collect_due()


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The application's home folder for this test: `tmp_path / "home"` (made when written)."""
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture
def window_scenario():
    """The scenario `window` opens: the bundled support-chatbot without its ranges.

    Without ranges, no Monte Carlo band lands mid-test to add columns to the tables (it raced
    the tests on a real X server). A test file that needs another scenario (version 1's
    figures, ranges, another example) overrides this fixture, not `window`.
    """
    from desktop_app.core.appdata.examples import load_example

    return load_example("support-chatbot").model_copy(update={"uncertainty": ()})


@pytest.fixture
def window(qtbot, monkeypatch: pytest.MonkeyPatch, home: Path, window_scenario):
    """The main window on `window_scenario`, shown and active, left clean and idle at the end."""
    from windows import close_window, open_window  # Qt only for the tests that ask for it

    shown = open_window(qtbot, monkeypatch, window_scenario, certain=False)
    yield shown
    close_window(shown)
