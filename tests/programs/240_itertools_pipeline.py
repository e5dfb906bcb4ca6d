# An asyncio log pipeline built from itertools: request ids from count(), a producer that
# feeds a queue in batched() chunks, consumers that tag entries with cycle(), and a report that
# groups the collected lines with groupby() and slices them with islice()/takewhile().
import asyncio
import itertools
from itertools import accumulate, batched, chain, count, cycle, groupby, islice, takewhile

ids = count(1000, 7)
print("id source:", ids)


async def producer(queue, n):
    events = [f"GET /item/{i % 4}" for i in range(n)]
    for chunk in batched(events, 3):
        await queue.put(chunk)
        print(f"{asyncio.get_running_loop().time():.1f} queued batch of {len(chunk)}")
        await asyncio.sleep(0.5)
    await queue.put(None)


async def consumer(queue, log):
    workers = cycle(["w-a", "w-b", "w-c"])
    while (chunk := await queue.get()) is not None:
        for line in chunk:
            log.append((next(workers), next(ids), line))
        await asyncio.sleep(0.2)
    print("consumer done, ids now at", ids)


async def main():
    queue = asyncio.Queue()
    log = []
    await asyncio.gather(producer(queue, 10), consumer(queue, log))
    for worker, entries in groupby(sorted(log), key=lambda e: e[0]):
        entries = list(entries)
        print(worker, len(entries), [e[1] for e in entries])
    print("first three:", list(islice(log, 3)))
    print("every fourth:", [e[1] for e in islice(log, 1, None, 4)])
    print("before 1030:", [e[1] for e in takewhile(lambda e: e[1] < 1030, log)])
    sizes = [len(line) for _, _, line in log]
    print("running size:", list(accumulate(sizes)))
    print("running max:", list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
    print("with initial:", list(accumulate([1, 2, 3], initial=100)))
    merged = chain(["start"], (line for _, _, line in log[:2]), ["end"])
    print(list(merged))
    print(list(chain.from_iterable([[1, 2], (3,), "ab"])))
    for bad in ([5, -1], ["x"], [0, 3, 0]):
        try:
            islice(log, *bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        list(batched(log, 0))
    except ValueError as e:
        print("ValueError:", e)
    print(itertools.repeat("ping", 2), list(itertools.repeat("ping", 2)), itertools.count(2.5, 0.5))


asyncio.run(main())
