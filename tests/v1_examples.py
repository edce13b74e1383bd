"""The bundled examples as version 1 had them (tests/fixtures/v1), upgraded on load.

Tests of mechanics (charts, tables, analyses, the window) were written against their
version-1 figures: three strategies, fine-tuning cheaper than embeddings from month 6 in the
ticket classifier, a hybrid break-even in the content pipeline. The bundled examples now tell
version 2's stories (events, dedicated serving, long context), so those tests read these.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.appdata.scenario_files import load_scenario
from desktop_app.core.model.scenario import Scenario

FIXTURES = Path(__file__).parent / "fixtures" / "v1"


def v1_example_path(name: str) -> Path:
    """The version-1 file of a bundled example."""
    return FIXTURES / f"example-{name}.scenario.json"


def load_example(name: str) -> Scenario:
    """A bundled example as version 1 had it, upgraded to version 2 with its v1 numbers."""
    return load_scenario(v1_example_path(name))
