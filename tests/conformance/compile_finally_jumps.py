# break, continue and return leaving try/finally blocks whose finally body
# itself breaks or continues.
class Ctx:
    def __enter__(self):
        print('enter')
    def __exit__(self, *a):
        print('exit', a)
def f():
    for i in range(3):
        try:
            return i
        finally:
            continue
    return 'end'
print(f())
def g():
    r = []
    for i in range(3):
        try:
            r.append(i)
            break
        finally:
            r.append('f')
            continue
    return r
print(g())
def h():
    r = []
    for i in range(4):
        try:
            try:
                return i
            finally:
                r.append(('inner', i))
                if i < 2:
                    continue
        finally:
            r.append(('outer', i))
            if i == 2:
                break
    return r
print(h())
def k():
    i = 0
    while i < 5:
        i += 1
        try:
            continue
        finally:
            if i == 3:
                break
    return i
print(k())
def w():
    for i in range(3):
        with Ctx() as fh:
            try:
                return i
            finally:
                continue
    return 'w'
print(w())

def src_compiles():
    src = "for i in range(3):\n    try:\n        break\n    finally:\n        continue\n"
    ns = {}
    exec(compile(src, 's', 'exec'), ns)
    print('exec ok', ns['i'])
src_compiles()

# Several returns through one finally; a try inside the finally body.
class Counter:
    depth = 0
    def f(self, k):
        try:
            self.depth += 1
            if k == 1:
                return 'one'
            if k == 2:
                return 'two'
            return 'other'
        finally:
            try:
                self.depth -= 1
            except AttributeError:
                pass
c = Counter()
print(c.f(1), c.f(2), c.f(3), c.depth)
def nested():
    for i in range(2):
        try:
            if i:
                return i
        finally:
            for j in range(2):
                try:
                    if j:
                        break
                finally:
                    print('inner', i, j)
    return 'x'
print(nested())
