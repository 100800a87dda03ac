# An exhausted iterator lets its sequence go: reversed() of a tuple, str,
# bytes or bytearray (of a subclass) frees it once it ends.
import gc

def freed(make_iter, cls, args=()):
    class A(cls):
        def __del__(self):
            nonlocal done
            done = True
            try:
                next(it)
            except StopIteration:
                pass
    done = False
    it = make_iter(A(*args))
    try:
        next(it)
    except StopIteration:
        pass
    gc.collect()
    return done

class SequenceClass:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if 0 <= i < self.n:
            return i
        raise IndexError

for cls in (tuple, list, bytes, bytearray, str, dict):
    print(cls.__name__, freed(iter, cls), freed(reversed, cls))
print(freed(iter, SequenceClass, (0,)), freed(reversed, SequenceClass, (0,)))
