"""Prices: the bundled and the user's catalog, imports, currencies and model retirements."""
