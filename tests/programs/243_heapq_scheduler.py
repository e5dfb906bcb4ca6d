# A priority job scheduler on a heapq: jobs are (priority, seq, name) entries pushed by
# submitter tasks and popped by a worker; the heap's list is printed to show CPython's sift
# order, and a Job class with __lt__ counts comparisons, including for equal priorities.
import asyncio
import heapq
import itertools

seq = itertools.count()


class Job:
    compares = 0

    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        Job.compares += 1
        return self.prio < other.prio

    def __repr__(self):
        return f"Job({self.prio}, {self.name!r})"


async def submitter(heap, ready, items, delay):
    for prio, name in items:
        await asyncio.sleep(delay)
        heapq.heappush(heap, (prio, next(seq), name))
        print(f"push {name:<7} heap={[e[0] for e in heap]}")
        ready.set()


async def worker(heap, ready, total):
    done = []
    while len(done) < total:
        if not heap:
            ready.clear()
            await ready.wait()
        prio, n, name = heapq.heappop(heap)
        done.append(name)
        print(f"pop  {name:<7} prio={prio} left={[e[0] for e in heap]}")
        await asyncio.sleep(0.15)
    return done


async def main():
    heap, ready = [], asyncio.Event()
    a = [(5, "backup"), (1, "alert"), (3, "email"), (1, "page")]
    b = [(4, "report"), (2, "sync"), (3, "resize")]
    w = asyncio.create_task(worker(heap, ready, len(a) + len(b)))
    await asyncio.gather(submitter(heap, ready, a, 0.1), submitter(heap, ready, b, 0.07))
    print("order:", await w)

    data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
    heapq.heapify(data)
    print("heapified:", data)
    print("pushpop 4 ->", heapq.heappushpop(data, 4), data)
    print("pushpop -1 ->", heapq.heappushpop(data, -1), data)
    print("replace 10 ->", heapq.heapreplace(data, 10), data)
    print("drain:", [heapq.heappop(data) for _ in range(len(data))])

    jobs = [Job(p, n) for p, n in [(2, "a"), (1, "b"), (2, "c"), (1, "d"), (3, "e"), (1, "f"), (2, "g")]]
    h = []
    for j in jobs:
        heapq.heappush(h, j)
    print(h, Job.compares)
    out = [heapq.heappop(h) for _ in range(len(h))]
    print(out, Job.compares)
    h2 = list(jobs)
    heapq.heapify(h2)
    print(h2, Job.compares)

    for bad in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
                lambda: heapq.heappush((), 1), lambda: heapq.heapify("abc")):
        try:
            bad()
        except (IndexError, TypeError) as e:
            print(type(e).__name__ + ":", e)


asyncio.run(main())
