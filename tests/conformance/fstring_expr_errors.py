# The errors of an f-string's replacement fields, found as CPython 3.11's
# fstring_find_expr finds them: brackets matched, backslashes and '#'
# refused anywhere in the expression, conversions checked; and a
# backslash before a brace in the literal part.
import warnings

cases = ["f'{)#}'", "f'{3!:}'", "f'{3!}'", "f'{3!r'", "f'{((}'", "f'{!r}'", "f'{!}'",
         "f'{:x}'", "f'{=}'", "f'{}'", "f'{ }'", "rf'{\"\\N{LEFT CURLY BRACKET}\"}'",
         "f'{3)+(4}'", "f'{*a}'", "f'{**a}'", "f'{#}'", "f'{a#}'", "f'{[}'", "f'{a[}'",
         "f'{(]}'", "f'{a)}'", "f'{3!g}'", "f'{3!rr}'", "f'{3!r }'", "f'}'", "f'{'",
         "f'{a:{b}'", "f'{a!r=}'", "f'{a:{b:{c}}}'", "f'{\"a\" \"}\"}'", "f'{a!=b}'",
         "f'{a<=b}'", "f'{a>b}'", "f'{\"\"\"}\"\"\"}'", "f'{a=!r:>4}'", "(**a)", "(**a, b)"]
for s in cases:
    try:
        compile(s + "\n", "<s>", "exec")
        print(s, "compiles")
    except SyntaxError as e:
        print(s, e.msg, e.lineno)

a, b = 1, 2
print(f'{a!=b}', f'{a<=b}', f'{a>b}', f'{a=!r:>4}', f'{"a" "}"}', f'{"""}"""}')

for s in ["f'\\{6*7}'", "f'\\}}'", "f'a\\{{b'", "f'\\}'", "f'x\\{1}\\{2}'", "f'\\\\{6*7}'",
          "fr'\\{6*7}'", "f'\\{{'", "f'\\N{AMPERSAND}{1}'"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            print(s, repr(eval(s)), end=' ')
        except SyntaxError as e:
            print(s, 'SyntaxError', e.msg, end=' ')
    print([(x.category.__name__, str(x.message)) for x in w])

for spec in [",,", "__", ",_", "_,", ",x", "_x", ",,d", "__b", ",.2f", "_.2f"]:
    for v in (1, 1.5):
        try:
            print(spec, repr(f"{v:{spec}}"))
        except ValueError as e:
            print(spec, e)
