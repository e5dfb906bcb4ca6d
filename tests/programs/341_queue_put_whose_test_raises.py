# A queue whose maxsize is no number: the first `await queue.put(x)` raises inside put()'s
# own test (`self.full()`), and the traceback shows put() and full() as CPython's does.
import asyncio


async def main():
    queue = asyncio.Queue(maxsize="3")
    print("made", queue)
    await queue.put("first")


asyncio.run(main())
