# Every empty str is the same object, as in CPython, whichever operation
# made it.
e = ''
tests = {
 'str()': str(), 'lower': ''.lower(), 'slice': 'abc'[5:], 'join': ''.join([]), 'join2': ','.join([]),
 'str(e)': str(''), 'strip': 'a'.strip('a'), 'pct': '%s' % '', 'fstr': f'', 'mul': 'a' * 0, 'replace': 'a'.replace('a', ''),
 'format': '{}'.format(''), 'decode': b''.decode(), 'split': 'x'.split('x')[0], 'partition': 'x'.partition('x')[0],
 'rstrip': ''.rstrip('\n'), 'genjoin': ''.join(c for c in 'abc' if c > 'z'), 'upper': ''.upper(), 'center': ''.center(0),
 'zfill': ''.zfill(0), 'expandtabs': ''.expandtabs(), 'casefold': ''.casefold(), 'title': ''.title(), 'swapcase': ''.swapcase(),
 'translate': 'a'.translate({97: None}), 'ljust': ''.ljust(0), 'add': '' + '', 'format()': format('', ''),
 'chr-slice': 'abc'[1:1], 'str-of-str': str(str()),
}
print(sorted(k for k, v in tests.items() if v is not e))
print(len(tests), all(v == e for v in tests.values()))
