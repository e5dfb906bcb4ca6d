# The pre-asyncio.run idiom many tutorials and older books still show: take the loop with
# get_event_loop(), schedule tasks on it, drive it with run_until_complete(), close it.
# Python 3.12 still allows it outside a running loop, with a DeprecationWarning.
import asyncio
import time

PAGES = {"/": 0.3, "/about": 0.1, "/blog": 0.5, "/contact": 0.2}


async def fetch(path):
    started = loop.time()
    await asyncio.sleep(PAGES[path])
    print(f"fetched {path:<9} in {loop.time() - started:.1f}s")
    return len(path) * 100


async def crawl():
    tasks = [loop.create_task(fetch(path)) for path in PAGES]
    done, pending = await asyncio.wait(tasks)
    return sum(task.result() for task in done), len(pending)


start = time.perf_counter()
loop = asyncio.get_event_loop()
print("running:", loop.is_running(), "closed:", loop.is_closed())
total, left = loop.run_until_complete(crawl())
print(f"{total} bytes, {left} pending, took {time.perf_counter() - start:.2f}s")
# The same loop runs again: its clock goes on.
single = loop.run_until_complete(fetch("/blog"))
print("single:", single, "at", loop.time())
loop.close()
print("running:", loop.is_running(), "closed:", loop.is_closed())
