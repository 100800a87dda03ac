# sys.flags.hash_randomization says whether str hashes are keyed: 0 under
# PYTHONHASHSEED=0 (the runner's setting for both interpreters), whose
# hashes these are.
import sys

print(sys.flags.hash_randomization, hash("abc"), hash(b"abc"))
