# asyncio.sleep(0) gives up control for exactly one turn of the event loop,
# so ready tasks take turns (round-robin). asyncio.sleep(delay, result=x)
# returns x once the delay has passed.

import asyncio


async def worker(name, steps):
    for step in range(1, steps + 1):
        print(f"{name} step {step}")
        await asyncio.sleep(0)
    return f"{name} done"


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(worker("download", 3), worker("parse", 2), worker("upload", 3))
    print(results, f"at t={loop.time():.1f}")

    value = await asyncio.sleep(0.5, result="cached answer")
    print(f"t={loop.time():.1f} sleep returned {value!r}")

    timers = await asyncio.gather(*(asyncio.sleep(d, result=f"waited {d}s") for d in (0.3, 0.1, 0.2)))
    print(timers, f"at t={loop.time():.1f}")
    print("plain sleep returns", await asyncio.sleep(0))


asyncio.run(main())
