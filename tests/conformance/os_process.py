import os
la = os.getloadavg()
print(type(la).__name__, len(la), all(isinstance(x, float) for x in la))
print(os.getgroups() == os.getgroups(), os.getpgrp() == os.getpgid(0), os.getsid(0) == os.getsid(os.getpid()))
for f, a in [(os.getpgid, 2**22 + 12345), (os.getsid, 2**22 + 12345), (os.getpgid, 'x')]:
    try:
        f(a)
    except Exception as e:
        print(type(e).__name__, e)
