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

A few of CPython 3.11's test modules cannot even be loaded without a C
module every CPython build has and pyjit does not (pyjit has no C API):
test_call uses _testcapi in a class body, test_datetime loads the tests
of the C _datetime unconditionally. PyPy patches its copy of these tests;
pyjit runs CPython's unchanged, so this driver does what later CPython
does (gh-143959 for test_datetime): the tests that need the C module are
skipped, the others run.

A module with a test_main function is run through it, as regrtest runs
it: test_main sets the module up before its tests run.
"""
import importlib
import sys
import traceback
import types
import unittest

# C modules a test module uses while it is imported: a placeholder stands
# for each during the import, and the tests whose code names it are
# skipped (the module itself sees the name as None afterwards, as when
# the import fails).
IMPORT_TIME_C_MODULES = {"test_call": ["_testcapi"], "test_inspect": ["_pickle"]}

# Modules that take names from a C module when it can be imported and fall
# back to pure Python otherwise: they are imported before that C module's
# placeholder goes in, so that they do not take its names from it.
FALLS_BACK = {"_pickle": ["pickle"]}

# Test modules whose load_tests loads a second, "fast" copy of their
# tests over a C accelerator, and that accelerator: without it, only the
# pure-Python half is loaded.
FAST_HALF = {"test_datetime": "_datetime"}


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


class Placeholder(types.ModuleType):
    """Stands for a missing C module while a test module that uses it at
    import time is imported: any attribute, call or iteration gives
    another placeholder (or nothing)."""

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return Placeholder(f"{self.__name__}.{name}")

    def __call__(self, *args, **kwargs):
        return Placeholder(f"{self.__name__}()")

    def __iter__(self):
        return iter(())


def import_with_placeholders(name, missing):
    """Imports test module name with placeholders for the C modules in
    missing that cannot be imported, and returns the module and the names
    that were replaced."""
    replaced = []
    for cname in missing:
        try:
            importlib.import_module(cname)
        except ImportError:
            for user in FALLS_BACK.get(cname, ()):
                importlib.import_module(user)
            sys.modules[cname] = Placeholder(cname)
            replaced.append(cname)
    try:
        module = importlib.import_module(name)
    finally:
        for cname in replaced:
            sys.modules.pop(cname, None)
    for cname in replaced:
        if isinstance(getattr(module, cname, None), Placeholder):
            setattr(module, cname, None)
    return module, replaced


def code_names(code):
    """The global names code and the code nested in it use."""
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= code_names(const)
    return names


def uses(func, names):
    """Whether function func's code names one of names."""
    code = getattr(func, "__code__", None)
    return code is not None and not code_names(code).isdisjoint(names)


def skip_users(suite, names):
    """Marks the tests of suite whose test method, or whose class's setUp,
    names one of names (C modules pyjit does not have) as skipped."""
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            skip_users(test, names)
            continue
        cls = type(test)
        why = f"needs {', '.join(sorted(names))} (CPython's C API), which pyjit does not have"
        if uses(getattr(cls, "setUp", None), names) or uses(getattr(cls, "setUpClass", None), names):
            cls.__unittest_skip__ = True
            cls.__unittest_skip_why__ = why
            continue
        method = getattr(cls, getattr(test, "_testMethodName", ""), None)
        if uses(method, names):
            setattr(cls, test._testMethodName, unittest.skip(why)(method))


def without_fast_half(module, accelerator):
    """Makes module's load_tests load its pure-Python half only when the
    C accelerator cannot be imported: load_tests zips the two halves with
    their suffixes, the missing one being None."""
    try:
        importlib.import_module(accelerator)
        return
    except ImportError:
        pass

    def present_halves(modules, suffixes):
        return [(m, s) for m, s in zip(modules, suffixes) if m is not None]
    module.zip = present_halves


def main():
    name, path = sys.argv[1], sys.argv[2]
    with open(path, "w") as out:
        result = Recorder(out)
        try:
            from test import support
            support.use_resources = []
            short = name.rpartition(".")[2]
            module, replaced = import_with_placeholders(name, IMPORT_TIME_C_MODULES.get(short, ()))
            if short in FAST_HALF:
                without_fast_half(module, FAST_HALF[short])
        except unittest.SkipTest as e:
            result.emit("skip", name, e)
            result.emit("done", name, 0)
            return
        except BaseException as e:
            result.emit("import", name, describe((type(e), e, e.__traceback__)))
            return
        if hasattr(module, "test_main"):
            run_test_main(module, result, set(replaced))
        else:
            suite = unittest.defaultTestLoader.loadTestsFromModule(module)
            if replaced:
                skip_users(suite, set(replaced))
            suite.run(result)
        result.emit("done", name, result.testsRun)


def run_test_main(module, result, replaced):
    """Runs a module that has a test_main, as regrtest does: test_main
    sets the module up (test_decimal and test_xml_etree choose the
    implementation under test there) and runs its suites through
    support.run_unittest, whose suites are run with result here."""
    from test import support

    def run_suite(suite):
        if replaced:
            skip_users(suite, replaced)
        suite.run(result)
    saved = support._run_suite
    support._run_suite = run_suite
    try:
        module.test_main()
    except unittest.SkipTest as e:
        result.emit("skip", module.__name__, e)
    except BaseException as e:
        result.emit("error", module.__name__ + ".test_main", describe((type(e), e, e.__traceback__)))
    finally:
        support._run_suite = saved


if __name__ == "__main__":
    main()
