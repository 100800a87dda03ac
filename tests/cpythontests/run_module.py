"""Runs one module of CPython's test suite with unittest and records the
outcome of every test, for tests/cpythontests (main.go).

    run_module.py MODULE OUTFILE

Each line of OUTFILE is OUTCOME, a tab, the test's id, a tab and a detail
(the exception or the skip's reason, on one line). OUTCOME is pass, fail,
error or skip for a test; import for a module that could not be imported;
done, with the count of tests run, when the run finished. Lines are
written as tests finish, so a run that hangs or crashes leaves the
outcomes of the tests before it.

As regrtest without -u, no resource (network, cpu, largefile, ...) is
enabled: tests that need one are skipped.
"""
import importlib
import sys
import traceback
import unittest


class Recorder(unittest.TestResult):
    """A TestResult that writes each test's outcome when the test stops.

    A test's outcome is the worst of its own and its subtests'. Errors
    outside a test (in setUpClass, setUpModule and their teardowns) are
    written at once, as are class or module skips.
    """

    def __init__(self, out):
        super().__init__()
        self.out = out
        self.current = None

    def emit(self, outcome, test_id, detail):
        detail = " ".join(str(detail).split())[:300]
        self.out.write(f"{outcome}\t{test_id}\t{detail}\n")
        self.out.flush()

    def startTest(self, test):
        super().startTest(test)
        self.current = test
        self.outcome, self.detail = "pass", ""

    def stopTest(self, test):
        self.emit(self.outcome, test.id(), self.detail)
        self.current = None
        super().stopTest(test)

    def record(self, test, outcome, detail):
        if self.current is None or test is not self.current:
            self.emit(outcome, test.id() if hasattr(test, "id") else str(test), detail)
            return
        rank = {"pass": 0, "skip": 1, "fail": 2, "error": 3}
        if rank[outcome] > rank[self.outcome]:
            self.outcome, self.detail = outcome, detail

    def addError(self, test, err):
        super().addError(test, err)
        self.record(test, "error", describe(err))

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.record(test, "fail", describe(err))

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self.record(test, "skip", reason)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self.record(test, "fail", "unexpected success")

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            kind = "fail" if issubclass(err[0], test.failureException) else "error"
            self.record(test, kind, f"{subtest._subDescription()}: {describe(err)}")


def describe(err):
    """The last line of the exception's traceback and where it was raised."""
    etype, value, tb = err
    line = traceback.format_exception_only(etype, value)[-1].strip()
    where = ""
    frames = traceback.extract_tb(tb)
    if frames:
        f = frames[-1]
        where = f" [{f.filename.rsplit('/', 1)[-1]}:{f.lineno}]"
    return line + where


def main():
    name, path = sys.argv[1], sys.argv[2]
    with open(path, "w") as out:
        result = Recorder(out)
        try:
            from test import support
            support.use_resources = []
            module = importlib.import_module(name)
        except unittest.SkipTest as e:
            result.emit("skip", name, e)
            result.emit("done", name, 0)
            return
        except BaseException as e:
            result.emit("import", name, describe((type(e), e, e.__traceback__)))
            return
        suite = unittest.defaultTestLoader.loadTestsFromModule(module)
        suite.run(result)
        result.emit("done", name, result.testsRun)


if __name__ == "__main__":
    main()
