"""six.moves: Python 3 names under their Python 2 spelling."""
xrange = range
