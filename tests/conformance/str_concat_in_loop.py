# A str built with += (or s = s + t, s a local) in a loop grows in place
# while nothing else extends it (linear time; bench/programs/text_queue.py
# times it); every str along the way keeps its own value, and one made
# from several parts at once keeps no spare room.
s = ""
for i in range(300000):
    s += "x"


def build(n):
    t = ""
    for i in range(n):
        t = t + "é"
    return t


t = build(100000)
print(len(s), len(t), t[-2:])
parts = ["<" + "tag" * 30 + ">" + str(i) + "</" + "tag" + ">" for i in range(100)]
print(parts[7][-12:], len(parts[99]))

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
