# A search tries a match only where one can start: patterns whose first
# item is a repeat, a group, an alternative or a case-insensitive item,
# searched in long subjects, and found by search, finditer, sub and split
# as CPython finds them.
import re

patterns = [
    r'([0a-z][a-z0-9]*,)+', r'(?:[0a-z][a-z0-9]*,)+', r'([a-z][a-z0-9]*,)+',
    r'(?:ab|cd)+x', r'(a|bc)(d)', r'((x))+y', r'(?:\d{2,}-)+\d', r'(?i:py)+thon',
    r'(?i)(?:perl|python)', r'(?:a|b*)c', r'(?:a?)+b', r'(x*)+y', r'(?:\s+|,)x',
    r'\b(?:foo|bar)\b', r'^(?:ab)+', r'(?m)^(?:ab)+', r'(?:[^-]x)+', r'(?:\w\W)+',
    r'(?:é|ü)+', r'(?:.)+z', r'(?:a{0,2}b)+', r'(?:(?=a)a)+', r'(a)(?:\1b)+',
    r'(?:a+?b)+', r'(?:[A-Z][a-z]+ ?){2}', r'(?:x|$)+', r'(?:\A|,)q',
    r'(?:^|\s)foo(?:\s|$)', r'(?:a|)b', r'(?:x*)*y', r'(?=ab)a', r'(?!b)\w+',
    r'(?<=-)x', r'(?<!-)x', r'a*b*c', r'(?:a*|b)c', r'(?:ab)*?c', r'(?:(?:a|b)?)+c',
    r'x?y?z', r'(?:a|b|)+c', r'(?:|a)(?:|b)z', r'(?:a{0}|q)w', r'(?:\d*\.)?\d+',
]
subjects = [
    '-' * 50 + 'a5,b7,c9,' + '-' * 50,
    'xxabcdabx--ab cd abx', 'aabcd bcd x xy xxy xxxy', '12-34-5 1-2 123-4',
    'PyPython pYthon PYTHON', 'Perl-PYTHON-perl', 'bbbc ac c ab', 'xxxyy y',
    ' x,x  x', 'foo barfoo bar', 'ababab\nabab', 'x-xyxzx', 'a!b?c d.',
    'ééüx', '...z', 'aabbab', 'aaa', 'aabab', 'ab aab aaab', 'Hello World Foo bar',
    'xx', ',q q', '', 'é-' * 10 + 'ü',
]
for p in patterns:
    rx = re.compile(p)
    for s in subjects:
        for subject in (s, s.encode('latin-1', 'replace')):
            try:
                bp = re.compile(p.encode('latin-1')) if isinstance(subject, bytes) else rx
            except (UnicodeEncodeError, re.error):
                continue
            m = bp.search(subject)
            found = [(m.span(), m.groups()) for m in bp.finditer(subject)]
            print(p, repr(subject[:12]), m and (m.span(), m.groups()), found[:4],
                  bp.sub(b'#' if isinstance(subject, bytes) else '#', subject)[:30],
                  len(bp.split(subject)))
# search from a position, with an end
rx = re.compile(r'(?:[a-z]\d,)+')
s = '--a1,b2,--c3,'
for pos in range(len(s) + 1):
    print(pos, [rx.search(s, pos, end) and rx.search(s, pos, end).span() for end in range(pos, len(s) + 1)])
