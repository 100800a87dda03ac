# \N{NAME} escapes in the literal parts of f-strings, after replacement
# fields too: their braces are not a field.
x = 'X'
print(f'\N{GREEK CAPITAL LETTER DELTA}', f'{2}\N{GREEK CAPITAL LETTER DELTA}{3}', f'{2}\N{DIGIT ONE}x{{}}', rf'\N{x}', f'\\N{x}')
for src in ("f'\\N{NOSUCH NAME}'", "f'{1}\\N{'", "f'\\N'"):
    try: compile(src, 's', 'eval'); print('ok')
    except SyntaxError as e: print(e.msg)
