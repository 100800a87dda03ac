"""Efficient arrays of numeric values (a list-backed implementation)."""

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_RANGES = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
           'i': (-2 ** 31, 2 ** 31 - 1), 'I': (0, 2 ** 32 - 1), 'l': (-2 ** 63, 2 ** 63 - 1),
           'L': (0, 2 ** 64 - 1), 'q': (-2 ** 63, 2 ** 63 - 1), 'Q': (0, 2 ** 64 - 1)}


_NAMES = {'b': 'signed char', 'B': 'unsigned byte integer', 'h': 'signed short integer',
          'H': 'unsigned short', 'i': 'signed integer', 'I': 'unsigned int'}


def _overflow_message(tc, low):
    if tc in _NAMES and not (low and tc == 'I'):
        return "%s is %s" % (_NAMES[tc], "less than minimum" if low else "greater than maximum")
    if tc in 'IL' and low:
        return "can't convert negative value to unsigned int"
    if tc == 'l':
        return "Python int too large to convert to C long"
    if tc == 'L':
        return "Python int too large to convert to C unsigned long"
    if tc == 'Q' and low:
        return "can't convert negative int to unsigned"
    return "int too big to convert"


class array:
    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1 or typecode not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._typecode = typecode
        self._data = []
        if initializer is not None:
            if isinstance(initializer, str) and typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            if isinstance(initializer, array):
                if initializer._typecode == 'u' and typecode != 'u':
                    raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
                # Item by item: another typecode's values are converted.
                initializer = initializer._data
            self.extend(initializer)

    typecode = property(lambda self: self._typecode)
    itemsize = property(lambda self: _ITEMSIZE[self._typecode])

    def _check(self, v):
        tc = self._typecode
        if tc in 'fd':
            if not isinstance(v, (int, float)):
                raise TypeError("must be real number, not %s" % type(v).__name__)
            return float(v)
        if tc == 'u':
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError("array item must be unicode character")
            return v
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
        lo, hi = _RANGES[tc]
        if not lo <= v <= hi:
            raise OverflowError(_overflow_message(tc, v < lo))
        return v

    def append(self, v):
        self._data.append(self._check(v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError("can only extend with array of same kind")
            self._data.extend(iterable._data)
            return
        for v in iterable:
            self._data.append(self._check(v))

    def insert(self, i, v):
        self._data.insert(i, self._check(v))

    def pop(self, i=-1):
        return self._data.pop(i)

    def remove(self, v):
        try:
            self._data.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, *args):
        try:
            return self._data.index(v, *args)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v):
        return self._data.count(v)

    def reverse(self):
        self._data.reverse()

    def tolist(self):
        return list(self._data)

    def fromlist(self, lst):
        self.extend(lst)

    def _unicode_codec(self):
        import sys
        return 'utf-32-le' if sys.byteorder == 'little' else 'utf-32-be'

    def frombytes(self, buffer):
        """Appends the items of buffer, read as machine values."""
        data = memoryview(buffer).tobytes()
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        if self._typecode == 'u':
            self._data.extend(data.decode(self._unicode_codec(), 'surrogatepass'))
        else:
            import _struct
            self._data.extend(_struct.unpack('%d%s' % (len(data) // size, self._typecode), data))

    def tobytes(self):
        """The items as machine values."""
        if self._typecode == 'u':
            return ''.join(self._data).encode(self._unicode_codec(), 'surrogatepass')
        import _struct
        return _struct.pack('%d%s' % (len(self._data), self._typecode), *self._data)

    def fromfile(self, f, n):
        """Reads n items (as machine values) from file object f and
        appends them; EOFError when fewer are there, after appending
        those."""
        if not isinstance(n, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
        if n < 0:
            raise ValueError("negative count")
        nbytes = n * self.itemsize
        data = f.read(nbytes)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        self.frombytes(data[:len(data) - len(data) % self.itemsize])
        if len(data) != nbytes:
            raise EOFError("read() didn't return enough bytes")

    def tofile(self, f):
        """Writes the items (as machine values) to file object f."""
        data = self.tobytes()
        block = 64 * 1024
        for i in range(0, len(data), block):
            f.write(data[i:i + block])

    def byteswap(self):
        """Swaps the bytes of every item."""
        size = self.itemsize
        if size == 1:
            return
        if self._typecode not in 'bBuhHiIlLqQfd':
            raise RuntimeError("don't know how to byteswap this array type")
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        del self._data[:]
        self.frombytes(swapped)

    def fromunicode(self, s):
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(s).__name__)
        if self._typecode != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._data.extend(s)

    def tounicode(self):
        if self._typecode != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._data)

    def buffer_info(self):
        return (id(self), len(self._data))

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return array(self._typecode, self._data[i])
        return self._data[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError("can only assign array (not \"%s\") to array slice" % type(v).__name__)
            self._data[i] = v._data
        else:
            self._data[i] = self._check(v)

    def __delitem__(self, i):
        del self._data[i]

    def __contains__(self, v):
        return v in self._data

    def __eq__(self, other):
        if isinstance(other, array):
            return self._data == other._data
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, array):
            return self._data < other._data
        return NotImplemented

    def __add__(self, other):
        if not isinstance(other, array) or other._typecode != self._typecode:
            raise TypeError("can only append array (not \"%s\") to array" % type(other).__name__)
        return array(self._typecode, self._data + other._data)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return array(self._typecode, self._data * n)

    __rmul__ = __mul__

    def __copy__(self):
        return array(self._typecode, self._data)

    def __deepcopy__(self, memo):
        return array(self._typecode, self._data)

    def __reduce__(self):
        return (array, (self._typecode, list(self._data)))

    def __repr__(self):
        name = type(self).__name__
        if not self._data:
            return "%s('%s')" % (name, self._typecode)
        if self._typecode == 'u':
            return "%s('u', %r)" % (name, ''.join(self._data))
        return "%s('%s', %r)" % (name, self._typecode, self._data)


import _collections_abc
_collections_abc.MutableSequence.register(array)
del _collections_abc


ArrayType = array
