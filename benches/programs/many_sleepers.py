# 100,000 tasks, each sleeping once.
import asyncio


async def sleeper(n):
    await asyncio.sleep(n % 100 / 100)
    return n


async def main():
    tasks = [asyncio.create_task(sleeper(n)) for n in range(100_000)]
    total = 0
    for task in tasks:
        total += await task
    print(total, asyncio.get_running_loop().time())


asyncio.run(main())
