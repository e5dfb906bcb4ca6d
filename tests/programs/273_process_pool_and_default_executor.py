# CPU-bound work sent to a ProcessPoolExecutor (here its jobs run as threads on the virtual
# clock, as in the oracle), the loop's default executor replaced by a two-worker
# ThreadPoolExecutor with set_default_executor so that to_thread and run_in_executor(None)
# share it, and Executor.map over jobs that finish at once.
import asyncio
import math
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def count_primes(limit):
    return sum(1 for n in range(2, limit) if all(n % d for d in range(2, math.isqrt(n) + 1)))


def slow_io(name, seconds):
    time.sleep(seconds)
    return f"{name} after {seconds}s at {time.monotonic():.1f}"


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as procs:
        limits = [100, 1000, 2000]
        counts = await asyncio.gather(*(loop.run_in_executor(procs, count_primes, n) for n in limits))
        print(dict(zip(limits, counts)))
        print(list(procs.map(count_primes, [10, 20, 30])))
    loop.set_default_executor(ThreadPoolExecutor(max_workers=2))
    jobs = [asyncio.to_thread(slow_io, "to_thread", 0.5),
            loop.run_in_executor(None, slow_io, "default", 0.2),
            loop.run_in_executor(None, slow_io, "queued", 0.1)]
    for line in await asyncio.gather(*jobs):
        print(line)
    try:
        loop.set_default_executor("not a pool")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
print(f"finished at {time.monotonic():.1f}")
