# Workers that run forever plus queue.join(): each get() is matched by a
# task_done(), join() returns when every item has been processed, and then
# the idle workers are cancelled.

import asyncio


async def worker(name, queue, processed):
    loop = asyncio.get_running_loop()
    while True:
        size_mb = await queue.get()
        try:
            await asyncio.sleep(size_mb / 10)  # 10 MB per second
            processed.append((name, size_mb))
            print(f"t={loop.time():.1f} {name} resized a {size_mb} MB image")
        finally:
            queue.task_done()


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    for size in [5, 12, 3, 8, 20, 1, 7]:
        queue.put_nowait(size)
    print("queued", queue.qsize(), "images")

    processed = []
    workers = [asyncio.create_task(worker(f"worker-{n}", queue, processed)) for n in range(3)]
    await queue.join()
    print(f"t={loop.time():.1f} all images processed:", len(processed))

    for task in workers:
        task.cancel()
    outcomes = await asyncio.gather(*workers, return_exceptions=True)
    print("workers stopped:", [type(o).__name__ for o in outcomes])
    per_worker = {}
    for name, size in processed:
        per_worker[name] = per_worker.get(name, 0) + size
    print("MB per worker:", per_worker)


asyncio.run(main())
