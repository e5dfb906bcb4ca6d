# aiohttp.ClientTimeout: a slow page against a total timeout, and against sock_read.
import asyncio

import aiohttp

SLOW = "https://example.com/shop/5"     # this simulated page takes over 3 seconds
FAST = "https://example.com/"


async def get_status(session, url, timeout):
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with session.get(url, timeout=timeout) as response:
            await response.text()
            return f"{response.status} after {loop.time() - start:.3f}s"
    except aiohttp.ServerTimeoutError as error:
        return f"ServerTimeoutError ({error}) after {loop.time() - start:.3f}s"
    except asyncio.TimeoutError as error:
        return f"{type(error).__name__} after {loop.time() - start:.3f}s"


async def main():
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=1.5)) as session:
        print("fast page:", await get_status(session, FAST, None))
        print("slow page:", await get_status(session, SLOW, None))
        print("slow, 10s:", await get_status(session, SLOW, aiohttp.ClientTimeout(total=10)))
        print("sock_read:", await get_status(session, SLOW, aiohttp.ClientTimeout(sock_read=0.5)))
    print(issubclass(aiohttp.ServerTimeoutError, asyncio.TimeoutError))


asyncio.run(main())
