# Numeric literals end where CPython's tokenizer ends them: errors at the
# same offsets, and a SyntaxWarning (an error under -W error) for a literal
# run into a keyword, such as 1if or 0x1for.
import warnings
cases = ['1jspam', '1.spam', '0b12', '0b1_2', '0b2', '0b1_', '0b', '0o18', '0o1_8', '0o8',
         '0o1_', '0o', '0x1_', '0x', '1_', '012', '1.2_', '1e2_', '1e+', '0xfand x',
         '0or x', '0b1is x', '1if x else y', 'x + 0x1for y', '[0b1for x in ()]',
         '1.5jor 2', '1else', '1 if 1else 0', '0 if 1Else 0', '[0xfor x in ()]',
         '1not in x', '0x1fnot in x', '1in x', '1is x', '0_7', '00', '0_0', '1__0', '1e', '1.e5x',
         '0o7and x', '1.and x', '1jif x else y', '9spam', '1e3spam', '1\u00e9', '0x1g']
for s in cases:
    for action in ('always', 'error'):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter(action)
            try:
                compile(s, '<s>', 'eval')
                r = 'ok'
            except SyntaxError as e:
                r = f'{e.msg} {e.lineno} {e.offset} {e.end_lineno} {e.end_offset}'
        print(repr(s), action, r, [(x.category.__name__, str(x.message), x.lineno) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    compile('x = 1if 2else 3\ny = [0x1for x in ()]\n', '<s>', 'exec')
print([(x.category.__name__, str(x.message), x.lineno) for x in w])
