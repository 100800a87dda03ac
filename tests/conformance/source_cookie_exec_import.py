# Source bytes given to exec and eval are decoded by their coding cookie
# or BOM, as compile() decodes them; a module whose UTF-8 BOM is followed
# by a cookie naming UTF-8 otherwise ("utf8" spelled so) fails to import;
# an undecodable source is a SyntaxError with the decode error's text.
import os
import sys
import tempfile

exec(b'#coding:iso8859-15\nprint(ascii("\xc3\xa4"))\n')
exec(b'#coding:iso8859-15\n#coding:latin1\nprint(ascii("\xc3\xa4"))\n')
exec(b'#\n#coding:latin1\nprint(ascii("\xc3\xa4"))\n')
print(eval(b'\xef\xbb\xbf1 + 1'))
print(ascii(eval('# -*- coding: latin1 -*-\n"\xe4"'.encode('latin1'))))
try:
    compile("# coding: ascii\n\N{SNOWMAN}".encode('utf-8'), "<string>", "exec")
except SyntaxError as e:
    print(e.args)
try:
    exec(b"# coding: ascii\n'\xe2'")
except SyntaxError as e:
    print(e.args)

d = tempfile.mkdtemp()
sys.path.insert(0, d)
with open(os.path.join(d, "bom_cookie_mod.py"), "wb") as f:
    f.write(b"\xef\xbb\xbf#coding: utf8\nprint('imported')\n")
with open(os.path.join(d, "bom_only_mod.py"), "wb") as f:
    f.write(b"\xef\xbb\xbfx = '\xc3\xa4'\n")
with open(os.path.join(d, "bom_utf8_cookie_mod.py"), "wb") as f:
    f.write(b"\xef\xbb\xbf# -*- coding: utf-8 -*-\ny = 2\n")
try:
    import bom_cookie_mod
except SyntaxError as e:
    print("SyntaxError:", e.msg)
import bom_only_mod
print(ascii(bom_only_mod.x))
import bom_utf8_cookie_mod
print(bom_utf8_cookie_mod.y)
for name in os.listdir(d):
    p = os.path.join(d, name)
    if os.path.isfile(p):
        os.remove(p)
