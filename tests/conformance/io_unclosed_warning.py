# A file the program drops without closing it warns (ResourceWarning) when
# its finalizer closes it: raw, buffered and text files name the outermost
# stream; streams over memory, files opened with closefd=False and files
# already closed do not warn. io's memory streams take weak references.
import warnings, gc, io, os, weakref

def collect(label, make):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter('always')
        make()
        gc.collect()
    print(label, [(w.category.__name__, str(w.message).replace(path, 'PATH')) for w in ws])

path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'io_unclosed_warning.py')

def raw(): f = open(path, 'rb', buffering=0)
def buffered(): f = open(path, 'rb')
def text(): f = open(path, 'r', encoding='utf-8')
def over_memory(): f = io.TextIOWrapper(io.BytesIO(b'x'), encoding='ascii')
def not_owned():
    fd = os.open(path, os.O_RDONLY)
    f = open(fd, 'rb', closefd=False)
    os.close(fd)
def closed(): open(path, 'rb').close()
def read_then_dropped():
    f = open(path, 'r', encoding='utf-8')
    f.readline()

for name, make in [('raw', raw), ('buffered', buffered), ('text', text),
                   ('over_memory', over_memory), ('not_owned', not_owned),
                   ('closed', closed), ('read_then_dropped', read_then_dropped)]:
    collect(name, lambda: make())

for cls in [io.FileIO, io.BytesIO, io.StringIO, io.BufferedReader, io.TextIOWrapper]:
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        if cls is io.FileIO:
            x = cls(path)
        elif cls in (io.BytesIO, io.StringIO):
            x = cls()
        else:
            x = cls(io.BytesIO())
        r = weakref.ref(x)
        print(cls.__name__, r() is x)
        x.close()

# A scandir iterator dropped before it is exhausted or closed warns too.
here = os.path.dirname(path)
def scandir_open():
    it = os.scandir(here)
    next(it)
def scandir_exhausted():
    it = os.scandir(here)
    list(it)
def scandir_closed():
    with os.scandir(here) as it:
        next(it)
for name, make in [('scandir_open', scandir_open), ('scandir_exhausted', scandir_exhausted),
                   ('scandir_closed', scandir_closed)]:
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter('always')
        make()
        gc.collect()
    print(name, [(w.category.__name__, str(w.message).split(' at 0x')[0]) for w in ws])
