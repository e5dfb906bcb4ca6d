# Never block the event loop: time.sleep() freezes every task, so the
# heartbeat below stops ticking for two seconds. asyncio.sleep() yields to
# the loop instead and the heartbeat keeps its rhythm.

import asyncio
import time


async def heartbeat(label, beats):
    loop = asyncio.get_running_loop()
    for _ in range(beats):
        await asyncio.sleep(0.5)
        print(f"  t={loop.time():.1f} {label} heartbeat")


async def blocking_handler():
    print("handler: calling time.sleep(2) - the whole loop freezes")
    time.sleep(2)
    print(f"handler: woke at t={asyncio.get_running_loop().time():.1f}")


async def friendly_handler():
    print("handler: awaiting asyncio.sleep(2) - other tasks keep running")
    await asyncio.sleep(2)
    print(f"handler: woke at t={asyncio.get_running_loop().time():.1f}")


async def main():
    loop = asyncio.get_running_loop()
    beat = asyncio.create_task(heartbeat("blocked", 5))
    await asyncio.sleep(0.2)
    await blocking_handler()
    await beat

    start = loop.time()
    print(f"--- second round starts at t={start:.1f}")
    beat = asyncio.create_task(heartbeat("healthy", 5))
    await asyncio.sleep(0.2)
    await friendly_handler()
    await beat


asyncio.run(main())
