"""Compile every .py file under the given directories and print one line
per file: its path and "ok", or the SyntaxError (type, message, line) that
compile() raised. `make compile-stdlib` runs it under CPython and pyjit and
compares the two listings."""

import os
import sys


def main(roots):
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in sorted(filenames):
                if not name.endswith('.py'):
                    continue
                path = os.path.join(dirpath, name)
                try:
                    with open(path, 'rb') as f:
                        src = f.read()
                except OSError as e:
                    print(path, 'unreadable', type(e).__name__)
                    continue
                try:
                    compile(src, path, 'exec', dont_inherit=True)
                    result = 'ok'
                except SyntaxError as e:
                    result = '%s: %s (line %s)' % (type(e).__name__, e.msg, e.lineno)
                except (ValueError, RecursionError, MemoryError, OverflowError) as e:
                    result = '%s: %s' % (type(e).__name__, e)
                print(path, result, flush=False)


main(sys.argv[1:])
