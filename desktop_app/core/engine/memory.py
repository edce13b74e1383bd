"""Let the C allocator keep freed array memory for reuse (glibc on Linux only).

A batch run creates dozens of [batch, months] arrays of about 10 MB each. By default glibc
hands memory that large back to the system when it is freed and takes fresh pages for the next
array; faulting those pages in costs more than the arithmetic on them (10,000 variants x 120
months: 127 ms with the default, 83 ms with this; see bench/engine.py). The entry points call
`keep_freed_memory()` once; elsewhere (macOS, Windows, musl) it does nothing.

Those settings hold for glibc's main arena only. A thread's first allocation would otherwise
give it an arena of its own, made of 64 MB heaps that glibc maps and unmaps as arrays come and
go, so every array a second thread made (the engine's helper thread, the analysis worker)
faulted its pages in again: at 10,000 x 120, ~1,900 page faults and 20-30 ms of system time
per engine run on two threads. All threads share the main arena (the engine allocates few,
large blocks, so they hardly wait for each other's malloc).
"""

from __future__ import annotations

import ctypes
import sys

_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
_M_ARENA_MAX = -8
_KEEP_BYTES = 512 * 1024 * 1024


def keep_freed_memory() -> bool:
    """Serve large arrays from one heap for all threads, keeping up to 512 MB of freed memory.

    True if set. Call it before starting threads: a thread that has allocated already keeps
    its own arena.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    return bool(
        mallopt(_M_MMAP_THRESHOLD, _KEEP_BYTES)
        and mallopt(_M_TRIM_THRESHOLD, _KEEP_BYTES)
        and mallopt(_M_ARENA_MAX, 1)
    )


_SET_THREADS = (
    "scipy_openblas_set_num_threads64_",
    "scipy_openblas_set_num_threads",
    "openblas_set_num_threads64_",
    "openblas_set_num_threads",
)


def one_blas_thread() -> bool:
    """Run numpy's bundled OpenBLAS on one thread; True if it was found and set.

    `desktop_app/__init__.py` asks for one thread through OPENBLAS_NUM_THREADS, which works
    only when it runs before numpy is imported; this sets it afterwards (the benches import
    numpy first). The engine's only BLAS call is the present value's matrix-vector product
    (under 2 ms on one thread). With more threads, OpenBLAS's helper threads keep spinning
    after each call and take the other core from the elementwise work (on two cores: 24 ms
    of CPU per run of 10,000 variants instead of 1.4 ms). The numbers are the same: each
    variant's sum is one dot product however the rows are shared out.
    """
    import glob
    import os

    import numpy as np

    root = os.path.dirname(os.path.dirname(np.__file__))
    patterns = ("numpy.libs/*openblas*", "numpy/.dylibs/*openblas*")
    for path in sorted(p for pattern in patterns for p in glob.glob(os.path.join(root, pattern))):
        try:
            library = ctypes.CDLL(path)
        except OSError:
            continue
        for name in _SET_THREADS:
            setter = getattr(library, name, None)
            if setter is not None:
                setter(1)
                return True
    return False
