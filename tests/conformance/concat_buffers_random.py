# Random interleavings of str and bytes concatenations, slices and
# bytearray additions: every value keeps its own text while results
# share concatenation buffers (hashes under the runner's PYTHONHASHSEED=0).
import random
rnd = random.Random(12345)
pieces = ['a', 'é', '€', 'xyz', '', '𝄞', 'q' * 70]
bpieces = [b'a', b'', b'xyz', b'\x00\xff', b'q' * 70]
for trial in range(300):
    pool = [rnd.choice(pieces) for _ in range(3)]
    bpool = [rnd.choice(bpieces) for _ in range(3)]
    for step in range(200):
        i, j = rnd.randrange(len(pool)), rnd.randrange(len(pool))
        op = rnd.random()
        if op < 0.6:
            pool[i] = pool[i] + rnd.choice(pieces)
        elif op < 0.8:
            pool.append(pool[i] + pool[j])
        else:
            k = rnd.randrange(len(pool[i]) + 1)
            pool.append(pool[i][:k])
        i = rnd.randrange(len(bpool))
        op = rnd.random()
        if op < 0.6:
            bpool[i] = bpool[i] + rnd.choice(bpieces)
        elif op < 0.8:
            bpool.append(bpool[i] + bpool[rnd.randrange(len(bpool))])
        else:
            bpool[i] += bytearray(b'z')
    h = sum(hash(s) % 1000003 for s in pool) + sum(len(s) for s in pool)
    hb = sum(hash(bytes(b)) % 1000003 for b in bpool) + sum(len(b) for b in bpool)
    if trial % 30 == 0:
        print(trial, h, hb, pool[0][-5:], bpool[0][-5:], type(bpool[-1]).__name__)
print("end", sum(len(s) for s in pool))
