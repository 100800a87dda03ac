# Regenerates cases.json from exprs.txt with python3 (CPython 3.11):
# each expression's string under `from __future__ import annotations`.
#   cd vm/syntax/testdata/unparse && python3 gen.py
import json, sys

assert sys.version_info[:2] == (3, 11), sys.version
cases = []
with open("exprs.txt", encoding="utf-8") as f:
    for line in f:
        src = line.rstrip("\n")
        if not src:
            continue
        ns = {}
        try:
            exec(compile("from __future__ import annotations\nx: " + src + "\n",
                         "<case>", "exec"), ns)
        except SyntaxError as e:
            print("skipped:", src, "->", e, file=sys.stderr)
            continue
        cases.append([src, ns["__annotations__"]["x"]])
with open("cases.json", "w", encoding="utf-8") as f:
    json.dump(cases, f, ensure_ascii=True, indent=0)
    f.write("\n")
