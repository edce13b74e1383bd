"""Dialogs: the price catalog, currency, help and first-run notes."""
