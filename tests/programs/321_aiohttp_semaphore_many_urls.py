# aiohttp with an asyncio.Semaphore: 40 requests, at most 5 in flight at any moment.
import asyncio

import aiohttp

in_flight = 0
peak = 0


async def fetch(session, sem, url):
    global in_flight, peak
    async with sem:
        in_flight += 1
        peak = max(peak, in_flight)
        try:
            async with session.get(url) as response:
                body = await response.json()
                return response.status, body
        finally:
            in_flight -= 1


async def main():
    sem = asyncio.Semaphore(5)
    urls = [f"https://api.example.com/items/{i}" for i in range(1, 41)]
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(fetch(session, sem, url) for url in urls))
    statuses = {}
    for status, _ in results:
        statuses[status] = statuses.get(status, 0) + 1
    prices = [body["price"] for status, body in results if status == 200]
    print("statuses:", dict(sorted(statuses.items())))
    print(f"cheapest {min(prices)}, dearest {max(prices)}")
    print("most in flight at once:", peak)
    print(f"done at t={loop.time():.3f}s")


asyncio.run(main())
