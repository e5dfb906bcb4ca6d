# Locks, events and conditions under contention: 200 workers share a Lock around a counter,
# wait on an Event to start, and hand items over through a Condition.
import asyncio


async def worker(n, lock, start, cond, box, counts):
    await start.wait()
    for _ in range(25):
        async with lock:
            counts["total"] += 1
            await asyncio.sleep(0)
    async with cond:
        box.append(n)
        cond.notify()


async def collector(cond, box, expected):
    got = []
    async with cond:
        while len(got) < expected:
            await cond.wait_for(lambda: box)
            got.extend(box)
            box.clear()
    return got


async def main():
    lock, start, cond = asyncio.Lock(), asyncio.Event(), asyncio.Condition()
    box, counts = [], {"total": 0}
    workers = [asyncio.create_task(worker(n, lock, start, cond, box, counts)) for n in range(400)]
    collecting = asyncio.create_task(collector(cond, box, len(workers)))
    await asyncio.sleep(0.1)
    start.set()
    await asyncio.gather(*workers)
    got = await collecting
    print(counts["total"], len(got), sum(got), asyncio.get_running_loop().time())


asyncio.run(main())
