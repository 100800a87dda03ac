"""A minimal stand-in for the pyperf harness, so that benchmark files
written for pyperformance run unmodified on any interpreter:

    PYTHONPATH=bench/pyperf pyjit run bm_richards.py

Runner methods run the benchmark function a few times and print the best
time; they do not spawn worker processes or compute statistics.
"""
import time

__version__ = "2.6.0"

perf_counter = time.perf_counter


class _ArgParser:
    def __init__(self):
        self._defaults = {}

    def add_argument(self, *names, **kwargs):
        dest = kwargs.get("dest")
        if dest is None:
            long_names = [n for n in names if n.startswith("--")]
            name = (long_names or names)[0]
            dest = name.lstrip("-").replace("-", "_")
        default = kwargs.get("default")
        if kwargs.get("action") == "store_true" and default is None:
            default = False
        if kwargs.get("action") == "store_false" and default is None:
            default = True
        self._defaults[dest] = default

    def parse_args(self, args=None):
        ns = _Namespace()
        for k, v in self._defaults.items():
            setattr(ns, k, v)
        return ns

    def add_mutually_exclusive_group(self, *args, **kwargs):
        return self

    def add_argument_group(self, *args, **kwargs):
        return self

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)


class _Namespace:
    pass


class Runner:
    def __init__(self, values=None, processes=None, loops=0, min_time=0.1, metadata=None,
                 show_name=True, program_args=None, add_cmdline_args=None, _argparser=None, warmups=1):
        self.metadata = metadata if metadata is not None else {}
        self.argparser = _ArgParser()
        self.args = None
        self.values = values or 3
        self.loops = loops or 1
        self.warmups = warmups

    def parse_args(self, args=None):
        self.args = self.argparser.parse_args(args)
        return self.args

    def _report(self, name, seconds):
        print("%s: %.6f s" % (name, seconds))

    def bench_time_func(self, name, time_func, *args, **kwargs):
        if self.args is None:
            self.parse_args()
        inner_loops = kwargs.pop("inner_loops", None)
        best = None
        for _ in range(self.values):
            dt = time_func(self.loops, *args)
            if inner_loops:
                dt /= inner_loops
            best = dt if best is None else min(best, dt)
        self._report(name, best / self.loops)
        return best

    def bench_func(self, name, func, *args, **kwargs):
        if self.args is None:
            self.parse_args()
        inner_loops = kwargs.pop("inner_loops", None)
        best = None
        for _ in range(self.values):
            t0 = perf_counter()
            for _ in range(self.loops):
                func(*args)
            dt = perf_counter() - t0
            if inner_loops:
                dt /= inner_loops
            best = dt if best is None else min(best, dt)
        self._report(name, best / self.loops)
        return best

    def bench_async_func(self, name, func, *args, **kwargs):
        import asyncio

        def run():
            return asyncio.run(func(*args))
        return self.bench_func(name, run, **kwargs)

    def timeit(self, name, stmt=None, setup="pass", teardown="pass", inner_loops=None, duplicate=None,
               metadata=None, globals=None):
        ns = dict(globals or {})
        exec(setup, ns)
        code = compile(stmt, "<timeit>", "exec")
        t0 = perf_counter()
        exec(code, ns)
        dt = perf_counter() - t0
        exec(teardown, ns)
        self._report(name, dt)
        return dt
