# asyncio.to_thread runs a blocking function in a worker thread, so the
# event loop stays free: the ticker keeps ticking while two "legacy"
# blocking calls (time.sleep inside the worker) are in progress.

import asyncio
import time


def legacy_report(name, seconds):
    print(f"  [thread] {name} started")
    time.sleep(seconds)  # blocks only this worker thread
    print(f"  [thread] {name} finished")
    return f"{name}.csv"


async def ticker(count):
    loop = asyncio.get_running_loop()
    for _ in range(count):
        await asyncio.sleep(0.5)
        print(f"t={loop.time():.1f} tick")


async def main():
    loop = asyncio.get_running_loop()
    ticks = asyncio.create_task(ticker(5))
    files = await asyncio.gather(
        asyncio.to_thread(legacy_report, "sales", 1.2),
        asyncio.to_thread(legacy_report, "stock", 2.2),
    )
    print(f"t={loop.time():.1f} reports ready: {files}")
    await ticks
    single = await asyncio.to_thread(sorted, [3, 1, 2], reverse=True)
    print("to_thread also passes keyword arguments:", single)


asyncio.run(main())
