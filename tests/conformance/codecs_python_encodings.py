# Codecs written in Python in the encodings package (base64, rot13, idna,
# punycode, the code pages on charmap_encode/decode) are found through its
# search function, as in CPython where encodings is imported at start-up.
import codecs
for args in [(b'abc','base64'), ('abc','rot13'), (b'abc','hex'), ('bücher','idna'), ('abc','cp437'), ('abc', 'punycode'), ('abc','utf-16'), ('abc', 'nosuch'), (b'abc', 'uu'), ('ab', 'unicode_escape'), ('ab', 'mac_roman'), ('ab', 'cp1140')]:
    try: print(args[1], codecs.encode(*args))
    except Exception as e: print(args[1], type(e).__name__, e)
print(codecs.decode(codecs.encode(b'hello', 'base64'), 'base64'))
print('bücher.de'.encode('idna'), b'xn--bcher-kva.de'.decode('idna'))
try: 'x'.encode('base64')
except LookupError as e: print(e)
print(codecs.lookup('rot13').name, codecs.lookup('base64').name)
for enc in ('cp1140', 'cp437', 'mac_roman', 'koi8_r', 'cp1252', 'iso8859_15', 'cp037', 'hp_roman8', 'tis_620'):
    for s in ('abc', 'héllo €', '\u20ac\u0416', '\uffff'):
        for errors in ('strict', 'replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace'):
            try: b = s.encode(enc, errors); print(enc, errors, b, b.decode(enc, errors))
            except Exception as e: print(enc, errors, type(e).__name__, e)
    try: print(bytes(range(128, 256)).decode(enc, 'replace'))
    except Exception as e: print(type(e).__name__, e)
