# aiohttp: fetch several JSON records from a (simulated) API at once with gather.
# The requests overlap, so the whole batch takes about as long as the slowest one.
import asyncio

import aiohttp


async def fetch_user(session, user_id):
    url = f"https://api.example.com/users/{user_id}"
    async with session.get(url) as response:
        data = await response.json()
        return response.status, data


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(*(fetch_user(session, i) for i in range(2, 7)))
    elapsed = loop.time() - start
    for status, user in results:
        if status == 200:
            print(f"{user['id']:>2} {user['name']:<18} {user['city']}")
        else:
            print(f"status {status}: {user}")
    print(f"{len(results)} requests in {elapsed:.3f}s (overlapping, not one after another)")
    print("session closed:", session.closed)


asyncio.run(main())
