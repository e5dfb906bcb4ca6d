# Each run_in_executor future is chained to its job as asyncio's wrap_future chains it: a
# callback that checks for cancellation runs once the future is done, and the job's result
# comes back through call_soon_threadsafe, even when nobody awaits the future or it was
# cancelled. Each of those callbacks takes its place in a loop iteration.
import asyncio
import time


def job(name, seconds):
    time.sleep(seconds)
    print("job", name, "done")
    return name


async def main():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, time.sleep, 1)  # never awaited
    running = loop.run_in_executor(None, job, "running", 1)
    first = loop.run_in_executor(None, job, "first", 1)
    last = loop.run_in_executor(None, job, "last", 3)
    queued = loop.run_in_executor(None, job, "queued", 1)
    queued.cancel()
    running.cancel()
    await asyncio.sleep(0)
    print(await asyncio.to_thread(job, "to_thread", 0.5))
    print(await first, queued.cancelled(), running.cancelled())
    await asyncio.sleep(2)
    print("main done at", loop.time())


asyncio.run(main())
print("after asyncio.run")
