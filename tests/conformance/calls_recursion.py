# Recursion, deep recursion with a raised limit, RecursionError.
import sys

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

print(fact(4), fact(20), fact(30))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(20))

def infinite(n):
    return infinite(n + 1)

try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)

print(sys.getrecursionlimit())
sys.setrecursionlimit(100000)

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(50000))

def mutual_a(n):
    return n if n == 0 else mutual_b(n - 1)

def mutual_b(n):
    return mutual_a(n)

print(mutual_a(1000))

class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def total(self):
        return self.v + (self.nxt.total() if self.nxt else 0)

n = None
for i in range(2000):
    n = Node(i, n)
print(n.total())
sys.setrecursionlimit(1000)

class Rec:
    def __repr__(self):
        return repr(self)

try:
    repr(Rec())
except RecursionError as e:
    print("RecursionError in repr")
