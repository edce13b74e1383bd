"""One BLAS thread: the present value's numbers do not depend on how many threads OpenBLAS uses."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="numpy's Linux wheels bundle OpenBLAS"
)

SCRIPT = """
import sys
import numpy as np
from desktop_app.core.engine.memory import one_blas_thread
if sys.argv[1] == "one":
    assert one_blas_thread() is True
rng = np.random.default_rng(3)
total = rng.random((10_000, 120)) * 1e6
discount = (1.05) ** (-np.arange(120) / 12)
sys.stdout.write((total @ discount).tobytes().hex())
"""


def _present_values(mode: str) -> np.ndarray:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, check=True
    )
    return np.frombuffer(bytes.fromhex(done.stdout), dtype=float)


def test_one_blas_thread_gives_the_same_present_values_as_many() -> None:
    """A 10,000 x 120 product (above OpenBLAS's threading threshold): bit-identical sums."""
    one, many = _present_values("one"), _present_values("many")
    assert one.shape == (10_000,)
    assert one.tobytes() == many.tobytes()


def test_one_blas_thread_sets_the_bundled_library_to_one_thread() -> None:
    """After the call the bundled OpenBLAS reports one thread."""
    check = (
        "import ctypes, glob, os, numpy as np\n"
        "from desktop_app.core.engine.memory import one_blas_thread\n"
        "assert one_blas_thread()\n"
        "root = os.path.dirname(os.path.dirname(np.__file__))\n"
        "lib = ctypes.CDLL(sorted(glob.glob(os.path.join(root, 'numpy.libs/*openblas*')))[0])\n"
        "print(lib.scipy_openblas_get_num_threads64_())\n"
    )
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "1"
