# sys.stdout and sys.stderr have writelines, as every text stream does.
import sys

sys.stdout.writelines(["a\n", "b\n"])
sys.stdout.writelines(line + "\n" for line in "cd")
sys.stdout.writelines([])
try:
    sys.stdout.writelines([1])
except TypeError as e:
    print(e)
print(sys.stdout.writelines is not None, hasattr(sys.stderr, "writelines"))
