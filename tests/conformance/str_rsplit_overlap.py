# str.rsplit finds overlapping separators from the right.
for s, sep in [('abbbc', 'bb'), ('abbaab', 'ba'), ('aaaa', 'aa'), ('aaaaa', 'aa'), ('a|b|c', '|'), ('', 'x'), ('xx', 'x')]:
    for n in (-1, 0, 1, 2, 5):
        print(repr(s), repr(sep), n, s.rsplit(sep, n), s.split(sep, n), s.encode().rsplit(sep.encode(), n))
print('ba' * 9 + 'ы' + 'юё', ('ba'*9 + 'ы' + 'юё'*9).rsplit('ы'))
