# Compare mode, left: three downloads collected with gather.
# Nothing prints until the slowest is done; then the results
# come back in the order the jobs were passed in.

import asyncio


async def download(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name} after {seconds}s"


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(
        download("photos", 3),
        download("music", 1),
        download("notes", 2),
    )
    for result in results:
        print(f"t={loop.time():.1f} got {result}")
    print(f"finished at t={loop.time():.1f}")


asyncio.run(main())
