if 1: print(1)
print(2)
for i in range(2):
  pass
else:
  print("e")

class A: pass

@staticmethod
def g(): pass

x = """a
b"""
x
y = 1 \
 + 2
y
try:
  1/0
except ZeroDivisionError:
  print("z")

