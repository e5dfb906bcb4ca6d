# Run by the worker while it waits for the learner's first program (never shown): the
# browser first runs WebAssembly through a quick compiler and recompiles the functions that
# run often with its optimizing one: without this, a first run took up to twice a repeat.
# It goes through what programs do most: tasks, sleeps, gather, a Semaphore, a Queue, a
# Lock, an Event and a Condition, classes, f-strings, dicts, lists and strings.
import asyncio


class Counter:
    def __init__(self, name):
        self.name = name
        self.count = 0

    def bump(self, by):
        self.count += by
        return self.count


async def fetch(n, limit, counter, seen):
    async with limit:
        await asyncio.sleep(n % 3 / 100)
        seen[f"job-{n}"] = counter.bump(n % 4)
        return n


async def produce(queue, items):
    for n in range(items):
        await queue.put(n)
    await queue.put(None)


async def consume(queue, lock, totals):
    while (item := await queue.get()) is not None:
        async with lock:
            totals.append(item * 2)
            await asyncio.sleep(0)
        queue.task_done()


async def wait_turn(start, cond, box, n):
    await start.wait()
    async with cond:
        box.append(n)
        cond.notify_all()


async def main():
    limit, lock = asyncio.Semaphore(4), asyncio.Lock()
    start, cond = asyncio.Event(), asyncio.Condition()
    counter, seen, totals, box = Counter("jobs"), {}, [], []
    queue = asyncio.Queue(maxsize=8)
    waiters = [asyncio.create_task(wait_turn(start, cond, box, n)) for n in range(20)]
    done = await asyncio.gather(
        *(fetch(n, limit, counter, seen) for n in range(60)),
        produce(queue, 120),
        consume(queue, lock, totals),
    )
    start.set()
    await asyncio.gather(*waiters)
    words = " ".join(sorted(seen)).split()
    print(len(done), counter.count, sum(totals), len(box), len(words), words[0].upper())


asyncio.run(main())
