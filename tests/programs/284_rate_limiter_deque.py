# A sliding-window rate limiter and a recent-events log built on collections.deque:
# timestamps are appended on the right and expired ones popped from the left, a bounded
# deque(maxlen=...) keeps only the last few events (dropping from the other end), a
# round-robin scheduler rotates a deque of workers, and the report shows reprs, indexing,
# extendleft, insert, remove, count, index, reverse, copy, comparisons and IndexErrors.
import asyncio
from collections import deque


class RateLimiter:
    def __init__(self, limit, period):
        self.limit = limit
        self.period = period
        self.stamps = deque()

    async def acquire(self, name):
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            while self.stamps and now - self.stamps[0] >= self.period:
                self.stamps.popleft()
            if len(self.stamps) < self.limit:
                self.stamps.append(now)
                return now
            wait = self.period - (now - self.stamps[0])
            print(f"  {name} waits {wait:.2f}s")
            await asyncio.sleep(wait)


async def client(name, limiter, requests, recent):
    for i in range(requests):
        at = await limiter.acquire(name)
        recent.append(f"{name}#{i}@{at:.1f}")
        await asyncio.sleep(0.05)


async def main():
    limiter = RateLimiter(limit=3, period=1.0)
    recent = deque(maxlen=4)
    await asyncio.gather(*(client(n, limiter, 3, recent) for n in ("alpha", "beta")))
    print("recent:", recent)
    print("maxlen:", recent.maxlen, "len:", len(recent), "first:", recent[0], "last:", recent[-1])
    recent.appendleft("oldest")
    print("appendleft drops the right end:", recent)

    workers = deque(["w1", "w2", "w3", "w4"])
    order = []
    for job in range(6):
        order.append((job, workers[0]))
        workers.rotate(-1)
    print("round robin:", order)
    workers.rotate(2)
    print("rotated:", workers, list(reversed(workers)))

    d = deque(range(3))
    d.extend([3, 4])
    d.extendleft(["b", "a"])
    d.insert(3, "mid")
    print(d, d.count(1), d.index("mid"), "mid" in d, 9 in d)
    d.remove("mid")
    d.reverse()
    print(d, d.pop(), d.popleft(), d)
    d[0] = "first"
    del d[1]
    print(d, d.copy() == d, d == deque(["first", 2, 1, 0, "a"]), d == ["first"], bool(deque()))
    print(deque("ab") + deque("cd"), deque([1, 2]) < deque([1, 3]), deque([1], maxlen=2) * 3)
    print(repr(deque()), repr(deque(maxlen=0)), deque("xyz", maxlen=2))

    empty = deque()
    for action in (empty.pop, empty.popleft, lambda: empty[0], lambda: d.remove("nope"),
                   lambda: d.index("nope"), lambda: deque([1], maxlen=1).insert(0, 2)):
        try:
            action()
        except (IndexError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        deque(maxlen=-1)
    except ValueError as e:
        print(type(e).__name__, e)


asyncio.run(main())
