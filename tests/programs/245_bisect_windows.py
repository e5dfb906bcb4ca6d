# Sliding-window rate limiting and grading with bisect: request timestamps kept sorted with
# insort, windows counted with bisect_left/bisect_right (lo/hi), scores graded through
# breakpoints, records inserted by key=, and the argument errors CPython reports.
import asyncio
import bisect
from bisect import bisect_left, bisect_right, insort


class RateLimiter:
    def __init__(self, limit, window):
        self.limit, self.window, self.stamps = limit, window, []

    def allow(self, now):
        start = bisect_left(self.stamps, now - self.window)
        recent = len(self.stamps) - start
        if recent >= self.limit:
            return False
        insort(self.stamps, now)
        return True


async def client(name, limiter, gaps):
    loop = asyncio.get_running_loop()
    for gap in gaps:
        await asyncio.sleep(gap)
        now = round(loop.time(), 2)
        verdict = "ok" if limiter.allow(now) else "throttled"
        print(f"{now:5.2f} {name} {verdict}")


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


async def main():
    limiter = RateLimiter(3, 1.0)
    await asyncio.gather(client("alice", limiter, [0.1, 0.2, 0.2, 0.9]),
                         client("bob", limiter, [0.15, 0.1, 1.0]))
    print("stamps:", limiter.stamps)
    print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100)])
    marks = [1, 2, 4, 4, 4, 7, 9]
    print(bisect_left(marks, 4), bisect_right(marks, 4), bisect.bisect(marks, 0), bisect.bisect(marks, 10))
    print(bisect_left(marks, 4, 4), bisect_right(marks, 4, 0, 3), bisect_left(marks, 4, hi=2))
    bisect.insort_left(marks, 4)
    bisect.insort_right(marks, 5)
    print(marks)
    events = [(0.5, "boot"), (2.0, "sync"), (3.5, "flush")]
    bisect.insort(events, (1.2, "login"), key=lambda e: e[0])
    insort(events, (3.5, "late"), key=lambda e: e[0])
    print(events)
    times = [e[0] for e in events]
    print("events before 2.5:", bisect_left(events, 2.5, key=lambda e: e[0]), bisect_right(times, 3.5))
    for bad in (lambda: bisect_left(marks, 1, -1), lambda: insort(marks, 3, lo=-2),
                lambda: bisect_right(marks, "x"), lambda: bisect.bisect(None, 1)):
        try:
            bad()
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)


asyncio.run(main())
