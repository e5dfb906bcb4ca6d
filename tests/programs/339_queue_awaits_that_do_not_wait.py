# `await queue.put(x)` and `await queue.get()` when the queue has room or an item: the
# coroutine finishes without suspending, so no other task runs in between and no loop
# iteration passes. Every other way of running these coroutines must give the same results.
import asyncio
import time


class NoisyQueue(asyncio.Queue):
    def _put(self, item):
        print("  NoisyQueue._put", item)
        super()._put(item)

    def _get(self):
        item = super()._get()
        print("  NoisyQueue._get", item)
        return item


async def other(name):
    print(f"{name} runs at {asyncio.get_running_loop().time():.2f}")


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue(maxsize=2)
    bystander = asyncio.create_task(other("bystander"))
    # Room and items: nothing in between, the bystander waits for the first real suspension.
    print("put a ->", await queue.put("a"))
    print("put b ->", await queue.put("b"))
    print("get ->", await queue.get(), "size", queue.qsize())
    print("bystander done yet?", bystander.done())
    await asyncio.sleep(0)
    print("bystander done now?", bystander.done())

    # Full: the put waits until a consumer makes room.
    await queue.put("c")

    async def consumer():
        await asyncio.sleep(0.5)
        print("consumer takes", queue.get_nowait(), "at", loop.time())

    taker = asyncio.create_task(consumer())
    print("putting d into a full queue at", loop.time())
    await queue.put("d")
    print("d is in at", loop.time(), list(queue._queue))
    await taker

    # Empty: the get waits for a producer.
    while not queue.empty():
        queue.get_nowait()
        queue.task_done()

    async def producer():
        await asyncio.sleep(0.25)
        queue.put_nowait("late")

    asyncio.create_task(producer())
    print("got", await queue.get(), "at", loop.time())

    # The same coroutines run other ways: by a task, by gather, by wait_for.
    print("task put ->", await asyncio.create_task(queue.put(1)))
    print("gather ->", await asyncio.gather(queue.put(2), queue.get()))
    print("wait_for get ->", await asyncio.wait_for(queue.get(), 1))
    print("wait_for empty get:")
    try:
        await asyncio.wait_for(queue.get(), 0.1)
    except TimeoutError:
        print("  timed out at", loop.time(), "getters", len(queue._getters))

    # A coroutine awaited twice, and one made and dropped.
    coroutine = queue.put(3)
    await coroutine
    try:
        await coroutine
    except RuntimeError as error:
        print("second await:", error)
    queue.put(4)
    print("after an unawaited put the size is", queue.qsize())

    # Subclasses and the other kinds of queue.
    noisy = NoisyQueue()
    await noisy.put("x")
    print("noisy get ->", await noisy.get())
    lifo = asyncio.LifoQueue()
    heap = asyncio.PriorityQueue()
    for n in (3, 1, 2):
        await lifo.put(n)
        await heap.put(n)
    print("lifo", [await lifo.get() for _ in range(3)])
    print("priority", [await heap.get() for _ in range(3)])

    # A get cancelled before it starts, and one cancelled while it waits.
    empty = asyncio.Queue()
    early = asyncio.create_task(empty.get())
    early.cancel()
    waiting = asyncio.create_task(empty.get())
    await asyncio.sleep(0)
    waiting.cancel()
    for task in (early, waiting):
        try:
            await task
        except asyncio.CancelledError:
            print("cancelled:", task.cancelled(), "getters", len(empty._getters))
    empty.put_nowait("kept")
    print("still there:", await empty.get())

    # What the queue counts at the end.
    print("unfinished", queue._unfinished_tasks, "qsize", queue.qsize())


start = time.perf_counter()
asyncio.run(main())
print("virtual seconds", round(time.perf_counter() - start, 2))
