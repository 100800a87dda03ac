# os.spawn* run a program and wait for it (P_WAIT) or return its pid (P_NOWAIT),
# as CPython's os.py does on fork and exec: a program that cannot be run
# exits with status 127.
import os, sys
print(os.P_WAIT, os.P_NOWAIT, os.P_NOWAITO)
exe = '/bin/sh'
print(os.spawnv(os.P_WAIT, exe, [exe, '-c', 'exit 17']))
print(os.spawnl(os.P_WAIT, exe, exe, '-c', 'exit 3'))
print(os.spawnvp(os.P_WAIT, 'true', ['true']), os.spawnvp(os.P_WAIT, 'false', ['false']))
print(os.spawnlp(os.P_WAIT, 'sh', 'sh', '-c', 'exit 5'))
env = dict(os.environ, FRUIT='orange=lemon')
print(os.spawnve(os.P_WAIT, '/bin/sh', ['sh', '-c', 'test "$FRUIT" = orange=lemon'], env))
print(os.spawnvpe(os.P_WAIT, 'sh', [b'sh', b'-c', b'exit 9'], {b'PATH': b'/usr/bin:/bin'}))
print(os.spawnv(os.P_WAIT, '/nonexistent/prog', ['prog']))
print(os.spawnv(os.P_WAIT, '/bin/sh', ['sh', '-c', 'kill -9 $$']))
pid = os.spawnv(os.P_NOWAIT, '/bin/sh', ['sh', '-c', 'exit 4'])
p2, st = os.waitpid(pid, 0)
print(p2 == pid, os.waitstatus_to_exitcode(st))
for bad in [(), [], ('',), ['']]:
    try: os.spawnv(os.P_NOWAIT, exe, bad)
    except ValueError as e: print('ValueError', e)
try: os.spawnv(os.P_WAIT, exe, 'abc')
except TypeError as e: print('TypeError', e)
try: os.spawnv(os.P_WAIT, exe)
except TypeError as e: print('TypeError', e)
try: os.spawnl(os.P_NOWAIT, exe)
except ValueError as e: print('ValueError', e)
print(os.spawnve(os.P_WAIT, '/bin/sh', ['sh', '-c', 'true'], {'A=B': 'c'}))
print(os.spawnve(os.P_WAIT, '/bin/sh', ['sh', '-c', 'true'], {'A': 'c\0d'}))
print(os.spawnv(os.P_WAIT, 123, ['x']))
