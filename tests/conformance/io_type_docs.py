# The types of _io have CPython's docstrings and __text_signature__s, and
# their methods too, so inspect.signature reads them.
import io, inspect
for t in [io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.BufferedRWPair, io.BytesIO, io.StringIO,
          io.FileIO, io.TextIOWrapper, io.IncrementalNewlineDecoder]:
    print(t.__name__, repr(t.__text_signature__), (t.__doc__ or "").splitlines()[:1])
class MyBufferedReader(io.BufferedReader):
    """buffer reader class."""
print(inspect.signature(MyBufferedReader), inspect.signature(io.BytesIO))
for m in [io.BytesIO.getvalue, io.StringIO.getvalue, io.BufferedReader.peek, io.TextIOWrapper.reconfigure]:
    print(m.__name__, m.__text_signature__, (m.__doc__ or "").splitlines()[:1])
