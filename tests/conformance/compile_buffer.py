import array
exec(compile(memoryview(b"print('mv')"), "name", "exec"))
exec(compile(array.array('b', b"print('arr')"), "name", "exec"))
exec(compile(bytearray(b"print('ba')"), "name", "exec"))
for bad in (1, None, [1]):
    try: compile(bad, "n", "exec")
    except TypeError as e: print(e)
try: compile(memoryview(b"x = (1,"), "mvname", "exec")
except SyntaxError as e: print(e.filename, e.msg)
