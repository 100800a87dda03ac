"""The io module: the abstract stream classes over _io's bases, the
in-memory streams StringIO and BytesIO and the raw file stream FileIO
(native, from _io), and the buffered and text layers (BufferedReader,
BufferedWriter, BufferedRandom, BufferedRWPair, TextIOWrapper,
IncrementalNewlineDecoder) from the standard library's pure-Python
implementation _pyio, when the standard library is available."""

import abc
import _io
from _io import (DEFAULT_BUFFER_SIZE, UnsupportedOperation, StringIO, BytesIO)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


class IOBase(_io._IOBase, metaclass=abc.ABCMeta):
    pass


class RawIOBase(_io._RawIOBase, IOBase):
    pass


class BufferedIOBase(_io._BufferedIOBase, IOBase):
    pass


class TextIOBase(_io._TextIOBase, IOBase):
    pass


BufferedIOBase.register(BytesIO)
TextIOBase.register(StringIO)

try:
    from _io import FileIO
except ImportError:
    pass
else:
    RawIOBase.register(FileIO)

open = open


def open_code(path):
    """Opens the provided file with the intent to import the contents. This
    may offer some validation, or may not open the file at all."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s"
                        % type(path).__name__)
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """The encoding text streams use when given encoding: encoding itself,
    or "locale" for None (pyjit does not run in UTF-8 mode)."""
    if encoding is None:
        return "locale"
    return encoding


# _pyio imports this module: what it takes from it is defined above.
try:
    import _pyio
except ImportError:
    _pyio = None
else:
    if "FileIO" in globals():
        # _pyio.open and the buffered classes use the native raw stream.
        _pyio.FileIO = FileIO
    BufferedReader = _pyio.BufferedReader
    BufferedWriter = _pyio.BufferedWriter
    BufferedRandom = _pyio.BufferedRandom
    BufferedRWPair = _pyio.BufferedRWPair
    TextIOWrapper = _pyio.TextIOWrapper
    IncrementalNewlineDecoder = _pyio.IncrementalNewlineDecoder
    text_encoding = _pyio.text_encoding
    for _klass in (BufferedReader, BufferedWriter, BufferedRandom,
                   BufferedRWPair):
        _klass.__module__ = "_io"
    TextIOWrapper.__module__ = "_io"
    IncrementalNewlineDecoder.__module__ = "_io"
    del _klass
