# str.encode / bytes.decode across codecs, error handlers and edge inputs.
import codecs

ENCODINGS = ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'UTF-16BE', 'utf-32', 'utf_32_le',
             'utf-32-be', 'latin-1', 'ascii', 'cp1252', 'iso-8859-15', 'cp437', 'iso8859_2',
             'koi8-r', 'mac-roman', 'unicode_escape', 'raw_unicode_escape']
HANDLERS = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape',
            'surrogatepass', 'xmlcharrefreplace', 'namereplace']
TEXTS = ['', 'abc', 'caf\xe9', '\u20ac5', 'x\U0001f600y', '\ud800', 'a\udcff\udc80b',
         '\udc80\U0001f600', 'tab\t\\q', '\x00\x7f\x80\xff', '\u0100\u017e', '\u4e00\uac00',
         '\u0416\u00e9\u00a4']
DATA = [b'', b'abc', b'\xff', b'caf\xc3\xa9', b'\xc3', b'a\xe2\x82', b'\xf0\x9f\x98',
        b'\xf0\x9f\x98\x80', b'\xed\xa0\x80', b'\xe0\x80\x80', b'\xc0\x80', b'\xf5\x80',
        b'\xf0\x9f(\x80', b'\x80\x81\x8d\x8f\x90\x9d', b'\xef\xbb\xbfhi', b'\xff\xfeh\x00',
        b'\xfe\xff\x00h', b'\x00\xd8', b'\x00\xdc\x41\x00', b'\x00\xd8\x41\x00', b'a\x00b',
        b'\xff\xfe\x00\x00h\x00\x00\x00', b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00',
        b'\\u00e9\\x41\\n', b'\\', b'\\x4', b'\\u12', b'\\U00110000', b'\\N{EURO SIGN}',
        b'\\N{bogus}', b'\\Nx', b'\\\\u0041', b'\\\\\\u0041']


def show(f):
    try:
        r = f()
    except UnicodeError as e:
        return '%s[%d:%d] %s' % (type(e).__name__, e.start, e.end, e)
    except (LookupError, TypeError, ValueError, IndexError, Warning) as e:
        return '%s: %s' % (type(e).__name__, e)
    return ascii(r)


for enc in ENCODINGS:
    print('==', enc, codecs.lookup(enc).name)
    for h in HANDLERS:
        for t in TEXTS:
            print('enc', h, ascii(t), show(lambda: t.encode(enc, h)))
        for d in DATA:
            print('dec', h, d, show(lambda: d.decode(enc, h)))

# Defaults and keyword arguments.
print(show(lambda: 'caf\xe9'.encode()), show(lambda: b'caf\xc3\xa9'.decode()))
print(show(lambda: 'caf\xe9'.encode(encoding='latin-1')), show(lambda: 'caf\xe9'.encode(errors='strict')))
print(show(lambda: b'\xe9'.decode(encoding='latin-1', errors='strict')))
print(show(lambda: bytearray(b'\xff').decode('utf-8', 'replace')), show(lambda: bytearray(b'\xff').decode()))
print(show(lambda: str(b'\xe9', 'latin-1')), show(lambda: str(b'\xff', 'utf-8', 'replace')),
      show(lambda: str(b'\xff', errors='ignore')), show(lambda: str(bytearray(b'ab'), 'ascii')),
      show(lambda: str(memoryview(b'ab'), 'ascii')), show(lambda: str(b'\xff', 'ascii')))
print(show(lambda: bytes('\xe9', 'latin-1')), show(lambda: bytes('\xe9', 'ascii', 'replace')),
      show(lambda: bytearray('\u20ac', 'cp1252')), show(lambda: bytes('x', encoding='utf-16-le')),
      show(lambda: bytes('\xe9', 'ascii')))

