# Compare mode, right: the same requests wait with time.sleep.
# It blocks the whole loop: no other task runs while one
# sleeps, so they go one after another and take three seconds.

import asyncio
import time


async def handle(request):
    loop = asyncio.get_running_loop()
    print(f"t={loop.time():.1f} {request}: asks the database")
    time.sleep(1)
    print(f"t={loop.time():.1f} {request}: answered")


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.gather(handle("A"), handle("B"), handle("C"))
    print(f"all answered at t={loop.time():.1f}")


asyncio.run(main())
