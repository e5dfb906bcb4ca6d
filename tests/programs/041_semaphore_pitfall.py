# A classic mistake: creating the Semaphore inside the request function.
# Every call gets its own fresh semaphore, so nothing is limited. The fix is
# one shared semaphore, created once and passed to every call.

import asyncio

in_flight = 0
peak = 0


async def call_api(item):
    global in_flight, peak
    in_flight += 1
    peak = max(peak, in_flight)
    await asyncio.sleep(0.5)
    in_flight -= 1
    return item * 2


async def fetch_wrong(item):
    semaphore = asyncio.Semaphore(2)  # new semaphore per call: no limit at all
    async with semaphore:
        return await call_api(item)


async def fetch_limited(item, semaphore):
    async with semaphore:
        return await call_api(item)


async def main():
    global peak
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(*[fetch_wrong(i) for i in range(6)])
    print(f"wrong: {results} peak={peak} took {loop.time() - start:.1f}s")

    peak = 0
    start = loop.time()
    shared = asyncio.Semaphore(2)
    results = await asyncio.gather(*[fetch_limited(i, shared) for i in range(6)])
    print(f"right: {results} peak={peak} took {loop.time() - start:.1f}s")

    peak = 0
    start = loop.time()
    one = asyncio.Semaphore(1)  # too low a limit makes everything sequential
    await asyncio.gather(*[fetch_limited(i, one) for i in range(6)])
    print(f"limit 1: peak={peak} took {loop.time() - start:.1f}s")


asyncio.run(main())
