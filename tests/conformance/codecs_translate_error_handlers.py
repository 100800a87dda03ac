import codecs
for h in ["strict","ignore","replace","backslashreplace","xmlcharrefreplace","namereplace","surrogateescape","surrogatepass"]:
    f = codecs.lookup_error(h)
    for exc in [UnicodeTranslateError("a\u3042\U0001f600b", 1, 3, "ouch"), Exception("x"), 42, UnicodeError("u")]:
        try: print(h, f(exc))
        except Exception as e: print(h, type(e).__name__, e)
print("\u3042b".translate({0x3042: None}))
