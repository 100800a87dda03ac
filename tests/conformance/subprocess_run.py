# subprocess on _posixsubprocess.fork_exec, select.poll and os.waitpid.
import os
import select
import subprocess
import sys

r = subprocess.run(["echo", "hello"], capture_output=True)
print(r)
r = subprocess.run("echo err >&2; exit 3", shell=True, capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
print(subprocess.check_output(["cat"], input=b"abc" * 30000) == b"abc" * 30000)
print(subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE,
                     stderr=subprocess.STDOUT).stdout)
for args, kw in [(["/nonexistent/prog"], {}), (["nonexistent-prog-xyz"], {}),
                 (["ls"], {"cwd": "/nonexistent-dir"})]:
    try:
        subprocess.run(args, **kw)
    except OSError as e:
        print(type(e).__name__, e)
p = subprocess.Popen(["sleep", "5"])
p.kill()
print(p.wait(), p.returncode)
print(subprocess.getoutput("echo hi; exit 1"), subprocess.getstatusoutput("exit 2"))
try:
    subprocess.run(["sleep", "3"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("timeout", e.cmd)
r = subprocess.run(["sh", "-c", "echo $FOO; pwd"], env={"FOO": "bar"}, cwd="/", capture_output=True)
print(r.stdout)
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(e)

# Descriptors: close_fds closes an inheritable one unless it is passed.
rfd, wfd = os.pipe()
os.set_inheritable(wfd, True)
script = "echo x > /dev/fd/%d" % wfd
r = subprocess.run(["sh", "-c", script], stderr=subprocess.DEVNULL)
print("closed:", r.returncode != 0)
r = subprocess.run(["sh", "-c", script], pass_fds=(wfd,))
print("passed:", r.returncode)
r = subprocess.run(["sh", "-c", script], close_fds=False)
print("inherited:", r.returncode)
os.close(wfd)
print(os.read(rfd, 10))
os.close(rfd)

# select and poll.
rfd, wfd = os.pipe()
names = {rfd: "r", wfd: "w"}
def show(lists):
    return [[names[fd] for fd in fds] for fds in lists]
print(show(select.select([rfd], [wfd], [], 0)))
os.write(wfd, b"data")
print(show(select.select([rfd], [], [], 1.5)))
p = select.poll()
p.register(rfd, select.POLLIN)
p.register(wfd, select.POLLOUT)
print(sorted((names[fd], ev) for fd, ev in p.poll(0)))
p.modify(wfd, select.POLLIN)
print([(names[fd], ev) for fd, ev in p.poll(10)])
p.unregister(wfd)
try:
    p.unregister(wfd)
except KeyError as e:
    print("KeyError", e.args == (wfd,))
try:
    p.modify(wfd, select.POLLIN)
except OSError as e:
    print(type(e).__name__, e)
os.close(rfd)
os.close(wfd)
for bad in [(["x"], [], []), ([-1], [], []), ([], [], [], -1), ([], [], [], "1")]:
    try:
        select.select(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(select.error is OSError, select.PIPE_BUF)

# os.waitpid and the wait status. The Popen stays referenced: CPython's
# Popen.__del__ reaps a child that has already exited.
child = subprocess.Popen(["sh", "-c", "exit 7"])
pid = child.pid
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.waitstatus_to_exitcode(status))
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print(e)
