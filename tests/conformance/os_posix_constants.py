# posix has CPython's integer constants (CLD_*, P_*, W*, SCHED_*, ST_*, ...).
import os
import posix

names = ['CLD_EXITED', 'CLD_KILLED', 'CLD_DUMPED', 'CLD_TRAPPED', 'CLD_STOPPED', 'CLD_CONTINUED',
         'P_PID', 'P_PGID', 'P_ALL', 'WEXITED', 'WSTOPPED', 'WNOWAIT', 'PRIO_PROCESS',
         'SCHED_OTHER', 'SCHED_FIFO', 'ST_RDONLY', 'ST_NOSUID', 'GRND_RANDOM', 'GRND_NONBLOCK',
         'F_LOCK', 'F_TLOCK', 'POSIX_FADV_NORMAL', 'XATTR_CREATE', 'RTLD_NOW', 'NGROUPS_MAX']
for name in names:
    print(name, getattr(os, name), getattr(posix, name))
