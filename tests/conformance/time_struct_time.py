# time.struct_time and the conversions between it, seconds and text.
import time
t = time.gmtime(1700000000.7)
print(t, len(t), t.tm_zone, t.tm_gmtoff, t[0], t[-1])
print(time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %C %e %I %p %% %Z %z %c %x %X %D %T %u %V %G", t))
print(time.asctime(t), time.asctime(time.gmtime(0)))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)).tm_zone)
for bad in [(1,2,3), tuple(range(12)), 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(e)
print(time.mktime(time.localtime(1234567890)))
print(time.ctime(0) == time.asctime(time.localtime(0)))
#print(time.strptime("2024-03-05 10:11:12", "%Y-%m-%d %H:%M:%S"))
print(type(time.timezone), type(time.tzname), time.daylight in (0, 1))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0)]:
    try:
        time.strftime("%Y", bad)
    except ValueError as e:
        print(e)
try:
    time.strftime("%Y", (1, 2))
except TypeError as e:
    print(e)
try:
    time.gmtime(float("nan"))
except ValueError as e:
    print(e)
print(time.gmtime(-1.5))
import copy
print(copy.copy(t) == t, copy.deepcopy(t), t.__reduce__()[1][1])
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.__module__)
print(time.process_time() >= 0, time.thread_time() >= 0, time.CLOCK_MONOTONIC, time.clock_gettime(time.CLOCK_REALTIME) > 0)
match t:
    case time.struct_time(tm_year=y):
        print("year", y)
import datetime
d = datetime.datetime(2024, 2, 29, 13, 5, 9)
print(d.strftime("%Y/%m/%d %H:%M:%S %a %b %j %p"), d.timetuple(), d.ctime())
print(datetime.date(2000, 1, 1).strftime("%A %d %B %Y"), format(d, "%H h %M"))
print(time.gmtime(2**40)[:6])
for bad in ["1", 2**70]:
    try:
        print(time.gmtime(bad)[:3])
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
# None is now (compared, so that the output does not depend on the date).
print(time.gmtime(None)[:3] == time.gmtime(time.time())[:3])
