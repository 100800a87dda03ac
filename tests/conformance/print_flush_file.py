class filelike:
    def __init__(self):
        self.written = ''
        self.flushed = 0
    def write(self, str):
        self.written += str
    def flush(self):
        self.flushed += 1
f = filelike()
print(1, file=f, end='', flush=True)
print(2, file=f, end='', flush=True)
print(3, file=f, flush=False)
print(f.written, f.flushed)
for spec in ["1.3", "+c", ",n", ",c", "#c", "_c", "=c", ",_d", "_,d", ".2d", "-c", " c", "c"]:
    try: print(spec, repr(format(3, spec)))
    except Exception as e: print(spec, type(e).__name__, e)
