# PYTHONHASHSEED=N gives CPython's str and bytes hashes for that seed;
# "random" differs from run to run.
import os
import subprocess
import sys

code = "print(hash('abc'), hash(b'abc'), hash('\\u0100bc'), hash('\\U00010000x'), hash(''))"
for seed in ["0", "1", "42", "4294967295"]:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    print(seed, out.stdout.strip(), out.stderr.strip())
runs = set()
for _ in range(3):
    env = dict(os.environ, PYTHONHASHSEED="random")
    runs.add(subprocess.run([sys.executable, "-c", "print(hash('abc'))"], env=env,
                            capture_output=True, text=True).stdout)
print(len(runs) > 1)
