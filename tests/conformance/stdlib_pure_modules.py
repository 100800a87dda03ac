# CPython's pure-Python library modules run unchanged: pyjit finds the
# installed library and searches it after its own modules.
import colorsys
import datetime
import graphlib
import ipaddress
import stat
import sys

d = datetime.date(2024, 2, 29)
print(d, d + datetime.timedelta(days=1), d.isoformat(), d.weekday(), d.toordinal())
dt = datetime.datetime(2020, 1, 2, 3, 4, 5, 678)
print(repr(dt), dt - datetime.datetime(2019, 12, 31), dt.replace(year=2021).isoformat())
print(datetime.timedelta(days=-1, seconds=5), repr(datetime.timedelta(hours=25)))
print(sorted([datetime.date(2020, 5, 1), datetime.date(2019, 1, 1)]))
try:
    datetime.date(2023, 2, 29)
except ValueError as e:
    # (the message is _datetime's in CPython, datetime.py's in pyjit)
    print("ValueError")
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hls_to_rgb(0.5, 0.5, 0.5))
ts = graphlib.TopologicalSorter({"a": ["b", "c"], "b": ["c"]})
print(list(ts.static_order()))
try:
    list(graphlib.TopologicalSorter({"a": ["b"], "b": ["a"]}).static_order())
except graphlib.CycleError as e:
    print("CycleError:", e.args[0])
print(ipaddress.ip_address("192.168.0.1") in ipaddress.ip_network("192.168.0.0/24"))
print(list(ipaddress.ip_network("10.0.0.0/30").hosts()))
print(ipaddress.ip_address("::1").is_loopback, ipaddress.ip_interface("10.1.2.3/8").network)
print(stat.S_ISDIR(0o40755), stat.filemode(0o100644))
print(datetime.__name__, datetime.__file__.endswith("datetime.py"))
print(any(p.endswith("python3.11") for p in sys.path))

# An ImportError from `from M import name` says where M came from.
m = type(sys)("fake_module")
sys.modules["fake_module"] = m
try:
    from fake_module import missing
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    from datetime import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name, e.path == datetime.__file__)
