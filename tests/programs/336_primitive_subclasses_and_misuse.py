# Queues, locks, semaphores and events when a program subclasses them or misuses them: the
# overridden hooks (_init/_put/_get, qsize, release) must be the ones called, and each mistake
# must raise what CPython raises.
import asyncio, heapq

class Stamped(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = []
        self.log = []
    def _put(self, item):
        self.log.append(('put', item))
        heapq.heappush(self._queue, item)
    def _get(self):
        item = heapq.heappop(self._queue)
        self.log.append(('get', item))
        return item
    def qsize(self):
        return len(self._queue) * 1

class Counting(asyncio.Semaphore):
    released = 0
    def release(self):
        Counting.released += 1
        super().release()

async def worker(name, q, results):
    while True:
        item = await q.get()
        results.append((name, item, asyncio.get_running_loop().time()))
        await asyncio.sleep(0.1)
        q.task_done()

async def main():
    q = Stamped(maxsize=2)
    results = []
    ws = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(2)]
    for n in [5, 3, 9, 1, 7]:
        await q.put(n)
        print("put", n, q.qsize(), q.full(), q.empty())
    await q.join()
    for w in ws: w.cancel()
    print(results); print(q.log)
    pq = asyncio.PriorityQueue()
    for x in [(2, 'b'), (1, 'a'), (3, 'c'), (1, 'z')]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue(3)
    for x in range(3): lq.put_nowait(x)
    try:
        lq.put_nowait(9)
    except asyncio.QueueFull as e:
        print("full", repr(e), lq.full(), lq.qsize())
    print([lq.get_nowait() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty as e:
        print("empty", repr(e))
    try:
        lq.task_done(); lq.task_done(); lq.task_done(); lq.task_done()
    except ValueError as e:
        print("VE", e)
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RE", e)
    b = asyncio.BoundedSemaphore(1)
    async with b:
        print("inside", b.locked(), b)
    try:
        b.release()
    except ValueError as e:
        print("VE", e)
    s = Counting(2)
    async def use(i):
        async with s:
            await asyncio.sleep(0.5)
            print("used", i, s.locked(), asyncio.get_running_loop().time())
    ts = [asyncio.create_task(use(i)) for i in range(5)]
    await asyncio.sleep(0.1)
    ts[3].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print("released", Counting.released, s)
    ev = asyncio.Event()
    print(ev.is_set(), ev)
    async def waiter(i):
        await ev.wait(); print("woke", i)
    wts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set(); ev.set(); print(ev.is_set(), ev)
    ev.clear(); print(ev.is_set())
    await asyncio.gather(*wts)
    try:
        q.put_nowait()
    except TypeError as e:
        print("TE", e)
    try:
        q.qsize(1)
    except TypeError as e:
        print("TE", e)
    print(q.put_nowait(item=4), q.qsize())
    print(asyncio.Queue.qsize(q))

asyncio.run(main())
loop_bound = asyncio.Lock()
async def grab():
    async with loop_bound:
        await asyncio.sleep(0.01)
asyncio.run(grab())
async def grab2():
    await asyncio.gather(grab(), grab())
try:
    asyncio.run(grab2())
except RuntimeError as e:
    print("RE", str(e)[:60], '...' , str(e)[-30:])
