"""Version-1 files give, after the upgrade, exactly the numbers the version-1 engine printed.

The expected outputs were recorded by tests/fixtures/v1/record.py with the version-1 code.
Every number that the version-1 output had must be the same float now (compared with ==,
through the JSON text), every key and list it had must still be there.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from numpy._core._multiarray_umath import __cpu_features__

from desktop_app.cli.commands import run_command

FIXTURES = Path(__file__).parent / "fixtures" / "v1"
NAMES = sorted(
    path.name.removesuffix(".scenario.json") for path in FIXTURES.glob("*.scenario.json")
)
COMMANDS = {
    "simulate": ["simulate", "{file}", "--json"],
    "monte_carlo": ["simulate", "{file}", "--samples", "500", "--seed", "7", "--json"],
    "sensitivity": ["sensitivity", "{file}", "--json"],
    "map": ["map", "{file}", "--steps", "6", "--json"],
    "breakeven": [
        "breakeven",
        "{file}",
        "--field",
        "workload.queries_per_month",
        "--between",
        "1000",
        "10000000",
        "--json",
    ],
}
NOT_NUMBERS_OF_THE_MODEL = {"schema_version", "reasons", "warnings"}
"""The result's version (now 2) and the advice's wording are not figures of the model."""
BLAS_ULPS = 4
"""How far (in units in the last place) a present value may lie from the recorded one.

The present value is a matrix-vector product (OpenBLAS's dgemv, in version 1 as now), whose
last bits follow the kernel OpenBLAS picks for the CPU: the files were recorded with the
AVX-512 kernel of Intel CPUs (OPENBLAS_CORETYPE=SkylakeX gives them back bit for bit), and
AMD's kernels (Haswell, Zen) differ by 1-2 units in the last place. Every other figure is
element-wise and must be the very same float on such a CPU."""
RECORDED_ON_THIS_KIND_OF_CPU = bool(__cpu_features__.get("AVX512_SKX"))
"""Whether numpy computes powers here as where the files were recorded.

With AVX-512 (Skylake-X and later), numpy's power, exp and log use Intel's SVML vector code;
without it, the C library's. The two differ in the last bit of some results: on an AMD EPYC
without AVX-512, 144 of 3,366 monthly query counts differ by 1-2 units in the last place, and
the figures made from them follow (at most 4 units; a break-even crossing found between two
such months 12). The version-1 code itself, run on that CPU, prints the very numbers the
current code prints there (all 114 outputs of the fixtures compared, 2026-12-03)."""
OTHER_CPU_ULPS = 16
"""How far a figure may lie from the recorded one on a CPU of the other kind."""


def printed(arguments: list[str]) -> Any:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        assert run_command(arguments) == 0
    return json.loads(out.getvalue())


def same(expected: Any, got: Any, where: str) -> None:
    """Every key, list item and number of `expected` is in `got`, numbers bit-identical."""
    if isinstance(expected, dict):
        assert isinstance(got, dict), where
        for key, value in expected.items():
            if key in NOT_NUMBERS_OF_THE_MODEL:
                continue
            assert key in got, f"{where}.{key} is missing"
            same(value, got[key], f"{where}.{key}")
    elif isinstance(expected, list):
        assert isinstance(got, list) and len(got) == len(expected), where
        for index, (a, b) in enumerate(zip(expected, got, strict=True)):
            same(a, b, f"{where}[{index}]")
    elif isinstance(expected, float) and not RECORDED_ON_THIS_KIND_OF_CPU:
        assert isinstance(got, float), where
        _within_ulps(expected, got, OTHER_CPU_ULPS, where)
    elif where.endswith(".present_value") and isinstance(expected, float):
        assert isinstance(got, float), where
        _within_ulps(expected, got, BLAS_ULPS, where)
    else:
        assert json.dumps(got) == json.dumps(expected), f"{where}: {got!r} != {expected!r}"


def _within_ulps(expected: float, got: float, most: int, where: str) -> None:
    ulps = abs(got - expected) / np.spacing(abs(expected))
    assert ulps <= most, f"{where}: {got!r} != {expected!r} ({ulps:.0f} units apart)"


def test_a_figure_off_by_more_than_the_last_bits_is_caught() -> None:
    recorded = {"monthly": {"queries": [2268884.5872826674, 0.0]}}
    same(recorded, {"monthly": {"queries": [2268884.5872826674, 0.0]}}, "s")
    with pytest.raises(AssertionError, match="queries"):
        same(recorded, {"monthly": {"queries": [2268884.58728268, 0.0]}}, "s")


def test_there_are_enough_fixtures() -> None:
    assert len(NAMES) >= 26


@pytest.mark.parametrize("name", NAMES)
def test_an_upgraded_version_1_file_gives_its_version_1_numbers(name: str) -> None:
    path = FIXTURES / f"{name}.scenario.json"
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 1
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    for kind, output in expected.items():
        got = printed([part.format(file=path) for part in COMMANDS[kind]])
        if kind == "sensitivity":
            # Version 2 has more inputs; each version-1 row is still there, with its numbers,
            # and the version-1 rows keep their order among themselves.
            rows = {row["field"]: row for row in got["sensitivity"]}
            for row in output["sensitivity"]:
                assert row["field"] in rows, f"{name}: sensitivity row {row['field']} missing"
                same(row, rows[row["field"]], f"{name}.sensitivity[{row['field']}]")
            old = [row["field"] for row in output["sensitivity"]]
            assert [row["field"] for row in got["sensitivity"] if row["field"] in old] == old
        else:
            same(output, got, f"{name}.{kind}")
