# The utf-7 codec (RFC 2152, CPython's rules and errors) and the named
# encoders and decoders of _codecs (utf_7_decode with final, utf_8_encode, ...).
import codecs, _codecs
print(_codecs.utf_7_decode(b'a+IKw'), _codecs.utf_7_decode(b'a+IKw', 'strict', True), _codecs.utf_7_decode(b'a+IKw-b'))
print(codecs.utf_7_encode('a\u20acb'), codecs.utf_8_encode('\u20ac'), codecs.utf_8_decode(b'a\xe2\x82'), codecs.utf_8_decode(b'a\xe2\x82\xac', None, True))
print(codecs.latin_1_encode('ab'), codecs.ascii_decode(b'ab'), codecs.utf_16_le_decode(b'a\x00b'), codecs.utf_32_be_encode('a'))
for data in (b'+', b'+-', b'+A', b'+AA', b'+AAA', b'+AAB-', b'a+2D3-x', b'+2D3eAA', b'+\xff', b'\xff', b'+!', b'+ICw', b'+ICwg', b'+2D0-'):
    for errs in ('strict', 'replace', 'ignore', 'backslashreplace'):
        try: r = data.decode('utf-7', errs)
        except UnicodeDecodeError as e: r = ('E', str(e))
        print(data, errs, ascii(r))
    print(' ', ascii(_codecs.utf_7_decode(data, 'replace', False)))
d = codecs.getincrementaldecoder('utf-7')()
print([d.decode(bytes([c])) for c in b'a+IKwgrA-b+AGE'], ascii(d.decode(b'', True)))
for s in ('', '+', 'a-b', '\u20ac-', '\u20acA', '\u20ac ', '\ud800', '\U0010ffff', '~\\', 'A+B', '\x00'):
    print(ascii(s), s.encode('utf-7'), s.encode('utf-7').decode('utf-7') == s)
import encodings.utf_7
print(encodings.utf_7.encode('\u20ac'), encodings.utf_7.decode(b'+IKw-'))
print(codecs.lookup('U7').name, codecs.lookup('unicode-1-1-utf-7').name, codecs.lookup('utf7').name)
for name in ('utf_8', 'utf_16_le', 'utf_16_be', 'utf_32_le', 'utf_32_be'):
    enc, dec = getattr(codecs, name + '_encode'), getattr(codecs, name + '_decode')
    data = enc('a\u20ac\U0001f600')[0]
    print(name, enc('a\u20ac\U0001f600'), [dec(data[:k]) for k in range(len(data) + 1)], dec(data[:-1], 'replace', True))
    print(' ', dec(bytearray(data)), dec(memoryview(data)), enc('\udc80', 'surrogatepass') if name == 'utf_8' else '')
for name in ('ascii', 'latin_1'):
    enc, dec = getattr(codecs, name + '_encode'), getattr(codecs, name + '_decode')
    print(name, enc('ab\xe9', 'replace'), dec(b'ab\xe9', 'replace'))
    try:
        enc('\u20ac')
    except UnicodeEncodeError as e:
        print(' ', e)
print(codecs.utf_8_decode.__name__, _codecs.latin_1_encode.__name__)
