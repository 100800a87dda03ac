x = 1
x + 1
if x:
    print("yes")

def f(a,
      b):
    return a / b

f(1, 0)
[1,
 2]
"abc"
None
_
1 +
print("after")
