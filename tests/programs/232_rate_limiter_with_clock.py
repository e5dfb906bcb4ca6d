# A token-bucket rate limiter timed with time.monotonic(), whose log lines carry wall-clock
# timestamps from time.strftime and datetime, and whose per-second report is keyed by
# struct_time fields.
import asyncio
import logging
import sys
import time
from datetime import datetime

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format="[%(asctime)s] %(name)s %(message)s", datefmt="%H:%M:%S")
log = logging.getLogger("limiter")


class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate, self.capacity = rate, capacity
        self.tokens = capacity
        self.updated = time.monotonic()

    def _refill(self):
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now

    async def take(self):
        while True:
            self._refill()
            if self.tokens >= 1:
                self.tokens -= 1
                return
            wait = (1 - self.tokens) / self.rate
            log.info("throttled for %.3fs", wait)
            await asyncio.sleep(wait)


async def client(name, bucket, calls, per_second):
    for i in range(calls):
        await bucket.take()
        stamp = time.gmtime()
        per_second.setdefault((stamp.tm_min, stamp.tm_sec), []).append(name)
        log.info("%s call %d at %s", name, i, datetime.now().strftime("%S.%f")[:-3])
        await asyncio.sleep(0.1)


async def main():
    bucket = TokenBucket(rate=4, capacity=2)
    per_second = {}
    t0 = time.perf_counter()
    await asyncio.gather(client("alpha", bucket, 4, per_second),
                         client("beta", bucket, 3, per_second))
    print(f"took {time.perf_counter() - t0:.3f}s, now {time.strftime('%T')}")
    for (minute, second), names in sorted(per_second.items()):
        print(f"{minute:02d}:{second:02d}", names)
    print(time.monotonic_ns() // 10**6, time.time_ns() // 10**9, round(time.time() % 60, 3))
    print(time.get_clock_info("monotonic").monotonic, time.get_clock_info("time").adjustable)


asyncio.run(main())
