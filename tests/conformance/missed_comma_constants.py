# Calling a constant (None, True, ... included) or a display draws
# CPython's "perhaps you missed a comma?" SyntaxWarning; a lambda does not.
import warnings

for src in ['[None (3, 4)]', '[True (3, 4)]', '[... (3, 4)]', '[123 (3, 4)]',
            '["abc" (3, 4)]', '[(1, 2) (3, 4)]', '[{1: 2} (3, 4)]',
            '[(lambda x, y: x) (3, 4)]', '[x (3, 4)]', '[None [i, j]]']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        compile(src, '<testcase>', 'exec')
    print(src, [(x.category.__name__, str(x.message)) for x in w])
