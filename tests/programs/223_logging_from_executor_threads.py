# Blocking work moved off the event loop with asyncio.to_thread and run_in_executor logs
# from the executor's worker threads: %(threadName)s names them as CPython does, while
# %(taskName)s is only set on the loop's thread.
import asyncio
import logging
import sys
import threading
import time

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(asctime)s %(threadName)-18s %(taskName)-8s %(message)s")
log = logging.getLogger("io")
lock = threading.Lock()
totals = {}


def checksum(name, size):
    log.debug("hashing %s (%d bytes)", name, size)
    time.sleep(size / 1000)
    with lock:
        totals[name] = size % 97
    log.info("hashed %s on %s", name, threading.current_thread().name)
    return size % 97


async def handle(name, size):
    log.info("request for %s", name)
    value = await asyncio.to_thread(checksum, name, size)
    log.info("reply %s=%d", name, value)
    return value


async def main():
    log.info("main thread is %s", threading.current_thread().name)
    files = [("a.bin", 1500), ("b.bin", 500), ("c.bin", 2500), ("d.bin", 250),
             ("e.bin", 1000), ("f.bin", 750)]
    tasks = [asyncio.create_task(handle(n, s), name=f"req-{n[0]}") for n, s in files]
    print(await asyncio.gather(*tasks))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, checksum, "g.bin", 100))
    print(sorted(totals.items()))
    print(threading.current_thread() is threading.main_thread(), threading.active_count())


asyncio.run(main())
