# The unicodedata module's attributes, the UCD type, argument checking and
# the errors and defaults of its functions.
import unicodedata

U, U32 = unicodedata, unicodedata.ucd_3_2_0
print(U.unidata_version, U32.unidata_version, type(U32).__name__, type(U32).__module__, U.UCD is type(U32))
print(sorted(n for n in dir(U) if not n.startswith('_')))
print(sorted(n for n in dir(U32) if not n.startswith('_')))
print(repr(U.UCD))
for f in (lambda: U.UCD(), lambda: setattr(U32, 'unidata_version', 'x'), lambda: setattr(U32, 'x', 1)):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class S(str):
    pass


for name in ['category', 'bidirectional', 'combining', 'mirrored', 'east_asian_width', 'decomposition',
             'decimal', 'digit', 'numeric', 'name']:
    for db in (U, U32):
        fn = getattr(db, name)
        for args in [('a',), ('\u00bd',), (S('\u0665'),), ('\U0001d7d9',), ('\u3405',), ('ab',), ('',), (1,), (None,),
                     (b'a',), (), ('a', 'b', 'c'), ('\u2155', None), ('x', -1), ('\ud800',), ('\U0010ffff',)]:
            try:
                print(name, ascii(args), ascii(fn(*args)))
            except (TypeError, ValueError) as e:
                print(name, ascii(args), type(e).__name__, e)
for fn in (U.category, U32.name, U.lookup, U.normalize):
    try:
        fn(chr=1) if fn is not U.normalize else fn('NFC', unistr='a')
    except TypeError as e:
        print(type(e).__name__, e)
for v in (U.numeric('\u2155'), U.numeric('\U00012432'), U.numeric('\u4e07'), U.numeric('\u5146'), U.numeric('\u0f33'),
          U.numeric('\U0001ecb4', None), U.decimal('\U0001d7ff'), U.digit('\u2468'), U32.numeric('\u2189', 'new')):
    print(repr(v))
print(U.category('\U000e01f0'), U.category('\U0010fffd'), U.category('\ud800'), U.bidirectional('\u0600'),
      U.east_asian_width('\u3000'), U.mirrored('('), U32.category('\u0221'), U32.bidirectional('\u08a0'))
m = U.UCD.category
print(m(U32, 'a'))
try:
    m(1, 'a')
except TypeError as e:
    print('TypeError', e)
