# SIGPIPE and SIGXFSZ are ignored as in CPython: writing to a pipe whose
# reader is gone raises BrokenPipeError (json.tool exits with EPIPE), and
# child processes still start with SIGPIPE's default action.
import errno
import signal
import subprocess
import sys

print(signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN, signal.getsignal(signal.SIGXFSZ) == signal.SIG_IGN)

proc = subprocess.Popen([sys.executable, '-m', 'json.tool'], stdout=subprocess.PIPE, stdin=subprocess.PIPE)
proc.stdout.close()
proc.communicate(b'"{}"')
print(proc.returncode == errno.EPIPE)

child = '''
import sys
try:
    print("x" * 100000, flush=True)
except BrokenPipeError as e:
    sys.stderr.write(type(e).__name__ + " " + str(e.errno) + "\\n")
    import os
    os._exit(3)
'''
proc = subprocess.Popen([sys.executable, '-c', child], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
proc.stdout.close()
err = proc.stderr.read()
proc.wait()
print(proc.returncode, err.decode().strip())

status = subprocess.run(['grep', 'SigIgn', '/proc/self/status'], capture_output=True, text=True).stdout
print('SIGPIPE ignored in child:', bool(int(status.split()[1], 16) & (1 << (signal.SIGPIPE - 1))))
