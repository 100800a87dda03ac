# The _csv module under csv: dialect parameters and their errors, reading
# and writing with every quoting style, the registry, field_size_limit,
# and a seeded round trip of random rows through random dialects.
import _csv
import csv
import io
import random


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


ATTRS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict")


def dialect(**kw):
    d = _csv.Dialect(**kw)
    return [getattr(d, a) for a in ATTRS]


for kw in [{}, dict(delimiter=None), dict(delimiter=""), dict(delimiter=1), dict(delimiter="ab"),
           dict(delimiter="\0"), dict(quotechar=None), dict(quotechar=""), dict(quotechar=1),
           dict(quotechar=None, quoting=csv.QUOTE_MINIMAL), dict(quotechar=None, quoting=csv.QUOTE_NONE),
           dict(escapechar=""), dict(escapechar=2.5), dict(escapechar="\\"), dict(quoting=5), dict(quoting=1.0),
           dict(quoting=True), dict(quoting=2 ** 40), dict(lineterminator=None), dict(lineterminator=""),
           dict(lineterminator=5), dict(doublequote=0), dict(strict=[1]), dict(dialect="excel-tab", quoting=1),
           dict(dialect="nope"), dict(foo=1)]:
    print(kw, end=" ")
    show(dialect, **kw)
show(_csv.Dialect, *range(10))
d = _csv.Dialect()
show(setattr, d, "delimiter", ";")
show(setattr, d, "strict", True)
print(_csv.Dialect(d) is d, _csv.Dialect(d, strict=True) is d)


class Sub(_csv.Dialect):
    pass


s = Sub(delimiter=";")
print(type(s).__name__, s.delimiter, isinstance(s, _csv.Dialect))
show(__import__("pickle").dumps, s)


class Py:
    delimiter = "|"
    quotechar = "'"
    quoting = csv.QUOTE_ALL


print(dialect(dialect=Py))
print(type(_csv.reader([])).__name__, _csv.Reader, _csv.Writer, _csv.Error.__mro__)
show(_csv.Reader)
show(_csv.reader)
show(_csv.reader, 1)
show(_csv.writer, 1)


def read(lines, **kw):
    r = _csv.reader(lines, **kw)
    try:
        for row in r:
            print(r.line_num, row)
    except Exception as e:
        print(r.line_num, type(e).__name__, e)


read(["a,b,c\r\n", "1,2,3\n", "\n", '"x,y",z\n'])
read(['"a\n', 'b",c\n', "d"])
read(['"ab" c,d'], strict=True)
read(['"ab'], strict=True)
read(['"ab'])
read(["a\\", "b"], escapechar="\\")
read(["a\\,b,c"], escapechar="\\")
read(['"a\\"b",c'], escapechar="\\", doublequote=False)
read([' "a",  b'], skipinitialspace=True)
read(["a\r\nb"])
read(["a\rb"])
read(['1,"2",x'], quoting=csv.QUOTE_NONNUMERIC)
read(["1.5, 2,-3e2"], quoting=csv.QUOTE_NONNUMERIC, skipinitialspace=True)
read(['a,"b,c'], quoting=csv.QUOTE_NONE)
read(["a\0b,c"])
read([b"a,b"])
read(["x" * 20], )
old = _csv.field_size_limit(10)
read(["x" * 10, "x" * 11])
print(old, _csv.field_size_limit(old), _csv.field_size_limit())
show(_csv.field_size_limit, "a")
show(_csv.field_size_limit, 1, 2)


def write(rows, **kw):
    out = io.StringIO()
    w = _csv.writer(out, **kw)
    try:
        for row in rows:
            print(repr(w.writerow(row)), end=" ")
    except Exception as e:
        print(type(e).__name__, e, end=" ")
    print(repr(out.getvalue()))


write([["a", "b,c", 'd"e', "f\ng", None, 1, 2.5, True, ""]])
for q in range(4):
    write([["a", 1, 2.5, None, "x y", 'q"'], [""], []], quoting=q, escapechar="\\")
write([["a\rb", "c\nd"]], lineterminator="\n")
write([['a\\b', 'c"d']], escapechar="\\", quoting=csv.QUOTE_ALL)
write([['a\\b', 'c"d']], escapechar="\\", doublequote=False)
write([['a"b']], doublequote=False)
write([["a,b"]], quoting=csv.QUOTE_NONE)
write([[""]], quoting=csv.QUOTE_NONE)
write([5])
write([iter(["x", "y"])])
out = io.StringIO()
w = _csv.writer(out, dialect="excel-tab")
print(w.writerows([["a", "b"], ("c", "d")]), repr(out.getvalue()), w.dialect.delimiter == "\t")

_csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL)
print(sorted(_csv.list_dialects()), _csv.get_dialect("semi").quoting)
show(_csv.register_dialect, 1)
show(_csv.get_dialect, "zz")
show(_csv.unregister_dialect, "zz")
_csv.unregister_dialect("semi")
print(sorted(_csv.list_dialects()))
print(list(csv.DictReader(io.StringIO("h1,h2\n1,2\n3,4\n"))))
buf = io.StringIO()
dw = csv.DictWriter(buf, ["x", "y"])
dw.writeheader()
dw.writerow({"x": 1, "y": "a,b"})
print(repr(buf.getvalue()))
print(csv.Sniffer().sniff("a;b;c\n1;2;3\n").delimiter)

# Round trips: random rows through random dialects, written then read.
rng = random.Random(7)
chars = 'ab ,;"\'\\\r\n\t'
for n in range(300):
    kw = {"delimiter": rng.choice(",;\t"), "quotechar": rng.choice("\"'"),
          "escapechar": rng.choice([None, "\\"]), "doublequote": rng.random() < 0.5,
          "quoting": rng.choice([0, 1, 2, 3]), "lineterminator": rng.choice(["\r\n", "\n"])}
    rows = [["".join(rng.choice(chars) for _ in range(rng.randrange(4))) for _ in range(rng.randrange(1, 4))]
            for _ in range(rng.randrange(1, 3))]
    out = io.StringIO()
    try:
        _csv.writer(out, **kw).writerows(rows)
        text = out.getvalue()
        back = list(_csv.reader(io.StringIO(text, newline=""), **kw))
        print(n, repr(text), back == rows or back)
    except Exception as e:
        print(n, type(e).__name__, e)
