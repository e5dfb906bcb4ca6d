# A download manager combining the pieces so far: a shared semaphore caps
# parallel downloads at 2, as_completed reports each file as it finishes,
# and a running total shows overall progress.

import asyncio

FILES = {"dataset.csv": 40, "model.bin": 120, "readme.md": 2, "images.zip": 80, "labels.json": 10}
SPEED_MB_PER_S = 50


async def download(name, size_mb, limit):
    loop = asyncio.get_running_loop()
    async with limit:
        print(f"t={loop.time():.2f} start  {name:<12} ({size_mb} MB)")
        await asyncio.sleep(size_mb / SPEED_MB_PER_S)
        return name, size_mb


async def main():
    loop = asyncio.get_running_loop()
    limit = asyncio.Semaphore(2)
    total = sum(FILES.values())
    tasks = [asyncio.create_task(download(n, s, limit), name=n) for n, s in FILES.items()]
    received = 0
    for finished in asyncio.as_completed(tasks):
        name, size = await finished
        received += size
        print(f"t={loop.time():.2f} finish {name:<12} progress {received:>3}/{total} MB "
              f"({received / total:.0%})")
    print(f"all {len(tasks)} files in {loop.time():.2f}s "
          f"(sequential would take {total / SPEED_MB_PER_S:.2f}s)")


asyncio.run(main())
