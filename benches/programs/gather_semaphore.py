# 10,000 tasks through gather(), at most 100 at a time behind a Semaphore.
import asyncio


async def fetch(n, limit):
    async with limit:
        await asyncio.sleep(0.01)
        return n * 2


async def main():
    limit = asyncio.Semaphore(100)
    results = await asyncio.gather(*(fetch(n, limit) for n in range(10_000)))
    print(len(results), sum(results), asyncio.get_running_loop().time())


asyncio.run(main())
