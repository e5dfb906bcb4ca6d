# A rate limiter that spaces requests at least 1/rate seconds apart, built
# from a Lock and loop.time(). Unlike a semaphore (which limits how many
# run at once) this limits how many start per second.

import asyncio


class RateLimiter:
    def __init__(self, per_second):
        self.interval = 1 / per_second
        self.next_slot = 0.0
        self.lock = asyncio.Lock()

    async def wait(self):
        async with self.lock:
            loop = asyncio.get_running_loop()
            now = loop.time()
            if self.next_slot > now:
                await asyncio.sleep(self.next_slot - now)
            self.next_slot = max(now, self.next_slot) + self.interval


async def request(limiter, number):
    await limiter.wait()
    loop = asyncio.get_running_loop()
    print(f"t={loop.time():.2f} request {number} sent")
    await asyncio.sleep(0.3)  # server time; does not hold up the next request
    return number


async def main():
    limiter = RateLimiter(per_second=4)
    done = await asyncio.gather(*(request(limiter, n) for n in range(1, 7)))
    print("completed:", done, f"at t={asyncio.get_running_loop().time():.2f}")
    await asyncio.sleep(2)
    await request(limiter, 7)  # after a quiet period there is no wait


asyncio.run(main())
