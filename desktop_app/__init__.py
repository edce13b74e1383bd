"""Embed or Tune: compare the cost and upkeep of embeddings, fine-tuning and hybrid."""

import os

# No pydantic plugins are used; skipping their discovery saves ~15 ms of start-up.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

__version__ = "0.1.0"
APP_NAME = "Embed or Tune"
