# With logging configured, asyncio's own reports go through it: the selector loop's DEBUG
# line at start-up, a failing call_soon callback and a task whose exception is never
# retrieved are records of the "asyncio" logger, formatted by the program's handlers.
import asyncio
import logging

logging.basicConfig(level=logging.DEBUG,
                    format="%(asctime)s %(levelname)s %(name)s:%(funcName)s: %(message)s")
log = logging.getLogger("app")


async def flaky(n):
    await asyncio.sleep(n / 10)
    if n % 2:
        raise ValueError(f"flaky {n} failed")
    return n


def on_tick(count):
    log.info("tick %d", count)
    if count == 2:
        raise RuntimeError("tick handler crashed")


async def main():
    loop = asyncio.get_running_loop()
    for count in range(1, 4):
        loop.call_later(count * 0.25, on_tick, count)
    tasks = [asyncio.create_task(flaky(n), name=f"flaky-{n}") for n in range(4)]
    await asyncio.sleep(1)
    done = [t.result() for t in tasks[::2]]
    log.info("finished: %s", done)
    del tasks
    await asyncio.sleep(0.5)
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    quiet = asyncio.create_task(flaky(5))
    await asyncio.sleep(1)
    del quiet
    await asyncio.sleep(0.1)
    log.warning("asyncio's errors are silenced now")


asyncio.run(main())
