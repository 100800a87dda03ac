# A program written for the pyperf harness runs with the stand-in module.
import sys
sys.path.insert(0, sys.path[0] + "/../../bench/pyperf")
import pyperf


def bench_add(loops):
    t0 = pyperf.perf_counter()
    total = 0
    for i in range(loops * 1000):
        total += i
    return pyperf.perf_counter() - t0


def work(n):
    return sum(range(n))


runner = pyperf.Runner()
runner.metadata["description"] = "stand-in check"
runner.argparser.add_argument("--size", type=int, default=10)
args = runner.parse_args()
print("size", args.size)
import io
from contextlib import redirect_stdout
out = io.StringIO()
with redirect_stdout(out):
    t = runner.bench_time_func("add", bench_add)
    t2 = runner.bench_func("work", work, 100)
print([line.split(":")[0] for line in out.getvalue().splitlines()])
print(isinstance(t, float), t >= 0, t2 >= 0)
