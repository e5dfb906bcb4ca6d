# Reading and writing dates the ways APIs do: ISO 8601 with fromisoformat (3.11 rules:
# basic forms, Z, fractions, week dates), isoformat with timespec, strftime and format
# specs, ISO calendars, ordinals, and the ValueErrors bad input raises.
import asyncio
from datetime import date, datetime, time, timedelta

PAYLOADS = ["2026-01-15", "2026-01-15T09:30", "2026-01-15 09:30:05.25",
            "2026-01-15T09:30:05Z", "2026-01-15T09:30:05+05:30", "20260115T093005",
            "2026-W03-4", "2026-01-15T09:30:05.1234567", "15/01/2026", "2026-01-32",
            "2026-01-15T24:00", "", "2026-01-15T09:30:05+25:00"]


async def ingest(raw):
    await asyncio.sleep(0)
    try:
        value = datetime.fromisoformat(raw)
    except ValueError as e:
        return f"rejected: {e}"
    return f"{value!r} -> {value.isoformat()}"


async def main():
    for raw, result in zip(PAYLOADS, await asyncio.gather(*(ingest(p) for p in PAYLOADS))):
        print(f"{raw!r:32} {result}")
    print(date.fromisoformat("2026-12-31"), date.fromisoformat("20261231"),
          date.fromisoformat("2026W531"), time.fromisoformat("07:08:09.123"),
          time.fromisoformat("T0708"), time.fromisoformat("07:08+01:00"))
    for bad in ["2026-1-5", "2026-01-15T10:00"]:
        try:
            date.fromisoformat(bad)
        except ValueError as e:
            print("ValueError", e)
    moment = datetime(2026, 7, 4, 18, 5, 9, 87000)
    for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
        print(spec, moment.isoformat(timespec=spec), moment.time().isoformat(spec))
    try:
        moment.isoformat(timespec="decades")
    except ValueError as e:
        print("ValueError", e)
    print(moment.isoformat(" "), str(moment), moment.date().isoformat(), moment.ctime())
    print(f"{moment:%d %B %Y, %H:%M:%S.%f} | {moment.date():%A %j} | {moment.time():%I:%M %p}")
    print(f"{moment}", format(moment, ""), "{:%Y/%m/%d}".format(moment), moment.strftime("%z|%Z|%%"))
    for d in [date(2026, 1, 1), date(2025, 12, 29), date(2027, 1, 3), date(2020, 12, 31)]:
        iso = d.isocalendar()
        print(d, iso, iso.week, tuple(iso), d.weekday(), d.isoweekday(),
              date.fromisocalendar(*iso) == d)
    d = date(2026, 3, 15)
    print(d.toordinal(), date.fromordinal(d.toordinal() + 100), d.timetuple()[:8])
    print(d.replace(month=2, day=28), d - date(2026, 1, 1), d + timedelta(weeks=3),
          repr(d - timedelta(days=74)))
    print(date.min, date.max, date.resolution, datetime.min, datetime.max, time.min, time.max)
    print(datetime.combine(d, time(8, 45)), datetime(2026, 2, 28, 23) + timedelta(hours=1),
          datetime(2024, 2, 28, 23) + timedelta(hours=1))
    for args in [(2026, 0, 1), (2026, 2, 29), (0, 1, 1), (10000, 1, 1)]:
        try:
            date(*args)
        except ValueError as e:
            print("ValueError", e)
    for args in [(24, 0), (1, 60), (1, 1, 60), (1, 1, 1, 10**6)]:
        try:
            time(*args)
        except ValueError as e:
            print("ValueError", e)
    try:
        date.max + timedelta(days=1)
    except OverflowError as e:
        print("OverflowError", e)
    try:
        date(2026.5, 1, 1)
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
