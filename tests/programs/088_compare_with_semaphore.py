# Compare mode, right: the same ten downloads behind
# asyncio.Semaphore(3). At most three run at once and the
# rest wait their turn: the server is spared, the batch
# takes four seconds instead of one.

import asyncio

limit = asyncio.Semaphore(3)
busy = 0
most_at_once = 0


async def download(number):
    global busy, most_at_once
    loop = asyncio.get_running_loop()
    async with limit:
        busy += 1
        most_at_once = max(most_at_once, busy)
        now = loop.time()
        print(f"t={now:.1f} file {number} starts ({busy} busy)")
        await asyncio.sleep(1)
        busy -= 1


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.gather(*[download(n) for n in range(1, 11)])
    now = loop.time()
    print(f"done at t={now:.1f}, {most_at_once} at most")


asyncio.run(main())
