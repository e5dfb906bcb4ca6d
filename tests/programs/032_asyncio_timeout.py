# asyncio.timeout() is a context manager that cancels the code inside it
# when the deadline passes and turns the cancellation into TimeoutError at
# the end of the block. Also: timeout(None), reschedule(), expired() and
# timeout_at() with an absolute deadline from loop.time().

import asyncio


async def download(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name} downloaded"


async def main():
    loop = asyncio.get_running_loop()

    try:
        async with asyncio.timeout(1.0):
            print(await download("small.txt", 0.4))
            print(await download("large.iso", 5.0))
            print("never printed")
    except TimeoutError:
        print(f"t={loop.time():.1f} gave up on large.iso")

    async with asyncio.timeout(None) as budget:
        print("deadline at first:", budget.when())
        budget.reschedule(loop.time() + 2.0)
        print(f"deadline moved to t={budget.when():.1f}")
        print(await download("medium.zip", 1.5))
    print("expired?", budget.expired())

    deadline = loop.time() + 0.5
    try:
        async with asyncio.timeout_at(deadline) as cm:
            await download("video.mp4", 1.0)
    except TimeoutError:
        print(f"t={loop.time():.1f} missed the absolute deadline; expired? {cm.expired()}")


asyncio.run(main())
