"""The analysis views and their background runner."""
