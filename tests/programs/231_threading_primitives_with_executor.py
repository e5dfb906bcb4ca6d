# Thread-safety helpers used by blocking code that runs in the default executor: a Lock
# guarding a shared counter, an RLock taken twice, an Event the jobs check, a
# BoundedSemaphore limiting concurrent downloads, threading.local, and the worker threads'
# names from threading.current_thread().
import asyncio
import threading
import time

counter_lock = threading.Lock()
cache_lock = threading.RLock()
stop = threading.Event()
slots = threading.BoundedSemaphore(2)
local = threading.local()
stats = {"downloads": 0, "skipped": 0}
cache = {}


def cached(key, compute):
    with cache_lock:
        if key not in cache:
            with cache_lock:
                cache[key] = compute()
        return cache[key]


def download(url, seconds):
    local.url = url
    if stop.is_set():
        with counter_lock:
            stats["skipped"] += 1
        return f"{url}: skipped"
    if not slots.acquire(blocking=False):
        return f"{url}: busy ({threading.current_thread().name})"
    try:
        time.sleep(seconds)
        with counter_lock:
            stats["downloads"] += 1
        size = cached(url, lambda: len(url) * 100)
        return f"{url}: {size} bytes on {threading.current_thread().name} ({local.url})"
    finally:
        slots.release()


async def main():
    main_thread = threading.current_thread()
    print(main_thread.name, main_thread is threading.main_thread(), main_thread.daemon,
          main_thread.is_alive(), threading.active_count())
    urls = [("a.com", 1.0), ("bb.org", 0.5), ("ccc.net", 2.0), ("dddd.io", 0.25)]
    results = await asyncio.gather(*(asyncio.to_thread(download, u, s) for u, s in urls))
    print("\n".join(results))
    stop.set()
    print(await asyncio.to_thread(download, "late.com", 1), stats, stop.wait(), stop.is_set())
    stop.clear()
    print(stop.wait(timeout=0.5), asyncio.get_running_loop().time())
    print(counter_lock.acquire(), counter_lock.acquire(blocking=False), counter_lock.locked())
    counter_lock.release()
    for attempt in (counter_lock.release, slots.release):
        try:
            attempt()
        except (RuntimeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        threading.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)
    cond = threading.Condition()
    with cond:
        print(cond.wait_for(lambda: stats["downloads"] == 3, timeout=1))
        cond.notify_all()
    print(sorted(cache.items()), hasattr(local, "url"))


asyncio.run(main())
