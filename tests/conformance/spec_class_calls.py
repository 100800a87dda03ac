# Instances created through specialized class calls: __init__ results, errors
# raised inside __init__, recursion through __init__, uncaught tracebacks.
class A:
    def __init__(self, x):
        self.x = x
        if x == 7:
            return 5
class B:
    def __init__(self, x):
        self.y = 1 // (x - 9)
def make(k):
    return A(k), B(k)
for i in range(5):
    print(make(i)[0].x)
import sys
def deep(n):
    return A(n) if n == 0 else deep(n - 1)
try:
    for i in range(12):
        make(i)
except ZeroDivisionError as e:
    print("zde", i)
try:
    make(7)
except TypeError as e:
    print(e)
class R:
    def __init__(self, n):
        if n:
            R(n - 1)
try:
    R(5000)
except RecursionError as e:
    print("rec", e)
make(7)
