# A directory without __init__.py on sys.path is a namespace package
# (PEP 420): its portions in several directories make one package whose
# __path__ follows sys.path; a regular package or module of the same name
# earlier on the path wins.
import os
import sys
import tempfile

root = tempfile.mkdtemp()


def write(path, text=""):
    path = os.path.join(root, path)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


write("a/nspkg/one.py", "attr = 'one'\n")
write("b/nspkg/two.py", "attr = 'two'\n")
write("b/nspkg/sub/deep.py", "attr = 'deep'\n")
write("c/nspkg/three.py", "attr = 'three'\n")
write("a/regular/__init__.py", "kind = 'regular'\n")
write("b/regular/other.py")
write("a/plain.py", "kind = 'module'\n")
write("b/plain/inside.py")
sys.path[:0] = [os.path.join(root, d) for d in "ab"]

import nspkg.one
import nspkg.two
import nspkg.sub.deep

print(nspkg.one.attr, nspkg.two.attr, nspkg.sub.deep.attr)
print(type(nspkg.__path__).__name__, [os.path.relpath(p, root) for p in nspkg.__path__])
print(nspkg.__spec__.origin, getattr(nspkg, "__file__", "no __file__"), nspkg.__spec__.submodule_search_locations is not None)
sys.path.append(os.path.join(root, "c"))
import nspkg.three
print(nspkg.three.attr, len(list(nspkg.__path__)))

import regular
import plain
print(regular.kind, plain.kind)
try:
    import missing_namespace
except ModuleNotFoundError as e:
    print(e)
