# Timeouts and cancellation around pool jobs: wait_for gives up on a slow job (the thread
# itself runs on, as threads cannot be stopped), a job still queued behind a busy single
# worker is cancelled before it starts, and asyncio.wait with FIRST_COMPLETED returns as
# soon as one job is back.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

T0 = time.monotonic()


def log(msg):
    print(f"{time.monotonic() - T0:5.2f} {msg}")


def job(name, seconds):
    log(f"{name} starts")
    time.sleep(seconds)
    log(f"{name} ends")
    return name.upper()


async def main():
    loop = asyncio.get_running_loop()
    pool = ThreadPoolExecutor(max_workers=1)
    try:
        await asyncio.wait_for(loop.run_in_executor(pool, job, "slow", 2.0), timeout=0.5)
    except TimeoutError:
        log("wait_for timed out")
    queued = loop.run_in_executor(pool, job, "queued", 0.3)
    await asyncio.sleep(0.1)
    queued.cancel()
    log(f"queued cancelled: {queued.cancelled()}")
    after = loop.run_in_executor(pool, job, "after", 0.2)
    log(f"after: {await after}")

    wide = ThreadPoolExecutor(max_workers=3)
    futures = {loop.run_in_executor(wide, job, name, secs): name
               for name, secs in [("a", 0.9), ("b", 0.4), ("c", 0.7)]}
    done, pending = await asyncio.wait(futures, return_when=asyncio.FIRST_COMPLETED)
    log(f"first back: {sorted(futures[f] for f in done)}, still out: {sorted(futures[f] for f in pending)}")
    done, pending = await asyncio.wait(pending)
    log(f"rest: {sorted(f.result() for f in done)}")
    pool.shutdown(wait=False)
    wide.shutdown()


asyncio.run(main())
