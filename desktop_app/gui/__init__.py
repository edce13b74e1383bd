"""The Qt layer: windows, charts and printing on top of the core."""
