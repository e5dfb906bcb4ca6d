# Cancelling the future returned by gather cancels every child that is
# still running, in the order they were passed. Cancelling one child
# directly makes the whole gather raise CancelledError.

import asyncio


async def replicate(region, seconds):
    try:
        await asyncio.sleep(seconds)
        print(f"  {region} replicated")
        return region
    except asyncio.CancelledError:
        print(f"  {region} cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    group = asyncio.gather(replicate("eu-west", 0.5), replicate("us-east", 2), replicate("ap-south", 3))
    await asyncio.sleep(1)
    print(f"t={loop.time():.1f} cancelling the gather:", group.cancel())
    try:
        await group
    except asyncio.CancelledError:
        # the gather future holds a CancelledError as its exception in 3.12
        print(f"t={loop.time():.1f} gather raised CancelledError; group.cancelled() = {group.cancelled()}")

    child = asyncio.create_task(replicate("sa-east", 2))
    group = asyncio.gather(child, replicate("af-south", 0.5))
    await asyncio.sleep(1)
    child.cancel()
    try:
        await group
    except asyncio.CancelledError:
        print(f"t={loop.time():.1f} one cancelled child made gather raise CancelledError")

    group = asyncio.gather(replicate("me-central", 0.2), asyncio.sleep(0.1), return_exceptions=True)
    print("results with return_exceptions:", await group)


asyncio.run(main())
