# A global or nonlocal declaration after the name is bound or used in the
# scope is a SyntaxError even when the name was declared before, as in
# CPython's symtable; an import binds without assigning.
cases = [
 "def f():\n global x\n x = 1\n global x\n",
 "global x\nx = 1\nglobal x\n",
 "def f():\n global x\n print(x)\n global x\n",
 "def f():\n global x\n global x\n x = 1\n",
 "def g():\n x = 0\n def f():\n  nonlocal x\n  x = 1\n  nonlocal x\n",
 "def g():\n x = 0\n def f():\n  global x\n  x = 1\n  nonlocal x\n",
 "def g():\n x = 0\n def f():\n  nonlocal x\n  global x\n",
 "def f(x):\n global x\n",
 "def f():\n x: int\n global x\n",
 "def f():\n global x\n x: int = 3\n",
 "def f():\n for x in []: pass\n global x\n",
 "def f():\n import x\n global x\n",
 "def f():\n global x\n del x\n global x\n",
 "def f():\n global x\n x += 1\n global x\n",
 "class C:\n global x\n x = 1\n global x\n",
 "def f():\n global x, y\n y = 2\n global y\n",
]
for c in cases:
    try:
        compile(c, "<s>", "exec"); print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
