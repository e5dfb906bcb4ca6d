# queue.Queue between executor jobs and the coroutine that feeds them: jobs on a thread pool
# take work with get_nowait() and report results on another queue; a PriorityQueue orders
# urgent work first, a LifoQueue replays an undo stack, and the errors of full and empty
# queues and of task_done() are what CPython raises.
import asyncio
import queue
import time
from concurrent.futures import ThreadPoolExecutor

work = queue.Queue()
results = queue.SimpleQueue()


def drain(worker):
    handled = 0
    while True:
        try:
            n = work.get_nowait()
        except queue.Empty:
            return f"worker {worker} handled {handled}"
        time.sleep(0.1 * n)
        results.put((worker, n, n * n))
        work.task_done()
        handled += 1


async def main():
    for n in [3, 1, 2, 1, 1]:
        work.put(n)
    print("queued", work.qsize(), "unfinished", work.unfinished_tasks)
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        summaries = await asyncio.gather(*(loop.run_in_executor(pool, drain, w) for w in "AB"))
    print(summaries)
    print("empty:", work.empty(), "unfinished:", work.unfinished_tasks)
    work.join()
    collected = []
    while not results.empty():
        collected.append(results.get())
    print("results:", sorted(collected, key=lambda r: r[1:]), len(collected))
    try:
        work.task_done()
    except ValueError as e:
        print("ValueError:", e)

    urgent = queue.PriorityQueue()
    for prio, job in [(3, "rotate logs"), (1, "page on-call"), (2, "renew cert"), (1, "ack alert")]:
        urgent.put((prio, job))
    print("by priority:", [urgent.get()[1] for _ in range(urgent.qsize())])

    undo = queue.LifoQueue(maxsize=3)
    for edit in ["type a", "type b", "delete"]:
        undo.put(edit)
    print("full:", undo.full())
    try:
        undo.put_nowait("one more")
    except queue.Full:
        print("Full: undo stack holds 3")
    try:
        undo.put("one more", timeout=0.5)
    except queue.Full:
        print("Full again after waiting")
    print("undo:", [undo.get() for _ in range(3)])
    try:
        undo.get(timeout=1)
    except queue.Empty:
        print("Empty: nothing left to undo")
    try:
        undo.get(timeout=-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
