"""A stand-in for the six compatibility package: the part that benchmark
programs written for both Python 2 and 3 import."""
