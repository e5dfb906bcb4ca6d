# time's calendar functions on fixed instants: gmtime across leap years and before 1970,
# mktime back again, strftime's week numbers at year boundaries, and strptime's fields.
import time

for secs in [0, -1, 951782400, 951868800, 1767225600, 1798761599, 4102444800, -2208988800,
             1234567890.9, -0.5]:
    t = time.gmtime(secs)
    print(secs, tuple(t), time.strftime("%a %j %U %W %V %G %u %w", t), time.asctime(t))
for year in range(2019, 2028):
    for month, day in [(1, 1), (1, 4), (12, 28), (12, 31)]:
        secs = time.mktime((year, month, day, 12, 0, 0, 0, 0, 0)) - time.timezone
        print(year, month, day, time.strftime("%Y-%m-%d %a %G-W%V-%u %U %W", time.gmtime(secs)))
print(time.gmtime(86400 * 59).tm_mon, time.gmtime(86400 * 59).tm_mday)
for data, fmt in [("31 Dec 2024", "%d %b %Y"), ("2024-366", "%Y-%j"), ("12:34", "%H:%M"),
                  ("Monday 5 January 2026", "%A %d %B %Y"), ("5pm", "%I%p"),
                  ("2026-01-05T10:00:00+0130", "%Y-%m-%dT%H:%M:%S%z"),
                  ("  7  ", " %d "), ("99", "%y"), ("68", "%y"), ("69", "%y")]:
    t = time.strptime(data, fmt)
    print(repr(data), tuple(t), t.tm_gmtoff)
for data, fmt in [("2024-367", "%Y-%j"), ("25:00", "%H:%M"), ("Jan", "%B %Y"),
                  ("2026-02-29", "%Y-%m-%d"), ("10:00 xyz", "%H:%M")]:
    try:
        time.strptime(data, fmt)
    except ValueError as e:
        print("ValueError", e)
t = time.struct_time((2026, 1, 2, 3, 4, 5, 4, 2, 0))
print(t, t.tm_zone, t.tm_gmtoff, t.count(2), t.index(4), t + (1,), t == tuple(t))
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print("TypeError", e)
