# time.monotonic(), time.perf_counter() and loop.time() all read the virtual clock while the
# loop runs, so differences between readings are exact: sleeping 0.25 s moves each by 0.25.
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    start = (time.monotonic(), time.perf_counter(), loop.time())
    await asyncio.sleep(0.25)
    after_sleep = (time.monotonic(), time.perf_counter(), loop.time())
    print("sleep moved the clocks by", [round(b - a, 6) for a, b in zip(start, after_sleep)])
    time.sleep(0.5)  # blocks the loop, and the virtual clock moves on with it
    blocked = (time.monotonic(), time.perf_counter(), loop.time())
    print("time.sleep moved them by", [round(b - a, 6) for a, b in zip(after_sleep, blocked)])
    print("monotonic never goes back:", blocked[0] >= after_sleep[0] >= start[0])


asyncio.run(main())
