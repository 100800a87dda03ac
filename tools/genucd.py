#!/usr/bin/env python3
"""Generate vm/lib/ucd/tables_gen.go: the Unicode character database of
CPython 3.11 (Unicode 14.0.0, and the 3.2.0 database of
unicodedata.ucd_3_2_0), read from CPython's own unicodedata module.

Run from the repository root (make unicodedata):

    python3 tools/genucd.py | gofmt > vm/lib/ucd/tables_gen.go

Every code point is swept through unicodedata and str's predicates; the
results are packed into raw-deflate blobs (base64 in Go raw strings) that
package ucd inflates on first use:

  - props: for each code point an index into a list of records (category,
    bidirectional class, combining class, east asian width, mirrored,
    decimal, digit and numeric values, flags of str's predicates), as a two-level
    table of 128-code-point blocks; props32 is the same for Unicode 3.2.0.
  - decomp: the decomposition mappings, with a mark on the canonical pairs
    that NFC composes back (the primary composites).
  - names: the character names other than the algorithmic ones (Hangul
    syllables, CJK unified ideographs and names ending in the code point in
    hex), front-coded, then the name aliases and named sequences, read from
    CPython's name database through its _ucnhash_CAPI capsule.
"""
import base64
import ctypes
import re
import sys
import unicodedata
import zlib

assert sys.version_info[:2] == (3, 11), "the database must come from CPython 3.11"

U = unicodedata
U32 = unicodedata.ucd_3_2_0
N = 0x110000
SHIFT = 7

CATEGORIES = ['Cn', 'Cc', 'Cf', 'Co', 'Cs', 'Ll', 'Lm', 'Lo', 'Lt', 'Lu', 'Mc', 'Me', 'Mn', 'Nd', 'Nl', 'No',
              'Pc', 'Pd', 'Pe', 'Pf', 'Pi', 'Po', 'Ps', 'Sc', 'Sk', 'Sm', 'So', 'Zl', 'Zp', 'Zs']
BIDI = ['', 'AL', 'AN', 'B', 'BN', 'CS', 'EN', 'ES', 'ET', 'FSI', 'L', 'LRE', 'LRI', 'LRO', 'NSM', 'ON',
        'PDF', 'PDI', 'R', 'RLE', 'RLI', 'RLO', 'S', 'WS']
EAW = ['N', 'A', 'F', 'H', 'Na', 'W']

# Flags of a record, as in package ucd.
XID_START, XID_CONTINUE, SPACE, LOWER, UPPER = 1, 2, 4, 128, 256
# The normalization forms whose quick check passes a character as
# certainly normalized: CPython's normalize returns its argument itself
# (a str subclass stays one) when every character passes.
QC_YES = {'NFC': 8, 'NFD': 16, 'NFKC': 32, 'NFKD': 64}


class S(str):
    pass


