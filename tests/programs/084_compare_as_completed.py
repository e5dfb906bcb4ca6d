# Compare mode, right: the same downloads with as_completed.
# Each result is handled as soon as its download is done,
# the fastest first.

import asyncio


async def download(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name} after {seconds}s"


async def main():
    loop = asyncio.get_running_loop()
    jobs = [
        asyncio.create_task(download("photos", 3)),
        asyncio.create_task(download("music", 1)),
        asyncio.create_task(download("notes", 2)),
    ]
    for next_done in asyncio.as_completed(jobs):
        result = await next_done
        print(f"t={loop.time():.1f} got {result}")
    print(f"finished at t={loop.time():.1f}")


asyncio.run(main())
