# asyncio.Semaphore(n) lets at most n coroutines into a section at once,
# like a bouncer at a club: here at most 3 "API calls" run concurrently
# while 8 are requested, and waiters get in first-come first-served.

import asyncio

semaphore = asyncio.Semaphore(3)
active = 0
peak = 0


async def safe_request(url, seconds):
    global active, peak
    loop = asyncio.get_running_loop()
    async with semaphore:  # waits while 3 requests are already in flight
        active += 1
        peak = max(peak, active)
        print(f"t={loop.time():.1f} start {url} (active={active})")
        await asyncio.sleep(seconds)
        active -= 1
        print(f"t={loop.time():.1f} done  {url}")
        return len(url)


async def main():
    durations = [1.0, 0.5, 1.5, 0.5, 1.0, 0.5, 0.5, 1.0]
    urls = [f"/api/item/{i}" for i in range(len(durations))]
    results = await asyncio.gather(*[safe_request(u, d) for u, d in zip(urls, durations)])
    print("results:", results)
    print("peak concurrency:", peak, "| semaphore locked now?", semaphore.locked())


asyncio.run(main())
