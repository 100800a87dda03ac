import os, shutil
s = os.statvfs('/')
f = os.fstatvfs(os.open('/', os.O_RDONLY))
print(type(s), len(s), os.statvfs_result.n_fields, s.f_bsize == s[0], s.f_namemax, type(s.f_fsid).__name__)
print(s.f_fsid == f.f_fsid, s.f_frsize == f.f_frsize, s.f_flag == f.f_flag, s.f_blocks == f.f_blocks)
print(os.statvfs in os.supports_fd, shutil.disk_usage('/').total == s.f_blocks * s.f_frsize)
try:
    os.statvfs('/nonexistent-pyjit')
except OSError as e:
    print(type(e).__name__, e)
