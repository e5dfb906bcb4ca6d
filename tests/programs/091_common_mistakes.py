# Three common asyncio mistakes and their fixes, measured on the clock:
# awaiting calls one by one in a loop, blocking the loop with time.sleep,
# and calling asyncio.run() from code that already runs inside a loop.

import asyncio
import time


async def fetch(item):
    await asyncio.sleep(1)  # an async client: the loop is free meanwhile
    return item


def fetch_sync(item):
    time.sleep(1)  # a synchronous client
    return item


async def fetch_blocking(item):
    return fetch_sync(item)  # called on the loop's thread: the whole loop stops


async def timed(label, coro):
    loop = asyncio.get_running_loop()
    start = loop.time()
    result = await coro
    print(f"{label}: {result} in {loop.time() - start:.0f}s")


async def awaited_in_a_loop(items):
    return [await fetch(item) for item in items]


async def main():
    items = ["a", "b", "c"]
    await timed("mistake 1, await in a loop", awaited_in_a_loop(items))
    await timed("fix 1, gather", asyncio.gather(*(fetch(i) for i in items)))

    await timed("mistake 2, time.sleep in gather", asyncio.gather(*(fetch_blocking(i) for i in items)))
    await timed("fix 2, to_thread", asyncio.gather(*(asyncio.to_thread(fetch_sync, i) for i in items)))

    coro = fetch("d")
    try:
        asyncio.run(coro)
    except RuntimeError as err:
        coro.close()  # it never ran; closing it avoids a "never awaited" warning
        print("mistake 3, asyncio.run inside a coroutine:", err)
    await timed("fix 3, await it", fetch("d"))


asyncio.run(main())
