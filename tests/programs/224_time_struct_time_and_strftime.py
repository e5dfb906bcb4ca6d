# The calendar side of the time module on the virtual wall clock: gmtime/localtime give
# struct_time (a named tuple), mktime and ctime/asctime convert back and forth, and
# strftime formats with the C library's directives while tasks sleep through the day.
import asyncio
import time


async def stamp(label, delay):
    await asyncio.sleep(delay)
    now = time.localtime()
    print(f"{label:>6}: {time.strftime('%Y-%m-%d %H:%M:%S %Z', now)} "
          f"({time.strftime('%a %d %b, %I:%M %p')}) week {now.tm_yday // 7}")


async def main():
    t0 = time.time()
    start = time.gmtime()
    print(start)
    print(start.tm_year, start.tm_mon, start.tm_wday, start.tm_zone, start.tm_gmtoff)
    year, month, day, *rest = start
    print(year, month, day, rest, len(start), start[0], start[-1], start[:3])
    print(start == tuple(start), start < time.gmtime(t0 + 1), tuple(start) > (2025,))
    await asyncio.gather(stamp("tea", 3 * 3600 + 15 * 60), stamp("lunch", 12.5 * 3600),
                         stamp("night", 23 * 3600 + 59 * 60 + 59))
    elapsed = time.time() - t0
    print(f"elapsed {elapsed:.0f}s", time.ctime(), time.asctime(time.gmtime(0)))
    later = time.gmtime(t0 + 40 * 86400 + 3 * 3600 + 7)
    print(time.mktime(later) - t0, time.mktime((2026, 14, 1, 0, 0, 0, 0, 0, 0)))
    for fmt in ["%A %B %d %Y", "%j %U %W %w %u", "%c | %x | %X", "%D %T %F %R %r",
                "%e|%k|%l|%C|%y|%G-W%V-%u|%g", "%h %s %z %%", "%-d/%-m %-H:%M", "%Q%n%t."]:
        print(repr(time.strftime(fmt, later)))
    for bad in [(2026, 13, 1, 0, 0, 0, 0, 1, 0), (2026, 1, 1, 25, 0, 0, 0, 1, 0)]:
        try:
            time.strftime("%H", bad)
        except ValueError as e:
            print("ValueError", e)
    try:
        time.strftime("%H", (2026, 1, 1))
    except TypeError as e:
        print("TypeError", e)
    print(time.timezone, time.altzone, time.daylight, time.tzname)
    print(time.struct_time((2026, 2, 3, 4, 5, 6, 1, 34, 0)))


asyncio.run(main())
