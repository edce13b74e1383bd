"""Embed or Tune: compare the cost and upkeep of embeddings, fine-tuning and hybrid."""

import os

# No pydantic plugins are used; skipping their discovery saves ~15 ms of start-up.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
# The engine is element-wise; its one BLAS call (the discount sum) gains nothing from threads.
# One OpenBLAS thread instead of one per core saves ~12 ms of numpy's import and keeps the
# second core for the window while analyses run. (It must be set before numpy is imported.)
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
APP_NAME = "Embed or Tune"
PROGRAM = "embed-or-tune"
"""The command, as people type it; messages on stderr start with it."""
VERSION_LINE = f"{PROGRAM} {__version__}"
"""What `embed-or-tune --version` prints."""
OK, INVALID_INPUT, USAGE = 0, 1, 2
"""Exit statuses of the command line and the window: done, unusable input, a usage error."""
