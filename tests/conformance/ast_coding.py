"""compile() and ast.parse of bytes decode the source from its coding
declaration (PEP 263) or its UTF-8 byte order mark."""
import ast

cases = [
    b'x = "\xc3\xa9"',
    b'\xef\xbb\xbfx = "\xc3\xa9"',
    b'# -*- coding: latin-1 -*-\nx = "\xe9"',
    b'#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\nx = "\xa4"',
    b'# coding=cp1251\nx = "\xcf\xe8\xf2\xee\xed"',
    b'# coding: utf-8\nx = "\xc3\xa9"',
    b'# coding: UTF_8\nx = "\xc3\xa9"',
    b'\n# coding: latin-1\nx = "\xe9"',
    b'x = 1\n# coding: latin-1\ny = 2',
    b'# coding: bogus\nx = 1',
    b'\xef\xbb\xbf# coding: latin-1\nx = 1',
    b'\xef\xbb\xbf# coding: utf-8\nx = "\xc3\xa9"',
    b'# coding: koi8-r\nx = "\xf0\xc9\xd4\xcf\xce"',
]
for src in cases:
    try:
        co = compile(src, "<src>", "exec")
        ns = {}
        exec(co, ns)
        print(ascii(ns.get("x")), ascii(ns.get("y")))
        t = ast.parse(src)
        print(ascii(ast.dump(t)))
    except SyntaxError as e:
        print("SyntaxError", e.msg)
