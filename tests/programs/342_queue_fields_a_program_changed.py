# Queues whose fields a program changed to other types: maxsize a bool, a count that is a
# float, a finished event of the program's own class, waiters kept in a list. Each put, get
# and task_done still does what CPython's does.
import asyncio


class LoudEvent(asyncio.Event):
    def clear(self):
        print("  clear() of the finished event")
        super().clear()

    def set(self):
        print("  set() of the finished event")
        super().set()


async def main():
    flagged = asyncio.Queue(maxsize=True)
    await flagged.put("a")
    print("full with maxsize=True:", flagged.full(), flagged.qsize())
    print("got", await flagged.get())

    counted = asyncio.Queue()
    counted._unfinished_tasks = 0.0
    await counted.put(1)
    print("unfinished after a put:", counted._unfinished_tasks)
    await counted.get()
    counted.task_done()
    print("unfinished after task_done:", counted._unfinished_tasks)
    await counted.join()
    print("join returned")

    loud = asyncio.Queue()
    loud._finished = LoudEvent()
    loud._finished.set()
    await loud.put("x")
    await loud.get()
    loud.task_done()
    await loud.join()

    listed = asyncio.Queue(maxsize=1)
    listed._putters = []
    await listed.put("only")

    async def second():
        await listed.put("second")
        print("second put done")

    task = asyncio.create_task(second())
    await asyncio.sleep(0)
    try:
        print("got", await listed.get())
    except Exception as error:
        print("get failed:", type(error).__name__, error)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("second cancelled")

    huge = asyncio.Queue()
    huge._unfinished_tasks = 2**63 - 1
    await huge.put(1)
    print("unfinished past 2**63:", huge._unfinished_tasks)


asyncio.run(main())
