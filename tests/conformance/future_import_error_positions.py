# Where the errors of future imports are: an unknown feature at its
# statement; a late future import on the line of the statement that ended
# the future imports at its 0-based column (CPython's future.c).
for src in ['from __future__ import rested', 'from __future__ import *', 'x=1; from __future__ import braces',
            'from __future__ import (nested_scopes,\n   rested)', 'import os\nfrom __future__ import division',
            'x=1; from __future__ import division', 'if 1:\n    from __future__ import division',
            '"""doc"""\nfrom __future__ import nested_scopes; import string; from __future__ import \\\n    nested_scopes',
            'import os; x = 1; from __future__ import division', '"""d"""; from __future__ import division',
            'from __future__ import division; import os; from __future__ import rested']:
    try:
        compile(src, 's', 'exec')
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset)
