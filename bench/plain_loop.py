"""The plain per-month Python loop (tests/reference_model.py) that the benches compare with."""

from __future__ import annotations

import copy
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from reference_model import reference_simulate

from desktop_app.core.model.scenario import Scenario


def loop_seconds_per_variant(
    scenario: Scenario, overrides: dict[str, np.ndarray], count: int
) -> float:
    """Seconds the plain loop takes per variant, over the first `count` rows of `overrides`."""
    base = scenario.model_dump()
    documents = []
    for row in range(count):
        document = copy.deepcopy(base)
        for path, values in overrides.items():
            *sections, leaf = path.split(".")  # e.g. effort.setup_hours.embeddings
            node = document
            for section in sections:
                node = node[section]
            node[leaf] = float(values[row])
        documents.append(document)
    start = time.perf_counter()
    for document in documents:
        reference_simulate(document)
    return (time.perf_counter() - start) / count
