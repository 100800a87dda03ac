"""In-memory text and binary streams."""


class UnsupportedOperation(OSError, ValueError):
    pass


SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


class IOBase:
    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def _checkClosed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def close(self):
        self._closed = True

    @property
    def closed(self):
        return getattr(self, "_closed", False)

    def flush(self):
        self._checkClosed()

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def isatty(self):
        return False

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        return list(self)

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class TextIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


RawIOBase = IOBase


class StringIO(TextIOBase):
    def __init__(self, initial_value='', newline='\n'):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        initial_value = initial_value or ''
        self._chunks = [initial_value]
        self._len = len(initial_value)
        self._pos = 0
        self._closed = False

    def _value(self):
        if len(self._chunks) > 1:
            self._chunks = [''.join(self._chunks)]
        return self._chunks[0]

    def getvalue(self):
        self._checkClosed()
        return self._value()

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if self._pos == self._len:
            self._chunks.append(s)
            self._len += n
        else:
            v = self._value()
            if self._pos > len(v):
                v = v + '\0' * (self._pos - len(v))
            v = v[:self._pos] + s + v[self._pos + n:]
            self._chunks = [v]
            self._len = len(v)
        self._pos += n
        return n

    def read(self, size=-1):
        self._checkClosed()
        v = self._value()
        if size is None or size < 0:
            r = v[self._pos:]
        else:
            r = v[self._pos:self._pos + size]
        self._pos += len(r)
        return r

    def readline(self, size=-1):
        self._checkClosed()
        v = self._value()
        i = v.find('\n', self._pos)
        end = len(v) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = v[self._pos:end]
        self._pos = end
        return r

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 0:
            self._pos = pos
        elif whence == 1:
            self._pos += pos
        else:
            self._pos = self._len + pos
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, size=None):
        v = self._value()
        if size is None:
            size = self._pos
        v = v[:size]
        self._chunks = [v]
        self._len = len(v)
        return size


class BytesIO(BufferedIOBase):
    def __init__(self, initial_bytes=b''):
        self._buf = bytearray(initial_bytes)
        self._pos = 0
        self._closed = False

    def getvalue(self):
        self._checkClosed()
        return bytes(self._buf)

    def write(self, b):
        self._checkClosed()
        b = bytes(b)
        n = len(b)
        end = self._pos + n
        if self._pos > len(self._buf):
            self._buf.extend(b'\0' * (self._pos - len(self._buf)))
        self._buf = self._buf[:self._pos] + bytearray(b) + self._buf[end:]
        self._pos = end
        return n

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            r = self._buf[self._pos:]
        else:
            r = self._buf[self._pos:self._pos + size]
        self._pos += len(r)
        return bytes(r)

    def readline(self, size=-1):
        i = self._buf.find(b'\n', self._pos) if hasattr(self._buf, 'find') else -1
        end = len(self._buf) if i < 0 else i + 1
        r = self._buf[self._pos:end]
        self._pos = end
        return bytes(r)

    def seek(self, pos, whence=0):
        if whence == 0:
            self._pos = pos
        elif whence == 1:
            self._pos += pos
        else:
            self._pos = len(self._buf) + pos
        return self._pos

    def tell(self):
        return self._pos


open = open
