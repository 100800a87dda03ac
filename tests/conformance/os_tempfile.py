import tempfile, os
d = tempfile.mkdtemp(prefix='pyjit_tf_')
print(os.path.isdir(d), os.path.basename(d).startswith('pyjit_tf_'))
fd, p = tempfile.mkstemp(dir=d)
os.write(fd, b'x'); os.close(fd)
print(os.path.getsize(p))
os.unlink(p); os.rmdir(d)
with tempfile.TemporaryDirectory() as t:
    print(os.path.isdir(t))
print(os.path.exists(t))
