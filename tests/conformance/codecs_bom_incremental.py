# The incremental coders of utf-8-sig, utf-16 and utf-32: the byte order mark
# written and read first only, states, split characters.
import codecs, io
d = codecs.getincrementaldecoder('utf-16')()
data = 'héllo wörld'.encode('utf-16-be')
data = codecs.BOM_UTF16_BE + data
print(repr(''.join(d.decode(data[i:i+3]) for i in range(0, len(data), 3)) + d.decode(b'', True)))
d = codecs.getincrementaldecoder('utf-8-sig')()
data = codecs.BOM_UTF8 + 'ab'.encode() + codecs.BOM_UTF8 + b'c'
print(repr(''.join(d.decode(data[i:i+1]) for i in range(len(data))) + d.decode(b'', True)))
d = codecs.getincrementaldecoder('utf-32')()
data = 'xyz'.encode('utf-32')
print(repr(''.join(d.decode(data[i:i+5]) for i in range(0, len(data), 5)) + d.decode(b'', True)), d.getstate())
for enc in ['utf-8-sig', 'utf-16', 'utf-32']:
    e = codecs.getincrementalencoder(enc)()
    print(enc, e.getstate(), e.encode('a'), e.getstate(), e.encode('b'), e.getstate())
    e.reset(); print(e.encode('c')); e.setstate(0); print(e.encode('d'))
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding='utf-8-sig'); t.write('aaa'); t.flush()
t2 = io.TextIOWrapper(b, encoding='utf-8-sig'); t2.seek(0, 2); t2.write('xxx'); t2.flush(); print(b.getvalue())
for enc in ['utf-16', 'utf-32', 'utf-8-sig']:
    d = codecs.getincrementaldecoder(enc)()
    print(enc, d.getstate())
    data = 'a\U0001f600b'.encode(enc)
    out = ''
    for i in range(len(data)):
        out += d.decode(data[i:i+1])
        if i == 1:
            st = d.getstate()
    print(repr(out), d.getstate(), st)
    d2 = codecs.getincrementaldecoder(enc)(); d2.setstate(st); print(repr(d2.decode(data[2:], True)))
