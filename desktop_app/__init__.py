"""Embed or Tune: compare the cost and upkeep of embeddings, fine-tuning and hybrid."""

__version__ = "0.1.0"
APP_NAME = "Embed or Tune"
