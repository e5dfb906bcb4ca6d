# timedelta arithmetic for measuring and budgeting: normalisation into days/seconds/
# microseconds, str and repr of negative spans, multiplication and division with
# round-half-even, floor division and modulo, comparisons, and the errors it raises.
import asyncio
from datetime import timedelta


async def timed(name, seconds):
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(seconds)
    return name, timedelta(seconds=loop.time() - start)


async def main():
    results = await asyncio.gather(timed("dns", 0.125), timed("connect", 0.75),
                                   timed("tls", 1.5), timed("body", 12.25))
    total = sum((d for _, d in results), timedelta())
    for name, d in results:
        print(f"{name:8} {str(d):>15} {d / total:6.1%} {d.total_seconds()}")
    print("total", total, repr(total), "mean", total / len(results))
    budget = timedelta(seconds=10)
    print("over budget by", total - budget, "| under by", budget - total, repr(budget - total))
    spans = [timedelta(days=-1, seconds=86399), timedelta(microseconds=-1),
             timedelta(weeks=1, days=-8), timedelta(hours=36, minutes=90),
             timedelta(1.5), timedelta(minutes=0.5, milliseconds=250.25),
             timedelta(seconds=1 / 3), timedelta(days=999999999)]
    for d in spans:
        print(repr(d), "|", d, "|", d.days, d.seconds, d.microseconds)
    d = timedelta(hours=2, minutes=5, seconds=7, microseconds=11)
    print(d * 3, d * 0.1, 2.5 * d, d / 7, d / 0.3, -d, abs(-d), +d)
    print(d // timedelta(minutes=10), d % timedelta(minutes=10), divmod(d, timedelta(hours=1)))
    print(d // 4, d / timedelta(seconds=1), timedelta(microseconds=3) / 2,
          timedelta(microseconds=5) / 2, timedelta(microseconds=-5) / 2)
    print(sorted(spans[:5]), max(spans), min(spans), timedelta(hours=24) == timedelta(days=1))
    print(bool(timedelta()), bool(timedelta(microseconds=1)),
          len({timedelta(hours=1), timedelta(minutes=60), timedelta(seconds=3600)}))
    print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
    for f in [lambda: timedelta(days=10**9), lambda: timedelta.max + timedelta(1),
              lambda: d / 0, lambda: d // timedelta(0), lambda: timedelta(seconds="5"),
              lambda: timedelta(seconds=[1])]:
        try:
            print(f())
        except (OverflowError, ZeroDivisionError, TypeError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
