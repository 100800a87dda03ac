# Triple-quoted strings inside the expressions of f-strings.
print(f"{'''eric's'''}", f'{"""a"b"""}', f"{'''x''' + '''y'''}", f"{''}", f'{""}', f"{'a' 'b'}", f"{'''a''':>5}")
for src in ("f\"{'''abc}\"", "f'{\"\"\"x}'", "f\"{'''a'' }\""):
    try: compile(src, 's', 'eval'); print('ok')
    except SyntaxError as e: print(e.msg)
