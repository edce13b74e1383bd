"""Let the C allocator keep freed array memory for reuse (glibc on Linux only).

A batch run creates dozens of [batch, months] arrays of about 10 MB each. By default glibc
hands memory that large back to the system when it is freed and takes fresh pages for the next
array; faulting those pages in costs more than the arithmetic on them (10,000 variants x 120
months: 127 ms with the default, 83 ms with this; see bench/engine.py). The entry points call
`keep_freed_memory()` once; elsewhere (macOS, Windows, musl) it does nothing.
"""

from __future__ import annotations

import ctypes
import sys

_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
_KEEP_BYTES = 512 * 1024 * 1024


def keep_freed_memory() -> bool:
    """Serve large arrays from the heap and keep up to 512 MB of freed memory; True if set."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, _KEEP_BYTES) and mallopt(_M_TRIM_THRESHOLD, _KEEP_BYTES))
