# A str built with += in a loop grows in place while nothing else extends
# it (linear time; bench/programs/text_queue.py times it); every str along
# the way keeps its own value.
s = ""
for i in range(300000):
    s += "x"
t = ""
for i in range(100000):
    t = t + "é"
print(len(s), len(t), t[-2:])

a = "p" * 70
b = a + "q"
c = b + "r"
d = b + "s"       # b is extended twice: c and d must not share the tail
e = c + "t"
f = d + "u"
print(b[-3:], c[-3:], d[-3:], e[-3:], f[-3:])
print(e == a + "qrt", f == a + "qsu", hash(e) == hash(a + "qrt"), len(e), len(f))

keep = []
w = "w" * 64
for i in range(5):
    w += str(i)
    keep.append(w)
print([k[-5:] for k in keep])
u = "ü" * 40
for i in range(4):
    u += "€" + str(i)
print(u[-8:], len(u), u.isascii(), (u + "a").isascii(), ("a" * 80 + "b" + "c").isascii())
