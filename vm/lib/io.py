"""The io module: the abstract stream classes over _io's bases, and
_io's native streams: the in-memory StringIO and BytesIO, the raw file
stream FileIO, the buffered layers (BufferedReader, BufferedWriter,
BufferedRandom, BufferedRWPair) and the text layer (TextIOWrapper,
IncrementalNewlineDecoder)."""

import abc
import _io
from _io import (DEFAULT_BUFFER_SIZE, UnsupportedOperation, StringIO, BytesIO,
                 BufferedReader, BufferedWriter, BufferedRandom,
                 BufferedRWPair, TextIOWrapper, IncrementalNewlineDecoder,
                 text_encoding)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END"]

# io hands out the built-in exception, as CPython's does (from _io).
BlockingIOError = BlockingIOError

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


class IOBase(_io._IOBase, metaclass=abc.ABCMeta):
    pass


class RawIOBase(_io._RawIOBase, IOBase):
    pass


class BufferedIOBase(_io._BufferedIOBase, IOBase):
    pass


class TextIOBase(_io._TextIOBase, IOBase):
    pass


for klass in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom,
              BufferedRWPair):
    BufferedIOBase.register(klass)
for klass in (StringIO, TextIOWrapper):
    TextIOBase.register(klass)
del klass

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


def __getattr__(name):
    if name == "OpenWrapper":
        # Deprecated since 3.10: the name of open before open was a
        # built-in function.
        import warnings
        warnings.warn("OpenWrapper is deprecated, use open instead",
                      DeprecationWarning, stacklevel=2)
        global OpenWrapper
        OpenWrapper = open
        return OpenWrapper
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
