import codecs
for d in [b"\\Uffffeeee", b"\\U00110000", b"\\U0010ffff", b"\\U0011000", b"\\Ufffffffff"]:
    for h in ["strict", "replace"]:
        try: print(d, h, repr(d.decode("unicode-escape", h)), repr(d.decode("raw-unicode-escape", h)))
        except Exception as e: print(d, h, type(e).__name__, e)
