"""Codec registry and base classes, a subset of CPython's codecs module."""

import _codecs
from _codecs import (encode, decode, register, unregister, register_error, lookup_error,
                     strict_errors, ignore_errors, replace_errors,
                     backslashreplace_errors, xmlcharrefreplace_errors,
                     namereplace_errors, escape_decode)

__all__ = ["register", "lookup",
           "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter", "encode", "decode", "getencoder", "getdecoder",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors", "backslashreplace_errors",
           "namereplace_errors", "register_error", "lookup_error"]

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % \
            (self.__class__.__module__, self.__class__.__qualname__,
             self.name, id(self))


class Codec:
    """Interface of a stateless encoder and decoder."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    """Encodes an input in steps."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An IncrementalEncoder that keeps the input it could not encode yet
    for the next call."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        result, consumed = self._buffer_encode(self.buffer + input, self.errors, final)
        self.buffer = (self.buffer + input)[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder(object):
    """Decodes an input in steps."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder that keeps the input it could not decode yet
    for the next call."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    """Writes encoded data to a stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    """Reads and decodes data from a stream."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self.charbuffer = ""

    def read(self, size=-1, chars=-1, firstline=False):
        data = self.bytebuffer + (self.stream.read() if size < 0 else self.stream.read(size))
        text, consumed = self.decode(data, self.errors)
        self.bytebuffer = data[consumed:]
        text = self.charbuffer + text
        if chars >= 0:
            text, self.charbuffer = text[:chars], text[chars:]
        else:
            self.charbuffer = ""
        return text

    def readline(self, size=None, keepends=True):
        text = self.read()
        lines = text.splitlines(keepends=True)
        if not lines:
            return ""
        self.charbuffer = "".join(lines[1:])
        return lines[0] if keepends else lines[0].splitlines(keepends=False)[0]

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = ""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


def _complete_prefix(module, data):
    """The length of the longest prefix of data that holds no incomplete
    character of the codec at its end."""
    n = len(data)
    if module == 'utf_8':
        for i in range(1, min(3, n) + 1):
            b = data[n - i]
            if b & 0xC0 == 0x80:
                continue
            if b >= 0xC0:
                need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
                if need > i:
                    return n - i
            return n
        return n
    if module.startswith('utf_16'):
        n -= n % 2
        if n >= 2:
            # A high surrogate waits for its low half.
            big = module == 'utf_16_be' or (module == 'utf_16' and _big)
            hi = data[n - 2] if big else data[n - 1]
            if 0xD8 <= hi <= 0xDB:
                n -= 2
        return n
    if module.startswith('utf_32'):
        return n - n % 4
    return n


_builtin_infos = {}

_big = __import__('sys').byteorder == 'big'

# The codecs that write a byte order mark first, and the codec that
# follows it (the native byte order, for utf-16 and utf-32).
_AFTER_BOM = {
    'utf_8_sig': 'utf_8',
    'utf_16': 'utf_16_be' if _big else 'utf_16_le',
    'utf_32': 'utf_32_be' if _big else 'utf_32_le',
}

# The byte order marks each codec reads, with the codec that follows.
_BOMS = {
    'utf_8_sig': ((BOM_UTF8, 'utf_8'),),
    'utf_16': ((BOM_UTF16_LE, 'utf_16_le'), (BOM_UTF16_BE, 'utf_16_be')),
    'utf_32': ((BOM_UTF32_LE, 'utf_32_le'), (BOM_UTF32_BE, 'utf_32_be')),
}


def _read_bom(module, data, final):
    """The codec data continues in after its byte order mark, and the
    mark's length; None while data could still be the start of one."""
    for bom, variant in _BOMS[module]:
        if data.startswith(bom):
            return variant, len(bom)
    if not final and any(bom.startswith(data) for bom, _ in _BOMS[module]):
        return None, 0
    return _AFTER_BOM[module], 0


def _builtin_info(name, module):
    info = _builtin_infos.get(module)
    if info is None:
        def encode(input, errors='strict'):
            return _codecs.builtin_encode(module, input, errors)

        def decode(input, errors='strict'):
            return _codecs.builtin_decode(module, input, errors)

        class IncrementalEncoder_(IncrementalEncoder):
            def encode(self, input, final=False):
                return _codecs.builtin_encode(module, input, self.errors)[0]

        if module in _AFTER_BOM:
            IncrementalEncoder_, IncrementalDecoder_ = _bom_coders(module)
            return _finish_info(name, module, encode, decode, IncrementalEncoder_, IncrementalDecoder_)

        class IncrementalDecoder_(BufferedIncrementalDecoder):
            def _buffer_decode(self, input, errors, final):
                if module == 'utf_7':
                    return _codecs.utf_7_decode(input, errors, final)
                n = len(input) if final else _complete_prefix(module, input)
                if n == len(input):
                    return _codecs.builtin_decode(module, input, errors)[0], n
                return _codecs.builtin_decode(module, input[:n], errors)[0], n

        info = _finish_info(name, module, encode, decode, IncrementalEncoder_, IncrementalDecoder_)
    return info


def _finish_info(name, module, encode, decode, encoder, decoder):
    encode.__name__ = encode.__qualname__ = module + '_encode'
    decode.__name__ = decode.__qualname__ = module + '_decode'
    encoder.__name__ = encoder.__qualname__ = 'IncrementalEncoder'
    decoder.__name__ = decoder.__qualname__ = 'IncrementalDecoder'
    encoder.__module__ = decoder.__module__ = 'encodings.' + module
    info = _builtin_infos[module] = CodecInfo(
        encode, decode, name=name, incrementalencoder=encoder,
        incrementaldecoder=decoder)
    return info


def _bom_coders(module):
    """The incremental encoder and decoder of a codec that starts with a
    byte order mark: the encoder writes it first only, the decoder reads
    it first only and decodes the rest in the byte order it gives."""
    after = _AFTER_BOM[module]
    sig = module == 'utf_8_sig'

    class Encoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.first = True

        def encode(self, input, final=False):
            if self.first:
                self.first = False
                return _codecs.builtin_encode(module, input, self.errors)[0]
            return _codecs.builtin_encode(after, input, self.errors)[0]

        def reset(self):
            self.first = True

        def getstate(self):
            if sig:
                return int(self.first)
            return 2 if self.first else 0

        def setstate(self, state):
            self.first = bool(state)

    class Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.variant = None

        def _buffer_decode(self, input, errors, final):
            skip = 0
            if self.variant is None:
                variant, skip = _read_bom(module, input, final)
                if variant is None:
                    return '', 0
                self.variant = variant
            rest = input[skip:]
            n = len(rest) if final else _complete_prefix(self.variant, rest)
            return _codecs.builtin_decode(self.variant, rest[:n], errors)[0], skip + n

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.variant = None

        def getstate(self):
            buffered = BufferedIncrementalDecoder.getstate(self)[0]
            if sig:
                return (buffered, int(self.variant is None))
            if self.variant is None:
                return (buffered, 2)
            return (buffered, int(self.variant != after))

        def setstate(self, state):
            BufferedIncrementalDecoder.setstate(self, state)
            flag = state[1]
            if sig:
                self.variant = None if flag else after
            elif flag == 0:
                self.variant = after
            elif flag == 1:
                self.variant = _BOMS[module][1][1] if after == _BOMS[module][0][1] else _BOMS[module][0][1]
            else:
                self.variant = None

    return Encoder, Decoder


def lookup(encoding):
    """Looks up a codec tuple in the Python codec registry and returns
    a CodecInfo object."""
    found = _codecs.builtin_name(encoding)
    if found is not None:
        return _builtin_info(*found)
    return _codecs.search(encoding)


def getencoder(encoding):
    """Lookup up the codec for the given encoding and return its encoder
    function."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """Lookup up the codec for the given encoding and return its decoder
    function."""
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


# The charmap codecs (CPython's _codecs.charmap_*): the code-page modules
# of the encodings package are built on them.

def make_identity_dict(rng):
    """Return a dictionary where elements of the rng sequence are mapped
    to themselves."""
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    """Create an encoding map from a decoding map: a target mapped to by
    several keys maps to None (undefined)."""
    m = {}
    for k, v in decoding_map.items():
        if v not in m:
            m[v] = k
        else:
            m[v] = None
    return m


def charmap_build(decoding_table):
    """The encoding table of a 256-character decoding table: a dict from
    code points to byte values."""
    if not isinstance(decoding_table, str):
        raise TypeError("charmap_build() argument must be str, not %s" % type(decoding_table).__name__)
    table = {}
    for i, ch in enumerate(decoding_table):
        if ch != '\ufffe':
            table[ord(ch)] = i
    return table


def _charmap_item(mapping, key):
    if isinstance(mapping, str):
        return mapping[key] if key < len(mapping) else None
    try:
        return mapping[key]
    except LookupError:
        return None


def charmap_decode(data, errors=None, mapping=None, /):
    data = bytes(memoryview(data))
    if mapping is None:
        return data.decode('latin-1'), len(data)
    out = []
    i = 0
    while i < len(data):
        v = _charmap_item(mapping, data[i])
        if isinstance(v, int):
            if not 0 <= v <= 0x10FFFF:
                raise TypeError("character mapping must be in range(0x110000)")
            v = chr(v)
        if v is None or v == '\ufffe':
            exc = UnicodeDecodeError('charmap', data, i, i + 1, 'character maps to <undefined>')
            rep, i = lookup_error(errors or 'strict')(exc)
            out.append(rep)
            continue
        if not isinstance(v, str):
            raise TypeError("character mapping must return integer, None or str")
        out.append(v)
        i += 1
    return ''.join(out), len(data)


def charmap_encode(text, errors=None, mapping=None, /):
    if mapping is None:
        return text.encode('latin-1', errors or 'strict'), len(text)
    out = bytearray()
    i = 0
    while i < len(text):
        v = _charmap_item(mapping, ord(text[i]))
        if v is None:
            j = i + 1
            while j < len(text) and _charmap_item(mapping, ord(text[j])) is None:
                j += 1
            exc = UnicodeEncodeError('charmap', text, i, j, 'character maps to <undefined>')
            rep, i = lookup_error(errors or 'strict')(exc)
            if isinstance(rep, str):
                rep = charmap_encode(rep, 'strict', mapping)[0]
            out += rep
            continue
        if isinstance(v, int):
            if not 0 <= v < 256:
                raise TypeError("character mapping must be in range(256)")
            out.append(v)
        elif isinstance(v, bytes):
            out += v
        else:
            raise TypeError("character mapping must return integer, bytes or None, not %s" % type(v).__name__)
        i += 1
    return bytes(out), len(text)


for _name in ('charmap_build', 'charmap_decode', 'charmap_encode'):
    if not hasattr(_codecs, _name):
        setattr(_codecs, _name, globals()[_name])
del _name


# The encoders and decoders of the builtin codecs that CPython's _codecs
# module has by name (utf_8_encode, latin_1_decode, ...): an encoder
# returns the bytes and the length of the text, a decoder the text and
# the bytes consumed (unless final, a character cut at the end is not).

def _named_coders(module, stateful):
    def encode(str, errors=None, /):
        return _codecs.builtin_encode(module, str, errors or 'strict')

    if stateful:
        def decode(data, errors=None, final=False, /):
            if final:
                return _codecs.builtin_decode(module, data, errors or 'strict')
            n = _complete_prefix(module, memoryview(data).cast('B'))
            return _codecs.builtin_decode(module, memoryview(data).cast('B')[:n], errors or 'strict')[0], n
    else:
        def decode(data, errors=None, /):
            return _codecs.builtin_decode(module, data, errors or 'strict')
    encode.__name__ = encode.__qualname__ = module + '_encode'
    decode.__name__ = decode.__qualname__ = module + '_decode'
    return encode, decode


for _module, _stateful in (('ascii', False), ('latin_1', False), ('utf_8', True),
                           ('utf_16_le', True), ('utf_16_be', True),
                           ('utf_32_le', True), ('utf_32_be', True)):
    for _f in _named_coders(_module, _stateful):
        if not hasattr(_codecs, _f.__name__):
            setattr(_codecs, _f.__name__, _f)
        globals()[_f.__name__] = _f


def utf_7_encode(str, errors=None, /):
    return _codecs.builtin_encode('utf_7', str, errors or 'strict')


if not hasattr(_codecs, 'utf_7_encode'):
    _codecs.utf_7_encode = utf_7_encode
utf_7_decode = _codecs.utf_7_decode
del _module, _stateful, _f
