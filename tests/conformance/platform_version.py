# platform parses sys.version (the build and compiler parts are each
# implementation's own, so only their form is printed).
import platform
import sys

print(platform.python_implementation(), platform.python_version(), platform.python_version_tuple())
build = platform.python_build()
print(type(build).__name__, len(build), all(isinstance(s, str) for s in build), build[0] != "")
print(isinstance(platform.python_compiler(), str) and platform.python_compiler() != "")
print(platform.python_branch(), platform.python_revision())
print(sys.version.startswith(platform.python_version()), sys.version.count("["), sys.version.endswith("]"))
print(platform.platform().startswith(platform.system() + "-" + platform.release()))
u = platform.uname()
print(u.system, u.machine == platform.machine(), type(u).__name__, len(u))
import wsgiref.simple_server
print(wsgiref.simple_server.software_version)
