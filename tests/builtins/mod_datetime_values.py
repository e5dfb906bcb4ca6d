# datetime values without a clock: constructor rounding of float timedeltas, reprs of
# subclasses, equality and hashing across types and zones, ordering errors, replace's
# checks, ISO strings round-tripping, and strftime's %f/%z/%:z/%Z.
from datetime import date, datetime, time, timedelta, timezone

for args in [dict(seconds=1.0000005), dict(seconds=2.5e-6), dict(days=0.1), dict(hours=-1.5),
             dict(minutes=1e-7), dict(milliseconds=-0.0005), dict(weeks=0.5, days=-3.5)]:
    d = timedelta(**args)
    print(args, repr(d), d)
print(timedelta(microseconds=7) * 0.5, timedelta(microseconds=9) * 0.5, timedelta(seconds=1) / 3)


class Stamp(datetime):
    def label(self):
        return self.strftime("%Y%m%d")


s = Stamp(2026, 5, 6, 7, 8)
print(repr(s), s.label(), type(s + timedelta(1)).__name__, type(s - s).__name__)
print(repr(Stamp.fromisoformat("2026-05-06")), type(Stamp.now(timezone.utc)).__name__)
tz2 = timezone(timedelta(hours=2))
a, b = datetime(2026, 1, 1, 12, tzinfo=tz2), datetime(2026, 1, 1, 10, tzinfo=timezone.utc)
print(a == b, hash(a) == hash(b), a - b, a.astimezone(timezone.utc) == b, {a: 1}[b])
print(date(2026, 1, 1) == datetime(2026, 1, 1), date(2026, 1, 1) != datetime(2026, 1, 1))
print(time(12, tzinfo=tz2) == time(10, tzinfo=timezone.utc), time(1) == time(1, tzinfo=tz2))
for f in [lambda: date(2026, 1, 1) < datetime(2026, 1, 1), lambda: time(1) < time(1, tzinfo=tz2),
          lambda: date(2026, 1, 31).replace(month=2), lambda: datetime(2026, 1, 1).replace(hour=-1),
          lambda: time(1).replace(fold=2), lambda: date.fromordinal(0),
          lambda: datetime(2026, 1, 1, tzinfo=tz2) - datetime(2026, 1, 1),
          lambda: date.fromisocalendar(2026, 53, 1), lambda: date.fromisocalendar(2026, 1, 8)]:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for text in ["2026-05-06T07:08:09.000010+00:00", "2026-05-06T07:08:09-03:30:15",
             "2026-05-06 07:08", "2026-05-06T07", "2026-05-06T07:08:09,5",
             "2020-W53-7T23:59:59.999999Z"]:
    d = datetime.fromisoformat(text)
    print(text, repr(d), d.isoformat(), datetime.fromisoformat(d.isoformat()) == d)
d = datetime(2026, 5, 6, 7, 8, 9, 10, tzinfo=timezone(-timedelta(hours=3, minutes=30, seconds=15)))
print(d.strftime("%f|%z|%:z|%Z|%%z"), d.utcoffset(), d.tzname(), str(d.tzinfo))
print(datetime(2026, 5, 6).strftime("%z|%:z|%Z|%f"), time(1, 2, 3, 4).strftime("%H %f %Y"))
print(datetime(1, 1, 1).isoformat(), datetime(9999, 12, 31).toordinal(), date(1, 1, 1).weekday())
print(datetime(2026, 3, 1, 1, 2, 3).timetuple(), datetime(2026, 3, 1).timestamp() + 0 * 1,
      datetime.fromtimestamp(1767225600, timezone.utc))
# Float timestamps round their fraction alone, half to even, as CPython does.
for stamp in (1767225600.638973567, 1767225600.0000005, 1767225600.9999996, -1.0000005, 0.5e-6, 1.5e-6):
    print(stamp, datetime.fromtimestamp(stamp, timezone.utc))