# Argument errors.
print(show(lambda: 'a'.encode('xyz')), show(lambda: b'a'.decode('xyz')))
print(show(lambda: 'a'.encode(1)), show(lambda: 'a'.encode('ascii', 1)))
print(show(lambda: b'a'.decode(1)), show(lambda: b'a'.decode('ascii', 1)))
print(show(lambda: str(b'a', 1)), show(lambda: str(b'a', 'ascii', 1)), show(lambda: str('a', 'ascii')))
print(show(lambda: bytes('a')), show(lambda: bytes('a', errors='strict')), show(lambda: bytes('a', 1)))
print(show(lambda: 'abc'.encode('ascii', 'bogus')), show(lambda: '\xe9'.encode('ascii', 'bogus')))
print(show(lambda: b'\xff'.decode('ascii', 'bogus')), show(lambda: 'a'.encode('rot13')))
print(show(lambda: b'\xff'.decode('utf-8', 'xmlcharrefreplace')), show(lambda: b'\xff'.decode('utf-8', 'namereplace')))
print(show(lambda: 'a'.encode('a b c')), show(lambda: 'a'.encode(' UTF 8 ')))

# Exception objects.
e = UnicodeEncodeError('ascii', 'abc', 1, 2, 'bad')
print(e.args, str(e), repr(e))
e.start = 0
e.reason = 'worse'
print(str(e), e.args, e.start, e.end)
e = UnicodeDecodeError('utf-8', b'\x80\x81', 0, 2, 'oops')
print(str(e), repr(e), e.object)
print(str(UnicodeDecodeError('utf-8', bytearray(b'\x80'), 0, 1, 'x')))
print(str(UnicodeEncodeError('ascii', '\u20ac\U0001f600', 1, 2, 'x')), str(UnicodeEncodeError('ascii', '\u20ac', 0, 1, 'x')))
print(show(lambda: UnicodeEncodeError('ascii')), show(lambda: UnicodeDecodeError('a', 'b', 1, 2, 'c')))
print(isinstance(e, UnicodeError), isinstance(e, ValueError))

# The codecs module.
for name in ['utf8', 'UTF-8', 'U8', 'utf', 'latin1', 'iso-8859-1', 'us-ascii', 'windows-1252', 'UTF-16BE', 'utf_32_le', 'Latin-1', 'iso_8859_15', 'cp1252', 'utf_16', 'unicode-escape',
             'raw_unicode_escape', 'utf-8-sig', 'ascii', '646', 'koi8_r']:
    print(name, codecs.lookup(name).name)
print(codecs.lookup('utf-8').encode('\xe9'), codecs.lookup('utf-8').decode(b'\xc3\xa9'))
print(codecs.encode('\xe9', 'latin-1'), codecs.decode(b'\xe9', 'cp1252'), codecs.encode('x'), codecs.decode(b'x'))
print(codecs.getencoder('ascii')('abc'), codecs.getdecoder('utf-16')(codecs.BOM_UTF16_BE + b'\x00a'))
print(show(lambda: codecs.encode('\xe9', 'ascii')), show(lambda: codecs.decode(b'\xff', 'ascii', 'replace')))
print(show(lambda: codecs.lookup('nope')), show(lambda: codecs.encode(b'x', 'utf-8')))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE,
      codecs.BOM_LE, codecs.BOM_BE, codecs.BOM, codecs.BOM_UTF16, codecs.BOM_UTF32)
for h in HANDLERS:
    print(h, codecs.lookup_error(h).__name__)
print(show(lambda: codecs.lookup_error('nope')))
print(codecs.replace_errors(UnicodeEncodeError('ascii', 'a\xe9', 1, 2, 'x')))
print(codecs.backslashreplace_errors(UnicodeDecodeError('ascii', b'a\xff', 1, 2, 'x')))
print(codecs.xmlcharrefreplace_errors(UnicodeEncodeError('ascii', 'a\u20ac', 1, 2, 'x')))
print(codecs.namereplace_errors(UnicodeEncodeError('ascii', 'a\u20ac', 1, 2, 'x')))
print(show(lambda: codecs.strict_errors(UnicodeEncodeError('ascii', 'a\xe9', 1, 2, 'x'))))
print(show(lambda: codecs.xmlcharrefreplace_errors(UnicodeDecodeError('ascii', b'a\xff', 1, 2, 'x'))))

# Custom error handlers.
log = []


def handler(e):
    log.append((type(e).__name__, e.encoding, e.start, e.end, e.reason))
    if isinstance(e, UnicodeEncodeError):
        return ('<%d>' % ord(e.object[e.start]), e.start + 1)
    return ('[%d]' % e.object[e.start], e.start + 1)


