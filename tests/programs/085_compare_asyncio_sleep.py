# Compare mode, left: three requests each wait one second
# with asyncio.sleep. Awaiting hands the loop back, so the
# three wait together and the batch takes one second.

import asyncio


async def handle(request):
    loop = asyncio.get_running_loop()
    print(f"t={loop.time():.1f} {request}: asks the database")
    await asyncio.sleep(1)
    print(f"t={loop.time():.1f} {request}: answered")


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.gather(handle("A"), handle("B"), handle("C"))
    print(f"all answered at t={loop.time():.1f}")


asyncio.run(main())
