"""A second thread's arrays reuse freed memory too: no fresh pages for each new array.

Counted in page faults (not timed), in a fresh process, since the allocator's settings must
come before any thread allocates.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the settings are glibc's"
)

SCRIPT = """
import resource, sys, threading
import numpy as np
from desktop_app.core.engine.memory import keep_freed_memory
if sys.argv[1] == "keep":
    assert keep_freed_memory() is True

def arrays(count):
    for _ in range(count):
        # 9.6 MB each, as the engine's, and more of them alive than fit one 64 MB heap
        alive = [np.ones((10_000, 120)) for _ in range(10)]
        del alive

def work(faults):
    arrays(3)
    start = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    arrays(20)
    faults.append(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - start)

faults = []
thread = threading.Thread(target=work, args=(faults,))
thread.start()
thread.join()
print(faults[0])
"""


def _faults(mode: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, check=True
    )
    return int(done.stdout)


def test_a_helper_threads_arrays_fault_no_fresh_pages() -> None:
    # 200 arrays of 2,344 pages each: without the settings, fresh pages for most of them
    assert _faults("default") > 10_000
    assert _faults("keep") < 200
