"""What the kernel answers: Monte Carlo, sensitivity, decision map, break-even, advice."""
