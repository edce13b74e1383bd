"""The input panel: one field per input, presets, ranges, events and strategy choice."""