codecs.register_error('test.angle', handler)
print('a\xe9\u20acb'.encode('ascii', 'test.angle'), b'a\xff\xfeb'.decode('utf-8', 'test.angle'))
print('\ud800x'.encode('utf-8', 'test.angle'), '\xe9'.encode('cp437', 'test.angle'))
print(log)
print(codecs.lookup_error('test.angle') is handler)
codecs.register_error('test.bytes', lambda e: (b'\x01\x02', e.end))
print('a\u20acb'.encode('latin-1', 'test.bytes'), show(lambda: b'\xff'.decode('ascii', 'test.bytes')))
codecs.register_error('test.back', lambda e: ('', -1))
print(show(lambda: 'ab\xe9c'.encode('ascii', 'test.back')))
codecs.register_error('test.far', lambda e: ('?', 100))
print(show(lambda: '\xe9'.encode('ascii', 'test.far')), show(lambda: b'\xff'.decode('ascii', 'test.far')))
codecs.register_error('test.bad', lambda e: 42)
print(show(lambda: '\xe9'.encode('ascii', 'test.bad')), show(lambda: b'\xff'.decode('ascii', 'test.bad')))
codecs.register_error('test.nonascii', lambda e: ('\xe9', e.end))
print(show(lambda: '\u20ac'.encode('ascii', 'test.nonascii')), show(lambda: '\u20ac'.encode('latin-1', 'test.nonascii')))


def raising(e):
    raise KeyError('from handler')


codecs.register_error('test.raise', raising)
print(show(lambda: '\xe9'.encode('ascii', 'test.raise')))
print(show(lambda: codecs.register_error('x', 1)), show(lambda: codecs.register(1)))


# Custom codecs through search functions.
def search(name):
    log.append(name)
    if name == 'test_upper':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode('ascii', errors), len(s)),
                                lambda b, errors='strict': (bytes(b).decode('ascii', errors).lower(), len(b)),
                                name='test-upper')
    if name == 'test_bad':
        return codecs.CodecInfo(lambda s, errors='strict': (s, len(s)), lambda b, errors='strict': (b, len(b)),
                                name='test-bad')
    return None


log.clear()
codecs.register(search)
print('abc'.encode('Test Upper'), b'ABC'.decode('test-upper'), codecs.lookup('test upper').name)
print(show(lambda: '\xe9'.encode('test_upper')), show(lambda: '\xe9'.encode('test_upper', 'replace')))
print(show(lambda: 'x'.encode('test_bad')), show(lambda: b'x'.decode('test_bad')))
print(codecs.encode('x', 'test_bad'), show(lambda: 'x'.encode('unknown_thing')))
print(log)
codecs.unregister(search)

# Round trips and BOM handling.
s = 'h\xe9llo \u20ac \U0001f600 \u4e00'
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
            'unicode_escape', 'raw_unicode_escape']:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
print(b'hi'.decode('utf-8-sig'), codecs.BOM_UTF8.decode('utf-8-sig'), ascii(codecs.BOM_UTF8.decode('utf-8')))
print(ascii(b'\xff\xfe\xff\xfeh\x00'.decode('utf-16')), ascii(b'\xff\xfeh\x00'.decode('utf-16-le')))
print(bytes(range(256)).decode('latin-1') == ''.join(map(chr, range(256))))
print(bytes(range(256)).decode('cp437')[-20:], bytes(range(128, 256)).decode('iso-8859-15', 'replace')[32:48])
print(ascii(bytes(range(128, 160)).decode('cp1252', 'replace')))
print(ascii(bytes(range(256)).decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape') == bytes(range(256))))
print('\N{EURO SIGN}'.encode('unicode_escape'), b'\\N{latin small letter e with acute}'.decode('unicode_escape'))
print('\u4e00\uac00\U0001f600\x00'.encode('ascii', 'namereplace'))

# unicode_escape warns about the first unknown escape of a successful decoding.
print(b'\\z\\q'.decode('unicode_escape'), codecs.decode(b'\\\xe9', 'unicode_escape'))
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('error')
    print(show(lambda: b'\\z'.decode('unicode_escape')), show(lambda: b'\\z\\x4'.decode('unicode_escape')))
