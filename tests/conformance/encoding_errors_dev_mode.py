# In development mode (-X dev) str.encode, bytes.decode, str(bytes, ...),
# bytes(str, ...) and bytearray(str, ...) look the codec and the error
# handler up even when they are not needed; outside it they do not.
import subprocess
import sys

child = r'''
import sys
bad = 'Boom, Shaka Laka, Boom!'
calls = [
    ("''.encode(encoding=bad)", lambda: ''.encode(encoding=bad)),
    ("'x'.encode(errors=bad)", lambda: 'x'.encode(errors=bad)),
    ("'x'.encode('latin1', bad)", lambda: 'x'.encode('latin1', bad)),
    ("b''.decode(bad)", lambda: b''.decode(bad)),
    ("b'x'.decode(errors=bad)", lambda: b'x'.decode(errors=bad)),
    ("b'x'.decode('ascii', bad)", lambda: b'x'.decode('ascii', bad)),
    ("bytearray(b'x').decode('utf8', bad)", lambda: bytearray(b'x').decode('utf8', bad)),
    ("str(b'', bad)", lambda: str(b'', bad)),
    ("str(b'x', errors=bad)", lambda: str(b'x', errors=bad)),
    ("bytes('', bad)", lambda: bytes('', bad)),
    ("bytes('x', 'utf8', bad)", lambda: bytes('x', 'utf8', bad)),
    ("bytearray('', bad)", lambda: bytearray('', bad)),
    ("bytearray('x', 'ascii', bad)", lambda: bytearray('x', 'ascii', bad)),
    ("'x'.encode('utf8', 'strict')", lambda: 'x'.encode('utf8', 'strict')),
    ("b'x'.decode('utf8', 'ignore')", lambda: b'x'.decode('utf8', 'ignore')),
]
print(sys.flags.dev_mode)
for text, f in calls:
    try:
        print(text, repr(f()))
    except LookupError as e:
        print(text, 'LookupError', e)
'''
for args in ([], ['-X', 'dev']):
    r = subprocess.run([sys.executable, *args, '-c', child], capture_output=True, text=True)
    print(r.returncode, r.stdout, r.stderr)
