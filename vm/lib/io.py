"""The io module: the abstract stream classes over _io's bases, and the
in-memory streams StringIO and BytesIO."""

import abc
import _io
from _io import (DEFAULT_BUFFER_SIZE, UnsupportedOperation, StringIO, BytesIO)

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "StringIO", "BytesIO",
           "BufferedIOBase", "TextIOBase", "UnsupportedOperation", "SEEK_SET",
           "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding"]

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

open = open


def text_encoding(encoding, stacklevel=2):
    """The encoding text streams use when given encoding: encoding itself,
    or "locale" for None (pyjit does not run in UTF-8 mode)."""
    if encoding is None:
        return "locale"
    return encoding
