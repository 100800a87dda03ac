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
        return n - n % 2
    if module.startswith('utf_32'):
        return n - n % 4
    return n


_builtin_infos = {}


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

        class IncrementalDecoder_(BufferedIncrementalDecoder):
            def _buffer_decode(self, input, errors, final):
                n = len(input) if final else _complete_prefix(module, input)
                if n == len(input):
                    return _codecs.builtin_decode(module, input, errors)[0], n
                return _codecs.builtin_decode(module, input[:n], errors)[0], n

        encode.__name__ = encode.__qualname__ = module + '_encode'
        decode.__name__ = decode.__qualname__ = module + '_decode'
        IncrementalEncoder_.__name__ = IncrementalEncoder_.__qualname__ = 'IncrementalEncoder'
        IncrementalDecoder_.__name__ = IncrementalDecoder_.__qualname__ = 'IncrementalDecoder'
        IncrementalEncoder_.__module__ = IncrementalDecoder_.__module__ = 'encodings.' + module
        info = _builtin_infos[module] = CodecInfo(
            encode, decode, name=name, incrementalencoder=IncrementalEncoder_,
            incrementaldecoder=IncrementalDecoder_)
    return info


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
