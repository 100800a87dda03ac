# The start and end arguments of str's search methods on a non-ASCII str
# (found in constant time from the offsets a str records).
s = "wörd " * 60000
i = n = 0
while (j := s.find(" ", i)) >= 0:
    n += 1
    i = j + 1
c = 0
for k in range(0, len(s), 11):
    c += s.startswith("ö", k) + s.endswith("d", 0, k) + s.count("r", k, k + 20)
print(n, c)

u = "a€𝄞b" * 20 + "xyz"
for a in range(-3, len(u) + 3, 9):
    for b in range(-3, len(u) + 3, 13):
        print(a, b, u.find("b", a, b), u.rfind("€", a, b), u.count("𝄞", a, b),
              u.startswith("a", a, b), u.endswith("b", a, b), u.find("", a, b), u.rfind("", a, b),
              u.startswith(("x", "𝄞"), a, b))
try:
    u.index("q", 3)
except ValueError as e:
    print(e)
print(u.rindex("a", 0, 50), "\udcff x \udcfe".find("x", 1), "\udcff x \udcfe".find("\udcfe", 2))