def uvarint(n):
    out = bytearray()
    while n >= 0x80:
        out.append(n & 0x7F | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def deflate(data):
    c = zlib.compressobj(9, zlib.DEFLATED, -15, 9)
    return c.compress(bytes(data)) + c.flush()


def props(db, flags):
    """The blob of one database's per-code-point records."""
    numerics = ['']
    records, rindex = [], {}
    per = []
    for c in range(N):
        ch = chr(c)
        num = db.numeric(ch, None)
        ni = 0
        if num is not None:
            s = repr(num)
            if s not in numerics:
                numerics.append(s)
            ni = numerics.index(s)
        f = 0
        if flags:
            if ch.isidentifier():
                f |= XID_START
            if ('a' + ch).isidentifier():
                f |= XID_CONTINUE
            if ch.isspace():
                f |= SPACE
            if ch.islower():
                f |= LOWER
            if ch.isupper():
                f |= UPPER
            for form, bit in QC_YES.items():
                if type(db.normalize(form, S(ch))) is S:
                    f |= bit
        dec, dig = db.decimal(ch, None), db.digit(ch, None)
        rec = (CATEGORIES.index(db.category(ch)), BIDI.index(db.bidirectional(ch)), db.combining(ch),
               EAW.index(db.east_asian_width(ch)), db.mirrored(ch),
               255 if dec is None else dec, 255 if dig is None else dig, ni, f)
        if rec not in rindex:
            rindex[rec] = len(records)
            records.append(rec)
        per.append(rindex[rec])
    blocks, bindex, index1 = [], {}, []
    for b in range(0, N, 1 << SHIFT):
        blk = tuple(per[b:b + (1 << SHIFT)])
        if blk not in bindex:
            bindex[blk] = len(blocks)
            blocks.append(blk)
        index1.append(bindex[blk])
    out = bytearray(uvarint(len(records)))
    for r in records:
        out += bytes(r[:7]) + uvarint(r[7]) + uvarint(r[8])
    out += uvarint(len(numerics) - 1)
    for s in numerics[1:]:
        out += uvarint(len(s)) + s.encode()
    out += uvarint(len(blocks))
    for blk in blocks:
        for r in blk:
            out += uvarint(r)
    for i in index1:
        out += uvarint(i)
    return out, len(records), len(blocks)


def check_derived():
    """The predicates that package ucd derives from the category and the
    numeric values agree with str's."""
    for c in range(N):
        ch = chr(c)
        cat = U.category(ch)
        assert ch.isprintable() == (c == 0x20 or cat[0] not in 'CZ'), hex(c)
        assert ch.isalpha() == (cat in ('Ll', 'Lu', 'Lt', 'Lm', 'Lo')), hex(c)
        assert ch.isdecimal() == (U.decimal(ch, None) is not None), hex(c)
        assert ch.isdigit() == (U.digit(ch, None) is not None), hex(c)
        assert ch.isnumeric() == (U.numeric(ch, None) is not None), hex(c)
        # UCD 3.2.0 decomposes what it had assigned, with today's mappings.
        assert U32.decomposition(ch) == (U.decomposition(ch) if U32.category(ch) != 'Cn' else ''), hex(c)


PREFIXES = ['']


def decomp():
    out = bytearray()
    entries = []
    for c in range(N):
        d = U.decomposition(chr(c))
        if not d:
            continue
        parts = d.split()
        prefix = ''
        if parts[0].startswith('<'):
            prefix = parts.pop(0)
        if prefix not in PREFIXES:
            PREFIXES.append(prefix)
        cps = [int(p, 16) for p in parts]
        composite = (not prefix and len(cps) == 2 and U.normalize('NFC', chr(c)) == chr(c))
        entries.append((c, PREFIXES.index(prefix), cps, composite))
    out += uvarint(len(entries))
    last = 0
    for c, p, cps, comp in entries:
        out += uvarint(c - last) + bytes([p, len(cps), 1 if comp else 0])
        for x in cps:
            out += uvarint(x)
        last = c
    return out, len(entries)


def corrections32():
    """The code points whose 3.2.0 normalization differs from a
    decomposition with today's mappings (NormalizationCorrections.txt)."""
    out = []
    for c in range(N):
        ch = chr(c)
        if U32.category(ch) == 'Cn':
            continue
        if U32.normalize('NFD', ch) != U.normalize('NFD', ch):
            out.append((c, U32.normalize('NFD', ch)))
    return out


HEX_NAME = re.compile(r'^(.*-)([0-9A-F]{4,6})$')


def capi():
    get = ctypes.pythonapi.PyCapsule_GetPointer
    get.restype = ctypes.c_void_p
    get.argtypes = [ctypes.py_object, ctypes.c_char_p]
    p = get(U._ucnhash_CAPI, b"unicodedata._ucnhash_CAPI")
    fns = (ctypes.c_void_p * 2).from_address(p)
    return ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int, ctypes.c_int)(fns[0])


