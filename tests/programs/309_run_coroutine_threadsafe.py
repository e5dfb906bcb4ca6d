# A worker thread hands coroutines back to the event loop with run_coroutine_threadsafe(),
# as code that mixes threads and asyncio does: the thread gets a concurrent.futures.Future,
# and the loop side awaits it through asyncio.wrap_future().
import asyncio


async def store(key, value):
    await asyncio.sleep(0.5)
    print(f"t={asyncio.get_running_loop().time():.1f} stored {key}={value}")
    return f"{key}:ok"


async def explode():
    await asyncio.sleep(0.2)
    raise ValueError("the store is read-only")


def sync_import(loop, rows):
    # Runs in an executor thread: it must not touch the loop directly.
    futures = [asyncio.run_coroutine_threadsafe(store(k, v), loop) for k, v in rows]
    print("submitted", len(futures), "rows; done yet?", any(f.done() for f in futures))
    try:
        asyncio.run_coroutine_threadsafe("not a coroutine", loop)
    except TypeError as error:
        print("TypeError:", error)
    return futures + [asyncio.run_coroutine_threadsafe(explode(), loop)]


async def main():
    loop = asyncio.get_running_loop()
    futures = await loop.run_in_executor(None, sync_import, loop, [("a", 1), ("b", 2)])
    results = await asyncio.gather(*(asyncio.wrap_future(f) for f in futures),
                                   return_exceptions=True)
    print(results)
    print([f.done() for f in futures], repr(futures[-1].exception()))


asyncio.run(main())
