# The builtins CPython's site module adds for the prompt.
exit
quit
help
credits
copyright
license
type(help).__name__, type(exit).__module__
class Point:
    """A point in the plane."""
    dims = 2
    def norm(self):
        """Distance from the origin."""
        return 0

help(Point)
def area(w, h=1):
    "Width times height."
    return w * h

help(area)
quit(5)
print('not reached')
