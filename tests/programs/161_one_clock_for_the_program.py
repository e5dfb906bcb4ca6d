# One clock for the whole program, as a real one: timing `asyncio.run(main())` from outside
# shows how long the loop took, a second `asyncio.run` goes on where the first stopped,
# `time.sleep` outside any loop moves the clock on, and `time.time()` is a wall clock
# (here it reads 2026-01-01 00:00:00 UTC when the program starts).
import asyncio
import time


async def brew(seconds):
    await asyncio.sleep(seconds)
    return seconds


async def main(label):
    loop = asyncio.get_running_loop()
    print(f"{label}: loop starts at {loop.time():.2f}")
    results = await asyncio.gather(brew(1), brew(2), brew(1.5))
    print(f"{label}: brewed {results} by {loop.time():.2f}")


wall_start = time.time()
print("wall clock at start:", wall_start)
start = time.perf_counter()
asyncio.run(main("first"))
print(f"first run took {time.perf_counter() - start:.2f} seconds")

time.sleep(0.5)
print(f"after a blocking nap: {time.perf_counter():.2f}")

start = time.perf_counter()
asyncio.run(main("second"))
print(f"second run took {time.perf_counter() - start:.2f} seconds")
print(f"monotonic {time.monotonic():.2f}, wall clock moved {time.time() - wall_start:.2f}")
print("nanoseconds agree:", time.perf_counter_ns() == round(time.perf_counter() * 1e9))
