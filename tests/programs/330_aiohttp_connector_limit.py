# aiohttp's connection pool: TCPConnector(limit=3) lets at most 3 requests hold a connection
# at once; the rest wait for one to be released. The default pool holds 100.
import asyncio

import aiohttp


async def fetch(session, n, log):
    loop = asyncio.get_running_loop()
    asked = loop.time()
    response = await session.get(f"https://api.example.com/orders/{n}")
    order = await response.json()  # reading the body releases the connection
    log.append((n, round(asked, 3), round(loop.time(), 3), order["status"]))


async def main():
    print("default pool:", aiohttp.TCPConnector().limit, aiohttp.ClientTimeout(total=5))
    log = []
    connector = aiohttp.TCPConnector(limit=3)
    async with aiohttp.ClientSession(connector=connector) as session:
        await asyncio.gather(*(fetch(session, n, log) for n in range(1, 10)))
    for n, asked, done, status in log:
        print(f"order {n}: asked at {asked:.3f}, answered at {done:.3f} ({status})")
    print("connector closed:", connector.closed)


asyncio.run(main())
