# sys.displayhook shows values at the prompt; it can be replaced, restored
# from sys.__displayhook__, and lost.
1+1
_
import sys
sys.displayhook = lambda v: print("hook", v)
3
sys.displayhook = sys.__displayhook__
4
del sys.displayhook
5
