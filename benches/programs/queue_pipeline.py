# A producer and four consumers passing 100,000 items through a bounded queue.
import asyncio


async def producer(queue, count):
    for n in range(count):
        await queue.put(n)
    for _ in range(4):
        await queue.put(None)


async def consumer(queue, totals):
    while True:
        item = await queue.get()
        queue.task_done()
        if item is None:
            return
        totals.append(item)


async def main():
    queue = asyncio.Queue(maxsize=100)
    totals = []
    workers = [asyncio.create_task(consumer(queue, totals)) for _ in range(4)]
    await producer(queue, 100_000)
    await asyncio.gather(*workers)
    print(len(totals), sum(totals))


asyncio.run(main())
