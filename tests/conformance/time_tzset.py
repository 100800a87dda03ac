# time.tzset with TZ naming tz database zones and POSIX rules.
import os, time
os.environ['TZ'] = 'EST+05EDT,M3.2.0,M11.1.0'
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.daylight)
print(time.localtime(0), time.strftime("%Z %z", time.localtime(1e9)))
print(time.mktime((2000, 1, 1, 0, 0, 0, 0, 0, -1)), time.mktime((2000, 7, 1, 0, 0, 0, 0, 0, -1)))
os.environ['TZ'] = 'Europe/Kiev'; time.tzset(); print(time.tzname, time.localtime(0).tm_hour)
os.environ['TZ'] = 'UTC'; time.tzset(); print(time.tzname)
os.environ['TZ'] = 'AEST-10AEDT-11,M10.5.0,M3.5.0'; time.tzset(); print(time.tzname, time.timezone, time.altzone, time.daylight)
os.environ['TZ'] = 'EST5EDT'; time.tzset(); print(time.tzname, time.localtime(1e9).tm_isdst)
os.environ['TZ'] = '<+0330>-3:30'; time.tzset(); print(time.tzname, time.timezone)
