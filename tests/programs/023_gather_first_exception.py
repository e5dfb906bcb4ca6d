# Without return_exceptions, gather raises the first exception as soon as
# it happens and the caller loses every result. The other children are
# NOT cancelled: they keep running, as the later prints show.

import asyncio


async def fetch_user(user_id, seconds):
    await asyncio.sleep(seconds)
    if user_id == 2:
        raise LookupError(f"user {user_id} not found")
    print(f"{asyncio.get_running_loop().time():.1f} fetched user {user_id}")
    return user_id


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.gather(fetch_user(1, 0.5), fetch_user(2, 1.0), fetch_user(3, 2.0))
    except LookupError as err:
        print(f"{loop.time():.1f} gather raised: {err}")
    await asyncio.sleep(1.5)
    print(f"{loop.time():.1f} main done; user 3 finished in the background")


asyncio.run(main())
