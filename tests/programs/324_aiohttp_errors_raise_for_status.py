# HTTP errors with aiohttp: raise_for_status on a 404, a session that raises for every bad
# status, a server that refuses connections, and a flaky page that works the second time.
import asyncio

import aiohttp


async def main():
    async with aiohttp.ClientSession() as session:
        async with session.get("https://example.com/no/such/page") as response:
            print(response.status, response.reason, response.ok)
            try:
                response.raise_for_status()
            except aiohttp.ClientResponseError as error:
                print("raised:", error)
                print("status:", error.status, "message:", error.message)

        try:
            await session.get("https://example.com/events/21")
        except aiohttp.ClientConnectorError as error:
            print(type(error).__name__, "-", error)
            print("is a ClientError:", isinstance(error, aiohttp.ClientError),
                  "an OSError:", isinstance(error, OSError))

        for attempt in (1, 2):
            response = await session.get("https://shop.example.com/guides/11")
            print(f"flaky page, attempt {attempt}: {response.status} {response.reason}")
            response.release()

    async with aiohttp.ClientSession(raise_for_status=True) as strict:
        for code in (200, 418, 503):
            try:
                async with strict.get(f"https://api.example.com/status/{code}") as response:
                    print(code, "->", await response.text())
            except aiohttp.ClientResponseError as error:
                print(code, "->", type(error).__name__, error.status, error.message)


asyncio.run(main())
