# "coroutine ... was never awaited" is printed when the coroutine object is freed, at the
# line running then: the statement that dropped it, the call or await a function returned
# from, the loop's callback machinery when a task's coroutine returns, or sys:1 at exit.
import asyncio


async def fetch(n):
    return n


def build_request():
    pending = fetch(1)
    print("built", type(pending).__name__)
    return "request"


async def prepare():
    draft = fetch(2)
    return "prepared"


async def worker():
    forgotten = fetch(3)
    await asyncio.sleep(0.1)
    print("worker done")


later = None


async def main():
    fetch(0)
    print("after a dropped call")
    print(build_request())
    result = await prepare()
    print(result)
    await asyncio.create_task(worker())
    print("worker awaited")
    batch = [fetch(4), fetch(5)]
    print("batch of", len(batch))
    batch.clear()
    print("batch cleared")
    global later
    later = fetch(6)
    print("main done")


asyncio.run(main())
print("program done")
