# The constructor of a struct sequence (time.struct_time, os.stat_result):
# its sequence and dict arguments and CPython's errors.
import os
import time

t = time.struct_time
calls = [
    ((), {}), ((None,), {}), (('123',), {}), (('123',), {'dict': {}}),
    (('123456789',), {'dict': None}), (('123456789',), {'dict': []}),
    (('123456789',), {}), ((list(range(11)),), {}), ((list(range(12)),), {}),
    ((list(range(9)),), {'dict': {'tm_zone': 'Z', 'tm_gmtoff': 5}}),
    ((list(range(9)), {'tm_zone': 'Z'}), {}),
    ((), {'sequence': list(range(9))}), ((list(range(9)),), {'other': 1}),
    ((list(range(9)), {}, 3), {}), ((iter(range(9)),), {}), ((5,), {}),
]
for args, kw in calls:
    try:
        r = t(*args, **kw)
        print(tuple(r), r.tm_zone, r.tm_gmtoff)
    except TypeError as e:
        print('TypeError', e)

print(''.join(t('123456789')))


class Evil:
    def __getitem__(self, i):
        raise KeyError(i)

    def __len__(self):
        return 9


try:
    t(Evil())
except KeyError as e:
    print('KeyError', e)

for args in (([1] * 10,), ([1] * 9,), ([1] * 10, None), ([1] * 10, {'st_atime': 2.5})):
    try:
        r = os.stat_result(*args)
        print(r.st_mode, r.st_atime)
    except TypeError as e:
        print('TypeError', e)