def names():
    hexranges = []  # [lo, hi, prefix]
    stored = []
    for c in range(N):
        n = U.name(chr(c), None)
        if n is None:
            continue
        if 0xAC00 <= c < 0xAC00 + 11172:
            continue
        m = HEX_NAME.match(n)
        if m and int(m.group(2), 16) == c and m.group(2) == '%04X' % c:
            if hexranges and hexranges[-1][2] == m.group(1) and hexranges[-1][1] == c - 1:
                hexranges[-1][1] = c
            else:
                hexranges.append([c, c, m.group(1)])
            continue
        stored.append((c, n))
    out = bytearray(uvarint(len(stored)))
    prev, last = b'', 0
    for c, n in stored:
        b = n.encode()
        k = 0
        while k < len(prev) and k < len(b) and prev[k] == b[k] and k < 255:
            k += 1
        out += uvarint(c - last) + bytes([k, len(b) - k]) + b[k:]
        prev, last = b, c
    getname = capi()
    buf = ctypes.create_string_buffer(256)
    aliases, seqs = [], []
    for c in range(0xF0000, 0xF0400):
        if not getname(c, buf, 256, 1):
            continue
        name = buf.value.decode()
        v = U.lookup(name)
        if c < 0xF0200:
            assert len(v) == 1 and name != U.name(v, None)
            aliases.append((name, v))
        else:
            seqs.append((name, v))
    for lst in (aliases, seqs):
        out += uvarint(len(lst))
        for name, v in lst:
            out += uvarint(len(name)) + name.encode() + uvarint(len(v))
            for ch in v:
                out += uvarint(ord(ch))
    return out, len(stored), hexranges, len(aliases), len(seqs)


def blob(name, doc, data):
    enc = base64.b64encode(deflate(data)).decode()
    print()
    print('// %s %s' % (name, doc))
    print('const %s = `' % name, end='')
    for i in range(0, len(enc), 100):
        print(enc[i:i + 100])
    print('`')


def strings(name, doc, xs):
    print()
    print('// %s %s' % (name, doc))
    print('var %s = [...]string{%s}' % (name, ', '.join('"%s"' % x for x in xs)))


def main():
    check_derived()
    p, nrec, nblk = props(U, True)
    p32, nrec32, nblk32 = props(U32, False)
    d, ndec = decomp()
    nm, nnames, hexranges, nal, nseq = names()
    corr = corrections32()
    print('// Code generated by tools/genucd.py from CPython %d.%d.%d (Unicode %s); DO NOT EDIT.'
          % (sys.version_info[:3] + (U.unidata_version,)))
    print()
    print('package ucd')
    print()
    print('// Version is the version of the Unicode database, unicodedata.unidata_version.')
    print('const Version = "%s"' % U.unidata_version)
    print()
    print('const blockShift = %d' % SHIFT)
    strings('categoryNames', 'are the general categories, indexed by a record\'s category.', CATEGORIES)
    strings('bidiNames', 'are the bidirectional classes, indexed by a record\'s bidi.', BIDI)
    strings('eawNames', 'are the east asian widths, indexed by a record\'s eaw.', EAW)
    strings('decompPrefixes', 'are the tags of compatibility decompositions ("" for canonical).', PREFIXES)
    print()
    print('// hexNames are the ranges of code points named by a prefix and the code point in hex.')
    print('var hexNames = [...]hexName{')
    for lo, hi, prefix in hexranges:
        print('\t{0x%X, 0x%X, "%s"},' % (lo, hi, prefix))
    print('}')
    print()
    print('// corrections32 are the decompositions of UCD 3.2.0 that differ from today\'s.')
    print('var corrections32 = map[rune]string{')
    for c, s in corr:
        print('\t0x%X: "%s",' % (c, ''.join('\\U%08X' % ord(x) for x in s)))
    print('}')
    blob('propsBlob', 'holds %d records of %d blocks (Unicode %s).' % (nrec, nblk, U.unidata_version), p)
    blob('props32Blob', 'holds %d records of %d blocks (Unicode 3.2.0).' % (nrec32, nblk32), p32)
    blob('decompBlob', 'holds %d decompositions.' % ndec, d)
    blob('namesBlob', 'holds %d names, %d aliases and %d named sequences.' % (nnames, nal, nseq), nm)


if __name__ == '__main__':
    main()
