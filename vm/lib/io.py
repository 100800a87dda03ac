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


# The buffered and text layers come from _pyio, imported when first asked
# for: _pyio imports this module, and may be imported first.
_FROM_PYIO = ("BufferedReader", "BufferedWriter", "BufferedRandom",
              "BufferedRWPair", "TextIOWrapper", "IncrementalNewlineDecoder")


def _load_pyio():
    import _pyio
    g = globals()
    if "FileIO" in g:
        # _pyio.open and the buffered classes use the native raw stream.
        _pyio.FileIO = FileIO
    for name in _FROM_PYIO[:4] + _FROM_PYIO[5:]:
        klass = getattr(_pyio, name)
        klass.__module__ = "_io"
        g[name] = klass

    class TextIOWrapper(_pyio.TextIOWrapper):
        # _pyio's checks with the messages of CPython's C TextIOWrapper.

        def _check_newline(self, newline):
            if newline is not None and not isinstance(newline, str):
                raise TypeError("illegal newline type: %r" % (type(newline),))
            if newline not in (None, "", "\n", "\r", "\r\n"):
                raise ValueError("illegal newline value: %s" % (newline,))

        def write(self, s):
            if not isinstance(s, str):
                raise TypeError("write() argument must be str, not %s"
                                % type(s).__name__)
            if self.closed:
                raise ValueError("I/O operation on closed file.")
            if not self.__dict__.get("_writable_known"):
                if not self.writable():
                    raise UnsupportedOperation("not writable")
                self._writable_known = True
            return _pyio.TextIOWrapper.write(self, s)

        def read(self, size=None):
            if self.closed:
                raise ValueError("I/O operation on closed file.")
            if self._decoder is None and not self.readable():
                raise UnsupportedOperation("not readable")
            return _pyio.TextIOWrapper.read(self, size)

        def seek(self, cookie, whence=0):
            if self.closed:
                raise ValueError("I/O operation on closed file.")
            if whence not in (0, 1, 2):
                raise ValueError("invalid whence (%d, should be 0, 1 or 2)"
                                 % whence)
            return _pyio.TextIOWrapper.seek(self, cookie, whence)

        def tell(self):
            if self.closed:
                raise ValueError("I/O operation on closed file.")
            return _pyio.TextIOWrapper.tell(self)

        def _get_locale_encoding(self):
            # What locale.getencoding() gives without _locale, less the
            # DeprecationWarning of the getdefaultlocale() it calls (the
            # C TextIOWrapper issues none).
            import locale
            import os
            for var in ('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE'):
                name = os.environ.get(var)
                if name:
                    break
            else:
                name = 'C'
            return locale._parse_localename(name)[1] or 'utf-8'

    TextIOWrapper.__module__ = "_io"
    TextIOWrapper.__qualname__ = "TextIOWrapper"
    g["TextIOWrapper"] = TextIOWrapper
    g["text_encoding"] = _pyio.text_encoding


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
    if name in _FROM_PYIO:
        try:
            _load_pyio()
        except ImportError:
            pass
        else:
            return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
