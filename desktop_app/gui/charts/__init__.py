"""The charts: palette, axes, the cumulative, monthly, component and tornado charts, export."""
