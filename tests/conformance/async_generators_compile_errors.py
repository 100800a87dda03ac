# Where async comprehensions, async generator expressions, await, yield
# and return may appear, and the SyntaxErrors CPython gives elsewhere.
srcs = [
 "async def f():\n    yield 1\n    return 2\n",
 "async def f():\n    yield 1\n    return\n",
 "async def f():\n    yield from g()\n",
 "def f():\n    return [x async for x in y]\n",
 "def f():\n    return [await x for x in y]\n",
 "def f():\n    return (x async for x in y)\n",
 "def f():\n    return (await x for x in y)\n",
 "[x async for x in y]\n",
 "(x async for x in y)\n",
 "async def f():\n    return [x async for x in y]\n",
 "async def f():\n    return {x: 1 async for x in y}\n",
 "async def f():\n    return [[z async for z in x] for x in y]\n",
 "def f():\n    return [[z async for z in x] for x in y]\n",
 "def f():\n    return ([z async for z in x] for x in y)\n",
 "def f():\n    return (await z for z in x)\n",
 "async def f():\n    def g():\n        return [x async for x in y]\n",
 "async def f():\n    lambda: [x async for x in y]\n",
 "async def f():\n    async for x in y: pass\n",
 "def f():\n    async for x in y: pass\n",
 "def f():\n    async with x: pass\n",
 "async for x in y: pass\n",
 "def f():\n    [x for x in (await y)]\n",
 "async def f():\n    [x for x in await y]\n",
 "async def f():\n    [x for x in y if await x]\n",
 "def f():\n    [x for x in y if await x]\n",
 "async def f():\n    return (x for x in y if await x)\n",
 "async def f():\n    yield 1\n    await g()\n    return\n",
 "await x\n",
 "async def f():\n    x = [y async for y in z]\n    yield x\n",
 "class C:\n    [x async for x in y]\n",
 "async def f():\n    class C:\n        [x async for x in y]\n",
 "async def f():\n    class C:\n        (x async for x in y)\n",
]
for s in srcs:
    try:
        c = compile(s, "<s>", "exec")
        print("ok", repr(s[:40]))
    except SyntaxError as e:
        print("SE", repr(s[:40]), e.msg, e.lineno, e.offset)
