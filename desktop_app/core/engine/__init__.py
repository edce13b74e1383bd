"""The batch kernel: MODEL.md's formulas over arrays of scenario variants."""
