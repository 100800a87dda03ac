# Code objects through marshal, py_compile and compileall: a round trip
# keeps the code runnable, a .pyc file runs as a script, and a module with
# only its compiled code imports (importlib's sourceless loader).
import compileall
import importlib.util
import marshal
import os
import py_compile
import shutil
import subprocess
import sys
import tempfile


def f(x, *args, k=3, **kw):
    squares = [i * i for i in range(x)]
    return sum(squares) + k, args, kw, 1.5, 2j, b"by", (1, ("t",)), frozenset({1})


co = marshal.loads(marshal.dumps(f.__code__))
print(type(co).__name__, co.co_name, co.co_varnames, co.co_argcount, co.co_kwonlyargcount)
print(co.co_filename == f.__code__.co_filename, co.co_firstlineno == f.__code__.co_firstlineno)
g = type(f)(co, globals())
print(g(4, 5, k=1, z=2))
exec(marshal.loads(marshal.dumps(compile("x = 41\nprint('module', x + 1)\n", "<m>", "exec"))))
shared = marshal.loads(marshal.dumps((f.__code__, f.__code__, [f.__code__])))
print(shared[0] is shared[1], shared[2][0] is shared[0])
data = marshal.dumps(f.__code__)
for bad in [data[:1], data[:10], data[:-1]]:
    try:
        marshal.loads(bad)
    except (EOFError, ValueError) as e:
        print("truncated:", type(e).__name__)

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "hello.py")
    with open(src, "w") as fp:
        fp.write("import sys\nprint('hello from', __name__, sys.argv[1:])\n"
                 "def double(x):\n    return 2 * x\n")
    cfile = py_compile.compile(src, doraise=True)
    print(cfile == importlib.util.cache_from_source(src), os.path.exists(cfile))
    run = subprocess.run([sys.executable, cfile, "a", "b"], capture_output=True, text=True)
    print(run.returncode, run.stdout.strip(), run.stderr.strip())

    # A .pyc file beside no source (compileall -b) is imported.
    print(compileall.compile_dir(d, quiet=1, legacy=True))
    only = os.path.join(d, "only")
    os.mkdir(only)
    shutil.copy(os.path.join(d, "hello.pyc"), only)
    sys.path.insert(0, only)
    import hello
    print(hello.double(21), os.path.basename(hello.__file__), type(hello.__loader__).__name__)
    del sys.path[0]

    # A bad file is refused with CPython's errors.
    bad = os.path.join(d, "bad.pyc")
    for content in [b"xx", b"\xa7\r\r\n" + bytes(12) + b"N"]:
        with open(bad, "wb") as fp:
            fp.write(content)
        run = subprocess.run([sys.executable, bad], capture_output=True, text=True)
        print(run.returncode, run.stderr.strip().splitlines()[-1])

    # py_compile reports a source that does not compile, and writes nothing.
    with open(src, "w") as fp:
        fp.write("def f(:\n")
    os.remove(cfile)
    try:
        py_compile.compile(src, doraise=True)
    except py_compile.PyCompileError as e:
        print("PyCompileError", e.exc_type_name)
    print(os.path.exists(cfile))
