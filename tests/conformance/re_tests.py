# Every case of CPython's Lib/test/re_tests.py, run as test_re's
# test_re_tests does: compile errors, search results, the expected
# expression evaluated over the groups, and the same search over bytes,
# limited to the match's range, and with IGNORECASE. The file comes with
# CPython's test suite (libpython3.11-testsuite on Debian).
import re

PATH = "/usr/lib/python3.11/test/re_tests.py"

ns = {}
with open(PATH) as f:
    exec(f.read(), ns)
SUCCEED, FAIL, SYNTAX_ERROR = ns["SUCCEED"], ns["FAIL"], ns["SYNTAX_ERROR"]


def span(m):
    return None if m is None else m.span()


def run_one(t):
    pattern = s = outcome = repl = expected = None
    if len(t) == 5:
        pattern, s, outcome, repl, expected = t
    else:
        pattern, s, outcome = t
    if outcome == SYNTAX_ERROR:
        try:
            re.compile(pattern)
        except re.error as e:
            return "error %s" % e, True
        return "compiled", False
    try:
        obj = re.compile(pattern)
    except re.error as e:
        return "unexpected error %s" % e, False
    result = obj.search(s)
    if outcome == FAIL:
        return "search %r" % (span(result),), result is None
    if result is None:
        return "no match", False
    start, end = result.span(0)
    vardict = {'found': result.group(0), 'groups': result.group(), 'flags': result.re.flags}
    for i in range(1, 100):
        try:
            gi = result.group(i)
            if gi is None:
                gi = "None"
        except IndexError:
            gi = "Error"
        vardict['g%d' % i] = gi
    for i in result.re.groupindex.keys():
        gi = result.group(i)
        vardict[i] = "None" if gi is None else gi
    ok = True
    out = ["span %r" % (result.span(),), "groups %r" % (result.groups(),)]
    if repl is not None:
        got = eval(repl, vardict)
        out.append("repl %r" % (got,))
        ok = got == expected
    try:
        bpat = bytes(pattern, "ascii")
        bs = bytes(s, "ascii")
    except UnicodeEncodeError:
        pass
    else:
        m = re.compile(bpat).search(bs)
        out.append("bytes %r" % (span(m),))
        ok = ok and m is not None
    if pattern[:2] != r'\B' and pattern[-2:] != r'\B':
        m = re.compile(pattern).search(s, start, end + 1)
        out.append("limited %r" % (span(m),))
        ok = ok and m is not None
    m = re.compile(pattern, re.IGNORECASE).search(s)
    out.append("ignorecase %r" % (span(m),))
    ok = ok and m is not None
    return "; ".join(out), ok


passed = 0
tests = ns["tests"]
for n, t in enumerate(tests):
    try:
        line, ok = run_one(t)
    except Exception as e:
        line, ok = "raised %s: %s" % (type(e).__name__, e), False
    passed += ok
    print(n, repr(t[0]), line, "ok" if ok else "FAILED")
print("passed", passed, "of", len(tests))
