# sys.ps1 and sys.ps2 are the prompts, and a statement may change them.
import sys
sys.ps1, sys.ps2
sys.ps1 = 'py> '
sys.ps2 = '  | '
for i in range(2):
    print(i)

class Counter:
    n = 0
    def __str__(self):
        Counter.n += 1
        return '[%d] ' % Counter.n

sys.ps1 = Counter()
1
2
del sys.ps1
print('no ps1: a default')
