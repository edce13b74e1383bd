"""The printed comparison sheet and the report command that writes it without a window."""
