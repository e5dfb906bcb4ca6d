# A task that failed, whose exception nobody retrieved, is reported when it is freed. Here
# main holds it in a local and then fails itself: the traceback keeps main's frame, so the
# report comes after the traceback of the uncaught error.

import asyncio


async def boom():
    raise ValueError("lost")


async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.1)
    raise KeyError("main fails")


asyncio.run(main())
