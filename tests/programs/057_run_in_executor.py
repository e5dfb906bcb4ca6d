# loop.run_in_executor(None, fn, *args) runs a blocking function in the
# default thread pool and returns an awaitable future. It takes no keyword
# arguments, so functools.partial is used to bind them.

import asyncio
import functools
import time


def heavy_cpu_task():
    time.sleep(1.0)  # pretend to crunch numbers
    return 42


def blocking_db_call(query, *, retries=0):
    time.sleep(0.5)
    return f"rows for {query!r} (retries={retries})"


async def heartbeat():
    loop = asyncio.get_running_loop()
    for _ in range(3):
        await asyncio.sleep(0.4)
        print(f"t={loop.time():.1f} event loop still responsive")


async def main():
    loop = asyncio.get_running_loop()
    beat = asyncio.create_task(heartbeat())
    result = await loop.run_in_executor(None, heavy_cpu_task)
    print(f"t={loop.time():.1f} heavy task returned {result}")
    await beat

    call = functools.partial(blocking_db_call, "SELECT * FROM docs", retries=2)
    print(f"t={loop.time():.1f}", await loop.run_in_executor(None, call))

    futures = [loop.run_in_executor(None, blocking_db_call, f"q{n}") for n in range(3)]
    print("executor futures done yet?", [f.done() for f in futures])
    rows = await asyncio.gather(*futures)
    print(f"t={loop.time():.1f}", rows)


asyncio.run(main())
