# The builtin hash modules (_md5, _sha1, _sha256, _sha512, _sha3, _blake2)
# and hashlib and hmac over them: digests, copies, SHAKE lengths, BLAKE2
# parameters and CPython's argument errors.
import _blake2
import _md5
import _sha1
import _sha256
import _sha3
import _sha512
import hashlib
import hmac
import io


def attempt(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)


CONSTRUCTORS = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512,
                _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s]
SHAKES = [_sha3.shake_128, _sha3.shake_256]

for c in CONSTRUCTORS:
    h = c()
    print(h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__, h.hexdigest())
    h.update(b"abc")
    h2 = h.copy()
    h.update(bytearray(b"def"))
    h2.update(memoryview(b"def"))
    print(h.hexdigest() == h2.hexdigest(), h.digest().hex() == h.hexdigest(), c(b"abcdef").digest() == h.digest())
    print(c(b"x" * 1000).hexdigest())
    attempt(lambda: c("str"))
    attempt(lambda: c(1))
    attempt(lambda: c(b"a", b"b"))
    attempt(lambda: c(b"a", foo=1))
    attempt(lambda: c(usedforsecurity=False).name)
    attempt(lambda: c(memoryview(b"abcd")[::2]))
    attempt(lambda: h.update("s"))
    attempt(lambda: h.update())
    attempt(lambda: h.update(data=b"a"))
    attempt(lambda: h.digest(10))
    attempt(lambda: h.hexdigest(length=10))
    attempt(lambda: setattr(h, "name", "x"))
    attempt(lambda: setattr(h, "foo", "x"))

# md5 to sha512 take string=; _sha3 and _blake2 take their data only by position.
for c in (_md5.md5, _sha256.sha256, _sha3.sha3_256, _sha3.shake_128, _blake2.blake2b):
    attempt(lambda: c(string=b"a").hexdigest()[:16])
    attempt(lambda: c(data=b"a"))
    attempt(lambda: c(b"a", string=b"b"))
attempt(lambda: type(_md5.md5())())
attempt(lambda: type(_sha256.sha256())())
print(repr(_sha3.sha3_224), repr(_blake2.blake2s), repr(_md5.MD5Type), repr(_sha256.SHA224Type))

for c in SHAKES:
    h = c(b"abc")
    print(h.name, h.digest_size, h.block_size, h._capacity_bits, h._rate_bits, h._suffix)
    print(h.hexdigest(0), h.hexdigest(10), h.digest(40).hex(), h.hexdigest(200)[-16:])
    h2 = h.copy()
    h2.update(b"d")
    print(h.hexdigest(8), h2.hexdigest(8), c(b"abcd").hexdigest(8))
    attempt(lambda: h.digest())
    attempt(lambda: h.digest(-1))
    attempt(lambda: h.digest(1 << 29))
    attempt(lambda: h.digest(2 ** 64))
    attempt(lambda: h.digest(1.0))
print(_sha3.sha3_256()._capacity_bits, _sha3.sha3_512()._rate_bits, _sha3.sha3_384()._suffix)

# BLAKE2's parameters.
for c in (_blake2.blake2b, _blake2.blake2s):
    print(c.SALT_SIZE, c.PERSON_SIZE, c.MAX_KEY_SIZE, c.MAX_DIGEST_SIZE)
    print(c(b"abc", digest_size=20, key=b"k", salt=b"s", person=b"p", fanout=2, depth=3, leaf_size=4,
            node_offset=5, node_depth=6, inner_size=7, last_node=True).hexdigest())
    print(c(b"abc", key=b"k" * c.MAX_KEY_SIZE, salt=b"s" * c.SALT_SIZE, person=b"p" * c.PERSON_SIZE, fanout=255,
            depth=255, leaf_size=2 ** 32 - 1, node_offset=2 ** 48 - 1, node_depth=255,
            inner_size=c.MAX_DIGEST_SIZE, last_node=True).hexdigest())
    print(c(key=b"secret").hexdigest(), c(b"x" * 300, key=bytearray(b"k"), digest_size=7).hexdigest())
    print(c(digest_size=7).digest_size, c(b"abc", last_node=2).hexdigest()[:16])
    for kw in [dict(digest_size=0), dict(digest_size=c.MAX_DIGEST_SIZE + 1), dict(digest_size=2 ** 70),
               dict(digest_size="x"), dict(digest_size=1.0), dict(key=b"x" * (c.MAX_KEY_SIZE + 1)),
               dict(key="x"), dict(key=None), dict(salt=b"x" * (c.SALT_SIZE + 1)),
               dict(person=b"x" * (c.PERSON_SIZE + 1)), dict(salt="x"), dict(fanout=-1), dict(fanout=256),
               dict(depth=0), dict(depth=256), dict(leaf_size=-1), dict(leaf_size=2 ** 32),
               dict(leaf_size=2 ** 64), dict(node_offset=-1), dict(node_offset=2 ** 48), dict(node_offset=2 ** 64),
               dict(node_offset=1.5), dict(node_depth=256), dict(node_depth=-1), dict(inner_size=-1),
               dict(inner_size=c.MAX_DIGEST_SIZE + 1), dict(key=memoryview(b"kkkk")[::2]),
               dict(digest_size=0, key=b"x" * 100)]:
        attempt(lambda: c(b"abc", **kw).hexdigest()[:16])
    attempt(lambda: c("str", digest_size=0))
    attempt(lambda: c(b"x", None))

# hashlib and hmac over them.
print(sorted(hashlib.algorithms_guaranteed))
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b"The quick brown fox")
    args = (16,) if name.startswith("shake") else ()
    print(name, h.hexdigest(*args))
    print(getattr(hashlib, name)(b"The quick brown fox").digest(*args) == h.digest(*args))
attempt(lambda: hashlib.new("nope"))
attempt(lambda: hashlib.sha256("str"))
print(hashlib.file_digest(io.BytesIO(b"file contents" * 1000), "sha1").hexdigest())
print(hashlib.file_digest(io.BytesIO(b"file contents"), hashlib.blake2s).hexdigest())
print(hmac.new(b"key", b"msg", "sha256").hexdigest())
print(hmac.new(b"key", b"msg", hashlib.md5).hexdigest())
print(hmac.digest(b"key", b"msg", "sha512").hex())
mac = hmac.new(b"k" * 200, digestmod="blake2b")
mac.update(b"part one")
mac2 = mac.copy()
mac2.update(b"part two")
print(mac.name, mac.digest_size, mac.block_size, mac.hexdigest(), mac2.hexdigest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"))
attempt(lambda: hmac.new(b"key"))
