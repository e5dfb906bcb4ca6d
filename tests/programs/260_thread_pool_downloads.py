# A downloader that hands blocking "downloads" (time.sleep) to its own ThreadPoolExecutor
# with three workers through loop.run_in_executor: the fourth and fifth jobs queue until a
# worker frees up, the worker that finishes first takes the next job, and the event loop's
# own task keeps ticking meanwhile. Timestamps come from the virtual clock.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

SIZES = {"index.html": 0.3, "logo.png": 1.2, "app.js": 0.6, "style.css": 0.2, "data.json": 0.5}
START = time.monotonic()


def stamp():
    return f"{time.monotonic() - START:4.1f}s"


def download(name, seconds):
    print(f"[{stamp()}] start {name}")
    time.sleep(seconds)
    if name.endswith(".json"):
        raise ConnectionError(f"{name}: connection reset")
    print(f"[{stamp()}] done  {name}")
    return len(name) * 100


async def heartbeat(stop):
    while not stop.is_set():
        print(f"[{stamp()}] heartbeat")
        await asyncio.sleep(0.5)


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    beat = asyncio.create_task(heartbeat(stop))
    with ThreadPoolExecutor(max_workers=3) as pool:
        jobs = [loop.run_in_executor(pool, download, name, secs) for name, secs in SIZES.items()]
        print(f"[{stamp()}] submitted {len(jobs)} downloads")
        results = await asyncio.gather(*jobs, return_exceptions=True)
    stop.set()
    await beat
    for name, result in zip(SIZES, results):
        if isinstance(result, Exception):
            print(f"{name:>10}: {type(result).__name__}: {result}")
        else:
            print(f"{name:>10}: {result} bytes")
    total = sum(r for r in results if isinstance(r, int))
    print(f"[{stamp()}] total {total} bytes")

    # A second batch on a one-worker pool runs strictly one after another.
    with ThreadPoolExecutor(max_workers=1) as serial:
        sizes = await asyncio.gather(
            *(loop.run_in_executor(serial, download, n, 0.1) for n in ["a.txt", "b.txt"])
        )
    print(f"[{stamp()}] serial {sizes}")


asyncio.run(main())
