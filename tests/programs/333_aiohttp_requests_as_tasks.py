# What session.get() returns is a coroutine object, as aiohttp's is: a task can run it, gather and
# wait_for take it, `async with` releases its response; one never awaited is reported.
import asyncio
import aiohttp


async def main():
    async with aiohttp.ClientSession() as session:
        task = asyncio.create_task(session.get("https://api.example.com/users/1"), name="fetch-1")
        print(task.get_name(), asyncio.iscoroutine(session.get("https://api.example.com/x")))
        response = await task
        print(response.status, await response.json())
        responses = await asyncio.gather(*(session.get(f"https://api.example.com/items/{n}") for n in range(3)))
        print([r.status for r in responses])
        async with session.get("https://example.com/") as page:
            print(page.status, len(await page.text()))
        done = await asyncio.wait_for(session.get("https://example.com/help/1"), timeout=5)
        print(done.status)


asyncio.run(main())
