"""A stand-in for the pyperf harness, so that benchmark programs written for
pyperformance run unmodified on any interpreter:

    PYTHONPATH=bench/pyperf pyjit run bm_richards.py --loops 8

It runs in one process (no worker processes, no statistics). Each
benchmark runs --warmups untimed values and then --values timed values of
--loops loops each, as a pyperf worker does, and prints one line:

    NAME: MEAN s per loop (VALUES values x LOOPS loops, timed TOTAL s)

TOTAL is the time of the timed values summed (for bench_time_func, the
sum of what the time function returned). `pyjit bench` reads it.

Options: --loops N (default 1), --values N (default 3), --warmups N
(default 1); pyperf's other options are accepted and ignored. Options a
program adds with runner.argparser.add_argument are parsed too.
"""
import sys
import time

__version__ = "2.6.0"

perf_counter = time.perf_counter


def python_implementation():
    """The running interpreter's name in lower case ("cpython", "pypy")."""
    return sys.implementation.name.lower()


class _Namespace:
    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)


class _Option:
    def __init__(self, names, kwargs):
        self.names = names
        self.positional = not names[0].startswith("-")
        dest = kwargs.get("dest")
        if dest is None:
            if self.positional:
                dest = names[0]
            else:
                long_names = [n for n in names if n.startswith("--")]
                dest = (long_names or names)[0].lstrip("-").replace("-", "_")
        self.dest = dest
        self.action = kwargs.get("action", "store")
        self.type = kwargs.get("type")
        self.nargs = kwargs.get("nargs")
        self.choices = kwargs.get("choices")
        default = kwargs.get("default")
        if default is None and self.action == "store_true":
            default = False
        if default is None and self.action == "store_false":
            default = True
        if default is None and self.action == "append":
            default = []
        self.default = default

    def convert(self, text):
        value = self.type(text) if self.type is not None else text
        if self.choices is not None and value not in self.choices:
            raise SystemExit("pyperf: argument %s: invalid choice: %r" % (self.names[0], value))
        return value


class _ArgParser:
    """The part of argparse.ArgumentParser that benchmark programs use."""

    def __init__(self):
        self._options = []
        self._defaults = {}

    def add_argument(self, *names, **kwargs):
        option = _Option(names, kwargs)
        self._options.append(option)
        return option

    def add_mutually_exclusive_group(self, *args, **kwargs):
        return self

    def add_argument_group(self, *args, **kwargs):
        return self

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)

    def _find(self, name):
        for option in self._options:
            if not option.positional and name in option.names:
                return option
        return None

    def parse_args(self, args=None):
        if args is None:
            args = sys.argv[1:]
        ns = _Namespace(**self._defaults)
        for option in self._options:
            setattr(ns, option.dest, option.default)
        positionals = [o for o in self._options if o.positional]
        i = 0
        while i < len(args):
            arg = args[i]
            i += 1
            if arg.startswith("-") and arg != "-":
                name, eq, value = arg.partition("=")
                option = self._find(name)
                if option is None:
                    raise SystemExit("pyperf: unrecognized argument: %s" % arg)
                if option.action == "store_true":
                    setattr(ns, option.dest, True)
                    continue
                if option.action == "store_false":
                    setattr(ns, option.dest, False)
                    continue
                if not eq:
                    if i >= len(args):
                        raise SystemExit("pyperf: argument %s: expected one argument" % name)
                    value = args[i]
                    i += 1
                value = option.convert(value)
                if option.action == "append":
                    getattr(ns, option.dest).append(value)
                else:
                    setattr(ns, option.dest, value)
                continue
            if not positionals:
                raise SystemExit("pyperf: unrecognized argument: %s" % arg)
            option = positionals.pop(0)
            setattr(ns, option.dest, option.convert(arg))
        return ns


def _add_pyperf_options(parser):
    parser.add_argument("--loops", type=int, default=1)
    parser.add_argument("--values", type=int, default=3)
    parser.add_argument("--warmups", type=int, default=1)
    parser.add_argument("-p", "--processes", type=int)
    parser.add_argument("-o", "--output")
    parser.add_argument("--append")
    parser.add_argument("--inherit-environ", action="append")
    parser.add_argument("--min-time", type=float)
    for flag in ("--fast", "--rigorous", "--debug-single-value", "--quiet", "-q",
                 "--verbose", "-v", "--worker", "--calibrate-loops",
                 "--no-locale", "--track-memory", "--tracemalloc"):
        parser.add_argument(flag, action="store_true")


class Runner:
    def __init__(self, values=None, processes=None, loops=0, min_time=0.1, metadata=None,
                 show_name=True, program_args=None, add_cmdline_args=None, _argparser=None,
                 warmups=None):
        self.metadata = metadata if metadata is not None else {}
        self.argparser = _ArgParser()
        _add_pyperf_options(self.argparser)
        self.args = None
        self._values = values
        self._loops = loops
        self._warmups = warmups

    def parse_args(self, args=None):
        if self.args is None:
            self.args = self.argparser.parse_args(args)
            if self._values and self.args.values == 3:
                self.args.values = self._values
            if self._loops and self.args.loops == 1:
                self.args.loops = self._loops
            if self._warmups is not None and self.args.warmups == 1:
                self.args.warmups = self._warmups
        return self.args

    def _run(self, name, timed_value):
        args = self.parse_args()
        loops = max(args.loops, 1)
        for _ in range(max(args.warmups, 0)):
            timed_value(loops)
        total = 0.0
        values = max(args.values, 1)
        for _ in range(values):
            total += timed_value(loops)
        print("%s: %.9f s per loop (%d values x %d loops, timed %.9f s)"
              % (name, total / (values * loops), values, loops, total))
        sys.stdout.flush()
        return total

    def bench_time_func(self, name, time_func, *args, **kwargs):
        kwargs.pop("inner_loops", None)
        return self._run(name, lambda loops: time_func(loops, *args))

    def bench_func(self, name, func, *args, **kwargs):
        kwargs.pop("inner_loops", None)

        def timed_value(loops):
            t0 = perf_counter()
            for _ in range(loops):
                func(*args)
            return perf_counter() - t0
        return self._run(name, timed_value)

    def bench_async_func(self, name, func, *args, **kwargs):
        import asyncio

        def run():
            return asyncio.run(func(*args))
        return self.bench_func(name, run, **kwargs)

    def bench_command(self, name, command):
        """Times running command (a list of arguments) to its end, once per
        loop, as pyperf does."""
        import subprocess

        def timed_value(loops):
            t0 = perf_counter()
            for _ in range(loops):
                subprocess.run(command, check=True, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL)
            return perf_counter() - t0
        return self._run(name, timed_value)

    def timeit(self, name, stmt=None, setup="pass", teardown="pass", inner_loops=None,
               duplicate=None, metadata=None, globals=None):
        ns = dict(globals or {})
        code = compile(stmt, "<timeit>", "exec")

        def timed_value(loops):
            exec(setup, ns)
            t0 = perf_counter()
            for _ in range(loops):
                exec(code, ns)
            dt = perf_counter() - t0
            exec(teardown, ns)
            return dt
        return self._run(name, timed_value)
